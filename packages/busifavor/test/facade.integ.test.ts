// The facade's own behaviour: options, request-no generation, lenient answers. The sandbox answers what the schemas
// describe, so the "WeChat Pay answers something unexpected" cases use a small signed node:http server of their own.
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, isValidationError, type ValidationError, type WechatPayClient } from '@core/client'
import { createRequestNo, type ResponseIssuesEvent } from '@core/kit'
import { signResponse } from '@core/signer/testing'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBusifavor, GENERATED_REQUEST_NO_FIELDS } from '../src/index.js'
import { endpoints } from '../src/schemas.js'
import { chinaTime, DAY_MS, type Harness, startHarness } from './helpers.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

function caught(fn: () => unknown): any {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('createBusifavor(client, options)', () => {
  test('createBusifavor(client) has one method per endpoint, named after its id', () => {
    const busifavor = createBusifavor(h.client)
    expect(Object.keys(busifavor).sort()).toEqual(
      Object.values(endpoints)
        .map((e) => e.name)
        .sort(),
    )
    expect(Object.isFrozen(busifavor)).toBe(true)
  })

  test('createBusifavor(client, { unknown option }) is a ValidationError naming it', () => {
    const error = caught(() => createBusifavor(h.client, { onResponseIssue: () => {} } as never)) as ValidationError
    expect(isValidationError(error)).toBe(true)
    expect(error.issues).toEqual([{ path: ['onResponseIssue'], message: expect.stringContaining('unknown option') }])
  })

  test('createBusifavor(client, { requestNo: "x" }) and createBusifavor({}) are ValidationErrors', () => {
    expect(caught(() => createBusifavor(h.client, { requestNo: 'x' } as never)).issues[0].path).toEqual(['requestNo'])
    expect(caught(() => createBusifavor({} as never)).issues[0].path).toEqual(['client'])
  })
})

describe('request-nos', () => {
  test('GENERATED_REQUEST_NO_FIELDS names each endpoint’s own idempotency key, and never deactivate', () => {
    for (const [id, field] of Object.entries(GENERATED_REQUEST_NO_FIELDS)) {
      expect(endpoints[id as keyof typeof endpoints].idempotency?.field).toBe(field)
    }
    for (const id of [
      'deactivate_coupon',
      'use_coupon',
      'return_coupon',
      'send_coupon',
      'create_stock',
      'subsidy_pay',
      'subsidy_return',
    ]) {
      expect(Object.keys(GENERATED_REQUEST_NO_FIELDS)).not.toContain(id)
    }
  })

  test('modifyStock({ stock_id, comment }) sends a fresh out_request_no from options.requestNo', async () => {
    let n = 0
    const busifavor = createBusifavor(h.client, { requestNo: () => `GEN${++n}` })
    const { stock_id } = h.sb.seed.createStock()
    await busifavor.modifyStock({ stock_id, comment: '一' })
    await busifavor.modifyStock({ stock_id, comment: '二' })
    const sent = h.sb.requestLog.forEndpoint('modify_stock').slice(-2)
    expect(sent.map((entry) => (entry.body as { out_request_no: string }).out_request_no)).toEqual(['GEN1', 'GEN2'])
  })

  test('deleteCouponCode({ stock_id, coupon_code }) generates delete_request_no into the query string', async () => {
    const busifavor = createBusifavor(h.client, { requestNo: () => 'DEL-1' })
    const { stock_id } = h.sb.seed.createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    h.sb.seed.uploadCodes(stock_id, ['K1'])
    await busifavor.deleteCouponCode({ stock_id, coupon_code: 'K1' })
    expect(h.sb.requestLog.last()?.url).toMatch(/\?delete_request_no=DEL-1$/)
  })

  test('a request-no the caller gives is sent as given, even where one could be generated', async () => {
    const busifavor = createBusifavor(h.client, { requestNo: () => 'NOT-USED' })
    const { stock_id } = h.sb.seed.createStock()
    await busifavor.modifyStock({ stock_id, comment: '三', out_request_no: 'MINE-1' })
    expect((h.sb.requestLog.last()!.body as { out_request_no: string }).out_request_no).toBe('MINE-1')
  })

  test('deactivateCoupon without deactivate_request_no is refused even with a requestNo generator', async () => {
    const busifavor = createBusifavor(h.client, { requestNo: () => 'NEVER' })
    const before = h.sb.requestLog.size
    const error = await busifavor
      .deactivateCoupon({ coupon_code: 'c', stock_id: 's' } as never)
      .catch((caughtError: unknown) => caughtError)
    expect((error as ValidationError).issues).toEqual([{ path: ['deactivate_request_no'], message: 'is required' }])
    expect(h.sb.requestLog.size).toBe(before)
  })
})

describe('nested validation', () => {
  test('createStock(input with nested mistakes) lists each with its full path, and sends nothing', async () => {
    const before = h.sb.requestLog.size
    const error = (await h.busifavor
      .createStock({
        stock_name: '这个批次名称一共有二十二个字这个批次名称一共有二',
        belong_merchant: h.sb.merchant.mchid,
        goods_name: '全场通用',
        stock_type: 'NORMAL',
        coupon_use_rule: {
          coupon_available_time: {
            available_begin_time: '2025-01-01 00:00:00',
            available_end_time: chinaTime(Date.now() + DAY_MS),
            available_week: { week_day: [1, 7] as never, available_day_time: [{}, {}, {}] },
          },
          fixed_normal_coupon: { discount_amount: 0, transaction_minimum: 100 },
          use_method: 'ONLINE' as never,
          extra: true,
        } as never,
        stock_send_rule: { max_coupons: 10, max_coupons_per_user: 101 },
        out_request_no: createRequestNo(),
        custom_entrance: {
          mini_programs_info: { mini_programs_appid: 'wx1', mini_programs_path: '/p', entrance_words: '六个字的入口' },
        },
        display_pattern_info: { background_color: 'Color999' as never },
        coupon_code_mode: 'WECHATPAY_MODE',
      })
      .catch((caughtError: unknown) => caughtError)) as ValidationError
    expect(isValidationError(error)).toBe(true)
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'coupon_use_rule.coupon_available_time.available_begin_time',
      'coupon_use_rule.coupon_available_time.available_week.available_day_time',
      'coupon_use_rule.coupon_available_time.available_week.week_day.1',
      'coupon_use_rule.extra',
      'coupon_use_rule.fixed_normal_coupon.discount_amount',
      'coupon_use_rule.use_method',
      'custom_entrance.mini_programs_info.entrance_words',
      'display_pattern_info.background_color',
      'stock_name',
      'stock_send_rule.max_coupons_per_user',
    ])
    expect(h.sb.requestLog.size).toBe(before)
  })

  test('listCouponCodes({ offset: 1.5 }) is refused: query integers are checked like body fields', async () => {
    const error = (await h.busifavor
      .listCouponCodes({ stock_id: '1', offset: 1.5 })
      .catch((caughtError: unknown) => caughtError)) as ValidationError
    expect(error.issues.map((issue) => issue.path)).toEqual([['offset']])
  })
})

// ─────────────── answers that differ from the schema (a signed server of the test's own) ───────────────

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PLATFORM_SERIAL = 'PUB_KEY_ID_0112233445566778899AABBCCDDEEFF00'

/** Answers every request with `answer` (JSON), signed like WeChat Pay. */
async function signedServer(answer: unknown): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const body = JSON.stringify(answer)
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Request-ID': 'TEST-REQUEST-ID',
        ...signResponse({ body, privateKey: platform.privateKey, serial: PLATFORM_SERIAL }),
      })
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('lenient answers', () => {
  let server: Server
  let client: WechatPayClient
  beforeAll(async () => {
    const started = await signedServer({ unexpected: 'kept', nested: { also: 'kept' } })
    server = started.server
    client = createClient({
      mchid: '1900000001',
      serial: '5157F09EFDC096DE15EBE81A47057A72',
      privateKey: merchant.privateKey,
      platformKeys: { [PLATFORM_SERIAL]: platform.publicKey },
      baseUrl: started.url,
    })
  })
  afterAll(async () => {
    await client.close()
    await new Promise((resolve) => server.close(resolve))
  })

  test('an answer missing a required field resolves as received and reports the issue to onResponseIssues', async () => {
    const events: ResponseIssuesEvent[] = []
    const busifavor = createBusifavor(client, { onResponseIssues: (event) => events.push(event) })
    const answer = await busifavor.deactivateCoupon({ coupon_code: 'C1', stock_id: 'S1', deactivate_request_no: 'R1' })
    expect(answer).toEqual({ unexpected: 'kept', nested: { also: 'kept' } })
    expect(events).toEqual([
      {
        endpoint: 'deactivate_coupon',
        method: 'POST',
        path: '/v3/marketing/busifavor/coupons/deactivate',
        status: 200,
        requestId: 'TEST-REQUEST-ID',
        issues: [{ path: ['wechatpay_deactivate_time'], message: 'is required' }],
      },
    ])
  })

  test('an onResponseIssues hook that throws does not fail the call', async () => {
    const busifavor = createBusifavor(client, {
      onResponseIssues: () => {
        throw new Error('observer bug')
      },
    })
    await expect(busifavor.getStock({ stock_id: '1' })).resolves.toMatchObject({ unexpected: 'kept' })
  })

  test('without onResponseIssues an unexpected answer still resolves', async () => {
    await expect(createBusifavor(client).getNotifyUrl()).resolves.toMatchObject({ unexpected: 'kept' })
  })
})
