import { DEFAULT_APPID, DEFAULT_OPENID } from '../../constants.js'
import { SandboxError } from '../../errors.js'
import type { FamilyContext } from '../../family.js'
import { ApiProblem } from '../../problem.js'
import type { PayInput, PayState } from './state.js'
import type { OrderSnapshot, PrepayKind, RefundSnapshot, TradeType } from './types.js'
import { orderSnapshot, refundSnapshot } from './views.js'

/** An order to place; anything not given gets a working default. Same names as the prepay body. */
export interface SeedOrderInput {
  /** Which prepay endpoint places it (default `JSAPI`; `MWEB` is H5). */
  trade_type?: TradeType
  /** Default: a fresh `SANDBOX…` number. */
  out_trade_no?: string
  /** 分, default 100. */
  total?: number
  description?: string
  appid?: string
  /** The JSAPI payer (`payer.openid`). */
  openid?: string
  /** Where TRANSACTION.SUCCESS goes; default an example.com URL, never posted to (the callback is recorded as skipped). */
  notify_url?: string
  time_expire?: string
  attach?: string
  /** Fixed ids, e.g. a documentation example's (generated otherwise). */
  prepay_id?: string
  transaction_id?: string
  /** When it is placed, sandbox epoch ms (default now), e.g. yesterday for a bill. */
  at?: number
}

export interface SeedRefundInput {
  /** Default: a fresh `SANDBOX-RF…` number. */
  out_refund_no?: string
  /** 分, default everything still refundable. */
  refund?: number
  reason?: string
  /** Where the REFUND.* callback goes (default: `setRefundNotifyUrl`'s). */
  notify_url?: string
  refund_id?: string
  at?: number
}

/** `sb.seed` (pay): place orders, play the payer, and settle refunds, without signed requests. */
export interface PaySeed {
  /** Places an order through the real prepay pipeline (so the same request later replays its answer). */
  placeOrder(input?: SeedOrderInput): OrderSnapshot
  /** The payer pays: SUCCESS and TRANSACTION.SUCCESS. A closed or expired order cannot be paid (SEED_CONFLICT). */
  payOrder(outTradeNo: string, input?: PayInput & { at?: number }): OrderSnapshot
  /** The payment fails (PAYERROR). */
  failOrder(outTradeNo: string): OrderSnapshot
  /** The order's time runs out: CLOSED, as when time_expire passes. */
  expireOrder(outTradeNo: string): OrderSnapshot
  /** 撤销: REVOKED. */
  revokeOrder(outTradeNo: string): OrderSnapshot
  /** Refunds a paid order through the real create_refund pipeline (PROCESSING until it settles). */
  refundOrder(outTradeNo: string, input?: SeedRefundInput): RefundSnapshot
  /** Settles a PROCESSING refund, sending REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED. */
  succeedRefund(outRefundNo: string): RefundSnapshot
  abnormalRefund(outRefundNo: string): RefundSnapshot
  closeRefund(outRefundNo: string): RefundSnapshot
  /** The refund callback URL set on the merchant platform, used when a refund request names none. */
  setRefundNotifyUrl(url: string): void
}

const KINDS: Record<TradeType, PrepayKind> = { JSAPI: 'jsapi', APP: 'app', MWEB: 'h5', NATIVE: 'native' }

/** A seed refused by a business rule: the WeChat error as a `SandboxError` SEED_CONFLICT. */
function seeding<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof ApiProblem) {
      throw new SandboxError(`@tools/sandbox: seed refused: ${error.code} ${error.message}`, {
        code: 'SEED_CONFLICT',
        cause: error,
      })
    }
    throw error
  }
}

export function createSeed(state: PayState, context: FamilyContext): PaySeed {
  const now = () => context.clock()
  const order = (no: string) => state.order(no, now())
  const refund = (no: string) => state.refundByNo(no)

  function placeOrder(input: SeedOrderInput = {}): OrderSnapshot {
    const type = input.trade_type ?? 'JSAPI'
    const kind = KINDS[type]
    if (kind === undefined) {
      throw new SandboxError(`@tools/sandbox: trade_type must be one of ${Object.keys(KINDS).join(', ')}.`, {
        code: 'INVALID_OPTION',
      })
    }
    const no = input.out_trade_no ?? `SANDBOX${String(context.next()).padStart(8, '0')}`
    const body: Record<string, unknown> = {
      appid: input.appid ?? DEFAULT_APPID,
      mchid: context.mchid,
      description: input.description ?? '沙箱订单',
      out_trade_no: no,
      // The example host is never posted to: a seeded order without a URL records its callback as skipped.
      notify_url: input.notify_url ?? 'https://www.example.com/sandbox/notify',
      amount: { total: input.total ?? 100, currency: 'CNY' },
      ...(input.attach === undefined ? {} : { attach: input.attach }),
      ...(input.time_expire === undefined ? {} : { time_expire: input.time_expire }),
      ...(kind === 'jsapi' ? { payer: { openid: input.openid ?? DEFAULT_OPENID } } : {}),
      ...(kind === 'h5' ? { scene_info: { payer_client_ip: '127.0.0.1', h5_info: { type: 'Wap' } } } : {}),
    }
    return seeding(() => {
      if (input.prepay_id !== undefined || input.transaction_id !== undefined) {
        state.reserved.set(no, { prepay_id: input.prepay_id, transaction_id: input.transaction_id })
      }
      context.execute(`${kind}_prepay`, { json: body }, { at: input.at })
      return orderSnapshot(state, order(no))
    })
  }

  return {
    placeOrder,
    payOrder: (no, { at, ...input } = {}) =>
      seeding(() => orderSnapshot(state, state.pay(order(no), input, at ?? now()))),
    failOrder: (no) => seeding(() => orderSnapshot(state, state.move(order(no), 'fail', now()))),
    expireOrder: (no) => seeding(() => orderSnapshot(state, state.move(order(no), 'expire', now()))),
    revokeOrder: (no) => seeding(() => orderSnapshot(state, state.move(order(no), 'revoke', now()))),
    refundOrder: (no, input = {}) =>
      seeding(() => {
        const paid = order(no)
        const outRefundNo = input.out_refund_no ?? `SANDBOX-RF${String(context.next()).padStart(8, '0')}`
        if (input.refund_id !== undefined) state.reserved.set(outRefundNo, { refund_id: input.refund_id })
        const body = {
          out_trade_no: no,
          out_refund_no: outRefundNo,
          ...(input.reason === undefined ? {} : { reason: input.reason }),
          ...(input.notify_url === undefined ? {} : { notify_url: input.notify_url }),
          amount: { refund: input.refund ?? state.refundable(paid), total: paid.body.amount.total, currency: 'CNY' },
        }
        context.execute('create_refund', { json: body }, { at: input.at })
        return refundSnapshot(refund(outRefundNo))
      }),
    succeedRefund: (no) => seeding(() => refundSnapshot(state.settle(refund(no), 'succeed', now()))),
    abnormalRefund: (no) => seeding(() => refundSnapshot(state.settle(refund(no), 'abnormal', now()))),
    closeRefund: (no) => seeding(() => refundSnapshot(state.settle(refund(no), 'close', now()))),
    setRefundNotifyUrl: (url) => {
      state.refundNotifyUrl = url
    },
  }
}
