import { busifavor } from '@api/busifavor/schemas'
import { AdminFile, defineSandboxFamily, type FamilyContext, type SandboxFamily } from '../../family.js'
import { clone, rfc3339 } from '../../util.js'
import { loadExamples } from './examples.js'
import { handlers } from './handlers/handlers.js'
import { type BusifavorSeed, createSeed, type SeedCouponInput, type SeedStockInput } from './seed.js'
import { BusifavorState, type CouponRecord, type StockRecord } from './state.js'
import type {
  BusifavorFamily,
  CouponCodeSnapshot,
  CouponSnapshot,
  CouponState,
  StockSnapshot,
  SubsidyPayReceipt,
  SubsidyReturnReceipt,
} from './types.js'
import { codeView, couponSnapshot, stockView } from './views.js'

export interface CouponFilter {
  stock_id?: string
  openid?: string
  coupon_state?: CouponState
}

/** `sb.state` (busifavor): read-only snapshots of the sandbox's 商家券 data. */
export interface BusifavorViews {
  stocks(): StockSnapshot[]
  stock(stockId: string): StockSnapshot | undefined
  coupons(filter?: CouponFilter): CouponSnapshot[]
  /** A coupon by code (and stock, when several stocks hold the code). */
  coupon(couponCode: string, stockId?: string): CouponSnapshot | undefined
  couponCodes(stockId: string): CouponCodeSnapshot[]
  /** The callback URL set with 设置商家券事件通知地址 (or `sb.seed.setNotifyUrl`). */
  notifyUrl(mchid?: string): string | undefined
  subsidyPayReceipts(): Omit<SubsidyPayReceipt, 'returned'>[]
  subsidyReturnReceipts(): SubsidyReturnReceipt[]
  /** An uploaded image by SHA-256. */
  mediaBytes(sha256: string): { contentType: string; bytes: Buffer } | undefined
}

/** The decrypted COUPON.SEND resource WeChat Pay posts after a coupon is issued. */
function couponSent(coupon: CouponRecord, stock: StockRecord): Record<string, unknown> {
  const notifyAppid = stock.definition.notify_config?.notify_appid
  return {
    event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
    coupon_code: coupon.coupon_code,
    stock_id: coupon.stock_id,
    send_time: rfc3339(coupon.receive_time),
    send_channel: coupon.send_channel,
    send_merchant: stock.creator_merchant,
    // WeChat Pay computes the openid under notify_config.notify_appid and leaves it out without one.
    ...(notifyAppid === undefined ? {} : { openid: coupon.openid }),
  }
}

const COUPON_SEND = {
  eventType: 'COUPON.SEND',
  summary: '商家券领券通知',
  originalType: 'coupon',
  associatedData: 'coupon',
}

function createState(context: FamilyContext): BusifavorState {
  const state = new BusifavorState(context.clock, context.next)
  state.onCouponSent = (coupon, stock) => {
    context.notify({
      ...COUPON_SEND,
      resource: couponSent(coupon, stock),
      url: state.notifyUrls.get(context.mchid)?.notify_url,
      missingUrlReason: 'no notify_url set (POST /v3/marketing/busifavor/callbacks)',
    })
  }
  return state
}

function views(state: BusifavorState, context: FamilyContext): BusifavorViews {
  return {
    stocks: () => [...state.stocks.values()].map((s) => stockView(state, s)),
    stock: (id) => {
      const s = state.stocks.get(id)
      return s === undefined ? undefined : stockView(state, s)
    },
    coupons: (filter = {}) =>
      state
        .allCoupons()
        .filter(
          (c) =>
            (filter.stock_id === undefined || c.stock_id === filter.stock_id) &&
            (filter.openid === undefined || c.openid === filter.openid) &&
            (filter.coupon_state === undefined || c.state === filter.coupon_state),
        )
        .map((c) => couponSnapshot(state, c)),
    coupon: (code, stockId) => {
      const c = state.couponsByCode(code).find((x) => stockId === undefined || x.stock_id === stockId)
      return c === undefined ? undefined : couponSnapshot(state, c)
    },
    couponCodes: (stockId) => [...(state.stocks.get(stockId)?.codes.values() ?? [])].map((c) => codeView(c)),
    notifyUrl: (mchid = context.mchid) => state.notifyUrls.get(mchid)?.notify_url,
    subsidyPayReceipts: () => [...state.payReceipts.values()].map(({ returned: _, ...r }) => clone(r)),
    subsidyReturnReceipts: () => [...state.returnReceipts.values()].map((r) => clone(r)),
    mediaBytes: (sha256) => {
      const m = state.media.get(sha256)
      return m === undefined ? undefined : { contentType: m.contentType, bytes: m.bytes }
    },
  }
}

/** 商家券 as the sandbox emulates it: stocks, codes, coupons, subsidies, images and the COUPON.SEND callback. */
export const busifavorSandbox: SandboxFamily<BusifavorFamily, BusifavorState, BusifavorSeed, BusifavorViews> =
  defineSandboxFamily({
    family: busifavor,
    createState,
    handlers,
    seed: (state: BusifavorState, context: FamilyContext): BusifavorSeed => createSeed(state, context.mchid),
    views,
    snapshot: (state, context) => {
      const v = views(state, context)
      return {
        stocks: v.stocks(),
        coupons: v.coupons(),
        notify_url: v.notifyUrl() ?? null,
        subsidy_pay_receipts: v.subsidyPayReceipts(),
        subsidy_return_receipts: v.subsidyReturnReceipts(),
      }
    },
    callbackUrl: (state, context) => state.notifyUrls.get(context.mchid)?.notify_url,
    examples: loadExamples,
    admin: [
      { method: 'POST', path: '/stocks', handle: ({ body, seed }) => seed.createStock(body as SeedStockInput) },
      { method: 'POST', path: '/coupons', handle: ({ body, seed }) => seed.sendCoupon(body as SeedCouponInput) },
      {
        method: 'GET',
        path: '/media/{file}',
        handle: ({ params, state }) => {
          const image = state.media.get(/^([0-9a-f]{64})\.\w+$/.exec(params.file ?? '')?.[1] ?? '')
          return image === undefined ? undefined : new AdminFile(image.contentType, image.bytes)
        },
      },
    ],
    probe: (context) => ({
      ...COUPON_SEND,
      resource: {
        event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
        coupon_code: 'SIGNTEST',
        stock_id: 'SIGNTEST',
        send_time: rfc3339(context.clock()),
        send_channel: 'BUSICOUPON_SEND_CHANNEL_API',
        send_merchant: 'SIGNTEST',
      },
    }),
  })

export type BusifavorSandbox = typeof busifavorSandbox
