// biome-ignore-all assist/source/organizeImports: scripts/generate-families.mjs owns the block between the markers.
// Every export is named here on purpose: this file is the package's public contract.
// The kit's names a busifavor caller needs, so the app depends on @api/busifavor alone.
export {
  type CreateRequestNoOptions,
  createRequestNo,
  type EndpointInput,
  type EndpointOutput,
  type FacadeCall,
  type FacadeResult,
  type ResponseIssuesEvent,
} from '@core/kit'
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
export {
  type BusifavorCallOptions,
  type BusifavorInput,
  type BusifavorOptions,
  createBusifavor,
  GENERATED_REQUEST_NO_FIELDS,
  readSendCouponResult,
  type SendCouponResult,
} from './facade.js'
export type { Busifavor } from './generated/facade.js'
export { type CouponSendEvent, parseCouponSendNotification } from './notification.js'
export type { BusifavorEndpoints, BusifavorNotifications } from './generated/types.js'
export { busifavor, type EndpointId, type Endpoints, endpoints } from './registry.js'
export {
  buildH5SendCouponUrl,
  H5_SEND_COUPON_URL,
  type H5SendCouponInput,
  MAX_SEND_COUPON_PARAMS,
  type SendCouponComponentParams,
  type SendCouponParam,
  type SignSendCouponParamsInput,
  signSendCouponParams,
} from './send-coupon.js'
