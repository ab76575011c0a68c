// Example inputs of the API pages. Only values live here: the fields and their shapes come from the endpoint schemas
// (required fields are filled automatically, by name or by type), so an example can never name a field that the
// schema does not have — the typecheck would fail. The values are the ones WeChat Pay's own pages use, which the
// sandbox pre-loads (`seedExamples: true`), so every example runs unchanged against it.

import { SANDBOX_EXAMPLES } from '@tools/sandbox'
import { raw } from './lib/literal.mjs'
import { jsonSchemaOf } from './lib/rows.mjs'

/** Values by field name, wherever the field appears. */
export const VALUES = {
  mchid: '1900000001',
  belong_merchant: '1900000001',
  payer_merchant: '1900000001',
  payee_merchant: '1900000002',
  mch_id: '1900000001',
  appid: 'wxd678efh567hg6787',
  notify_appid: 'wxd678efh567hg6787',
  mini_programs_appid: 'wxd678efh567hg6787',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  stock_id: '1234567891',
  coupon_code: 'sxxe34343434',
  card_id: 'pIJMr5MMiIkO_93VtPyIiEk2DZ4w',
  stock_name: '8月1日活动券',
  comment: '活动使用',
  goods_name: '填写商品名称',
  description: '使用说明',
  deactivate_request_no: '1002600620019090123143254436',
  deactivate_reason: '此券使用时间设置错误',
  out_request_no: '1002600620019090123143254435',
  use_request_no: '1002600620019090123143254437',
  return_request_no: '1002600620019090123143254438',
  send_request_no: '1002600620019090123143254439',
  upload_request_no: '1002600620019090123143254440',
  modify_budget_request_no: '1002600620019090123143254441',
  delete_request_no: '1002600620019090123143254442',
  out_trade_no: 'MCH_102233445',
  out_subsidy_no: 'subsidy-abcd-12345',
  out_subsidy_return_no: 'subsidy-return-abcd-12345',
  transaction_id: '4200000913202101152566792388',
  refund_id: '50100506732021010105138718375',
  subsidy_receipt_id: '1120200119165100000000000001',
  subsidy_return_receipt_id: '1120200119165100000000000002',
  notify_url: 'https://pay.weixin.qq.com',
  use_time: '2015-05-20T13:29:35+08:00',
  send_time: '2015-05-20T13:29:35+08:00',
  available_begin_time: '2015-05-20T13:29:35+08:00',
  available_end_time: '2015-05-20T13:29:35+08:00',
  mini_programs_path: '/path/index/index',
  merchant_logo_url: 'https://qpic.cn/xxx',
  coupon_image_url: 'https://qpic.cn/xxx',
}

const E = SANDBOX_EXAMPLES

/** Per endpoint: values that differ from the defaults, and optional fields worth showing (`undefined` removes one). */
export const OVERRIDES = {
  create_stock: {
    stock_type: 'NORMAL',
    coupon_use_rule: {
      coupon_available_time: {
        available_begin_time: '2026-01-01T00:00:00+08:00',
        available_end_time: '2026-12-31T23:59:59+08:00',
      },
      fixed_normal_coupon: { discount_amount: 500, transaction_minimum: 2000 },
      use_method: 'OFF_LINE',
    },
    stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 },
    coupon_code_mode: 'WECHATPAY_MODE',
  },
  get_stock: { stock_id: E.stock.stock_id },
  modify_stock: { stock_id: E.modifyStock.stock_id, comment: '活动使用', goods_name: '全场通用' },
  modify_budget: {
    stock_id: E.budget.stock_id,
    target_max_coupons: 800,
    current_max_coupons: E.budget.current_max_coupons,
  },
  upload_coupon_codes: { stock_id: E.budget.stock_id, coupon_code_list: ['ABC9588200', 'ABC9588201'] },
  list_coupon_codes: { stock_id: E.stock.stock_id, limit: 10, offset: 0 },
  get_coupon_code: { stock_id: E.stock.stock_id, coupon_code: E.stock.coupon_code },
  delete_coupon_code: { stock_id: E.stock.stock_id, coupon_code: E.stock.coupon_code },
  send_coupon: {
    stock_id: E.use.stock_id,
    coupon_code: E.use.coupon_code,
    openid: E.use.openid,
    appid: E.use.appid,
    out_request_no: E.use.out_request_no,
  },
  send_product_coupon: {
    stock_id: E.use.stock_id,
    openid: E.use.openid,
    appid: E.use.appid,
    coupon_code: 'sxxe34343435',
  },
  presend_product_coupon: {
    stock_id: E.use.stock_id,
    openid: E.use.openid,
    appid: E.use.appid,
    coupon_code: undefined,
  },
  send_gov_card: { send_time: raw('new Date().toISOString()') },
  use_coupon: {
    stock_id: E.use.stock_id,
    coupon_code: E.use.coupon_code,
    appid: E.use.appid,
    openid: E.use.openid,
    use_time: raw('new Date().toISOString()'),
  },
  list_user_coupons: { openid: E.user.openid, appid: E.user.appid, limit: 20, offset: 0 },
  get_user_coupon: { openid: E.user.openid, appid: E.user.appid, coupon_code: E.user.coupon_code },
  associate_trade: { stock_id: E.use.stock_id, coupon_code: E.use.coupon_code, out_trade_no: E.use.out_trade_no },
  disassociate_trade: { stock_id: E.use.stock_id, coupon_code: E.use.coupon_code, out_trade_no: E.use.out_trade_no },
  // A USED coupon: only those can be returned.
  return_coupon: { stock_id: E.subsidy.stock_id, coupon_code: E.subsidy.coupon_code },
  deactivate_coupon: { ...E.deactivate },
  subsidy_pay: {
    stock_id: E.subsidy.stock_id,
    coupon_code: E.subsidy.coupon_code,
    transaction_id: E.subsidy.transaction_id,
    payer_merchant: E.subsidy.payer_merchant,
    payee_merchant: E.subsidy.payee_merchant,
    amount: 100,
    description: '满200减100营销补差',
  },
  list_subsidy_pay_receipts: { stock_id: E.subsidy.stock_id, coupon_code: E.subsidy.coupon_code },
  get_subsidy_pay_receipt: { subsidy_receipt_id: E.subsidy.subsidy_receipt_id },
  subsidy_return: {
    stock_id: E.subsidy.stock_id,
    coupon_code: E.subsidy.coupon_code,
    transaction_id: E.subsidy.transaction_id,
    payer_merchant: E.subsidy.payer_merchant,
    payee_merchant: E.subsidy.payee_merchant,
    amount: 50,
    description: '订单退款，回退补差',
  },
  get_subsidy_return_receipt: { subsidy_return_receipt_id: E.subsidy.subsidy_return_receipt_id },
  marketing_image_upload: { file: raw('file'), filename: 'logo.png' },
}

/** Lines before the call, for the few examples that need a value prepared first. */
export const PREAMBLES = {
  // new Uint8Array(…): the facade's schema types `file` as Uint8Array<ArrayBuffer>, which a Node Buffer is not (yet).
  marketing_image_upload: [
    "import { readFile } from 'node:fs/promises'",
    '',
    "const file = await readFile('logo.png')",
  ],
}

/** Endpoints a merchant's backend typically calls from one of its own routes (these pages get Express/NestJS tabs). */
export const CONTROLLER_ENDPOINTS = new Set([
  'send_coupon',
  'use_coupon',
  'deactivate_coupon',
  'return_coupon',
  'associate_trade',
  'disassociate_trade',
  'get_user_coupon',
  'list_user_coupons',
])

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
}

function merge(base, extra) {
  const out = { ...base }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k]
    else if (isPlainObject(v) && isPlainObject(out[k])) out[k] = merge(out[k], v)
    else out[k] = v
  }
  return out
}

function resolveRef(node, root) {
  if (!node?.$ref) return node ?? {}
  const name = node.$ref.replace(/^#\/(\$defs|definitions)\//, '')
  return { ...(root.$defs?.[name] ?? {}), ...node, $ref: undefined }
}

/** An example value for one JSON Schema node: by field name first, then by type. */
function valueFor(name, node, root) {
  node = resolveRef(node, root)
  if (name in VALUES && !(node.type === 'object' || node.properties)) return VALUES[name]
  const list = node.anyOf ?? node.oneOf
  if (list) return valueFor(name, list.find((b) => b.type !== 'null') ?? list[0], root)
  if (Array.isArray(node.enum)) return node.enum[0]
  if ('const' in node) return node.const
  if (node.default !== undefined) return node.default
  switch (node.type) {
    case 'object':
      return objectFor(node, root)
    case 'array':
      return [valueFor(name, node.items ?? {}, root)]
    case 'integer':
    case 'number':
      return Math.max(node.minimum ?? 1, Math.min(node.maximum ?? 1, 1))
    case 'boolean':
      return false
    default:
      return exampleString(name, node)
  }
}

function exampleString(name, node) {
  if (typeof node.pattern === 'string' && node.pattern.startsWith('^\\d{4}')) return '2015-05-20T13:29:35+08:00'
  const text = `example_${name}`
  const max = node.maxLength ?? text.length
  const min = node.minLength ?? 0
  return text.slice(0, max).padEnd(min, '0')
}

/** The required fields of an object node, filled. */
function objectFor(node, root) {
  node = resolveRef(node, root)
  const out = {}
  for (const name of node.required ?? []) out[name] = valueFor(name, node.properties?.[name] ?? {}, root)
  return out
}

/** The facade input shown on an endpoint's page: required fields filled, then the endpoint's overrides. */
export function exampleInput(endpoint) {
  let input = {}
  for (const part of [endpoint.pathParams, endpoint.query, endpoint.body]) {
    if (!part) continue
    const root = jsonSchemaOf(part, 'input')
    input = { ...input, ...objectFor(root, root) }
    // Optional top-level fields with a well-known value are shown too (e.g. deactivate_reason): they teach more.
    for (const name of Object.keys(root.properties ?? {})) {
      if (!(name in input) && name in VALUES && part === endpoint.body) input[name] = VALUES[name]
    }
  }
  return merge(input, OVERRIDES[endpoint.id] ?? {})
}
