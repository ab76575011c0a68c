import { invalidRequest, notExists } from '../../../problem.js'
import { rfc3339 } from '../../../util.js'
import type { BusifavorState, StockRecord } from '../state.js'
import { codeView, couponView } from '../views.js'
import type { BusifavorHandlers } from './handlers.js'

function uploadStock(state: BusifavorState, stockId: string): StockRecord {
  const stock = state.stock(stockId)
  if (state.codeMode(stock) !== 'MERCHANT_UPLOAD') {
    throw invalidRequest(`批次 ${stock.stock_id} 的券 code 模式不是 MERCHANT_UPLOAD，没有预存 code`)
  }
  return stock
}

function codeOf(state: BusifavorState, params: { stock_id: string; coupon_code: string }) {
  const stock = uploadStock(state, params.stock_id)
  const code = stock.codes.get(params.coupon_code)
  if (code === undefined) throw notExists(`预存 code 不存在：${params.coupon_code}`)
  return { stock, code }
}

export const codeHandlers = {
  upload_coupon_codes: ({ params, body, state }) => ({
    body: state.uploadCodes(uploadStock(state, params.stock_id), body.coupon_code_list),
  }),

  list_coupon_codes: ({ params, query, state }) => {
    const stock = uploadStock(state, params.stock_id)
    const offset = query.offset ?? 0
    const limit = query.limit ?? 20
    const all = [...stock.codes.values()].filter((c) => query.status === undefined || c.code_status === query.status)
    return {
      body: {
        stock_id: stock.stock_id,
        total_count: all.length,
        offset,
        limit,
        data: all.slice(offset, offset + limit).map((c) => codeView(c)),
      },
    }
  },

  get_coupon_code: ({ params, state }) => {
    const { stock, code } = codeOf(state, params)
    const dispatched = code.code_status === 'DISPATCHED' && code.coupon_code !== undefined
    return {
      body: {
        code_information: codeView(code),
        ...(dispatched && { coupon_information: couponView(state, state.coupon(code.coupon_code!, stock.stock_id)) }),
      },
    }
  },

  delete_coupon_code: ({ params, state, now }) => {
    const { stock, code } = codeOf(state, params)
    if (code.code_status !== 'AVAILABLE') throw invalidRequest(`预存 code ${code.code} 已分配给用户，不能删除`)
    stock.codes.delete(code.code)
    return { body: { stock_id: stock.stock_id, delete_time: rfc3339(now) } }
  },
} satisfies Partial<BusifavorHandlers>
