import type { DocLink, EndpointError } from '@core/kit/define'
import { z } from 'zod'

// What the pay endpoints share: the error catalogue, the official pages, and the identifier fields every request and
// answer names. Field texts are written once here so a request and its answer describe a field the same way.

type ErrorText = Omit<EndpointError, 'code'>

// WeChat Pay's APIv3 error codes for these operations, each written once. Statuses follow the operations' pages and
// WeChat Pay's global error-code list; `uncertain` is added per endpoint where a page's own table was not seen.
const CATALOGUE = {
  PARAM_ERROR: {
    status: 400,
    zh: '参数错误：按返回的 detail 修正对应字段',
    en: 'A parameter is invalid: fix the field named in detail.',
  },
  INVALID_REQUEST: {
    status: 400,
    zh: 'HTTP 请求不符合微信支付 APIv3 接口规则，或当前状态不允许该操作（如同一单号换了参数）',
    en: 'The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters).',
  },
  SIGN_ERROR: { status: 401, zh: '验证不通过（签名错误）', en: 'Signature verification failed.' },
  SYSTEM_ERROR: {
    status: 500,
    zh: '系统异常，请用相同参数稍后重试',
    en: 'WeChat Pay system error: retry later with the same parameters.',
  },
  APPID_MCHID_NOT_MATCH: {
    status: 400,
    zh: 'appid 与 mchid 不匹配：该 AppID 未与商户号绑定',
    en: 'The appid is not bound to this mchid.',
  },
  MCH_NOT_EXISTS: { status: 400, zh: '商户号不存在', en: 'The merchant id does not exist.' },
  NO_AUTH: { status: 403, zh: '商户无此接口权限', en: 'The merchant has no permission for this operation.' },
  OUT_TRADE_NO_USED: {
    status: 403,
    zh: '商户订单号重复：该订单号已用于参数不同的订单',
    en: 'This out_trade_no was already used for an order with other parameters.',
  },
  ORDERPAID: {
    status: 400,
    zh: '订单已支付：如是新订单，请使用新的商户订单号',
    en: 'The order is already paid; a new order needs a new out_trade_no.',
  },
  ORDER_CLOSED: {
    status: 400,
    zh: '订单已关闭：请使用新的商户订单号重新下单',
    en: 'The order is closed; place a new order with a new out_trade_no.',
  },
  ORDER_NOT_EXIST: {
    status: 404,
    zh: '订单不存在：检查订单号与商户号',
    en: 'No such order: check the order number and the mchid.',
  },
  FREQUENCY_LIMITED: { status: 429, zh: '频率超限，请降低调用频率', en: 'Rate limited: call less often.' },
  NOT_ENOUGH: {
    status: 403,
    zh: '余额不足：商户可用退款余额不足',
    en: 'Insufficient balance: the merchant’s refundable balance is too low.',
  },
  USER_ACCOUNT_ABNORMAL: {
    status: 403,
    zh: '用户账户异常或已注销，无法原路退款',
    en: 'The payer’s account is abnormal or closed; the refund cannot go back the original way.',
  },
  RESOURCE_NOT_EXISTS: {
    status: 404,
    zh: '查询的资源不存在：检查单号是否正确',
    en: 'The resource does not exist: check the number.',
  },
  NO_STATEMENT_EXIST: {
    status: 400,
    zh: '账单文件不存在：该日没有交易或资金变动',
    en: 'No bill for that date: nothing happened on the account that day.',
  },
  STATEMENT_CREATING: {
    status: 400,
    zh: '账单生成中：次日上午生成后再申请',
    en: 'The bill is still being generated: ask again later the next morning.',
  },
} as const satisfies Record<string, ErrorText>

export type ErrorCode = keyof typeof CATALOGUE

/** The four errors every APIv3 call can answer with. */
const COMMON = ['PARAM_ERROR', 'INVALID_REQUEST', 'SIGN_ERROR', 'SYSTEM_ERROR'] as const

/**
 * The common APIv3 errors plus the endpoint's business codes. A code given as `[code, note]` carries the research note
 * that says why it is listed although the endpoint's own page table was not seen.
 */
export function errorsOf(...codes: (ErrorCode | readonly [ErrorCode, string])[]): readonly EndpointError[] {
  const listed = [...COMMON, ...codes].map((entry) => {
    const [code, uncertain] = typeof entry === 'string' ? [entry, undefined] : entry
    return { code, ...CATALOGUE[code], ...(uncertain === undefined ? {} : { uncertain }) }
  })
  return Object.freeze(listed)
}

/** Research note for codes taken from WeChat Pay's global error-code list rather than the endpoint's page. */
export const GLOBAL_LIST = 'from WeChat Pay’s global APIv3 error-code list; not seen in this page’s own table'

const PRODUCTS = {
  jsapi: { zh: 'JSAPI支付', en: 'JSAPI payment' },
  app: { zh: 'APP支付', en: 'In-app payment' },
  h5: { zh: 'H5支付', en: 'H5 payment' },
  native: { zh: 'Native支付', en: 'Native payment' },
  miniprogram: { zh: '小程序支付', en: 'Mini Program payment' },
} as const

type Product = keyof typeof PRODUCTS

const DOC = 'https://pay.weixin.qq.com/doc/v3/merchant/'

/** One official page: `直连商户：JSAPI下单` / `Direct merchant: JSAPI prepay`. */
export function merchantLink(id: string, zh: string, en: string): DocLink {
  return { url: `${DOC}${id}`, zh: `直连商户：${zh}`, en: `Direct merchant: ${en}` }
}

/**
 * The same operation as each payment product's documentation shows it (the pages differ only in their product's
 * context), e.g. `直连商户（JSAPI支付）：退款申请`.
 */
export function productLinks(zh: string, en: string, pages: Partial<Record<Product, string>>): readonly DocLink[] {
  return Object.freeze(
    (Object.entries(pages) as [Product, string][]).map(([product, id]) => ({
      url: `${DOC}${id}`,
      zh: `直连商户（${PRODUCTS[product].zh}）：${zh}`,
      en: `Direct merchant (${PRODUCTS[product].en}): ${en}`,
    })),
  )
}

/** 商户订单号 as protocol.md §6 states it. */
const OUT_TRADE_NO = /^[0-9A-Za-z_\-|*]{6,32}$/

/** Fields named the same way by requests and answers. */
export const ids = {
  mchid: () => z.string().min(1).meta({ description: '直连商户号', en: 'Merchant ID (mchid)' }),
  outTradeNo: () =>
    z.string().regex(OUT_TRADE_NO, 'must be 6 to 32 characters of letters, digits and _-|*').meta({
      description: '商户订单号（商户系统内部订单号，同一商户号下唯一）',
      en: 'Your order number (out_trade_no), unique within your merchant id',
      constraints: '6..32 个字符，只能是数字、大小写字母及 _-|*',
      constraintsEn: '6 to 32 characters: digits, letters and _-|*',
    }),
  transactionId: () =>
    z.string().min(1).meta({ description: '微信支付订单号', en: 'WeChat Pay order number (transaction_id)' }),
  outRefundNo: () =>
    z.string().min(1).meta({
      description: '商户退款单号（商户系统内部退款单号，同一商户号下唯一）',
      en: 'Your refund number (out_refund_no), unique within your merchant id',
    }),
  refundId: () => z.string().min(1).meta({ description: '微信支付退款号', en: 'WeChat Pay refund number (refund_id)' }),
}

/** The time format of every pay time field, in words. */
export const RFC3339_TEXT = {
  constraints: 'RFC 3339，如 2018-06-08T10:34:56+08:00',
  constraintsEn: 'RFC 3339, e.g. 2018-06-08T10:34:56+08:00',
} as const
