// `@api/busifavor/schemas`: the endpoint definitions and zod schemas alone, without the facade, so the sandbox and
// the docs generator can use them without pulling in the HTTP client.
export {
  defineEndpoint,
  type EndpointDefinition,
  type EndpointError,
  type EndpointInput,
  type EndpointOutput,
  type HttpMethod,
} from './endpoint.js'
export {
  associateTrade,
  createStock,
  deactivateCoupon,
  deleteCouponCode,
  disassociateTrade,
  type EndpointId,
  type Endpoints,
  endpoints,
  getCouponCode,
  getNotifyUrl,
  getStock,
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  getUserCoupon,
  listCouponCodes,
  listSubsidyPayReceipts,
  listUserCoupons,
  marketingImageUpload,
  modifyBudget,
  modifyStock,
  presendProductCoupon,
  returnCoupon,
  sendCoupon,
  sendGovCard,
  sendProductCoupon,
  setNotifyUrl,
  subsidyPay,
  subsidyReturn,
  uploadCouponCodes,
  useCoupon,
} from './endpoints/index.js'
export { MAX_IMAGE_BYTES, marketingImageUploadMeta } from './endpoints/media.js'
export { type CouponSendEnvelope, type CouponSendResource, couponSendNotification } from './endpoints/notification.js'
export { type FieldMeta, fieldMeta, queryInt, rfc3339 } from './fields.js'
