// 使券失效 end to end against the sandbox: the state machine, idempotency on deactivate_request_no, retries,
// errors, and input validation that stops bad calls before anything is sent.
import { isApiError, isSignatureVerificationError, isValidationError, type ValidationError } from '@core/client'
import { rfc3339 } from '@core/kit'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { chinaTime, type Harness, requestNo, startHarness } from './helpers.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.sb.faults.reset())

function sendedCoupon() {
  const coupon = h.sb.seed.sendCoupon()
  return { coupon_code: coupon.coupon_code, stock_id: coupon.stock_id, openid: coupon.openid, appid: coupon.appid }
}

const stateOf = (couponCode: string) => h.sb.state.coupon(couponCode)?.coupon_state

async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('deactivateCoupon: the coupon state machine', () => {
  test('deactivateCoupon(SENDED coupon) makes it DEACTIVATED, and getUserCoupon shows the record', async () => {
    const c = sendedCoupon()
    const deactivate_request_no = requestNo()
    const { wechatpay_deactivate_time } = await h.busifavor.deactivateCoupon({
      coupon_code: c.coupon_code,
      stock_id: c.stock_id,
      deactivate_request_no,
      deactivate_reason: '此券使用时间设置错误',
    })
    expect(rfc3339.safeParse(wechatpay_deactivate_time).success).toBe(true)
    const detail = await h.busifavor.getUserCoupon({ openid: c.openid, coupon_code: c.coupon_code, appid: c.appid })
    expect(detail).toMatchObject({
      coupon_state: 'DEACTIVATED',
      deactivate_request_no,
      deactivate_reason: '此券使用时间设置错误',
      deactivate_time: wechatpay_deactivate_time,
    })
    expect(h.responseIssues).toEqual([])
  })

  test('deactivateCoupon(…).withResponse() gives the Request-ID of the answer, as the sandbox logged it', async () => {
    const c = sendedCoupon()
    const { data, response } = await h.busifavor
      .deactivateCoupon({ coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: requestNo() })
      .withResponse()
    expect(rfc3339.safeParse(data.wechatpay_deactivate_time).success).toBe(true)
    expect(response.status).toBe(200)
    const logged = h.sb.requestLog.entries.filter((entry) => entry.endpoint === 'deactivate_coupon').at(-1)
    expect(response.requestId).toMatch(/\S/)
    expect(response.requestId).toBe(logged?.requestId)
    expect(response.headers['request-id']).toBe(response.requestId)
  })

  test.each(['USED', 'EXPIRED', 'DELETED', 'DEACTIVATED'] as const)(
    'deactivateCoupon(%s coupon) is refused with 400 INVALID_REQUEST and the state stays',
    async (state) => {
      const coupon = h.sb.seed.sendCoupon({ coupon_state: state })
      const error = await rejection(
        h.busifavor.deactivateCoupon({
          coupon_code: coupon.coupon_code,
          stock_id: coupon.stock_id,
          deactivate_request_no: requestNo(),
        }),
      )
      expect(isApiError(error)).toBe(true)
      expect([error.status, error.code]).toEqual([400, 'INVALID_REQUEST'])
      expect(error.requestId).toMatch(/\S/)
      expect(stateOf(coupon.coupon_code)).toBe(state)
    },
  )

  test('useCoupon → returnCoupon gives back a SENDED coupon, which deactivateCoupon then ends; useCoupon is refused after', async () => {
    const c = sendedCoupon()
    const use = { coupon_code: c.coupon_code, stock_id: c.stock_id, appid: c.appid }
    await h.busifavor.useCoupon({ ...use, use_time: chinaTime(Date.now()), use_request_no: requestNo() })
    expect(stateOf(c.coupon_code)).toBe('USED')
    await h.busifavor.returnCoupon({ coupon_code: c.coupon_code, stock_id: c.stock_id, return_request_no: requestNo() })
    expect(stateOf(c.coupon_code)).toBe('SENDED')
    await h.busifavor.deactivateCoupon({
      coupon_code: c.coupon_code,
      stock_id: c.stock_id,
      deactivate_request_no: requestNo(),
    })
    expect(stateOf(c.coupon_code)).toBe('DEACTIVATED')
    const error = await rejection(
      h.busifavor.useCoupon({ ...use, use_time: chinaTime(Date.now()), use_request_no: requestNo() }),
    )
    expect([error.status, error.code]).toEqual([400, 'INVALID_REQUEST'])
    expect(stateOf(c.coupon_code)).toBe('DEACTIVATED')
  })

  test('deactivateCoupon(unknown coupon) is an ApiError 404 RESOURCE_NOT_EXISTS', async () => {
    const error = await rejection(
      h.busifavor.deactivateCoupon({
        coupon_code: 'no-such-coupon',
        stock_id: h.sb.seed.createStock().stock_id,
        deactivate_request_no: requestNo(),
      }),
    )
    expect(isApiError(error)).toBe(true)
    expect([error.status, error.code]).toEqual([404, 'RESOURCE_NOT_EXISTS'])
  })
})

describe('deactivateCoupon: idempotency on deactivate_request_no', () => {
  test('deactivateCoupon twice with the same deactivate_request_no answers the same, once applied', async () => {
    const input = { ...sendedCoupon(), deactivate_request_no: requestNo(), deactivate_reason: '重复提交' }
    const { openid: _o, appid: _a, ...body } = input
    const first = await h.busifavor.deactivateCoupon(body)
    const second = await h.busifavor.deactivateCoupon(body)
    expect(second).toEqual(first)
    const log = h.sb.requestLog.forEndpoint('deactivate_coupon').slice(-2)
    expect(log.map((entry) => [entry.status, entry.replayed])).toEqual([
      [200, false],
      [200, true],
    ])
    expect(log[1]!.body).toEqual(body)
  })

  test('a new deactivate_request_no for a deactivated coupon is the typed business error (400 INVALID_REQUEST)', async () => {
    const c = sendedCoupon()
    await h.busifavor.deactivateCoupon({
      coupon_code: c.coupon_code,
      stock_id: c.stock_id,
      deactivate_request_no: requestNo(),
    })
    const error = await rejection(
      h.busifavor.deactivateCoupon({
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no: requestNo(),
      }),
    )
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 'INVALID_REQUEST', verified: true })
    expect(error.apiMessage).toContain('DEACTIVATED')
  })

  test('the same deactivate_request_no with other parameters is refused: a retry must resend the same body', async () => {
    const c = sendedCoupon()
    const deactivate_request_no = requestNo()
    await h.busifavor.deactivateCoupon({ coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no })
    const error = await rejection(
      h.busifavor.deactivateCoupon({
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no,
        deactivate_reason: '换了原因',
      }),
    )
    expect([error.status, error.code]).toEqual([400, 'INVALID_REQUEST'])
  })

  test('a 500 on the first attempt is retried by the client (the call is idempotent) with the same body', async () => {
    const c = sendedCoupon()
    h.sb.faults.set({ serverErrorRate: 1, endpoints: ['deactivate_coupon'], times: 1 })
    const body = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: requestNo() }
    await h.busifavor.deactivateCoupon(body)
    const log = h.sb.requestLog.forEndpoint('deactivate_coupon').slice(-2)
    expect(log.map((entry) => entry.status)).toEqual([500, 200])
    expect(log[1]!.body).toEqual(body)
    expect(stateOf(c.coupon_code)).toBe('DEACTIVATED')
  })

  test('an answer lost after the change (500 after commit): the retry gets the original answer, applied once', async () => {
    const c = sendedCoupon()
    h.sb.faults.set({ serverErrorRate: 1, serverErrorAfterCommit: true, endpoints: ['deactivate_coupon'], times: 1 })
    const body = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: requestNo() }
    const { wechatpay_deactivate_time } = await h.busifavor.deactivateCoupon(body)
    const log = h.sb.requestLog.forEndpoint('deactivate_coupon').slice(-2)
    expect(log.map((entry) => [entry.status, entry.replayed])).toEqual([
      [500, false],
      [200, true],
    ])
    expect(h.sb.state.coupon(c.coupon_code)?.deactivate_time).toBe(wechatpay_deactivate_time)
  })

  test('after a failed call (say the process restarted), calling again with the stored number finishes the job', async () => {
    const c = sendedCoupon()
    const stored = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: requestNo() }
    h.sb.faults.set({ serverErrorRate: 1, serverErrorAfterCommit: true, endpoints: ['deactivate_coupon'], times: 1 })
    const error = await rejection(h.busifavor.deactivateCoupon(stored, { retry: false }))
    expect([error.status, error.code]).toEqual([500, 'SYSTEM_ERROR'])
    // Later, from the stored record: the same number, so the same answer, not a second (refused) deactivation.
    const answer = await h.busifavor.deactivateCoupon(stored)
    expect(answer.wechatpay_deactivate_time).toBe(h.sb.state.coupon(c.coupon_code)?.deactivate_time)
    expect(h.sb.requestLog.last()?.replayed).toBe(true)
  })

  test('an answer whose signature does not verify is a SignatureVerificationError, never retried', async () => {
    const c = sendedCoupon()
    h.sb.faults.set({ wrongSignatureRate: 1, endpoints: ['deactivate_coupon'], times: 1 })
    const before = h.sb.requestLog.forEndpoint('deactivate_coupon').length
    const error = await rejection(
      h.busifavor.deactivateCoupon({
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no: requestNo(),
      }),
    )
    expect(isSignatureVerificationError(error)).toBe(true)
    expect(h.sb.requestLog.forEndpoint('deactivate_coupon')).toHaveLength(before + 1)
  })
})

describe('deactivateCoupon: bad input is a ValidationError and nothing reaches the sandbox', () => {
  const valid = {
    coupon_code: 'C0001',
    stock_id: '1234567891',
    deactivate_request_no: 'R0001',
    deactivate_reason: '原因',
  }
  const cases: [string, Record<string, unknown>, (string | number)[], RegExp][] = [
    ['coupon_code of 33 characters', { coupon_code: 'c'.repeat(33) }, ['coupon_code'], /32/],
    ['an empty coupon_code', { coupon_code: '' }, ['coupon_code'], /1/],
    ['coupon_code as a number', { coupon_code: 12345 }, ['coupon_code'], /string/],
    ['stock_id of 21 characters', { stock_id: '1'.repeat(21) }, ['stock_id'], /20/],
    ['no stock_id', { stock_id: undefined }, ['stock_id'], /required/],
    [
      'deactivate_request_no of 129 characters',
      { deactivate_request_no: 'r'.repeat(129) },
      ['deactivate_request_no'],
      /128/,
    ],
    [
      'no deactivate_request_no (never generated)',
      { deactivate_request_no: undefined },
      ['deactivate_request_no'],
      /required/,
    ],
    ['deactivate_reason of 65 characters', { deactivate_reason: '因'.repeat(65) }, ['deactivate_reason'], /64/],
    ['an empty deactivate_reason', { deactivate_reason: '' }, ['deactivate_reason'], /1/],
    ['an unknown field', { reason: 'typo' }, ['reason'], /unknown field/],
  ]

  test.each(cases)(
    'deactivateCoupon(input with %s) lists that field and sends nothing',
    async (_, patch, path, message) => {
      const before = h.sb.requestLog.size
      const input = Object.fromEntries(
        Object.entries({ ...valid, ...patch }).filter(([, value]) => value !== undefined),
      ) as typeof valid
      const error = (await rejection(h.busifavor.deactivateCoupon(input))) as ValidationError
      expect(isValidationError(error)).toBe(true)
      expect(error.issues).toHaveLength(1)
      expect(error.issues[0]!.path).toEqual(path)
      expect(error.issues[0]!.message).toMatch(message)
      expect(error.message).toMatch(/^@api\/busifavor: deactivateCoupon\(\) was not sent: /)
      expect(error.attempts).toBe(0)
      expect(h.sb.requestLog.size).toBe(before)
    },
  )

  test('deactivateCoupon(input with every problem at once) lists them all, and sends nothing', async () => {
    const before = h.sb.requestLog.size
    const error = (await rejection(
      h.busifavor.deactivateCoupon({
        coupon_code: 'c'.repeat(40),
        stock_id: '',
        deactivate_reason: '因'.repeat(70),
        extra: true,
      } as never),
    )) as ValidationError
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'coupon_code',
      'deactivate_reason',
      'deactivate_request_no',
      'extra',
      'stock_id',
    ])
    expect(h.sb.requestLog.size).toBe(before)
  })

  test('deactivateCoupon(input, { unknown call option }) is a ValidationError before sending', async () => {
    const before = h.sb.requestLog.size
    const error = (await rejection(
      h.busifavor.deactivateCoupon(valid, { idempotent: false } as never),
    )) as ValidationError
    expect(error.issues[0]!.path).toEqual(['idempotent'])
    expect(h.sb.requestLog.size).toBe(before)
  })
})
