import { endpoints } from '@api/pay/schemas'
import { ApiProblem } from '../../problem.js'

// The business errors the pay handlers answer, with the HTTP status the pay definitions list for each code (their
// docs.errors): the sandbox and the SDK's documentation cannot disagree on a status.

const CODES = [
  'PARAM_ERROR',
  'INVALID_REQUEST',
  'OUT_TRADE_NO_USED',
  'ORDERPAID',
  'ORDER_CLOSED',
  'ORDER_NOT_EXIST',
  'RESOURCE_NOT_EXISTS',
  'NO_STATEMENT_EXIST',
] as const
export type PayErrorCode = (typeof CODES)[number]

const STATUS = new Map<string, number>()
for (const endpoint of Object.values(endpoints)) {
  for (const error of endpoint.docs.errors) STATUS.set(error.code, error.status)
}
// Checked once at load: a code the definitions do not list is a sandbox bug, not an answer.
for (const code of CODES) {
  if (!STATUS.has(code)) throw new Error(`@tools/sandbox: no @api/pay endpoint lists the error ${code}`)
}

/** A WeChat error of the pay family, with the status the pay definitions give its code. */
export function payProblem(code: PayErrorCode, message: string, detail?: Record<string, unknown>): ApiProblem {
  return new ApiProblem(STATUS.get(code)!, code, message, detail)
}

/** 403 OUT_TRADE_NO_USED: the number already names an order placed with other parameters (or another trade type). */
export const outTradeNoUsed = (field: string, value: string) =>
  payProblem(
    'OUT_TRADE_NO_USED',
    `商户订单号重复：${field}=${value} 已用于参数不同的订单，新订单请使用新的商户订单号`,
    {
      field: `/${field}`,
      value,
    },
  )

export const orderNotExist = (what: string) => payProblem('ORDER_NOT_EXIST', `订单不存在：${what}`)
