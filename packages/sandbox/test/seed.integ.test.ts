// Seed helpers, documentation examples, state readers, the request log, the admin API and option checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_APPID,
  DEFAULT_MCHID,
  DEFAULT_OPENID,
  generateSandboxKeys,
  isSandboxError,
  SANDBOX_EXAMPLES,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from '../src/index.js'
import { get, post, raw } from './raw.js'

const keys = generateSandboxKeys()
let sb: Sandbox

beforeAll(async () => {
  sb = await startSandbox({ keys, seedExamples: true })
})
afterAll(() => sb.close())

const B = '/v3/marketing/busifavor'

describe('seedExamples: the documentation examples run unchanged', () => {
  it('使券失效: coupon sxxe34343434 of stock 1234567891 is deactivated', async () => {
    const answer = await post(sb, `${B}/coupons/deactivate`, {
      coupon_code: 'sxxe34343434',
      stock_id: '1234567891',
      deactivate_request_no: '1002600620019090123143254436',
      deactivate_reason: '此券使用时间设置错误',
    })
    expect(answer.status).toBe(200)
    expect(answer.json.wechatpay_deactivate_time).toMatch(/\+08:00$/)
  })

  it('申请退券 on the same (SENDED, now DEACTIVATED) coupon is refused with INVALID_REQUEST', async () => {
    const answer = await post(sb, `${B}/coupons/return`, {
      coupon_code: 'sxxe34343434',
      stock_id: '1234567891',
      return_request_no: '1002600620019090123143254436',
    })
    expect(answer.json.code).toBe('INVALID_REQUEST')
  })

  it('向用户发券 replays the seeded send; 关联/取消关联/核销 then work on coupon sxxe34343434 of stock 100088', async () => {
    const send = await post(sb, `${B}/coupons/send`, {
      openid: 'xsd3434454567676',
      appid: 'wx1234567889999',
      stock_id: '100088',
      out_request_no: '1002600620019090123143254435',
      coupon_code: 'sxxe34343434',
    })
    expect(send.status).toBe(200)
    expect(send.json.coupon_code).toBe('sxxe34343434')
    const trade = {
      stock_id: '100088',
      coupon_code: 'sxxe34343434',
      out_trade_no: 'MCH_102233445',
      out_request_no: '1002600620019090123143254435',
    }
    expect((await post(sb, `${B}/coupons/associate`, trade)).status).toBe(200)
    expect((await post(sb, `${B}/coupons/disassociate`, trade)).status).toBe(200)
    const use = await post(sb, `${B}/coupons/use`, {
      coupon_code: 'sxxe34343434',
      stock_id: '100088',
      appid: 'wx1234567889999',
      use_time: '2015-05-20T13:29:35+08:00',
      use_request_no: '1002600620019090123143254435',
      openid: 'xsd3434454567676',
    })
    expect(use.status).toBe(200)
    expect(use.json).toMatchObject({ stock_id: '100088', openid: 'xsd3434454567676' })
  })

  it('查询商家券详情 1212 and 查询预存code详情 1212/1212', async () => {
    expect((await get(sb, `${B}/stocks/1212`)).json.stock_id).toBe('1212')
    const code = await get(sb, `${B}/stocks/1212/couponcodes/1212?appid=wx233544546545989`)
    expect(code.json.code_information).toMatchObject({ code: '1212', code_status: 'AVAILABLE' })
  })

  it('修改商家券基本信息 with the full example body → 204', async () => {
    const answer = await raw(sb, {
      method: 'PATCH',
      path: `${B}/stocks/101156451224`,
      body: {
        custom_entrance: {
          mini_programs_info: {
            mini_programs_appid: 'wx234545656765876',
            mini_programs_path: '/path/index/index',
            entrance_words: '欢迎选购',
            guiding_words: '获取更多优惠',
          },
          appid: 'wx324345hgfhfghfg',
          hall_id: '233455656',
          code_display_mode: 'BARCODE',
        },
        stock_name: '8月1日活动券',
        comment: '活动使用',
        goods_name: 'xxx商品使用',
        out_request_no: '6122352020010133287985742',
        display_pattern_info: {
          description: 'xxx门店可用',
          merchant_logo_url: 'https://xxx',
          merchant_name: '微信支付',
          background_color: 'Color020',
          coupon_image_url: 'https://qpic.cn/xxx',
          finder_info: {
            finder_id: 'sph6Rngt2T4RlUf',
            finder_video_id: 'sph6Rngt2T4RlUf',
            finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/xxx',
          },
        },
        coupon_use_rule: {
          use_method: 'OFF_LINE',
          mini_programs_appid: 'wx23232232323',
          mini_programs_path: '/path/index/index',
        },
        stock_send_rule: { natural_person_limit: true, prevent_api_abuse: true },
        notify_config: { notify_appid: 'wx23232232323' },
        subsidy: true,
      },
    })
    expect(answer.status).toBe(204)
    expect(sb.state.stock('101156451224')?.stock_name).toBe('8月1日活动券')
  })

  it('修改批次预算 and 上传预存code on stock 98065001', async () => {
    const budget = await raw(sb, {
      method: 'PATCH',
      path: `${B}/stocks/98065001/budget`,
      body: {
        target_max_coupons: 3000,
        target_max_coupons_by_day: 0,
        current_max_coupons: 500,
        current_max_coupons_by_day: 300,
        modify_budget_request_no: '1002600620019090123143254436',
      },
    })
    expect(budget.json).toEqual({ max_coupons: 3000, max_coupons_by_day: 300 })
    const upload = await post(sb, `${B}/stocks/98065001/couponcodes`, {
      coupon_code_list: ['ABC9588200', 'ABC9588201'],
      upload_request_no: '100002322019090134234sfdf',
    })
    expect(upload.json.success_count).toBe(2)
  })

  it('根据过滤条件查询用户券 and 查询用户单张券详情 for openid 2323dfsdf342342', async () => {
    const list = await get(
      sb,
      `${B}/users/2323dfsdf342342/coupons?appid=wx233544546545989&stock_id=9865000&coupon_state=SENDED&creator_merchant=1000000001&belong_merchant=1000000002&sender_merchant=1000000003&offset=0&limit=20`,
    )
    expect(list.json.data.map((c: { coupon_code: string }) => c.coupon_code)).toEqual(['123446565767'])
    const one = await get(sb, `${B}/users/2323dfsdf342342/coupons/123446565767/appids/wx233544546545989`)
    expect(one.json).toMatchObject({ coupon_code: '123446565767', stock_id: '9865000' })
  })

  it('营销补差: receipts 1120…0001 and 2120…0001 exist; the pay and return examples succeed', async () => {
    expect((await get(sb, `${B}/subsidy/pay-receipts/1120200119165100000000000001`)).status).toBe(200)
    expect((await get(sb, `${B}/subsidy/return-receipts/2120200119165100000000000001`)).status).toBe(200)
    const base = {
      stock_id: '128888000000001',
      coupon_code: 'ABCD12345678',
      transaction_id: '4200000913202101152566792388',
      payer_merchant: '1900000001',
      payee_merchant: '1900000002',
      amount: 100,
      description: '20210115DESCRIPTION',
    }
    expect(
      (await post(sb, `${B}/subsidy/pay-receipts`, { ...base, out_subsidy_no: 'subsidy-abcd-12345678' })).status,
    ).toBe(200)
    const back = await post(sb, `${B}/subsidy/return-receipts`, {
      ...base,
      refund_id: '50100506732021010105138718375',
      out_subsidy_return_no: 'subsidy-abcd-12345678',
    })
    expect(back.status).toBe(200)
  })

  it('设置商家券事件通知地址 with the example URL is stored but never posted to', async () => {
    const set = await post(sb, `${B}/callbacks`, { mchid: DEFAULT_MCHID, notify_url: 'https://pay.weixin.qq.com' })
    expect(set.status).toBe(200)
    const c = sb.seed.sendCoupon()
    expect((await sb.callbacks.waitFor({ couponCode: c.coupon_code, state: 'skipped' })).attempts).toEqual([])
  })

  it('SANDBOX_EXAMPLES names the seeded values', () => {
    expect(SANDBOX_EXAMPLES.deactivate).toMatchObject({ stock_id: '1234567891', coupon_code: 'sxxe34343434' })
    for (const id of ['1234567891', '100088', '1212', '101156451224', '98065001', '9865000', '128888000000001']) {
      expect(sb.state.stock(id)?.stock_id).toBe(id)
    }
  })
})

describe('sb.seed', () => {
  it('createStock with an explicit id and overrides; a duplicate id → SandboxError SEED_CONFLICT', () => {
    const stock = sb.seed.createStock({
      stock_id: 'S-EXPLICIT',
      stock_type: 'EXCHANGE',
      stock_send_rule: { max_coupons: 9 },
    })
    expect(stock).toMatchObject({
      stock_id: 'S-EXPLICIT',
      stock_type: 'EXCHANGE',
      coupon_use_rule: { exchange_coupon: { exchange_price: 100 } },
      stock_send_rule: { max_coupons: 9, max_coupons_per_user: 100 },
    })
    let error: unknown
    try {
      sb.seed.createStock({ stock_id: 'S-EXPLICIT' })
    } catch (e) {
      error = e
    }
    expect(isSandboxError(error) && error.code).toBe('SEED_CONFLICT')
  })

  it('sendCoupon with nothing given uses generated ids and the defaults', () => {
    const c = sb.seed.sendCoupon()
    expect(c).toMatchObject({ openid: DEFAULT_OPENID, appid: DEFAULT_APPID, coupon_state: 'SENDED' })
    expect(c.coupon_code).toMatch(/^\d{22}$/)
    expect(sb.seed.sendCoupon().stock_id).toBe(c.stock_id)
  })

  it('sendCoupon with explicit ids creates the stock on demand and honours the requested state', () => {
    const c = sb.seed.sendCoupon({
      stock_id: 'S-ON-DEMAND',
      coupon_code: 'C-1',
      openid: 'o-x',
      appid: 'wx-x',
      coupon_state: 'USED',
    })
    expect(c).toMatchObject({
      stock_id: 'S-ON-DEMAND',
      coupon_code: 'C-1',
      openid: 'o-x',
      appid: 'wx-x',
      coupon_state: 'USED',
    })
    expect(c.use_time).toBeDefined()
    expect(sb.state.stock('S-ON-DEMAND')).toBeDefined()
  })

  it('sendCoupons(n) issues n distinct coupons from one stock', () => {
    const many = sb.seed.sendCoupons(5, { openid: 'bulk' })
    expect(new Set(many.map((c) => c.coupon_code)).size).toBe(5)
    expect(new Set(many.map((c) => c.stock_id)).size).toBe(1)
    expect(sb.state.coupons({ openid: 'bulk' })).toHaveLength(5)
  })
})

describe('sb.state and sb.requestLog', () => {
  it('state readers return snapshots that do not alias the sandbox state', () => {
    const c = sb.seed.sendCoupon({ coupon_code: 'SNAP-1' })
    const snapshot = sb.state.coupon('SNAP-1')!
    snapshot.coupon_state = 'USED'
    expect(sb.state.coupon('SNAP-1')?.coupon_state).toBe('SENDED')
    expect(sb.state.coupons({ stock_id: c.stock_id, coupon_state: 'SENDED' }).map((x) => x.coupon_code)).toContain(
      'SNAP-1',
    )
    expect(sb.state.stocks().length).toBeGreaterThan(7)
    expect(sb.state.couponCodes('1212').map((x) => x.code)).toEqual(['1212'])
  })

  it('the request log records method, url, endpoint, status and parsed body, and never the Authorization', async () => {
    sb.requestLog.clear()
    expect(sb.requestLog.size).toBe(0)
    const c = sb.seed.sendCoupon()
    const body = { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: 'log-1' }
    await post(sb, `${B}/coupons/deactivate`, body)
    await get(sb, `${B}/stocks/unknown-stock`)
    expect(sb.requestLog.entries).toMatchObject([
      {
        method: 'POST',
        url: `${B}/coupons/deactivate`,
        endpoint: 'deactivate_coupon',
        status: 200,
        body,
        replayed: false,
      },
      { method: 'GET', endpoint: 'get_stock', status: 404, code: 'RESOURCE_NOT_EXISTS', body: undefined },
    ])
    expect(JSON.stringify(sb.requestLog.entries)).not.toContain('WECHATPAY2-SHA256-RSA2048')
    expect(sb.requestLog.forEndpoint('deactivate_coupon')).toHaveLength(1)
  })

  it('requestLogLimit keeps only the newest entries', async () => {
    const small = await startSandbox({ keys, requestLogLimit: 2 })
    try {
      for (const path of ['/a', '/b', '/c']) await get(small, path)
      expect(small.requestLog.entries.map((e) => e.url)).toEqual(['/b', '/c'])
    } finally {
      await small.close()
    }
  })
})

describe('admin API', () => {
  it('GET /__sandbox describes the sandbox; GET /__sandbox/state lists stocks and coupons', async () => {
    const info = (await (await fetch(`${sb.url}/__sandbox`)).json()) as Record<string, unknown>
    expect(info).toMatchObject({
      url: sb.url,
      mode: 'public-key',
      mchid: sb.merchant.mchid,
      platform_serial: sb.platform.serial,
    })
    expect(info.endpoints).toContain('deactivate_coupon')
    const state = (await (await fetch(`${sb.url}/__sandbox/state`)).json()) as { stocks: unknown[]; coupons: unknown[] }
    expect(state.stocks.length).toBe(sb.state.stocks().length)
    expect(state.coupons.length).toBe(sb.state.coupons().length)
  })

  it('POST /__sandbox/stocks and /__sandbox/coupons seed over HTTP (for tests in other languages)', async () => {
    const stock = await fetch(`${sb.url}/__sandbox/stocks`, { method: 'POST', body: '{"stock_id":"HTTP-1"}' })
    expect(((await stock.json()) as { stock_id: string }).stock_id).toBe('HTTP-1')
    const coupon = await fetch(`${sb.url}/__sandbox/coupons`, {
      method: 'POST',
      body: JSON.stringify({ stock_id: 'HTTP-1', coupon_code: 'HTTP-C' }),
    })
    expect(coupon.status).toBe(200)
    expect(sb.state.coupon('HTTP-C', 'HTTP-1')?.coupon_state).toBe('SENDED')
    const conflict = await fetch(`${sb.url}/__sandbox/stocks`, { method: 'POST', body: '{"stock_id":"HTTP-1"}' })
    expect(conflict.status).toBe(400)
  })

  it('GET and DELETE /__sandbox/requests read and clear the request log', async () => {
    await get(sb, `${B}/stocks/1212`)
    const entries = (await (await fetch(`${sb.url}/__sandbox/requests`)).json()) as unknown[]
    expect(entries.length).toBe(sb.requestLog.size)
    expect((await fetch(`${sb.url}/__sandbox/requests`, { method: 'DELETE' })).status).toBe(204)
    expect(sb.requestLog.size).toBe(0)
  })
})

describe('options', () => {
  const refuse = async (options: unknown) => {
    const error = await startSandbox(options as SandboxOptions).catch((e: unknown) => e)
    expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
  }
  it('unknown options, a bad mode, a short APIv3 key or a non-digit mchid throw INVALID_OPTION', async () => {
    await refuse({ keys, prot: 1 })
    await refuse({ keys, mode: 'cert' })
    await refuse({ keys, apiv3Key: 'short' })
    await refuse({ keys, mchid: 'abc' })
    await refuse({ keys: { ...keys, extra: 'x' } })
    await refuse({ keys, faults: { nope: 1 } })
  })

  it('mchid, merchantSerial, publicKeyId and apiv3Key given are used as given', async () => {
    const custom = await startSandbox({
      keys,
      mchid: '1230000109',
      merchantSerial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
      publicKeyId: 'PUB_KEY_ID_0112300001092024010100000000000001',
      apiv3Key: 'a'.repeat(32),
    })
    try {
      expect(custom.merchant).toMatchObject({ mchid: '1230000109', serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' })
      expect(custom.platform.serial).toBe('PUB_KEY_ID_0112300001092024010100000000000001')
      expect(custom.apiv3Key).toBe('a'.repeat(32))
      expect((await get(custom, '/v3/marketing/busifavor/callbacks')).json.code).toBe('RESOURCE_NOT_EXISTS')
    } finally {
      await custom.close()
    }
  })
})
