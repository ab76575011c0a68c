// Conformance: every busifavor endpoint's happy path (answer checked against the registry's response schema) and a
// validation error per endpoint, over signed HTTP with node:crypto + fetch only.
import { createHash } from 'node:crypto'
import { endpoints } from '@api/busifavor/schemas'
import type { AnyEndpoint as EndpointDefinition } from '@core/kit/define'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers } from '../src/families/busifavor/handlers/handlers.js'
import { generateSandboxKeys, type Sandbox, startSandbox } from '../src/index.js'
import { type RawAnswer, raw } from './raw.js'

const keys = generateSandboxKeys()
let sb: Sandbox

beforeAll(async () => {
  sb = await startSandbox({ keys })
})
afterAll(() => sb.close())

const registry = endpoints as unknown as Record<string, EndpointDefinition>
const happyTested = new Set<string>()
const invalidTested = new Set<string>()
let n = 0
const unique = (prefix: string) => `${prefix}${Date.now() % 100000}${++n}`

interface Input {
  params?: Record<string, string>
  query?: Record<string, string | number>
  body?: unknown
}

function pathOf(e: EndpointDefinition, input: Input): string {
  const path = e.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(input.params?.[name] ?? ''))
  const entries = Object.entries(input.query ?? {}).map(([k, v]): [string, string] => [k, String(v)])
  const query = new URLSearchParams(entries).toString()
  return query === '' ? path : `${path}?${query}`
}

/** Calls an endpoint by id; a success answer must parse with the registry's response schema. */
async function call(id: string, input: Input = {}): Promise<RawAnswer> {
  const e = registry[id]!
  const answer = await raw(sb, { method: e.method, path: pathOf(e, input), body: input.body })
  expect(answer.signature).toBe(true)
  if (answer.status === e.responseStatus && e.response !== undefined) {
    const parsed = e.response.safeParse(answer.json)
    expect(parsed.error?.issues ?? []).toEqual([])
  }
  return answer
}

function expectOk(answer: RawAnswer, status = 200) {
  expect({ status: answer.status, body: answer.json }).toMatchObject({ status })
}

function happy(id: string, title: string, run: () => Promise<void>) {
  happyTested.add(id)
  it(`${id}: ${title}`, run)
}

function stockBody(overrides: Record<string, unknown> = {}) {
  const now = Date.now()
  const t = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
  return {
    stock_name: '端点测试券',
    belong_merchant: sb.merchant.mchid,
    goods_name: '全场',
    stock_type: 'NORMAL',
    coupon_use_rule: {
      coupon_available_time: { available_begin_time: t(now - 3600_000), available_end_time: t(now + 30 * 86400_000) },
      fixed_normal_coupon: { discount_amount: 500, transaction_minimum: 1000 },
      use_method: 'OFF_LINE',
    },
    stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 },
    out_request_no: unique('create-'),
    coupon_code_mode: 'MERCHANT_API',
    ...overrides,
  }
}

async function createStock(overrides: Record<string, unknown> = {}): Promise<string> {
  const answer = await call('create_stock', { body: stockBody(overrides) })
  expectOk(answer)
  return answer.json.stock_id
}

describe('happy paths', () => {
  happy('create_stock', 'creates a RUNNING stock that get_stock returns', async () => {
    const answer = await call('create_stock', { body: stockBody({ comment: '备注' }) })
    expectOk(answer)
    expect(answer.json.create_time).toMatch(/\+08:00$/)
    expect(sb.state.stock(answer.json.stock_id)).toMatchObject({ stock_state: 'RUNNING', comment: '备注' })
  })

  happy('get_stock', 'returns the definition, state, code mode and send counts', async () => {
    const stockId = await createStock()
    sb.seed.sendCoupon({ stock_id: stockId, coupon_code: unique('gs-') })
    const answer = await call('get_stock', { params: { stock_id: stockId } })
    expectOk(answer)
    expect(answer.json).toMatchObject({
      stock_id: stockId,
      stock_state: 'RUNNING',
      coupon_code_mode: 'MERCHANT_API',
      stock_name: '端点测试券',
      send_count_information: { total_send_num: 1, total_send_amount: 500, today_send_num: 1 },
    })
  })

  happy('modify_stock', 'answers 204 with an empty signed body and updates the fields sent', async () => {
    const stockId = await createStock()
    const answer = await call('modify_stock', {
      params: { stock_id: stockId },
      body: {
        stock_name: '改名后的券',
        out_request_no: unique('modify-'),
        display_pattern_info: { description: '须知' },
      },
    })
    expect(answer.status).toBe(204)
    expect(answer.text).toBe('')
    expect(sb.state.stock(stockId)).toMatchObject({
      stock_name: '改名后的券',
      display_pattern_info: { description: '须知' },
    })
  })

  happy('modify_budget', 'raises max_coupons when current_max_coupons matches', async () => {
    const stockId = await createStock()
    const answer = await call('modify_budget', {
      params: { stock_id: stockId },
      body: { target_max_coupons: 300, current_max_coupons: 100, modify_budget_request_no: unique('budget-') },
    })
    expectOk(answer)
    expect(answer.json.max_coupons).toBe(300)
    const stale = await call('modify_budget', {
      params: { stock_id: stockId },
      body: { target_max_coupons: 400, current_max_coupons: 100, modify_budget_request_no: unique('budget-') },
    })
    expect(stale.status).toBe(400)
    expect(stale.json.code).toBe('INVALID_REQUEST')
  })

  happy('upload_coupon_codes', 'stores new codes and reports existing and duplicate ones', async () => {
    const stockId = await createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    const first = await call('upload_coupon_codes', {
      params: { stock_id: stockId },
      body: { coupon_code_list: ['UP-1', 'UP-2', 'UP-2'], upload_request_no: unique('upload-') },
    })
    expectOk(first)
    expect(first.json).toMatchObject({ total_count: 2, success_count: 2, duplicate_codes: ['UP-2'] })
    const second = await call('upload_coupon_codes', {
      params: { stock_id: stockId },
      body: { coupon_code_list: ['UP-2', 'UP-3'], upload_request_no: unique('upload-') },
    })
    expect(second.json).toMatchObject({ success_codes: ['UP-3'], exist_codes: ['UP-2'] })
  })

  happy('list_coupon_codes', 'pages through the codes, filtered by status', async () => {
    const stockId = await createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    sb.seed.uploadCodes(stockId, ['L1', 'L2', 'L3'])
    sb.seed.sendCoupon({ stock_id: stockId })
    const page = await call('list_coupon_codes', { params: { stock_id: stockId }, query: { offset: 1, limit: 1 } })
    expectOk(page)
    expect(page.json).toMatchObject({ total_count: 3, offset: 1, limit: 1, data: [{ code: 'L2' }] })
    const dispatched = await call('list_coupon_codes', {
      params: { stock_id: stockId },
      query: { status: 'DISPATCHED' },
    })
    expect(dispatched.json.data).toMatchObject([{ code: 'L1', code_status: 'DISPATCHED' }])
  })

  happy('get_coupon_code', 'returns the code and, once dispatched, the coupon', async () => {
    const stockId = await createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    sb.seed.uploadCodes(stockId, ['G/1 =|x'])
    const available = await call('get_coupon_code', { params: { stock_id: stockId, coupon_code: 'G/1 =|x' } })
    expectOk(available)
    expect(available.json.code_information).toMatchObject({ code: 'G/1 =|x', code_status: 'AVAILABLE' })
    expect(available.json.coupon_information).toBeUndefined()
    sb.seed.sendCoupon({ stock_id: stockId, openid: 'o-code' })
    const dispatched = await call('get_coupon_code', { params: { stock_id: stockId, coupon_code: 'G/1 =|x' } })
    expect(dispatched.json.code_information).toMatchObject({ code_status: 'DISPATCHED', openid: 'o-code' })
    expect(dispatched.json.coupon_information).toMatchObject({ coupon_code: 'G/1 =|x', coupon_state: 'SENDED' })
  })

  happy('delete_coupon_code', 'deletes an AVAILABLE code; a DISPATCHED one is refused', async () => {
    const stockId = await createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
    sb.seed.uploadCodes(stockId, ['D1', 'D2'])
    sb.seed.sendCoupon({ stock_id: stockId })
    const answer = await call('delete_coupon_code', {
      params: { stock_id: stockId, coupon_code: 'D2' },
      query: { delete_request_no: unique('del-') },
    })
    expectOk(answer)
    expect(answer.json.stock_id).toBe(stockId)
    expect(sb.state.couponCodes(stockId).map((c) => c.code)).toEqual(['D1'])
    const refused = await call('delete_coupon_code', {
      params: { stock_id: stockId, coupon_code: 'D1' },
      query: { delete_request_no: unique('del-') },
    })
    expect(refused.status).toBe(400)
  })

  happy('send_coupon', 'issues a coupon with the merchant code (answer in both documented shapes)', async () => {
    const stockId = await createStock()
    const answer = await call('send_coupon', {
      body: {
        openid: 'o-send',
        appid: 'wx-send',
        stock_id: stockId,
        out_request_no: unique('send-'),
        coupon_code: 'S1',
      },
    })
    expectOk(answer)
    expect(answer.json.send_coupon_result).toMatchObject({ stock_id: stockId, coupon_code: 'S1' })
    expect(answer.json).toMatchObject({ stock_id: stockId, coupon_code: 'S1' })
    expect(sb.state.coupon('S1', stockId)).toMatchObject({ coupon_state: 'SENDED', openid: 'o-send' })
  })

  happy('send_product_coupon', 'issues a coupon (system code for WECHATPAY_MODE)', async () => {
    const stockId = await createStock({ coupon_code_mode: 'WECHATPAY_MODE' })
    const answer = await call('send_product_coupon', {
      body: {
        openid: 'o-prod',
        appid: 'wx-prod',
        stock_id: stockId,
        out_request_no: unique('ps-'),
        coupon_type: 'NORMAL',
      },
    })
    expectOk(answer)
    expect(answer.json.coupon_code).toMatch(/^\d{22}$/)
  })

  happy('presend_product_coupon', 'returns a token for the mini-program component', async () => {
    const stockId = await createStock()
    const answer = await call('presend_product_coupon', {
      body: { stock_id: stockId, appid: 'wx-pre', send_request_no: unique('pre-') },
    })
    expectOk(answer)
    expect(answer.json.token).toMatch(/^presend_/)
  })

  happy('use_coupon', 'redeems a SENDED coupon', async () => {
    const coupon = sb.seed.sendCoupon({ openid: 'o-use' })
    const answer = await call('use_coupon', {
      body: {
        coupon_code: coupon.coupon_code,
        stock_id: coupon.stock_id,
        appid: coupon.appid,
        use_time: '2025-05-20T13:29:35+08:00',
        use_request_no: unique('use-'),
        openid: 'o-use',
      },
    })
    expectOk(answer)
    expect(answer.json).toMatchObject({ stock_id: coupon.stock_id, openid: 'o-use' })
    expect(sb.state.coupon(coupon.coupon_code)?.coupon_state).toBe('USED')
  })

  happy('list_user_coupons', "lists one user's coupons under an appid, filtered by state", async () => {
    const a = sb.seed.sendCoupon({ openid: 'o-list', appid: 'wx-list' })
    sb.seed.sendCoupon({ openid: 'o-list', appid: 'wx-list', coupon_state: 'USED' })
    sb.seed.sendCoupon({ openid: 'o-other', appid: 'wx-list' })
    const answer = await call('list_user_coupons', {
      params: { openid: 'o-list' },
      query: { appid: 'wx-list', coupon_state: 'SENDED', offset: 0, limit: 10 },
    })
    expectOk(answer)
    expect(answer.json).toMatchObject({ total_count: 1, offset: 0, limit: 10 })
    expect(answer.json.data[0]).toMatchObject({ coupon_code: a.coupon_code, coupon_state: 'SENDED' })
  })

  happy('get_user_coupon', 'returns one coupon with its stock rules and times', async () => {
    const coupon = sb.seed.sendCoupon({ openid: 'o-one', appid: 'wx-one', coupon_code: 'weird/code =|1' })
    const answer = await call('get_user_coupon', {
      params: { openid: 'o-one', coupon_code: 'weird/code =|1', appid: 'wx-one' },
    })
    expectOk(answer)
    expect(answer.json).toMatchObject({
      coupon_code: 'weird/code =|1',
      stock_id: coupon.stock_id,
      coupon_state: 'SENDED',
      send_request_no: coupon.send_request_no,
    })
    const other = await call('get_user_coupon', {
      params: { openid: 'o-two', coupon_code: 'weird/code =|1', appid: 'wx-one' },
    })
    expect(other.status).toBe(404)
  })

  happy('set_notify_url', 'stores the URL for the caller', async () => {
    const answer = await call('set_notify_url', { body: { notify_url: 'http://127.0.0.1:9/notify' } })
    expectOk(answer)
    expect(answer.json).toMatchObject({ mchid: sb.merchant.mchid, notify_url: 'http://127.0.0.1:9/notify' })
    expect(sb.callbacks.url).toBe('http://127.0.0.1:9/notify')
  })

  happy('get_notify_url', 'returns the URL set', async () => {
    sb.seed.setNotifyUrl('http://127.0.0.1:9/other')
    const answer = await call('get_notify_url', { query: { mchid: sb.merchant.mchid } })
    expectOk(answer)
    expect(answer.json).toMatchObject({ notify_url: 'http://127.0.0.1:9/other', mchid: sb.merchant.mchid })
  })

  happy('associate_trade', 'links a SENDED coupon to an order', async () => {
    const coupon = sb.seed.sendCoupon()
    const body = {
      stock_id: coupon.stock_id,
      coupon_code: coupon.coupon_code,
      out_trade_no: 'T-1',
      out_request_no: unique('as-'),
    }
    const answer = await call('associate_trade', { body })
    expectOk(answer)
    expect(answer.json.wechatpay_associate_time).toMatch(/\+08:00$/)
    expect(sb.state.coupon(coupon.coupon_code)?.associate_out_trade_no).toBe('T-1')
  })

  happy('disassociate_trade', 'unlinks the order it was linked to, and only that one', async () => {
    const coupon = sb.seed.sendCoupon()
    const base = { stock_id: coupon.stock_id, coupon_code: coupon.coupon_code }
    expectOk(await call('associate_trade', { body: { ...base, out_trade_no: 'T-2', out_request_no: unique('as-') } }))
    const wrong = await call('disassociate_trade', {
      body: { ...base, out_trade_no: 'T-3', out_request_no: unique('dis-') },
    })
    expect(wrong.status).toBe(400)
    const answer = await call('disassociate_trade', {
      body: { ...base, out_trade_no: 'T-2', out_request_no: unique('dis-') },
    })
    expectOk(answer)
    expect(sb.state.coupon(coupon.coupon_code)?.associate_out_trade_no).toBeUndefined()
  })

  happy('return_coupon', 'puts a USED coupon back to SENDED', async () => {
    const coupon = sb.seed.sendCoupon({ coupon_state: 'USED' })
    const answer = await call('return_coupon', {
      body: { coupon_code: coupon.coupon_code, stock_id: coupon.stock_id, return_request_no: unique('ret-') },
    })
    expectOk(answer)
    expect(sb.state.coupon(coupon.coupon_code)).toMatchObject({ coupon_state: 'SENDED' })
  })

  happy('deactivate_coupon', 'deactivates a SENDED coupon and records the request-no and reason', async () => {
    const coupon = sb.seed.sendCoupon()
    const request = unique('deact-')
    const answer = await call('deactivate_coupon', {
      body: {
        coupon_code: coupon.coupon_code,
        stock_id: coupon.stock_id,
        deactivate_request_no: request,
        deactivate_reason: '测试失效',
      },
    })
    expectOk(answer)
    expect(sb.state.coupon(coupon.coupon_code)).toMatchObject({
      coupon_state: 'DEACTIVATED',
      deactivate_request_no: request,
      deactivate_reason: '测试失效',
      deactivate_time: answer.json.wechatpay_deactivate_time,
    })
  })

  happy('send_gov_card', 'returns a card code; a send_time older than 24 h is refused', async () => {
    const now = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19)
    const body = { appid: 'wx-card', openid: 'o-card', out_request_no: unique('card-'), send_time: `${now}+08:00` }
    const answer = await call('send_gov_card', { params: { card_id: 'pY_card_1' }, body })
    expectOk(answer)
    expect(answer.json.card_code).toMatch(/^\d+$/)
    const old = await call('send_gov_card', {
      params: { card_id: 'pY_card_1' },
      body: { ...body, out_request_no: unique('card-'), send_time: '2020-01-01T00:00:00+08:00' },
    })
    expect(old.status).toBe(400)
  })

  const subsidyBase = () => {
    const coupon = sb.seed.sendCoupon({ coupon_state: 'USED' })
    return {
      stock_id: coupon.stock_id,
      coupon_code: coupon.coupon_code,
      transaction_id: '4200000913202101152566792388',
      payer_merchant: '1900000001',
      payee_merchant: '1900000002',
    }
  }

  happy('subsidy_pay', 'pays up to the coupon discount, and no more', async () => {
    const base = subsidyBase()
    const answer = await call('subsidy_pay', {
      body: { ...base, amount: 60, description: '补差', out_subsidy_no: unique('sub-') },
    })
    expectOk(answer)
    expect(answer.json).toMatchObject({ status: 'PAY_RECEIPT_SUCCESS', amount: 60, coupon_code: base.coupon_code })
    const over = await call('subsidy_pay', {
      body: { ...base, amount: 50, description: '补差', out_subsidy_no: unique('sub-') },
    })
    expect(over.status).toBe(400)
  })

  happy('list_subsidy_pay_receipts', 'lists the receipts of a coupon (no list when there are none)', async () => {
    const base = subsidyBase()
    const none = await call('list_subsidy_pay_receipts', {
      query: { stock_id: base.stock_id, coupon_code: base.coupon_code },
    })
    expectOk(none)
    expect(none.json.pay_receipt_list).toBeUndefined()
    await call('subsidy_pay', { body: { ...base, amount: 10, description: 'x', out_subsidy_no: unique('sub-') } })
    const some = await call('list_subsidy_pay_receipts', {
      query: { stock_id: base.stock_id, coupon_code: base.coupon_code },
    })
    expect(some.json.pay_receipt_list).toHaveLength(1)
  })

  happy('get_subsidy_pay_receipt', 'returns a receipt by id; an unknown id is 404', async () => {
    const base = subsidyBase()
    const paid = await call('subsidy_pay', {
      body: { ...base, amount: 10, description: 'x', out_subsidy_no: unique('sub-') },
    })
    const answer = await call('get_subsidy_pay_receipt', {
      params: { subsidy_receipt_id: paid.json.subsidy_receipt_id },
    })
    expectOk(answer)
    expect(answer.json).toEqual(paid.json)
    const missing = await call('get_subsidy_pay_receipt', { params: { subsidy_receipt_id: '1'.repeat(28) } })
    expect(missing.json.code).toBe('RESOURCE_NOT_EXISTS')
  })

  happy('subsidy_return', 'returns part of a subsidy and marks the payment PARTIAL_RETURN', async () => {
    const base = subsidyBase()
    const paid = await call('subsidy_pay', {
      body: { ...base, amount: 100, description: 'x', out_subsidy_no: unique('sub-') },
    })
    const answer = await call('subsidy_return', {
      body: {
        ...base,
        refund_id: '50100506732021010105138718375',
        amount: 40,
        description: '退',
        out_subsidy_return_no: unique('sr-'),
      },
    })
    expectOk(answer)
    expect(answer.json).toMatchObject({
      subsidy_receipt_id: paid.json.subsidy_receipt_id,
      status: 'RETURN_RECEIPT_SUCCESS',
    })
    const receipt = await call('get_subsidy_pay_receipt', {
      params: { subsidy_receipt_id: paid.json.subsidy_receipt_id },
    })
    expect(receipt.json.status).toBe('PAY_RECEIPT_PARTIAL_RETURN')
  })

  happy('get_subsidy_return_receipt', 'returns a return receipt by id', async () => {
    const base = subsidyBase()
    await call('subsidy_pay', { body: { ...base, amount: 100, description: 'x', out_subsidy_no: unique('sub-') } })
    const back = await call('subsidy_return', {
      body: {
        ...base,
        refund_id: '5010050673202101010513871837',
        amount: 100,
        description: '退',
        out_subsidy_return_no: unique('sr-'),
      },
    })
    const answer = await call('get_subsidy_return_receipt', {
      params: { subsidy_return_receipt_id: back.json.subsidy_return_receipt_id },
    })
    expectOk(answer)
    expect(answer.json).toEqual(back.json)
  })

  happy('marketing_image_upload', 'accepts multipart signed over the meta JSON and serves the image back', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('sandbox image'),
    ])
    const sha256 = createHash('sha256').update(png).digest('hex')
    const meta = JSON.stringify({ filename: 'logo.png', sha256 })
    const answer = await upload(meta, png)
    expect(answer.status).toBe(200)
    expect(answer.signature).toBe(true)
    expect(registry.marketing_image_upload!.response!.safeParse(answer.json).success).toBe(true)
    const image = await fetch(answer.json.media_url)
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true)
    const wrongHash = await upload(JSON.stringify({ filename: 'logo.png', sha256: '0'.repeat(64) }), png)
    expect(wrongHash.json.detail).toMatchObject({ field: '/meta/sha256' })
    const wrongSignature = await upload(meta, png, '{"filename":"other.png"}')
    expect(wrongSignature.status).toBe(401)
  })
})

function upload(meta: string, file: Buffer, signedMeta = meta): Promise<RawAnswer> {
  const boundary = 'sandbox-boundary-42'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return raw(sb, {
    method: 'POST',
    path: '/v3/marketing/favor/media/image-upload',
    body,
    signedBody: signedMeta,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  })
}

// One invalid request per endpoint: 400 PARAM_ERROR whose detail names the offending field and where it was.
const invalid: Record<string, [Input, { location: string; field: string }]> = {
  create_stock: [{ body: { stock_name: 'x' } }, { location: 'body', field: '/belong_merchant' }],
  get_stock: [{ params: { stock_id: '1'.repeat(21) } }, { location: 'path', field: '/stock_id' }],
  modify_stock: [
    { params: { stock_id: '1' }, body: { stock_name: 'x' } },
    { location: 'body', field: '/out_request_no' },
  ],
  modify_budget: [
    { params: { stock_id: '1' }, body: { target_max_coupons: 'many', modify_budget_request_no: 'b' } },
    { location: 'body', field: '/target_max_coupons' },
  ],
  upload_coupon_codes: [
    { params: { stock_id: '1' }, body: { coupon_code_list: ['x'.repeat(33)], upload_request_no: 'u' } },
    { location: 'body', field: '/coupon_code_list/0' },
  ],
  list_coupon_codes: [
    { params: { stock_id: '1' }, query: { status: 'LOST' } },
    { location: 'query', field: '/status' },
  ],
  get_coupon_code: [
    { params: { stock_id: '1', coupon_code: 'c' }, query: { nope: 1 } },
    { location: 'query', field: '/nope' },
  ],
  delete_coupon_code: [
    { params: { stock_id: '1', coupon_code: 'c' } },
    { location: 'query', field: '/delete_request_no' },
  ],
  send_coupon: [{ body: { openid: 'o', appid: 'a', stock_id: '1' } }, { location: 'body', field: '/out_request_no' }],
  send_product_coupon: [
    { body: { openid: 'o', appid: 'a', stock_id: '1', out_request_no: 'r', coupon_type: 'GOLD' } },
    { location: 'body', field: '/coupon_type' },
  ],
  presend_product_coupon: [{ body: { stock_id: '1', appid: 'a' } }, { location: 'body', field: '/send_request_no' }],
  use_coupon: [
    { body: { coupon_code: 'c', appid: 'a', use_time: 'yesterday', use_request_no: 'u' } },
    { location: 'body', field: '/use_time' },
  ],
  list_user_coupons: [
    { params: { openid: 'o' }, query: { limit: 5 } },
    { location: 'query', field: '/appid' },
  ],
  get_user_coupon: [
    { params: { openid: 'o', coupon_code: 'c'.repeat(33), appid: 'a' } },
    { location: 'path', field: '/coupon_code' },
  ],
  set_notify_url: [{ body: { notify_url: 'https://x' } }, { location: 'body', field: '/notify_url' }],
  get_notify_url: [{ query: { mchid: '1' } }, { location: 'query', field: '/mchid' }],
  associate_trade: [
    { body: { stock_id: '1', coupon_code: 'c', out_request_no: 'r' } },
    { location: 'body', field: '/out_trade_no' },
  ],
  disassociate_trade: [
    { body: { stock_id: '1', coupon_code: 'c', out_trade_no: 't', out_request_no: 'r', extra: true } },
    { location: 'body', field: '/extra' },
  ],
  return_coupon: [{ body: { coupon_code: 'c', return_request_no: 'r' } }, { location: 'body', field: '/stock_id' }],
  deactivate_coupon: [
    { body: { coupon_code: 'c', stock_id: '1', deactivate_request_no: 'r', deactivate_reason: 'x'.repeat(65) } },
    { location: 'body', field: '/deactivate_reason' },
  ],
  send_gov_card: [
    { params: { card_id: 'c' }, body: { appid: 'a', openid: 'o', out_request_no: 'r' } },
    { location: 'body', field: '/send_time' },
  ],
  subsidy_pay: [
    {
      body: {
        stock_id: '1',
        coupon_code: 'c',
        transaction_id: 'short',
        payer_merchant: 'p',
        payee_merchant: 'q',
        amount: 1,
        description: 'd',
        out_subsidy_no: 's',
      },
    },
    { location: 'body', field: '/transaction_id' },
  ],
  list_subsidy_pay_receipts: [{ query: { coupon_code: 'c' } }, { location: 'query', field: '/stock_id' }],
  get_subsidy_pay_receipt: [
    { params: { subsidy_receipt_id: '1' } },
    { location: 'path', field: '/subsidy_receipt_id' },
  ],
  subsidy_return: [{ body: { stock_id: '1', coupon_code: 'c' } }, { location: 'body', field: '/transaction_id' }],
  get_subsidy_return_receipt: [
    { params: { subsidy_return_receipt_id: '2120200119165100000000000001' }, query: { unexpected: 1 } },
    { location: 'query', field: '/unexpected' },
  ],
  marketing_image_upload: [{}, { location: 'body', field: '/meta/filename' }],
}

describe('validation errors: 400 PARAM_ERROR naming the field', () => {
  for (const [id, [input, detail]] of Object.entries(invalid)) {
    invalidTested.add(id)
    it(`${id} with a bad ${detail.location} ${detail.field} → 400 PARAM_ERROR`, async () => {
      const answer =
        id === 'marketing_image_upload'
          ? await upload(JSON.stringify({ filename: 'logo.gif', sha256: '0'.repeat(64) }), Buffer.from('GIF89a'))
          : await call(id, input)
      expect(answer.status).toBe(400)
      expect(answer.json.code).toBe('PARAM_ERROR')
      expect(answer.json.detail).toMatchObject(detail)
      expect(answer.json.message).toContain(detail.field)
    })
  }
})

it('every registry endpoint has a handler, a happy-path test and a validation test here', () => {
  const ids = Object.keys(registry).sort()
  expect(ids.length).toBeGreaterThanOrEqual(27)
  expect(ids.filter((id) => (handlers as Record<string, unknown>)[id] === undefined)).toEqual([])
  expect(ids.filter((id) => !happyTested.has(id))).toEqual([])
  expect(ids.filter((id) => !invalidTested.has(id))).toEqual([])
  expect(sb.endpoints().sort()).toEqual(ids)
})
