// Conformance: the coupon state machine, expiry by the injected clock, budgets and limits, idempotency by request-no.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSandboxKeys, type Sandbox, startSandbox } from '../src/index.js'
import { get, post } from './raw.js'

const keys = generateSandboxKeys()
const DAY = 86_400_000
let now = Date.now()
let sb: Sandbox
let n = 0
const id = (prefix: string) => `${prefix}-${++n}`
// Requests are signed with the sandbox's (injected) time, as a client sharing the clock would.
const at = () => ({ timestamp: Math.floor(now / 1000) })
const call = (path: string, body: unknown) => post(sb, `/v3/marketing/busifavor/coupons/${path}`, body, at())

beforeAll(async () => {
  sb = await startSandbox({ keys, clock: () => now })
})
afterAll(() => sb.close())

describe('coupon state machine', () => {
  it('SENDED → USED → SENDED (return) → DEACTIVATED, and each step records its request-no', async () => {
    const c = sb.seed.sendCoupon()
    const ref = { coupon_code: c.coupon_code, stock_id: c.stock_id }
    const use = await call('use', {
      ...ref,
      appid: c.appid,
      use_time: '2025-01-01T00:00:00+08:00',
      use_request_no: id('u'),
    })
    expect(use.status).toBe(200)
    expect(sb.state.coupon(c.coupon_code)).toMatchObject({ coupon_state: 'USED', use_request_no: `u-${n}` })
    const back = await call('return', { ...ref, return_request_no: id('r') })
    expect(back.status).toBe(200)
    expect(sb.state.coupon(c.coupon_code)).toMatchObject({ coupon_state: 'SENDED', return_request_no: `r-${n}` })
    expect(sb.state.coupon(c.coupon_code)?.use_request_no).toBeUndefined()
    const off = await call('deactivate', { ...ref, deactivate_request_no: id('d') })
    expect(off.status).toBe(200)
    expect(sb.state.coupon(c.coupon_code)?.coupon_state).toBe('DEACTIVATED')
  })

  for (const state of ['USED', 'DEACTIVATED', 'EXPIRED'] as const) {
    it(`deactivate a ${state} coupon → 400 INVALID_REQUEST naming the state, nothing changes`, async () => {
      const c = sb.seed.sendCoupon({ coupon_state: state })
      const answer = await call('deactivate', {
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no: id('d'),
      })
      expect(answer.status).toBe(400)
      expect(answer.json).toMatchObject({ code: 'INVALID_REQUEST', detail: { coupon_state: state } })
      expect(sb.state.coupon(c.coupon_code)?.coupon_state).toBe(state)
    })
  }

  it('return a SENDED coupon → 400 INVALID_REQUEST; use a USED one → 400', async () => {
    const c = sb.seed.sendCoupon()
    const ref = { coupon_code: c.coupon_code, stock_id: c.stock_id }
    expect((await call('return', { ...ref, return_request_no: id('r') })).status).toBe(400)
    const used = sb.seed.sendCoupon({ coupon_state: 'USED' })
    const again = await call('use', {
      coupon_code: used.coupon_code,
      stock_id: used.stock_id,
      appid: used.appid,
      use_time: '2025-01-01T00:00:00+08:00',
      use_request_no: id('u'),
    })
    expect(again.json.code).toBe('INVALID_REQUEST')
  })

  it('an unknown coupon → 404 RESOURCE_NOT_EXISTS; an unknown stock → 404 too', async () => {
    const stock = sb.seed.createStock()
    const missing = await call('deactivate', {
      coupon_code: 'nope',
      stock_id: stock.stock_id,
      deactivate_request_no: id('d'),
    })
    expect(missing.status).toBe(404)
    expect(missing.json.code).toBe('RESOURCE_NOT_EXISTS')
    const noStock = await call('deactivate', {
      coupon_code: 'nope',
      stock_id: '404404',
      deactivate_request_no: id('d'),
    })
    expect(noStock.status).toBe(404)
  })

  it('use with another openid than the holder → 400 and the coupon stays SENDED', async () => {
    const c = sb.seed.sendCoupon({ openid: 'holder' })
    const answer = await call('use', {
      coupon_code: c.coupon_code,
      stock_id: c.stock_id,
      appid: c.appid,
      openid: 'someone-else',
      use_time: '2025-01-01T00:00:00+08:00',
      use_request_no: id('u'),
    })
    expect(answer.status).toBe(400)
    expect(sb.state.coupon(c.coupon_code)?.coupon_state).toBe('SENDED')
  })
})

describe('expiry by the injected clock', () => {
  it('a coupon past its stock end is EXPIRED: reads say so, use and deactivate are refused', async () => {
    const stock = sb.seed.createStock({
      coupon_use_rule: {
        coupon_available_time: {
          available_begin_time: new Date(now - DAY).toISOString(),
          available_end_time: new Date(now + 2 * DAY).toISOString(),
        },
      },
    })
    const c = sb.seed.sendCoupon({ stock_id: stock.stock_id, openid: 'o-exp', appid: 'wx-exp' })
    expect(c.coupon_state).toBe('SENDED')
    now += 3 * DAY
    try {
      const detail = await get(sb, `/v3/marketing/busifavor/users/o-exp/coupons/${c.coupon_code}/appids/wx-exp`, at())
      expect(detail.json.coupon_state).toBe('EXPIRED')
      const off = await call('deactivate', {
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no: id('d'),
      })
      expect(off.json).toMatchObject({ code: 'INVALID_REQUEST', detail: { coupon_state: 'EXPIRED' } })
      const send = await call('send', { openid: 'o', appid: 'a', stock_id: stock.stock_id, out_request_no: id('s') })
      expect(send.json).toMatchObject({ code: 'INVALID_REQUEST', detail: { reason: 'STOCK_EXPIRED' } })
    } finally {
      now -= 3 * DAY
    }
  })

  it('available_day_after_receive bounds expire_time from the receive time', async () => {
    const stock = sb.seed.createStock({
      coupon_use_rule: { coupon_available_time: { available_day_after_receive: 1 } },
    })
    const c = sb.seed.sendCoupon({ stock_id: stock.stock_id })
    expect(Date.parse(c.expire_time) - Date.parse(c.receive_time)).toBe(DAY)
    now += DAY + 1000
    try {
      expect(sb.state.coupon(c.coupon_code)?.coupon_state).toBe('EXPIRED')
    } finally {
      now -= DAY + 1000
    }
  })
})

describe('budgets and limits on send', () => {
  const send = (stockId: string, openid: string) =>
    call('send', { openid, appid: 'wx-b', stock_id: stockId, out_request_no: id('s') })

  it('max_coupons: the stock stops issuing when the budget is spent; modify_budget reopens it', async () => {
    const stock = sb.seed.createStock({ stock_send_rule: { max_coupons: 2, max_coupons_per_user: 10 } })
    expect((await send(stock.stock_id, 'a')).status).toBe(200)
    expect((await send(stock.stock_id, 'b')).status).toBe(200)
    const third = await send(stock.stock_id, 'c')
    expect(third.json).toMatchObject({ code: 'INVALID_REQUEST', detail: { reason: 'STOCK_BUDGET_EXHAUSTED' } })
    const budget = await post(
      sb,
      `/v3/marketing/busifavor/stocks/${stock.stock_id}/budget`,
      { target_max_coupons: 3, current_max_coupons: 2, modify_budget_request_no: id('b') },
      { method: 'PATCH', ...at() },
    )
    expect(budget.json.max_coupons).toBe(3)
    expect((await send(stock.stock_id, 'c')).status).toBe(200)
    expect(sb.state.stock(stock.stock_id)?.send_count_information.total_send_num).toBe(3)
  })

  it('max_coupons_per_user: one user is refused, another still gets one', async () => {
    const stock = sb.seed.createStock({ stock_send_rule: { max_coupons_per_user: 1 } })
    expect((await send(stock.stock_id, 'same')).status).toBe(200)
    const again = await send(stock.stock_id, 'same')
    expect(again.json.detail).toMatchObject({ reason: 'USER_LIMIT_REACHED' })
    expect((await send(stock.stock_id, 'other')).status).toBe(200)
  })

  it('max_coupons_by_day: refused for the rest of the Beijing day, open again the next day', async () => {
    const stock = sb.seed.createStock({ stock_type: 'DISCOUNT', stock_send_rule: { max_coupons_by_day: 1 } })
    expect((await send(stock.stock_id, 'd1')).status).toBe(200)
    expect((await send(stock.stock_id, 'd2')).json.detail).toMatchObject({ reason: 'DAILY_BUDGET_EXHAUSTED' })
    now += DAY
    try {
      expect((await send(stock.stock_id, 'd2')).status).toBe(200)
    } finally {
      now -= DAY
    }
  })

  it('code modes: MERCHANT_API needs coupon_code, WECHATPAY_MODE refuses one, MERCHANT_UPLOAD draws uploaded codes', async () => {
    const api = sb.seed.createStock({ coupon_code_mode: 'MERCHANT_API' })
    const noCode = await call('send', { openid: 'o', appid: 'a', stock_id: api.stock_id, out_request_no: id('s') })
    expect(noCode.json.detail).toMatchObject({ field: '/coupon_code' })
    const wx = sb.seed.createStock({ coupon_code_mode: 'WECHATPAY_MODE' })
    const withCode = await call('send', {
      openid: 'o',
      appid: 'a',
      stock_id: wx.stock_id,
      out_request_no: id('s'),
      coupon_code: 'mine',
    })
    expect(withCode.status).toBe(400)
    const upload = sb.seed.createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    sb.seed.uploadCodes(upload.stock_id, ['only-one'])
    const first = await call('send', { openid: 'o', appid: 'a', stock_id: upload.stock_id, out_request_no: id('s') })
    expect(first.json.coupon_code).toBe('only-one')
    const empty = await call('send', { openid: 'p', appid: 'a', stock_id: upload.stock_id, out_request_no: id('s') })
    expect(empty.json.detail).toMatchObject({ reason: 'NO_AVAILABLE_CODE' })
  })
})

describe('idempotency by business request-no', () => {
  it('the same deactivate_request_no and body → the original answer, applied once', async () => {
    const c = sb.seed.sendCoupon()
    const body = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: id('d') }
    const first = await call('deactivate', body)
    now += 5000
    const second = await call('deactivate', {
      deactivate_request_no: body.deactivate_request_no,
      stock_id: c.stock_id,
      coupon_code: c.coupon_code,
    })
    expect(second.status).toBe(200)
    expect(second.json).toEqual(first.json)
    expect(second.headers.get('request-id')).not.toBe(first.headers.get('request-id'))
    const log = sb.requestLog.forEndpoint('deactivate_coupon').slice(-2)
    expect(log.map((e) => e.replayed)).toEqual([false, true])
  })

  it('the same request-no with a different body → 400 INVALID_REQUEST naming the key', async () => {
    const a = sb.seed.sendCoupon()
    const b = sb.seed.sendCoupon()
    const request = id('d')
    expect(
      (await call('deactivate', { coupon_code: a.coupon_code, stock_id: a.stock_id, deactivate_request_no: request }))
        .status,
    ).toBe(200)
    const conflict = await call('deactivate', {
      coupon_code: b.coupon_code,
      stock_id: b.stock_id,
      deactivate_request_no: request,
    })
    expect(conflict.status).toBe(400)
    expect(conflict.json).toMatchObject({ code: 'INVALID_REQUEST', detail: { field: '/deactivate_request_no' } })
    expect(sb.state.coupon(b.coupon_code)?.coupon_state).toBe('SENDED')
  })

  it('a refused request is not remembered: the same request-no succeeds once the precondition holds', async () => {
    const c = sb.seed.sendCoupon({ coupon_state: 'USED' })
    const body = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: id('d') }
    expect((await call('deactivate', body)).status).toBe(400)
    expect(
      (await call('return', { coupon_code: c.coupon_code, stock_id: c.stock_id, return_request_no: id('r') })).status,
    ).toBe(200)
    expect((await call('deactivate', body)).status).toBe(200)
  })

  it('send_coupon with the same out_request_no does not issue a second coupon', async () => {
    const stock = sb.seed.createStock()
    const body = { openid: 'o-idem', appid: 'wx', stock_id: stock.stock_id, out_request_no: id('s') }
    const first = await call('send', body)
    const second = await call('send', body)
    expect(second.json.coupon_code).toBe(first.json.coupon_code)
    expect(sb.state.coupons({ stock_id: stock.stock_id })).toHaveLength(1)
  })

  it('a path-parameter endpoint keys on its request-no too (delete_request_no in the query)', async () => {
    const stock = sb.seed.createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    sb.seed.uploadCodes(stock.stock_id, ['X1', 'X2'])
    const del = (code: string, no: string) =>
      post(sb, '', undefined, {
        method: 'DELETE',
        path: `/v3/marketing/busifavor/stocks/${stock.stock_id}/couponcodes/${code}?delete_request_no=${no}`,
        ...at(),
      })
    const request = id('del')
    expect((await del('X1', request)).status).toBe(200)
    expect((await del('X1', request)).status).toBe(200)
    expect((await del('X2', request)).json.code).toBe('INVALID_REQUEST')
  })
})
