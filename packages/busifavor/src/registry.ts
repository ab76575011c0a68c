import { defineFamily, type Family } from '@core/kit/define'
import { getNotifyUrl, setNotifyUrl } from './endpoints/callbacks.js'
import { deleteCouponCode, getCouponCode, listCouponCodes, uploadCouponCodes } from './endpoints/coupon-codes.js'
import { deactivateCoupon, returnCoupon } from './endpoints/coupons-deactivate.js'
import { presendProductCoupon, sendCoupon, sendGovCard, sendProductCoupon } from './endpoints/coupons-send.js'
import { associateTrade, disassociateTrade, useCoupon } from './endpoints/coupons-use.js'
import { marketingImageUpload } from './endpoints/media.js'
import { couponSendNotification } from './endpoints/notification.js'
import { createStock, getStock } from './endpoints/stocks.js'
import { modifyBudget, modifyStock } from './endpoints/stocks-modify.js'
import {
  getSubsidyPayReceipt,
  getSubsidyReturnReceipt,
  listSubsidyPayReceipts,
  subsidyPay,
  subsidyReturn,
} from './endpoints/subsidy.js'
import { getUserCoupon, listUserCoupons } from './endpoints/users.js'
import type { BusifavorEndpoints, BusifavorNotifications } from './generated/types.js'

/**
 * The one list of the 商家券 family: every endpoint in the order of the docs, and its callback. (The annotation names
 * the generated types so declarations refer to each definition instead of repeating its schemas.)
 */
export const busifavor: Family<BusifavorEndpoints, BusifavorNotifications> = defineFamily({
  package: '@api/busifavor',
  name: 'busifavor',
  title: { zh: '商家券', en: 'Merchant coupons (busifavor)' },
  facade: { type: 'Busifavor', factory: 'createBusifavor', variable: 'busifavor' },
  endpoints: [
    createStock,
    getStock,
    modifyStock,
    modifyBudget,
    uploadCouponCodes,
    listCouponCodes,
    getCouponCode,
    deleteCouponCode,
    sendCoupon,
    sendProductCoupon,
    presendProductCoupon,
    useCoupon,
    listUserCoupons,
    getUserCoupon,
    setNotifyUrl,
    getNotifyUrl,
    associateTrade,
    disassociateTrade,
    returnCoupon,
    deactivateCoupon,
    sendGovCard,
    subsidyPay,
    listSubsidyPayReceipts,
    getSubsidyPayReceipt,
    subsidyReturn,
    getSubsidyReturnReceipt,
    marketingImageUpload,
  ],
  notifications: [couponSendNotification],
})

/** Every busifavor endpoint by id. */
export const endpoints: BusifavorEndpoints = busifavor.endpoints
export type Endpoints = BusifavorEndpoints
export type EndpointId = keyof Endpoints
