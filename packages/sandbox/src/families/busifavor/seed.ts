import { DEFAULT_APPID, DEFAULT_OPENID } from '../../constants.js'
import { SandboxError } from '../../errors.js'
import { ApiProblem } from '../../problem.js'
import { clone, DAY_MS, isRecord, rfc3339 } from '../../util.js'
import type { BusifavorState } from './state.js'
import type { BodyOf, CouponCodeMode, CouponSnapshot, CouponState, StockSnapshot, StockType } from './types.js'
import { couponSnapshot, stockView } from './views.js'

/** Fields of a stock to seed; anything not given gets a working default. Same names as the create_stock body. */
export interface SeedStockInput {
  /** An explicit id (e.g. a documentation example); generated otherwise. */
  stock_id?: string
  stock_name?: string
  belong_merchant?: string
  comment?: string
  goods_name?: string
  stock_type?: StockType
  coupon_code_mode?: CouponCodeMode
  /** Merged into the default rule: NORMAL 1 元 off 10 元, usable from yesterday for 180 days, OFF_LINE. */
  coupon_use_rule?: Record<string, unknown>
  /** Merged into the default rule: 1 000 000 coupons, 100 per user. */
  stock_send_rule?: Record<string, unknown>
  custom_entrance?: Record<string, unknown>
  display_pattern_info?: Record<string, unknown>
  /** Defaults to `{ notify_appid: DEFAULT_APPID }`, so callbacks carry the openid (`{}` for none). */
  notify_config?: Record<string, unknown>
  subsidy?: boolean
}

export interface SeedCouponInput {
  /** The stock to issue from; created (with this id) when it does not exist. A shared default stock otherwise. */
  stock_id?: string
  /** An explicit code; generated (22 digits) otherwise. */
  coupon_code?: string
  openid?: string
  appid?: string
  /** The state to leave the coupon in (default SENDED). */
  coupon_state?: CouponState
  send_request_no?: string
  send_channel?: string
  /** Send the COUPON.SEND callback like any issued coupon (default true; needs a notify URL to be posted). */
  notify?: boolean
}

/** `sb.seed` (busifavor): create data directly, without signed requests, budgets or limits. */
export interface BusifavorSeed {
  createStock(input?: SeedStockInput): StockSnapshot
  sendCoupon(input?: SeedCouponInput): CouponSnapshot
  /** `count` coupons with generated codes from one stock (for load tests). */
  sendCoupons(count: number, input?: Omit<SeedCouponInput, 'coupon_code'>): CouponSnapshot[]
  /** Pre-stored codes for a MERCHANT_UPLOAD stock. */
  uploadCodes(stockId: string, codes: readonly string[]): void
  /** Where COUPON.SEND callbacks go (what POST /v3/marketing/busifavor/callbacks sets). */
  setNotifyUrl(url: string): void
}

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown> | undefined): Record<string, unknown> {
  const out = clone(base)
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined) continue
    out[key] =
      isRecord(value) && isRecord(out[key]) ? deepMerge(out[key] as Record<string, unknown>, value) : clone(value)
  }
  return out
}

const RULES: Record<StockType, [string, Record<string, number>]> = {
  NORMAL: ['fixed_normal_coupon', { discount_amount: 100, transaction_minimum: 1000 }],
  DISCOUNT: ['discount_coupon', { discount_percent: 88, transaction_minimum: 100 }],
  EXCHANGE: ['exchange_coupon', { exchange_price: 100, transaction_minimum: 100 }],
}

function seedError(error: unknown): never {
  if (error instanceof ApiProblem) {
    throw new SandboxError(`@tools/sandbox: seed refused: ${error.code} ${error.message}`, {
      code: 'SEED_CONFLICT',
      cause: error,
    })
  }
  throw error
}

export function createSeed(state: BusifavorState, mchid: string): BusifavorSeed {
  let defaultStock: string | undefined
  let n = 0

  function createStock(input: SeedStockInput = {}): StockSnapshot {
    const now = state.clock()
    const type = input.stock_type ?? 'NORMAL'
    const [ruleName, ruleDefault] = RULES[type]
    const { stock_id, coupon_use_rule, stock_send_rule, ...rest } = input
    // The two rule objects are merged into working defaults; any other field given replaces the default.
    const body: Record<string, unknown> = {
      stock_name: '沙箱商家券',
      belong_merchant: mchid,
      goods_name: '全场可用',
      stock_type: type,
      coupon_code_mode: 'WECHATPAY_MODE',
      notify_config: { notify_appid: DEFAULT_APPID },
      ...clone(rest),
      coupon_use_rule: deepMerge(
        {
          coupon_available_time: {
            available_begin_time: rfc3339(now - DAY_MS),
            available_end_time: rfc3339(now + 180 * DAY_MS),
          },
          [ruleName]: ruleDefault,
          use_method: 'OFF_LINE',
        },
        coupon_use_rule,
      ),
      stock_send_rule: deepMerge({ max_coupons: 1_000_000, max_coupons_per_user: 100 }, stock_send_rule),
    }
    try {
      // Seeds skip the schema check on purpose (a test may want any shape); the state treats it as a create body.
      return stockView(state, state.createStock(body as BodyOf<'create_stock'>, mchid, stock_id))
    } catch (error) {
      return seedError(error)
    }
  }

  function sendCoupon(input: SeedCouponInput = {}): CouponSnapshot {
    let stockId = input.stock_id
    if (stockId === undefined) {
      defaultStock ??= createStock().stock_id
      stockId = defaultStock
    } else if (!state.stocks.has(stockId)) createStock({ stock_id: stockId })
    try {
      const coupon = state.sendCoupon({
        stock_id: stockId,
        openid: input.openid ?? DEFAULT_OPENID,
        appid: input.appid ?? DEFAULT_APPID,
        send_request_no: input.send_request_no ?? `sandbox-seed-${++n}`,
        coupon_code: input.coupon_code,
        send_channel: input.send_channel,
        enforce: false,
        state: input.coupon_state,
        notify: input.notify,
      })
      const now = state.clock()
      if (coupon.state === 'USED') {
        coupon.use_time = now
        coupon.use_request_no = `sandbox-seed-use-${n}`
      } else if (coupon.state === 'DEACTIVATED') {
        coupon.deactivate_time = now
        coupon.deactivate_request_no = `sandbox-seed-deactivate-${n}`
      } else if (coupon.state === 'EXPIRED') {
        coupon.expire_time = Math.min(coupon.expire_time, now)
      }
      return couponSnapshot(state, coupon)
    } catch (error) {
      return seedError(error)
    }
  }

  return {
    createStock,
    sendCoupon,
    sendCoupons(count, input = {}) {
      if (!Number.isInteger(count) || count < 0) {
        throw new SandboxError('@tools/sandbox: sendCoupons(count) needs a non-negative integer.', {
          code: 'INVALID_OPTION',
        })
      }
      const stockId = input.stock_id ?? createStock().stock_id
      return Array.from({ length: count }, () => sendCoupon({ ...input, stock_id: stockId }))
    },
    uploadCodes(stockId, codes) {
      try {
        state.uploadCodes(state.stock(stockId), codes)
      } catch (error) {
        seedError(error)
      }
    },
    setNotifyUrl(url) {
      state.notifyUrls.set(mchid, { notify_url: url, update_time: rfc3339(state.clock()) })
    },
  }
}
