// The events `wxpay trigger` fires, as users type them, mapped to the families' admin operations. Overrides are named
// as the fields of the callback's resource (amount.total, out_trade_no…) and land in the seed input that sets them.
import type { AdminClient } from './admin-client.js'
import { usageError } from './exit.js'

type Step = 'order' | 'pay' | 'refund' | 'coupon'

/** One overridable field: where it goes, and its type. */
interface Field {
  step: Step
  /** The seed input's name for it. */
  key: string
  type: 'string' | 'integer'
  description: string
}

const ORDER_FIELDS: Record<string, Field> = {
  out_trade_no: { step: 'order', key: 'out_trade_no', type: 'string', description: 'your order number' },
  transaction_id: { step: 'order', key: 'transaction_id', type: 'string', description: "WeChat Pay's order number" },
  'amount.total': { step: 'order', key: 'total', type: 'integer', description: 'order amount in 分 (default 100)' },
  description: { step: 'order', key: 'description', type: 'string', description: 'product description' },
  attach: { step: 'order', key: 'attach', type: 'string', description: 'your attach data' },
  appid: { step: 'order', key: 'appid', type: 'string', description: 'the appid' },
  trade_type: { step: 'order', key: 'trade_type', type: 'string', description: 'JSAPI (default), APP, MWEB, NATIVE' },
  'payer.openid': { step: 'pay', key: 'openid', type: 'string', description: 'the payer' },
  'amount.payer_total': { step: 'pay', key: 'payer_total', type: 'integer', description: '分 the payer paid' },
  bank_type: { step: 'pay', key: 'bank_type', type: 'string', description: 'the payer bank (default OTHERS)' },
}

const REFUND_FIELDS: Record<string, Field> = {
  ...ORDER_FIELDS,
  out_refund_no: { step: 'refund', key: 'out_refund_no', type: 'string', description: 'your refund number' },
  refund_id: { step: 'refund', key: 'refund_id', type: 'string', description: "WeChat Pay's refund number" },
  'amount.refund': { step: 'refund', key: 'refund', type: 'integer', description: '分 refunded (default: all)' },
  reason: { step: 'refund', key: 'reason', type: 'string', description: 'refund reason' },
}

const COUPON_FIELDS: Record<string, Field> = {
  stock_id: { step: 'coupon', key: 'stock_id', type: 'string', description: 'the stock (created when missing)' },
  coupon_code: { step: 'coupon', key: 'coupon_code', type: 'string', description: 'the coupon code' },
  openid: { step: 'coupon', key: 'openid', type: 'string', description: 'the user' },
  appid: { step: 'coupon', key: 'appid', type: 'string', description: 'the appid' },
  send_channel: {
    step: 'coupon',
    key: 'send_channel',
    type: 'string',
    description: 'e.g. BUSICOUPON_SEND_CHANNEL_API',
  },
  send_request_no: { step: 'coupon', key: 'send_request_no', type: 'string', description: 'the send request number' },
}

export interface EventDefinition {
  /** The family that must be mounted. */
  family: 'busifavor' | 'pay'
  eventType: string
  summary: string
  fields: Record<string, Field>
  /** Runs the admin operations; resolves with what identifies the notification, and what was created. */
  fire(
    admin: AdminClient,
    input: Record<Step, Record<string, unknown>>,
  ): Promise<{ match: Record<string, string>; created: string }>
}

async function paidOrder(admin: AdminClient, input: Record<Step, Record<string, unknown>>) {
  const order = await admin.post<{ out_trade_no: string; amount: { total: number } }>('/orders', input.order)
  await admin.post(`/orders/${encodeURIComponent(order.out_trade_no)}/pay`, input.pay)
  return order
}

function refundEvent(settle: 'succeed' | 'abnormal' | 'close', eventType: string, summary: string): EventDefinition {
  return {
    family: 'pay',
    eventType,
    summary,
    fields: REFUND_FIELDS,
    async fire(admin, input) {
      const order = await paidOrder(admin, input)
      const refund = await admin.post<{ out_refund_no: string; amount: { refund: number } }>(
        `/orders/${encodeURIComponent(order.out_trade_no)}/refund`,
        { ...input.refund, settle },
      )
      return {
        match: { out_refund_no: refund.out_refund_no },
        created: `order ${order.out_trade_no} (${order.amount.total} 分) paid, refund ${refund.out_refund_no} (${refund.amount.refund} 分)`,
      }
    },
  }
}

export const EVENTS: Record<string, EventDefinition> = {
  'coupon.send': {
    family: 'busifavor',
    eventType: 'COUPON.SEND',
    summary: 'a 商家券 coupon is issued to a user',
    fields: COUPON_FIELDS,
    async fire(admin, input) {
      const coupon = await admin.post<{ coupon_code: string; stock_id: string }>('/coupons', input.coupon)
      return {
        match: { coupon_code: coupon.coupon_code, stock_id: coupon.stock_id },
        created: `coupon ${coupon.coupon_code} of stock ${coupon.stock_id} sent`,
      }
    },
  },
  'transaction.success': {
    family: 'pay',
    eventType: 'TRANSACTION.SUCCESS',
    summary: 'an order is placed and paid',
    fields: ORDER_FIELDS,
    async fire(admin, input) {
      const order = await paidOrder(admin, input)
      return {
        match: { out_trade_no: order.out_trade_no },
        created: `order ${order.out_trade_no} (${order.amount.total} 分) placed and paid`,
      }
    },
  },
  'refund.success': refundEvent('succeed', 'REFUND.SUCCESS', 'a paid order is refunded'),
  'refund.abnormal': refundEvent('abnormal', 'REFUND.ABNORMAL', 'a refund fails (退款异常: the card was closed…)'),
  'refund.closed': refundEvent('close', 'REFUND.CLOSED', 'a refund is closed'),
}

/** `--override a.b=v` pairs checked against the event's fields and sorted into the steps' inputs. */
export function overrideInput(name: string, event: EventDefinition, overrides: [string, string][]) {
  const input: Record<Step, Record<string, unknown>> = { order: {}, pay: {}, refund: {}, coupon: {} }
  for (const [field, text] of overrides) {
    const known = event.fields[field]
    if (known === undefined) {
      usageError(
        `${name} has no field ${JSON.stringify(field)} to override`,
        `fields: ${Object.keys(event.fields).join(', ')} (see wxpay trigger --help)`,
      )
    }
    let value: string | number = text
    if (known!.type === 'integer') {
      value = Number(text)
      if (!Number.isInteger(value) || value < 0)
        usageError(`${field} must be a whole number of 分 (got ${JSON.stringify(text)})`)
    }
    input[known!.step][known!.key] = value
  }
  return input
}

/** The trigger help's list of events and of the fields they take. */
export function eventsHelp(): string {
  const events = Object.entries(EVENTS)
    .map(([name, e]) => `  ${name.padEnd(21)} ${e.eventType.padEnd(20)} ${e.summary} (${e.family})`)
    .join('\n')
  const group = (title: string, fields: Record<string, Field>, only?: Step) =>
    `  ${title}\n${Object.entries(fields)
      .filter(([, f]) => only === undefined || f.step === only)
      .map(([field, f]) => `    ${field.padEnd(20)} ${f.description}`)
      .join('\n')}`
  return `${events}

Fields for --override (named as in the callback's resource):
${group('transaction.success, refund.*:', ORDER_FIELDS)}
${group('refund.*:', REFUND_FIELDS, 'refund')}
${group('coupon.send:', COUPON_FIELDS)}`
}
