import { deleteCouponCode, getCouponCode, listCouponCodes, uploadCouponCodes } from './codes.js'
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
import { getNotifyUrl, setNotifyUrl } from './notify.js'
import { createStock, getStock, modifyBudget, modifyStock } from './stocks.js'
import {
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  listSubsidyPayReceipts,
  subsidyPay,
  subsidyReturn,
} from './subsidy.js'
import type { Handler } from './types.js'
import { getUserCoupon, listUserCoupons } from './users.js'

/** One handler per busifavor endpoint id of the spec (the registry in `@api/busifavor/schemas` routes to them). */
export const handlers: Readonly<Record<string, Handler>> = Object.freeze({
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
})

export type { Answer, Handler, HandlerContext } from './types.js'
