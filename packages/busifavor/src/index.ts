// Every export is named here on purpose: this file is the package's public contract.
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
export {
  type Busifavor,
  type BusifavorCallOptions,
  type BusifavorClient,
  type BusifavorInput,
  type BusifavorOptions,
  createBusifavor,
  GENERATED_REQUEST_NO_FIELDS,
  type ResponseIssuesEvent,
  readSendCouponResult,
  type SendCouponResult,
} from './facade.js'
export { type FieldMeta, fieldMeta, queryInt, rfc3339 } from './fields.js'
export { type CouponSendEvent, parseCouponSendNotification } from './notification.js'
export { type CreateRequestNoOptions, createRequestNo, REQUEST_NO_RANDOM_LENGTH } from './request-no.js'
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
