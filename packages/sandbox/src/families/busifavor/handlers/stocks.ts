import { invalidRequest, paramError } from '../../../problem.js'
import { clone, isRecord, rfc3339 } from '../../../util.js'
import { stockView } from '../views.js'
import type { BusifavorHandlers } from './handlers.js'

/** Merges `patch` into `target`, one level of objects deep (WeChat Pay updates the fields that are sent). */
function merge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    const current = target[key]
    if (isRecord(value) && isRecord(current)) merge(current, value)
    else target[key] = clone(value)
  }
}

export const stockHandlers = {
  create_stock: ({ body, mchid, state }) => {
    const stock = state.createStock(body, mchid)
    return { body: { stock_id: stock.stock_id, create_time: rfc3339(stock.create_time) } }
  },

  get_stock: ({ params, state }) => ({ body: stockView(state, state.stock(params.stock_id)) }),

  modify_stock: ({ params, body, state, now }) => {
    const stock = state.stock(params.stock_id)
    if (now >= state.stockEnd(stock)) throw invalidRequest('批次已过可用结束时间，不能再修改')
    if (stock.definition.subsidy === true && body.subsidy === false) {
      throw invalidRequest('营销补差只允许由 false 改为 true', { field: '/subsidy' })
    }
    const { out_request_no: _, ...patch } = body
    merge(stock.definition as Record<string, unknown>, patch)
    return { status: 204 }
  },

  modify_budget: ({ params, body, state, now }) => {
    const stock = state.stock(params.stock_id)
    if (now >= state.stockEnd(stock)) throw invalidRequest('批次已过可用结束时间，不能再修改预算')
    const rule = stock.definition.stock_send_rule
    const target = body.target_max_coupons ?? 0
    const targetByDay = body.target_max_coupons_by_day ?? 0
    if (target > 0 === targetByDay > 0) {
      throw paramError('参数错误：target_max_coupons 与 target_max_coupons_by_day 二选一（恰好一个大于 0）', {
        location: 'body',
        field: '/target_max_coupons',
      })
    }
    if (target > 0) {
      const current = body.current_max_coupons
      if (current === undefined) {
        throw paramError('参数错误：修改 target_max_coupons 时 current_max_coupons 必填', {
          location: 'body',
          field: '/current_max_coupons',
        })
      }
      if (current !== rule.max_coupons) {
        throw invalidRequest(`current_max_coupons（${current}）与批次当前最大发放个数（${rule.max_coupons}）不一致`, {
          max_coupons: rule.max_coupons,
        })
      }
      if (target < stock.sent) throw invalidRequest(`目标最大发放个数不能小于已发放个数 ${stock.sent}`)
      rule.max_coupons = target
    } else {
      const current = body.current_max_coupons_by_day
      if (current === undefined) {
        throw paramError('参数错误：修改 target_max_coupons_by_day 时 current_max_coupons_by_day 必填', {
          location: 'body',
          field: '/current_max_coupons_by_day',
        })
      }
      if (current !== rule.max_coupons_by_day) {
        throw invalidRequest(
          `current_max_coupons_by_day（${current}）与批次当前单天发放上限（${String(rule.max_coupons_by_day)}）不一致`,
          { max_coupons_by_day: rule.max_coupons_by_day },
        )
      }
      rule.max_coupons_by_day = targetByDay
    }
    return {
      body: {
        max_coupons: rule.max_coupons,
        ...(rule.max_coupons_by_day === undefined ? {} : { max_coupons_by_day: rule.max_coupons_by_day }),
      },
    }
  },
} satisfies Partial<BusifavorHandlers>
