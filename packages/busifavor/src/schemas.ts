// biome-ignore-all assist/source/organizeImports: scripts/generate-families.mjs owns the block between the markers.
// `@api/busifavor/schemas`: the family's endpoint definitions and zod schemas alone, without the facade, so the
// sandbox and the docs generator can use them without loading the facade.
// #region generated: endpoint definitions
export { getNotifyUrl, setNotifyUrl } from './endpoints/callbacks.js'
export { deleteCouponCode, getCouponCode, listCouponCodes, uploadCouponCodes } from './endpoints/coupon-codes.js'
export { deactivateCoupon, returnCoupon } from './endpoints/coupons-deactivate.js'
export { presendProductCoupon, sendCoupon, sendGovCard, sendProductCoupon } from './endpoints/coupons-send.js'
export { associateTrade, disassociateTrade, useCoupon } from './endpoints/coupons-use.js'
export { marketingImageUpload } from './endpoints/media.js'
export { couponSendNotification } from './endpoints/notification.js'
export { modifyBudget, modifyStock } from './endpoints/stocks-modify.js'
export { createStock, getStock } from './endpoints/stocks.js'
export {
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  listSubsidyPayReceipts,
  subsidyPay,
  subsidyReturn,
} from './endpoints/subsidy.js'
export { getUserCoupon, listUserCoupons } from './endpoints/users.js'
// #endregion generated
export { MAX_IMAGE_BYTES, marketingImageUploadMeta } from './endpoints/media.js'
export type { CouponSendEnvelope, CouponSendResource } from './endpoints/notification.js'
export type { BusifavorEndpoints, BusifavorNotifications } from './generated/types.js'
export { busifavor, type EndpointId, type Endpoints, endpoints } from './registry.js'
