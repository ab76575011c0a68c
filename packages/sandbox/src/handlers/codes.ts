import { invalidRequest, notExists } from '../problem.js'
import { rfc3339 } from '../util.js'
import { type Handler, optNum, optStr, str } from './types.js'

function uploadStock(ctx: Parameters<Handler>[0]) {
  const stock = ctx.state.stock(str(ctx.params, 'stock_id'))
  if (ctx.state.codeMode(stock) !== 'MERCHANT_UPLOAD') {
    throw invalidRequest(`批次 ${stock.stock_id} 的券 code 模式不是 MERCHANT_UPLOAD，没有预存 code`)
  }
  return stock
}

export const uploadCouponCodes: Handler = (ctx) => {
  const stock = uploadStock(ctx)
  return { body: ctx.state.uploadCodes(stock, ctx.body.coupon_code_list as string[]) }
}

export const listCouponCodes: Handler = (ctx) => {
  const stock = uploadStock(ctx)
  const status = optStr(ctx.query, 'status')
  const offset = optNum(ctx.query, 'offset') ?? 0
  const limit = optNum(ctx.query, 'limit') ?? 20
  const all = [...stock.codes.values()].filter((c) => status === undefined || c.code_status === status)
  return {
    body: {
      stock_id: stock.stock_id,
      total_count: all.length,
      offset,
      limit,
      data: all.slice(offset, offset + limit).map((c) => ctx.state.codeView(c)),
    },
  }
}

function codeOf(ctx: Parameters<Handler>[0]) {
  const stock = uploadStock(ctx)
  const code = stock.codes.get(str(ctx.params, 'coupon_code'))
  if (code === undefined) throw notExists(`预存 code 不存在：${str(ctx.params, 'coupon_code')}`)
  return { stock, code }
}

export const getCouponCode: Handler = (ctx) => {
  const { stock, code } = codeOf(ctx)
  const body: Record<string, unknown> = { code_information: ctx.state.codeView(code) }
  if (code.code_status === 'DISPATCHED' && code.coupon_code !== undefined) {
    const coupon = ctx.state.coupon(code.coupon_code, stock.stock_id)
    body.coupon_information = ctx.state.couponView(coupon)
  }
  return { body }
}

export const deleteCouponCode: Handler = (ctx) => {
  const { stock, code } = codeOf(ctx)
  if (code.code_status !== 'AVAILABLE') throw invalidRequest(`预存 code ${code.code} 已分配给用户，不能删除`)
  stock.codes.delete(code.code)
  return { body: { stock_id: stock.stock_id, delete_time: rfc3339(ctx.now) } }
}
