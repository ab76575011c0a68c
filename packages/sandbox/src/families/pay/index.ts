import { pay } from '@api/pay/schemas'
import { PAY_CALLBACK_RETRY_DELAYS_MS } from '../../constants.js'
import { invalidOption } from '../../errors.js'
import { defineSandboxFamily, type FamilyContext, type SandboxFamily } from '../../family.js'
import { rfc3339 } from '../../util.js'
import { payAdmin } from './admin.js'
import { loadExamples } from './examples.js'
import { billDownload } from './handlers/bills.js'
import { handlers } from './handlers/handlers.js'
import { allows } from './order-machine.js'
import { outTradeNoUsed } from './problems.js'
import { REFUND_EVENTS } from './refund-machine.js'
import { createSeed, type PaySeed } from './seed.js'
import { type OrderRecord, PayState, type RefundRecord } from './state.js'
import type { OrderSnapshot, PayFamily, RefundSnapshot, RefundStatus, TradeState, TradeType } from './types.js'
import { orderSnapshot, refundResource, refundSnapshot, transactionView } from './views.js'

export interface PaySandboxOptions {
  /**
   * A NOTPAY order is paid by itself this many ms after it was placed (demos: no payer to simulate). Real time, not
   * the sandbox clock (a test clock may be frozen); the payment's timestamps still read the sandbox clock. Default:
   * never — orders wait for the admin API or `sb.seed.payOrder`.
   */
  autoPayAfterMs?: number
  /**
   * A PROCESSING refund settles SUCCESS by itself this many ms after it was accepted (real time, like
   * `autoPayAfterMs`); `false` leaves every refund PROCESSING until the admin API or `sb.seed` settles it. Default 50.
   */
  refundSettleAfterMs?: number | false
}

export const DEFAULT_REFUND_SETTLE_AFTER_MS = 50

export interface OrderFilter {
  trade_state?: TradeState
  trade_type?: TradeType
}

export interface RefundFilter {
  out_trade_no?: string
  status?: RefundStatus
}

/** `sb.state` (pay): read-only snapshots of the sandbox's orders and refunds. */
export interface PayViews {
  orders(filter?: OrderFilter): OrderSnapshot[]
  order(outTradeNo: string): OrderSnapshot | undefined
  refunds(filter?: RefundFilter): RefundSnapshot[]
  refund(outRefundNo: string): RefundSnapshot | undefined
  /** The merchant platform's refund callback URL (`sb.seed.setRefundNotifyUrl`). */
  refundNotifyUrl(): string | undefined
}

/** What pay shares with the other families (`context.use('pay')`): busifavor checks that an associated order exists. */
export interface PayExports {
  order(outTradeNo: string): OrderSnapshot | undefined
}

const TRANSACTION_SUCCESS = {
  eventType: 'TRANSACTION.SUCCESS',
  summary: '支付成功',
  originalType: 'transaction',
  associatedData: 'transaction',
}
const REFUND = { originalType: 'refund', associatedData: 'refund' }

function nonNegative(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    invalidOption(`createPaySandbox: ${name} must be a number of ms ≥ 0.`)
  }
}

function wire(state: PayState, context: FamilyContext, options: PaySandboxOptions): void {
  const settleAfter = options.refundSettleAfterMs ?? DEFAULT_REFUND_SETTLE_AFTER_MS
  const paid = (order: OrderRecord) =>
    context.notify({
      ...TRANSACTION_SUCCESS,
      resource: transactionView(order),
      url: order.body.notify_url,
      missingUrlReason: 'the order has no notify_url',
      retryDelaysMs: PAY_CALLBACK_RETRY_DELAYS_MS,
    })
  const settled = (refund: RefundRecord) => {
    const status = refund.status as keyof typeof REFUND_EVENTS
    context.notify({
      ...REFUND_EVENTS[status],
      ...REFUND,
      resource: refundResource(context.mchid, refund),
      url: refund.notify_url ?? state.refundNotifyUrl,
      missingUrlReason: 'no notify_url in the refund request and none set on the platform (sb.seed.setRefundNotifyUrl)',
      retryDelaysMs: PAY_CALLBACK_RETRY_DELAYS_MS,
    })
  }
  state.onPaid = (order) => {
    if (!state.silent) paid(order)
  }
  state.onRefundSettled = (refund) => {
    if (!state.silent) settled(refund)
  }
  const autoPay = options.autoPayAfterMs
  state.onPlaced = (order) => {
    if (state.silent || autoPay === undefined) return
    context.schedule(autoPay, () => {
      const now = context.clock()
      if (allows('pay', state.refresh(order, now).trade_state)) state.pay(order, {}, now)
    })
  }
  state.onRefundAccepted = (refund) => {
    if (state.silent || settleAfter === false) return
    context.schedule(settleAfter, () => {
      if (refund.status === 'PROCESSING') state.settle(refund, 'succeed', context.clock())
    })
  }
}

function views(state: PayState, context: FamilyContext): PayViews {
  const snapshot = (order: OrderRecord) => orderSnapshot(state, state.refresh(order, context.clock()))
  return {
    orders: (filter = {}) =>
      [...state.orders.values()]
        .map(snapshot)
        .filter(
          (o) =>
            (filter.trade_state === undefined || o.trade_state === filter.trade_state) &&
            (filter.trade_type === undefined || o.trade_type === filter.trade_type),
        ),
    order: (no) => {
      const order = state.orders.get(no)
      return order === undefined ? undefined : snapshot(order)
    },
    refunds: (filter = {}) =>
      [...state.refunds.values()]
        .filter(
          (r) =>
            (filter.out_trade_no === undefined || r.out_trade_no === filter.out_trade_no) &&
            (filter.status === undefined || r.status === filter.status),
        )
        .map(refundSnapshot),
    refund: (no) => {
      const refund = state.refunds.get(no)
      return refund === undefined ? undefined : refundSnapshot(refund)
    },
    refundNotifyUrl: () => state.refundNotifyUrl,
  }
}

/**
 * 基础支付 as the sandbox emulates it: orders (NOTPAY → SUCCESS / CLOSED / PAYERROR / REVOKED, time_expire on the
 * sandbox clock), a simulated payer (admin API, `sb.seed`, optional auto-pay), refunds within the refundable balance
 * (PROCESSING → SUCCESS / ABNORMAL / CLOSED), TRANSACTION.SUCCESS and REFUND.* callbacks on WeChat Pay's payment
 * schedule, and the day's trade and fund-flow bills. `paySandbox` is the default instance; this makes others.
 * @throws {SandboxError} INVALID_OPTION for a bad option.
 */
export function createPaySandbox(options: PaySandboxOptions = {}): PaySandbox {
  for (const key of Object.keys(options)) {
    if (key !== 'autoPayAfterMs' && key !== 'refundSettleAfterMs') {
      invalidOption(`createPaySandbox: unknown option "${key}" (known: autoPayAfterMs, refundSettleAfterMs).`)
    }
  }
  if (options.autoPayAfterMs !== undefined) nonNegative(options.autoPayAfterMs, 'autoPayAfterMs')
  if (options.refundSettleAfterMs !== undefined && options.refundSettleAfterMs !== false) {
    nonNegative(options.refundSettleAfterMs, 'refundSettleAfterMs')
  }
  const settings = { ...options }
  return defineSandboxFamily({
    family: pay,
    createState(context) {
      const state = new PayState(context.mchid, context.next)
      wire(state, context, settings)
      return state
    },
    handlers,
    seed: (state: PayState, context: FamilyContext): PaySeed => createSeed(state, context),
    views,
    snapshot: (state, context) => {
      const v = views(state, context)
      return { orders: v.orders(), refunds: v.refunds(), refund_notify_url: v.refundNotifyUrl() ?? null }
    },
    callbackUrl: (state) => state.refundNotifyUrl,
    examples: (_seed, state, context) => loadExamples(state, context),
    admin: payAdmin,
    probe: (context) => ({
      ...TRANSACTION_SUCCESS,
      resource: {
        appid: 'SIGNTEST',
        mchid: context.mchid,
        out_trade_no: 'SIGNTEST',
        transaction_id: 'SIGNTEST',
        trade_type: 'JSAPI',
        trade_state: 'SUCCESS',
        success_time: rfc3339(context.clock()),
        amount: { total: 1, currency: 'CNY' },
      },
    }),
    exports: (state, context): PayExports => ({
      order: (no) => {
        const order = state.orders.get(no)
        return order === undefined ? undefined : orderSnapshot(state, state.refresh(order, context.clock()))
      },
    }),
    downloads: [billDownload],
    // WeChat Pay refuses an out_trade_no reused across trade types: the four prepay endpoints share one number space.
    idempotency: [
      { endpoints: ['jsapi_prepay', 'app_prepay', 'h5_prepay', 'native_prepay'], conflict: outTradeNoUsed },
    ],
  })
}

/** The pay family as the sandbox mounts it (`families: [paySandbox]`). */
export type PaySandbox = SandboxFamily<PayFamily, PayState, PaySeed, PayViews>

/** 基础支付 with the defaults: no auto-pay, refunds settle SUCCESS after 50 ms. */
export const paySandbox: PaySandbox = createPaySandbox()
