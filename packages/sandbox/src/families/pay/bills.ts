import { createHash, randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { beijingDay, rfc3339 } from '../../util.js'
import type { OrderRecord, PayState, RefundRecord } from './state.js'

// The day's bills, generated from the sandbox's own orders and refunds in WeChat Pay's layout (交易账单 / 资金账单文件
// 格式说明): a header line, one line per record with every field prefixed by a backquote (so spreadsheets keep long
// numbers), then the summary header and the summary line; fields joined by commas (never quoted), lines by CRLF;
// amounts in 元. A record belongs to the Beijing day of its data time: a payment's success time, a refund's acceptance
// time. Research notes: the column lists follow the format page's ALL / SUCCESS / REFUND and fund-flow tables as
// published; WeChat Pay itself says to read columns by header name, as their order may change. The sandbox writes the
// row's data time as 交易时间 for refunds too, and writes no BOM (not confirmed from the official page).

/** The fee rate the sandbox charges (0.60%, WeChat Pay's common standard rate). */
export const FEE_RATE = 0.006
const FEE_RATE_TEXT = '0.60%'
/** A download_url is valid for 30 seconds (on the sandbox clock). */
export const BILL_URL_TTL_MS = 30_000
const MAX_TOKENS = 1_000

export type TradeBillType = 'ALL' | 'SUCCESS' | 'REFUND'

/** `fen` as 元 with `digits` decimals, without floating-point rounding. */
export function yuan(fen: number, digits = 2): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${Math.trunc(abs / 100)}.${cents}${'0'.repeat(Math.max(0, digits - 2))}`
}

const dateTime = (ms: number) => rfc3339(ms).slice(0, 19).replace('T', ' ')
export const orderFee = (order: OrderRecord) => Math.round(order.body.amount.total * FEE_RATE)
/** The fee WeChat Pay gives back with a refund: the order's fee in proportion. */
export const refundFee = (order: OrderRecord, refund: RefundRecord) =>
  Math.round((orderFee(order) * refund.amount.refund) / order.body.amount.total)

type Row = { kind: 'pay'; order: OrderRecord } | { kind: 'refund'; order: OrderRecord; refund: RefundRecord }
type Column = readonly [header: string, value: (row: Row) => string]

const isRefund = (row: Row): row is Extract<Row, { kind: 'refund' }> => row.kind === 'refund'
const ifRefund = (value: (row: Extract<Row, { kind: 'refund' }>) => string, otherwise: string) => (row: Row) =>
  isRefund(row) ? value(row) : otherwise
const ifPay = (value: (row: Row) => string, otherwise: string) => (row: Row) => (isRefund(row) ? otherwise : value(row))

const ORDER_COLUMNS: readonly Column[] = [
  ['交易时间', (r) => dateTime(isRefund(r) ? r.refund.create_time : r.order.success_time!)],
  ['公众账号ID', (r) => r.order.body.appid],
  ['商户号', (r) => r.order.body.mchid],
  ['特约商户号', () => '0'],
  ['设备号', (r) => r.order.body.scene_info?.device_id ?? ''],
  ['微信订单号', (r) => r.order.transaction_id!],
  ['商户订单号', (r) => r.order.out_trade_no],
  ['用户标识', (r) => r.order.openid ?? ''],
  ['交易类型', (r) => r.order.trade_type],
  ['交易状态', (r) => (isRefund(r) ? 'REFUND' : 'SUCCESS')],
  ['付款银行', (r) => r.order.bank_type ?? 'OTHERS'],
  ['货币种类', () => 'CNY'],
  ['应结订单金额', ifPay((r) => yuan(r.order.body.amount.total), '0.00')],
  ['代金券金额', () => '0.00'],
]
const REFUND_COLUMNS: readonly Column[] = [
  ['微信退款单号', ifRefund((r) => r.refund.refund_id, '0')],
  ['商户退款单号', ifRefund((r) => r.refund.out_refund_no, '0')],
  ['退款金额', ifRefund((r) => yuan(r.refund.amount.settlement_refund ?? r.refund.amount.refund), '0.00')],
  ['充值券退款金额', ifRefund(() => '0.00', '0.00')],
  ['退款类型', ifRefund(() => 'ORIGINAL', '')],
  ['退款状态', ifRefund((r) => r.refund.status, '')],
]
const GOODS_COLUMNS: readonly Column[] = [
  ['商品名称', (r) => r.order.body.description],
  ['商户数据包', (r) => r.order.body.attach ?? ''],
  ['手续费', (r) => yuan(isRefund(r) ? -refundFee(r.order, r.refund) : orderFee(r.order), 5)],
  ['费率', () => FEE_RATE_TEXT],
  ['订单金额', ifPay((r) => yuan(r.order.body.amount.total), '0.00')],
]
const APPLIED: Column = ['申请退款金额', ifRefund((r) => yuan(r.refund.amount.refund), '0.00')]
const RATE_NOTE: Column = ['费率备注', () => '']

const LAYOUTS: Record<TradeBillType, readonly Column[]> = {
  ALL: [...ORDER_COLUMNS, ...REFUND_COLUMNS, ...GOODS_COLUMNS, APPLIED, RATE_NOTE],
  SUCCESS: [...ORDER_COLUMNS, ...GOODS_COLUMNS, RATE_NOTE],
  REFUND: [
    ...ORDER_COLUMNS,
    ['退款申请时间', ifRefund((r) => dateTime(r.refund.create_time), '')],
    ['退款成功时间', ifRefund((r) => (r.refund.success_time === undefined ? '' : dateTime(r.refund.success_time)), '')],
    ...REFUND_COLUMNS,
    ...GOODS_COLUMNS,
    APPLIED,
    RATE_NOTE,
  ],
}

const line = (fields: readonly string[], mark: boolean) => fields.map((f) => (mark ? `\`${f}` : f)).join(',')
const file = (header: readonly string[], rows: string[][], summaryHeader: readonly string[], summary: string[]) =>
  `${[line(header, false), ...rows.map((r) => line(r, true)), line(summaryHeader, false), line(summary, true)].join('\r\n')}\r\n`

/** The trade bill (交易账单) of `day` (`YYYY-MM-DD`, Beijing), or `undefined` when nothing happened that day. */
export function tradeBill(state: PayState, day: string, type: TradeBillType): string | undefined {
  const rows: Row[] = []
  for (const order of state.orders.values()) {
    if (type !== 'REFUND' && order.success_time !== undefined && beijingDay(order.success_time) === day) {
      rows.push({ kind: 'pay', order })
    }
  }
  for (const refund of state.refunds.values()) {
    if (type !== 'SUCCESS' && beijingDay(refund.create_time) === day) {
      rows.push({ kind: 'refund', order: state.orders.get(refund.out_trade_no)!, refund })
    }
  }
  if (rows.length === 0) return undefined
  rows.sort((a, b) => time(a) - time(b))
  const columns = LAYOUTS[type]
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const paid = (r: Row) => (isRefund(r) ? 0 : r.order.body.amount.total)
  return file(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, value]) => value(row))),
    ['总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额'],
    [
      String(rows.length),
      yuan(sum(paid)),
      yuan(sum((r) => (isRefund(r) ? (r.refund.amount.settlement_refund ?? r.refund.amount.refund) : 0))),
      '0.00',
      yuan(
        sum((r) => (isRefund(r) ? -refundFee(r.order, r.refund) : orderFee(r.order))),
        5,
      ),
      yuan(sum(paid)),
      yuan(sum((r) => (isRefund(r) ? r.refund.amount.refund : 0))),
    ],
  )
}

const time = (row: Row) => (isRefund(row) ? row.refund.create_time : row.order.success_time!)

interface Movement {
  time: number
  businessNo: string
  flowNo: string
  name: string
  income: boolean
  fen: number
  voucher: string
}

/** Every movement of the basic account (基本账户): payments in, fees out, refunds out, refunded fees back in. */
function movements(state: PayState): Movement[] {
  const out: Movement[] = []
  for (const order of state.orders.values()) {
    if (order.success_time === undefined) continue
    const tx = order.transaction_id!
    const base = { time: order.success_time, businessNo: tx, voucher: order.out_trade_no }
    out.push({ ...base, flowNo: `${tx}1`, name: '交易', income: true, fen: order.body.amount.total })
    const fee = orderFee(order)
    if (fee > 0) out.push({ ...base, flowNo: `${tx}2`, name: '扣除交易手续费', income: false, fen: fee })
  }
  for (const refund of state.refunds.values()) {
    if (refund.status === 'CLOSED') continue // accepted, then given back: the account is as before
    const order = state.orders.get(refund.out_trade_no)!
    const base = { time: refund.create_time, businessNo: refund.refund_id, voucher: refund.out_refund_no }
    out.push({ ...base, flowNo: `${refund.refund_id}1`, name: '退款', income: false, fen: refund.amount.refund })
    const fee = refundFee(order, refund)
    if (fee > 0) out.push({ ...base, flowNo: `${refund.refund_id}2`, name: '退还交易手续费', income: true, fen: fee })
  }
  return out.sort((a, b) => a.time - b.time)
}

/** The fund-flow bill (资金账单) of `day` for an account, or `undefined` when the account did not move that day. */
export function fundFlowBill(state: PayState, day: string, account: string): string | undefined {
  // The sandbox's trades settle to the basic account; the operation and fees accounts never move.
  if (account !== 'BASIC') return undefined
  let balance = 0
  const rows: string[][] = []
  let incomes = 0
  let income = 0
  let expense = 0
  for (const m of movements(state)) {
    balance += m.income ? m.fen : -m.fen
    if (beijingDay(m.time) !== day) continue
    if (m.income) {
      incomes++
      income += m.fen
    } else expense += m.fen
    const kind = m.income ? '收入' : '支出'
    rows.push([
      dateTime(m.time),
      m.businessNo,
      m.flowNo,
      m.name,
      m.name,
      kind,
      yuan(m.fen),
      yuan(balance),
      'system',
      '',
      m.voucher,
    ])
  }
  if (rows.length === 0) return undefined
  return file(
    [
      '记账时间',
      '微信支付业务单号',
      '资金流水单号',
      '业务名称',
      '业务类型',
      '收支类型',
      '收支金额（元）',
      '账户结余（元）',
      '资金变更提交申请人',
      '备注',
      '业务凭证号',
    ],
    rows,
    ['资金流水总笔数', '收入笔数', '收入金额', '支出笔数', '支出金额'],
    [String(rows.length), String(incomes), yuan(income), String(rows.length - incomes), yuan(expense)],
  )
}

interface StoredBill {
  bytes: Buffer
  expires: number
}

/** The files behind the download URLs handed out: the bill as it was when asked for, gzipped when asked. */
export class BillFiles {
  readonly #files = new Map<string, StoredBill>()

  /**
   * Stores a bill and answers `{ hash_type, hash_value, download_url }`. The SHA1 is of the original (uncompressed)
   * bill, as the official docs describe `hash_value` and wechatpay-java checks it (protocol.md §6).
   */
  issue(text: string, gzip: boolean, now: number, baseUrl: string) {
    const raw = Buffer.from(text, 'utf8')
    const token = randomBytes(18).toString('base64url')
    this.#files.set(token, { bytes: gzip ? gzipSync(raw) : raw, expires: now + BILL_URL_TTL_MS })
    if (this.#files.size > MAX_TOKENS) this.#files.delete(this.#files.keys().next().value!)
    return {
      hash_type: 'SHA1',
      hash_value: createHash('sha1').update(raw).digest('hex'),
      download_url: `${baseUrl}/v3/billdownload/file?token=${token}${gzip ? '&tartype=gzip' : ''}`,
    }
  }

  /** The file of a token still valid at `now`. */
  take(token: string, now: number): Buffer | undefined {
    const stored = this.#files.get(token)
    if (stored === undefined || now > stored.expires) return undefined
    return stored.bytes
  }
}
