import { invalidRequest, notExists, paramError } from '../../problem.js'
import { beijingDay, clone, DAY_MS, isRecord, parseTime, rfc3339 } from '../../util.js'
import { allows } from './coupon-machine.js'
import type {
  BodyOf,
  CouponCodeMode,
  CouponState,
  StockState,
  StockType,
  SubsidyPayReceipt,
  SubsidyReturnReceipt,
  ViewOf,
} from './types.js'

/** A stock's rules as created (the create_stock body without its request-no), changed in place by modify_stock. */
export type StockDefinition = Omit<BodyOf<'create_stock'>, 'out_request_no'>

export interface StockRecord {
  stock_id: string
  definition: StockDefinition
  creator_merchant: string
  stock_state: StockState
  create_time: number
  sent: number
  sentByDay: Map<string, number>
  sentByUser: Map<string, number>
  codes: Map<string, CodeRecord>
}

export interface CodeRecord {
  code: string
  code_status: 'AVAILABLE' | 'DISPATCHED'
  upload_time: number
  dispatched_time?: number
  openid?: string
  coupon_code?: string
}

export interface CouponRecord {
  coupon_code: string
  stock_id: string
  openid: string
  appid: string
  state: CouponState
  receive_time: number
  available_start_time: number
  expire_time: number
  send_request_no: string
  send_channel: string
  use_request_no?: string
  use_time?: number
  associate_out_trade_no?: string
  return_request_no?: string
  return_time?: number
  deactivate_request_no?: string
  deactivate_time?: number
  deactivate_reason?: string
}

export interface MediaRecord {
  sha256: string
  filename: string
  contentType: string
  bytes: Buffer
  media_url: string
}

export interface SendCouponInput {
  stock_id: string
  openid: string
  appid: string
  send_request_no: string
  coupon_code?: string
  send_channel?: string
  /** Seed helpers bypass budgets, per-user limits and the stock's code mode. */
  enforce: boolean
  /** Force a state (seed helpers: a coupon that is already USED, EXPIRED, …). */
  state?: CouponState
  /** Emit a COUPON.SEND notification (default true). */
  notify?: boolean
}

const key = (stockId: string, code: string) => `${stockId}\u0000${code}`
const CODE_CHARS = /^[0-9A-Za-z _\-\\/=|]+$/
const RULE_OF: Record<StockType, 'fixed_normal_coupon' | 'discount_coupon' | 'exchange_coupon'> = {
  NORMAL: 'fixed_normal_coupon',
  DISCOUNT: 'discount_coupon',
  EXCHANGE: 'exchange_coupon',
}

/** Busifavor's world: stocks, pre-stored codes, user coupons, subsidy receipts, media, notification URLs. */
export class BusifavorState {
  readonly stocks = new Map<string, StockRecord>()
  readonly coupons = new Map<string, CouponRecord>()
  readonly #byCode = new Map<string, CouponRecord[]>()
  readonly payReceipts = new Map<string, SubsidyPayReceipt>()
  readonly returnReceipts = new Map<string, SubsidyReturnReceipt>()
  readonly media = new Map<string, MediaRecord>()
  readonly notifyUrls = new Map<string, { notify_url: string; update_time: string }>()
  readonly cards = new Map<string, { card_id: string; appid: string; openid: string; out_request_no: string }>()
  readonly presends = new Map<string, { stock_id: string; appid: string; openid?: string; coupon_code?: string }>()
  /** Called after every coupon issued (API or seed), to drive COUPON.SEND callbacks. */
  onCouponSent: ((coupon: CouponRecord, stock: StockRecord) => void) | undefined

  constructor(
    readonly clock: () => number,
    readonly next: () => number,
  ) {}

  // ---------------------------------------------------------------- stocks

  /** Validates the business rules zod cannot express and stores the stock. */
  createStock(body: BodyOf<'create_stock'>, creator: string, stockId?: string): StockRecord {
    const now = this.clock()
    const { out_request_no: _, ...definition } = clone(body)
    const time = definition.coupon_use_rule.coupon_available_time
    const begin = parseTime(time.available_begin_time)
    const end = parseTime(time.available_end_time)
    const field = (name: string) => ({ location: 'body', field: `/coupon_use_rule/coupon_available_time/${name}` })
    if (!(end > begin))
      throw paramError('参数错误：available_end_time 必须晚于 available_begin_time', field('available_end_time'))
    if (end - begin > 366 * DAY_MS) throw paramError('参数错误：券可核销时间最长 1 年', field('available_end_time'))
    if (end <= now) throw paramError('参数错误：available_end_time 已过，批次无法发放', field('available_end_time'))
    if (time.wait_days_after_receive !== undefined && time.available_day_after_receive === undefined) {
      throw paramError(
        '参数错误：wait_days_after_receive 需与 available_day_after_receive 一同填写',
        field('wait_days_after_receive'),
      )
    }
    const ruleName = RULE_OF[definition.stock_type]
    if (!isRecord(definition.coupon_use_rule[ruleName])) {
      throw paramError(`参数错误：stock_type 为 ${definition.stock_type} 时 coupon_use_rule.${ruleName} 必填`, {
        location: 'body',
        field: `/coupon_use_rule/${ruleName}`,
      })
    }
    const id = stockId ?? String(1_000_000_000_000 + this.next())
    if (this.stocks.has(id)) throw invalidRequest(`批次 ${id} 已存在`)
    const stock: StockRecord = {
      stock_id: id,
      definition,
      creator_merchant: creator,
      stock_state: 'RUNNING',
      create_time: now,
      sent: 0,
      sentByDay: new Map(),
      sentByUser: new Map(),
      codes: new Map(),
    }
    this.stocks.set(id, stock)
    return stock
  }

  stock(stockId: string): StockRecord {
    const stock = this.stocks.get(stockId)
    if (stock === undefined) throw notExists(`批次不存在：stock_id=${stockId}`, { stock_id: stockId })
    return stock
  }

  codeMode(stock: StockRecord): CouponCodeMode {
    return stock.definition.coupon_code_mode ?? 'WECHATPAY_MODE'
  }

  /** The end of the stock's usable window (sending and modifying stop there). */
  stockEnd(stock: StockRecord): number {
    return parseTime(stock.definition.coupon_use_rule.coupon_available_time.available_end_time)
  }

  discountAmount(stock: StockRecord): number | undefined {
    return stock.definition.coupon_use_rule.fixed_normal_coupon?.discount_amount
  }

  // ---------------------------------------------------------------- pre-stored codes

  uploadCodes(stock: StockRecord, list: readonly string[]): ViewOf<'upload_coupon_codes'> {
    const now = this.clock()
    const seen = new Set<string>()
    const duplicate = new Set<string>()
    const exist: string[] = []
    const success: string[] = []
    const fail: { coupon_code: string; code: string; message: string }[] = []
    for (const code of list) {
      if (seen.has(code)) {
        duplicate.add(code)
        continue
      }
      seen.add(code)
      if (code.length > 32) fail.push({ coupon_code: code, code: 'LENGTH_LIMIT', message: '长度超过最大值32位' })
      else if (!CODE_CHARS.test(code)) {
        fail.push({ coupon_code: code, code: 'CHARACTER_INVALID', message: '包含不支持的字符' })
      } else if (stock.codes.has(code)) exist.push(code)
      else {
        stock.codes.set(code, { code, code_status: 'AVAILABLE', upload_time: now })
        success.push(code)
      }
    }
    return {
      stock_id: stock.stock_id,
      total_count: seen.size,
      success_count: success.length,
      success_codes: success,
      success_time: rfc3339(now),
      fail_count: fail.length,
      fail_codes: fail,
      exist_codes: exist,
      duplicate_codes: [...duplicate],
    }
  }

  // ---------------------------------------------------------------- coupons

  /** Issues a coupon to a user, enforcing the stock's mode, validity, budget and per-user limit when asked to. */
  sendCoupon(input: SendCouponInput): CouponRecord {
    const now = this.clock()
    const stock = this.stock(input.stock_id)
    const mode = this.codeMode(stock)
    const end = this.stockEnd(stock)
    const sendRule = stock.definition.stock_send_rule
    let code = input.coupon_code
    if (input.enforce) {
      if (stock.stock_state !== 'RUNNING') {
        throw invalidRequest(`批次状态为 ${stock.stock_state}，不是运行中（RUNNING），无法发券`)
      }
      if (now >= end) throw invalidRequest('批次已过可用时间，无法发券', { reason: 'STOCK_EXPIRED' })
      const max = sendRule.max_coupons
      if (max !== undefined && stock.sent >= max) {
        throw invalidRequest(`批次预算已用完：已发放 ${stock.sent} 张，最大发放 ${max} 张`, {
          reason: 'STOCK_BUDGET_EXHAUSTED',
        })
      }
      const maxByDay = sendRule.max_coupons_by_day
      const today = stock.sentByDay.get(beijingDay(now)) ?? 0
      if (maxByDay !== undefined && today >= maxByDay) {
        throw invalidRequest(`批次当天发放已达上限 ${maxByDay} 张`, { reason: 'DAILY_BUDGET_EXHAUSTED' })
      }
      const perUser = sendRule.max_coupons_per_user
      const mine = stock.sentByUser.get(input.openid) ?? 0
      if (perUser !== undefined && mine >= perUser) {
        throw invalidRequest(`用户领券已达上限：该批次每个用户最多 ${perUser} 张`, { reason: 'USER_LIMIT_REACHED' })
      }
      if (mode === 'WECHATPAY_MODE' && code !== undefined) {
        throw paramError('参数错误：WECHATPAY_MODE 批次由微信支付分配券 code，请勿传 coupon_code', {
          location: 'body',
          field: '/coupon_code',
        })
      }
      if (mode === 'MERCHANT_API' && code === undefined) {
        throw paramError('参数错误：MERCHANT_API 批次发券时 coupon_code 必填', {
          location: 'body',
          field: '/coupon_code',
        })
      }
      if (mode === 'MERCHANT_UPLOAD' && code !== undefined) {
        throw paramError('参数错误：MERCHANT_UPLOAD 批次从预存 code 中分配，不能指定 coupon_code', {
          location: 'body',
          field: '/coupon_code',
        })
      }
    }
    let dispatched: CodeRecord | undefined
    if (code === undefined && mode === 'MERCHANT_UPLOAD') {
      for (const candidate of stock.codes.values()) {
        if (candidate.code_status === 'AVAILABLE') {
          dispatched = candidate
          break
        }
      }
      if (dispatched === undefined)
        throw invalidRequest('预存 code 已用完，请先上传 code', { reason: 'NO_AVAILABLE_CODE' })
      code = dispatched.code
    }
    if (code === undefined) code = `8${String(this.next()).padStart(21, '0')}`
    if (this.coupons.has(key(stock.stock_id, code))) {
      throw invalidRequest(`券 code ${code} 在批次 ${stock.stock_id} 中已存在`, { reason: 'COUPON_CODE_EXISTS' })
    }
    if (dispatched !== undefined) {
      dispatched.code_status = 'DISPATCHED'
      dispatched.dispatched_time = now
      dispatched.openid = input.openid
      dispatched.coupon_code = code
    }
    const time = stock.definition.coupon_use_rule.coupon_available_time
    const begin = parseTime(time.available_begin_time)
    let start = Math.max(now, begin)
    const waitDays = time.wait_days_after_receive
    if (waitDays !== undefined) start = Math.max(start, now + waitDays * DAY_MS)
    let expire = end
    const days = time.available_day_after_receive
    if (days !== undefined) expire = Math.min(end, start + days * DAY_MS)
    const seconds = (time as { available_second_after_receive?: number }).available_second_after_receive
    if (seconds !== undefined) expire = Math.min(expire, start + seconds * 1000)
    const coupon: CouponRecord = {
      coupon_code: code,
      stock_id: stock.stock_id,
      openid: input.openid,
      appid: input.appid,
      state: input.state ?? 'SENDED',
      receive_time: now,
      available_start_time: start,
      expire_time: expire,
      send_request_no: input.send_request_no,
      send_channel: input.send_channel ?? 'BUSICOUPON_SEND_CHANNEL_API',
    }
    this.coupons.set(key(stock.stock_id, code), coupon)
    const list = this.#byCode.get(code)
    if (list === undefined) this.#byCode.set(code, [coupon])
    else list.push(coupon)
    stock.sent++
    const day = beijingDay(now)
    stock.sentByDay.set(day, (stock.sentByDay.get(day) ?? 0) + 1)
    stock.sentByUser.set(input.openid, (stock.sentByUser.get(input.openid) ?? 0) + 1)
    if (input.notify !== false) this.onCouponSent?.(coupon, stock)
    return coupon
  }

  /** Moves a SENDED coupon past its expire_time to EXPIRED (time is only looked at when a coupon is touched). */
  refresh(coupon: CouponRecord): CouponRecord {
    if (allows('expire', coupon.state) && this.clock() >= coupon.expire_time) coupon.state = 'EXPIRED'
    return coupon
  }

  /** Finds a coupon by code (and stock when given). @throws 404 RESOURCE_NOT_EXISTS */
  coupon(code: string, stockId: string | undefined): CouponRecord {
    let coupon: CouponRecord | undefined
    if (stockId !== undefined) {
      this.stock(stockId)
      coupon = this.coupons.get(key(stockId, code))
    } else {
      const list = this.#byCode.get(code) ?? []
      if (list.length > 1) {
        throw paramError(`参数错误：券 code ${code} 存在于多个批次，请传 stock_id`, {
          location: 'body',
          field: '/stock_id',
        })
      }
      coupon = list[0]
    }
    if (coupon === undefined) throw notExists(`券不存在：coupon_code=${code}`, { coupon_code: code })
    return this.refresh(coupon)
  }

  /** Coupons by code regardless of stock (a user may hold the same merchant code from two stocks). */
  couponsByCode(code: string): CouponRecord[] {
    return (this.#byCode.get(code) ?? []).map((c) => this.refresh(c))
  }

  allCoupons(): CouponRecord[] {
    return [...this.coupons.values()].map((c) => this.refresh(c))
  }
}
