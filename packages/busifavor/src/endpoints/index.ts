import { getNotifyUrl, setNotifyUrl } from './callbacks.js'
import { deleteCouponCode, getCouponCode, listCouponCodes, uploadCouponCodes } from './coupon-codes.js'
import {
  associateTrade,
  deactivateCoupon,
  disassociateTrade,
  presendProductCoupon,
  returnCoupon,
  sendCoupon,
  sendGovCard,
  sendProductCoupon,
  useCoupon,
} from './coupons.js'
import { marketingImageUpload } from './media.js'
import { createStock, getStock, modifyBudget, modifyStock } from './stocks.js'
import {
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  listSubsidyPayReceipts,
  subsidyPay,
  subsidyReturn,
} from './subsidy.js'
import { getUserCoupon, listUserCoupons } from './users.js'

/** Every busifavor HTTP endpoint, by spec id, in the order of the spec (the COUPON.SEND callback is not one). */
export const endpoints = {
  create_stock: createStock,
  get_stock: getStock,
  modify_stock: modifyStock,
  modify_budget: modifyBudget,
  upload_coupon_codes: uploadCouponCodes,
  list_coupon_codes: listCouponCodes,
  get_coupon_code: getCouponCode,
  delete_coupon_code: deleteCouponCode,
  send_coupon: sendCoupon,
  send_product_coupon: sendProductCoupon,
  presend_product_coupon: presendProductCoupon,
  use_coupon: useCoupon,
  list_user_coupons: listUserCoupons,
  get_user_coupon: getUserCoupon,
  set_notify_url: setNotifyUrl,
  get_notify_url: getNotifyUrl,
  associate_trade: associateTrade,
  disassociate_trade: disassociateTrade,
  return_coupon: returnCoupon,
  deactivate_coupon: deactivateCoupon,
  send_gov_card: sendGovCard,
  subsidy_pay: subsidyPay,
  list_subsidy_pay_receipts: listSubsidyPayReceipts,
  get_subsidy_pay_receipt: getSubsidyPayReceipt,
  subsidy_return: subsidyReturn,
  get_subsidy_return_receipt: getSubsidyReturnReceipt,
  marketing_image_upload: marketingImageUpload,
} as const

export type Endpoints = typeof endpoints
export type EndpointId = keyof Endpoints

export {
  associateTrade,
  createStock,
  deactivateCoupon,
  deleteCouponCode,
  disassociateTrade,
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
}
