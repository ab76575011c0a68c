import { randomBytes } from 'node:crypto'
import { DEFAULT_OPENID } from '../../constants.js'
import { paramError } from '../../problem.js'
import { beijingDay, clone, parseTime, randomDigits, stableStringify } from '../../util.js'
import { BillFiles } from './bills.js'
import { allows, applyToOrder, refusal } from './order-machine.js'
import { orderNotExist, outTradeNoUsed, payProblem } from './problems.js'
import { applyToRefund, type RefundAction } from './refund-machine.js'
import type {
  BodyOf,
  PrepayAnswer,
  PrepayBody,
  PrepayKind,
  RefundStatus,
  TradeState,
  TradeType,
  ViewOf,
} from './types.js'

export interface OrderRecord {
  kind: PrepayKind
  trade_type: TradeType
  out_trade_no: string
  /** The prepay body as validated: the order's fields, answered by the queries. */
  body: PrepayBody
  /** The request that placed it, to tell a repeat from a reuse once the engine no longer remembers the number. */
  fingerprint: string
  trade_state: TradeState
  create_time: number
  time_expire: number | undefined
  prepay: PrepayAnswer
  transaction_id?: string
  success_time?: number
  /** The payer, once paid. */
  openid?: string
  payer_total?: number
  bank_type?: string
}

export type RefundAmount = ViewOf<'query_refund'>['amount']

export interface RefundRecord {
  out_refund_no: string
  refund_id: string
  out_trade_no: string
  transaction_id: string
  status: RefundStatus
  create_time: number
  success_time?: number
  channel: string
  user_received_account: string
  funds_account: string
  amount: RefundAmount & { payer_refund: number; refund: number }
  reason?: string
  notify_url?: string
}

/** How the simulated payer pays (seed, admin API, auto-pay). */
export interface PayInput {
  /** The payer; a JSAPI order is paid by its `payer.openid`. */
  openid?: string
  /** 分 the payer paid, when a discount paid the rest (default: the order amount). */
  payer_total?: number
  /** 付款银行 (default `OTHERS`: the payer's balance). */
  bank_type?: string
}

const TRADE_TYPES: Record<PrepayKind, TradeType> = { jsapi: 'JSAPI', app: 'APP', h5: 'MWEB', native: 'NATIVE' }
/** Beijing day without dashes, as WeChat Pay's numbers embed it. */
const ymd = (ms: number) => beijingDay(ms).replace(/-/g, '')

/** The ids a seed fixes in advance (the documentation examples' prepay_id, transaction_id, refund_id). */
export interface ReservedIds {
  prepay_id?: string
  transaction_id?: string
  refund_id?: string
}

/** Pay's world: orders by out_trade_no and transaction_id, refunds by out_refund_no and refund_id. */
export class PayState {
  readonly orders = new Map<string, OrderRecord>()
  readonly #byTransaction = new Map<string, OrderRecord>()
  readonly refunds = new Map<string, RefundRecord>()
  readonly #byRefundId = new Map<string, RefundRecord>()
  /** Ids reserved by number (out_trade_no / out_refund_no) for the next order or refund that uses it. */
  readonly reserved = new Map<string, ReservedIds>()
  /** The bills behind the download URLs handed out. */
  readonly bills = new BillFiles()
  /** The refund callback URL set on the merchant platform (used when a refund request names none). */
  refundNotifyUrl: string | undefined
  /** True while history is seeded (documentation examples): no callbacks are sent and nothing is scheduled. */
  silent = false
  onPlaced: ((order: OrderRecord) => void) | undefined
  onPaid: ((order: OrderRecord) => void) | undefined
  onRefundAccepted: ((refund: RefundRecord) => void) | undefined
  onRefundSettled: ((refund: RefundRecord) => void) | undefined

  constructor(
    readonly mchid: string,
    readonly next: () => number,
  ) {}

  // ---------------------------------------------------------------- orders

  /** Places an order, or answers a repeat of one (the same request while unpaid: its prepay answer again). */
  place(kind: PrepayKind, body: PrepayBody, mchid: string, now: number): OrderRecord {
    if (body.mchid !== mchid) {
      throw paramError(`参数错误：mchid ${body.mchid} 与请求签名的商户号 ${mchid} 不一致`, {
        location: 'body',
        field: '/mchid',
      })
    }
    if (body.amount.currency !== undefined && body.amount.currency !== 'CNY') {
      throw paramError('参数错误：境内商户号的 amount.currency 只能为 CNY', {
        location: 'body',
        field: '/amount/currency',
      })
    }
    const fingerprint = stableStringify({ kind, body })
    const existing = this.orders.get(body.out_trade_no)
    if (existing !== undefined) {
      // The engine replays remembered numbers; this is a number it no longer remembers (or a seeded order).
      this.refresh(existing, now)
      if (existing.fingerprint !== fingerprint) throw outTradeNoUsed('out_trade_no', body.out_trade_no)
      if (allows('pay', existing.trade_state)) return existing
      throw refusal('pay', existing) // ORDERPAID, ORDER_CLOSED…
    }
    const timeExpire = body.time_expire === undefined ? undefined : parseTime(body.time_expire)
    if (timeExpire !== undefined && timeExpire <= now) {
      throw paramError('参数错误：time_expire 必须晚于当前时间', { location: 'body', field: '/time_expire' })
    }
    const reserved = this.reserved.get(body.out_trade_no) ?? {}
    const prepayId = reserved.prepay_id ?? `wx${ymd(now)}${randomBytes(13).toString('hex').slice(0, 26)}`
    const prepay: PrepayAnswer =
      kind === 'h5'
        ? {
            h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepayId}&package=${randomDigits(10)}`,
          }
        : kind === 'native'
          ? { code_url: `weixin://wxpay/bizpayurl?pr=${randomBytes(6).toString('base64url')}` }
          : { prepay_id: prepayId }
    const order: OrderRecord = {
      kind,
      trade_type: TRADE_TYPES[kind],
      out_trade_no: body.out_trade_no,
      body: clone(body),
      fingerprint,
      trade_state: 'NOTPAY',
      create_time: now,
      time_expire: timeExpire,
      prepay,
    }
    this.orders.set(order.out_trade_no, order)
    this.onPlaced?.(order)
    return order
  }

  /** Closes an unpaid order whose time_expire has passed (time is only looked at when an order is touched). */
  refresh(order: OrderRecord, now: number): OrderRecord {
    if (order.time_expire !== undefined && now >= order.time_expire && allows('expire', order.trade_state)) {
      applyToOrder('expire', order)
    }
    return order
  }

  /** @throws 404 ORDER_NOT_EXIST */
  order(outTradeNo: string, now: number): OrderRecord {
    const order = this.orders.get(outTradeNo)
    if (order === undefined) throw orderNotExist(`out_trade_no=${outTradeNo}`)
    return this.refresh(order, now)
  }

  /** A paid order by WeChat Pay's number. @throws 404 ORDER_NOT_EXIST */
  orderByTransaction(transactionId: string, now: number): OrderRecord {
    const order = this.#byTransaction.get(transactionId)
    if (order === undefined) throw orderNotExist(`transaction_id=${transactionId}`)
    return this.refresh(order, now)
  }

  /** The simulated payer pays: SUCCESS, a transaction_id, and TRANSACTION.SUCCESS. */
  pay(order: OrderRecord, input: PayInput, now: number): OrderRecord {
    this.refresh(order, now)
    const ordered = order.kind === 'jsapi' ? (order.body as BodyOf<'jsapi_prepay'>).payer.openid : undefined
    if (order.kind === 'jsapi' && input.openid !== undefined && input.openid !== ordered) {
      throw payProblem('INVALID_REQUEST', `JSAPI 订单只能由下单时的 payer.openid（${ordered}）支付`)
    }
    const total = order.body.amount.total
    const payerTotal = input.payer_total ?? total
    if (!Number.isInteger(payerTotal) || payerTotal < 0 || payerTotal > total) {
      throw payProblem('PARAM_ERROR', `payer_total 须为 0..${total} 之间的整数（分）`)
    }
    const reserved = this.reserved.get(order.out_trade_no)?.transaction_id
    if (reserved !== undefined && this.#byTransaction.has(reserved)) {
      throw payProblem('INVALID_REQUEST', `transaction_id ${reserved} 已被其他订单使用`)
    }
    applyToOrder('pay', order)
    order.transaction_id =
      reserved ?? `42000${String(this.next() % 100_000).padStart(5, '0')}${ymd(now)}${randomDigits(10)}`
    order.success_time = now
    order.openid = input.openid ?? ordered ?? DEFAULT_OPENID
    order.payer_total = payerTotal
    order.bank_type = input.bank_type ?? 'OTHERS'
    this.#byTransaction.set(order.transaction_id, order)
    this.onPaid?.(order)
    return order
  }

  /** Moves an order along `fail`, `close`, `expire` or `revoke`. */
  move(order: OrderRecord, action: 'fail' | 'close' | 'expire' | 'revoke', now: number): OrderRecord {
    this.refresh(order, now)
    applyToOrder(action, order)
    return order
  }

  /** 分 still refundable: the order amount less every refund that is not CLOSED. */
  refundable(order: OrderRecord): number {
    if (order.transaction_id === undefined) return 0
    let refunded = 0
    for (const refund of this.refunds.values()) {
      if (refund.out_trade_no === order.out_trade_no && refund.status !== 'CLOSED') refunded += refund.amount.refund
    }
    return order.body.amount.total - refunded
  }

  // ---------------------------------------------------------------- refunds

  /** Accepts a refund (PROCESSING) within the order's refundable balance. */
  refund(body: BodyOf<'create_refund'>, now: number): RefundRecord {
    const order =
      body.transaction_id !== undefined
        ? this.#byTransaction.get(body.transaction_id)
        : this.orders.get(body.out_trade_no ?? '')
    if (order === undefined) {
      const which = body.transaction_id ?? body.out_trade_no
      throw payProblem('RESOURCE_NOT_EXISTS', `订单不存在：${which}（只有支付成功的订单可以退款）`)
    }
    if (body.out_trade_no !== undefined && body.out_trade_no !== order.out_trade_no) {
      throw payProblem('INVALID_REQUEST', `transaction_id 与 out_trade_no 不是同一笔订单`)
    }
    this.refresh(order, now)
    if (!allows('refund', order.trade_state)) throw refusal('refund', order)
    const total = order.body.amount.total
    if (body.amount.total !== total) {
      throw payProblem('INVALID_REQUEST', `amount.total ${body.amount.total} 与订单金额 ${total} 不一致`, {
        field: '/amount/total',
      })
    }
    if (body.amount.currency !== 'CNY') {
      throw payProblem('PARAM_ERROR', '参数错误：境内商户号的退款币种只能为 CNY', { field: '/amount/currency' })
    }
    const refundable = this.refundable(order)
    if (body.amount.refund > refundable) {
      throw payProblem('INVALID_REQUEST', `申请退款金额 ${body.amount.refund} 超过订单可退金额 ${refundable}（分）`, {
        field: '/amount/refund',
        refundable,
      })
    }
    if (this.refunds.has(body.out_refund_no)) {
      throw payProblem('INVALID_REQUEST', `商户退款单号 ${body.out_refund_no} 已用于另一笔退款`)
    }
    const reserved = this.reserved.get(body.out_refund_no)?.refund_id
    const refundId = reserved ?? `50${String(this.next() % 1e9).padStart(9, '0')}${ymd(now)}${randomDigits(10)}`
    if (this.#byRefundId.has(refundId)) throw payProblem('INVALID_REQUEST', `refund_id ${refundId} 已被使用`)
    // The payer's share of the refund: a discount the order had is refunded in proportion.
    const payerTotal = order.payer_total ?? total
    const payerRefund = Math.round((body.amount.refund * payerTotal) / total)
    const refund: RefundRecord = {
      out_refund_no: body.out_refund_no,
      refund_id: refundId,
      out_trade_no: order.out_trade_no,
      transaction_id: order.transaction_id!,
      status: 'PROCESSING',
      create_time: now,
      channel: 'ORIGINAL',
      user_received_account: order.bank_type === 'OTHERS' ? '支付用户零钱' : `${order.bank_type} 银行卡`,
      funds_account: body.funds_account ?? 'UNSETTLED',
      amount: {
        total,
        refund: body.amount.refund,
        ...(body.amount.from === undefined ? {} : { from: clone(body.amount.from) }),
        payer_total: payerTotal,
        payer_refund: payerRefund,
        settlement_refund: body.amount.refund,
        settlement_total: total,
        discount_refund: body.amount.refund - payerRefund,
        currency: 'CNY',
      },
      ...(body.reason === undefined ? {} : { reason: body.reason }),
      ...(body.notify_url === undefined ? {} : { notify_url: body.notify_url }),
    }
    applyToOrder('refund', order)
    this.refunds.set(refund.out_refund_no, refund)
    this.#byRefundId.set(refund.refund_id, refund)
    this.onRefundAccepted?.(refund)
    return refund
  }

  /** @throws 404 RESOURCE_NOT_EXISTS */
  refundByNo(outRefundNo: string): RefundRecord {
    const refund = this.refunds.get(outRefundNo)
    if (refund === undefined) throw payProblem('RESOURCE_NOT_EXISTS', `退款单不存在：out_refund_no=${outRefundNo}`)
    return refund
  }

  /** @throws 404 RESOURCE_NOT_EXISTS */
  refundById(refundId: string): RefundRecord {
    const refund = this.#byRefundId.get(refundId)
    if (refund === undefined) throw payProblem('RESOURCE_NOT_EXISTS', `退款单不存在：refund_id=${refundId}`)
    return refund
  }

  /** Settles a PROCESSING refund (SUCCESS, ABNORMAL or CLOSED) and sends its REFUND.* callback. */
  settle(refund: RefundRecord, action: Exclude<RefundAction, 'reapply'>, now: number): RefundRecord {
    applyToRefund(action, refund)
    if (refund.status === 'SUCCESS') refund.success_time = now
    this.onRefundSettled?.(refund)
    return refund
  }

  /** 发起异常退款: an ABNORMAL refund goes to a bank card instead, PROCESSING again until it settles. */
  reapply(refund: RefundRecord, body: BodyOf<'apply_abnormal_refund'>): RefundRecord {
    if (body.out_refund_no !== refund.out_refund_no) {
      throw payProblem('INVALID_REQUEST', `out_refund_no ${body.out_refund_no} 与退款单 ${refund.refund_id} 不符`)
    }
    applyToRefund('reapply', refund)
    refund.channel = 'OTHER_BANKCARD'
    refund.user_received_account =
      body.type === 'USER_BANK_CARD' ? `${body.bank_type ?? '用户'} 银行卡` : '商户结算银行账户'
    this.onRefundAccepted?.(refund)
    return refund
  }
}
