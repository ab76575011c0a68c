// @api/busifavor: the registry's types, written by scripts/generate-families.mjs from the registry (npm run generate). Do not edit.

import type { getNotifyUrl, setNotifyUrl } from '../endpoints/callbacks.js'
import type { deleteCouponCode, getCouponCode, listCouponCodes, uploadCouponCodes } from '../endpoints/coupon-codes.js'
import type { deactivateCoupon, returnCoupon } from '../endpoints/coupons-deactivate.js'
import type { presendProductCoupon, sendCoupon, sendGovCard, sendProductCoupon } from '../endpoints/coupons-send.js'
import type { associateTrade, disassociateTrade, useCoupon } from '../endpoints/coupons-use.js'
import type { marketingImageUpload } from '../endpoints/media.js'
import type { couponSendNotification } from '../endpoints/notification.js'
import type { createStock, getStock } from '../endpoints/stocks.js'
import type { modifyBudget, modifyStock } from '../endpoints/stocks-modify.js'
import type {
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  listSubsidyPayReceipts,
  subsidyPay,
  subsidyReturn,
} from '../endpoints/subsidy.js'
import type { getUserCoupon, listUserCoupons } from '../endpoints/users.js'

// Type aliases, not interfaces: an alias of an object type fits the kit's `Record<string, …>` constraints.
/** Every Merchant coupons (busifavor) endpoint definition by id. */
export type BusifavorEndpoints = {
  readonly create_stock: typeof createStock
  readonly get_stock: typeof getStock
  readonly modify_stock: typeof modifyStock
  readonly modify_budget: typeof modifyBudget
  readonly upload_coupon_codes: typeof uploadCouponCodes
  readonly list_coupon_codes: typeof listCouponCodes
  readonly get_coupon_code: typeof getCouponCode
  readonly delete_coupon_code: typeof deleteCouponCode
  readonly send_coupon: typeof sendCoupon
  readonly send_product_coupon: typeof sendProductCoupon
  readonly presend_product_coupon: typeof presendProductCoupon
  readonly use_coupon: typeof useCoupon
  readonly list_user_coupons: typeof listUserCoupons
  readonly get_user_coupon: typeof getUserCoupon
  readonly set_notify_url: typeof setNotifyUrl
  readonly get_notify_url: typeof getNotifyUrl
  readonly associate_trade: typeof associateTrade
  readonly disassociate_trade: typeof disassociateTrade
  readonly return_coupon: typeof returnCoupon
  readonly deactivate_coupon: typeof deactivateCoupon
  readonly send_gov_card: typeof sendGovCard
  readonly subsidy_pay: typeof subsidyPay
  readonly list_subsidy_pay_receipts: typeof listSubsidyPayReceipts
  readonly get_subsidy_pay_receipt: typeof getSubsidyPayReceipt
  readonly subsidy_return: typeof subsidyReturn
  readonly get_subsidy_return_receipt: typeof getSubsidyReturnReceipt
  readonly marketing_image_upload: typeof marketingImageUpload
}

/** Every Merchant coupons (busifavor) callback definition by id. */
export type BusifavorNotifications = {
  readonly notify_coupon_send: typeof couponSendNotification
}
