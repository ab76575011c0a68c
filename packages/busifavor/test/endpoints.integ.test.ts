// Every endpoint against the sandbox: once through the facade, once through one of the client's chain styles with the
// same definition's path — both answers must match the endpoint's response schema.
import { type ChainNode, isValidationError, type ValidationError } from '@core/client'
import type { AnyEndpoint as EndpointDefinition } from '@core/kit'
import { DEFAULT_APPID, DEFAULT_OPENID } from '@tools/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { type EndpointId, endpoints, GENERATED_REQUEST_NO_FIELDS, readSendCouponResult } from '../src/index.js'
import { chinaTime, DAY_MS, type Harness, requestNo, startHarness } from './helpers.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

// A 1×1 PNG: the client checks the magic bytes before uploading.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const TRANSACTION_ID = '4200000913202101152566792388'
const REFUND_ID = '50000000382019052709732678859'
const PAYEE = '1900000002'

type Input = Record<string, unknown>
type Call = (input?: Input) => Promise<any>
const facade = (name: string): Call => (h.busifavor as unknown as Record<string, Call>)[name]!

interface Scenario {
  /** Sets up what the call needs (seeded through `sb.seed` or earlier calls) and returns a complete input. */
  prepare(): Input | Promise<Input>
  /** What must hold after a successful call, beyond "the answer matches the schema". */
  check(output: any, input: Input): void
}

const seedUsed = () => h.sb.seed.sendCoupon({ coupon_state: 'USED' })
async function paidSubsidy(): Promise<{ coupon: Input; receipt: any }> {
  const coupon = seedUsed()
  const receipt = await h.busifavor.subsidyPay({
    stock_id: coupon.stock_id,
    coupon_code: coupon.coupon_code,
    transaction_id: TRANSACTION_ID,
    payer_merchant: h.sb.merchant.mchid,
    payee_merchant: PAYEE,
    amount: 50,
    description: '营销补差',
    out_subsidy_no: requestNo(),
  })
  return { coupon, receipt }
}
function uploadStock(codes: string[]): string {
  const { stock_id } = h.sb.seed.createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' })
  h.sb.seed.uploadCodes(stock_id, codes)
  return stock_id
}
let unique = 0
const code = (prefix: string) => `${prefix}${++unique}`

const scenarios: Record<EndpointId, Scenario> = {
  create_stock: {
    prepare: () => ({
      stock_name: '满100减10',
      belong_merchant: h.sb.merchant.mchid,
      goods_name: '全场通用',
      stock_type: 'NORMAL',
      coupon_use_rule: {
        coupon_available_time: {
          available_begin_time: chinaTime(Date.now()),
          available_end_time: chinaTime(Date.now() + 30 * DAY_MS),
        },
        fixed_normal_coupon: { discount_amount: 1000, transaction_minimum: 10000 },
        use_method: 'OFF_LINE',
      },
      stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1 },
      out_request_no: requestNo(),
      coupon_code_mode: 'WECHATPAY_MODE',
    }),
    check: (out) => expect(h.sb.state.stock(out.stock_id)?.stock_name).toBe('满100减10'),
  },
  get_stock: {
    prepare: () => ({ stock_id: h.sb.seed.createStock({ stock_name: '查询用批次' }).stock_id }),
    check: (out, input) => expect([out.stock_id, out.stock_name]).toEqual([input.stock_id, '查询用批次']),
  },
  modify_stock: {
    prepare: () => ({ stock_id: h.sb.seed.createStock().stock_id, comment: '改过的备注', out_request_no: requestNo() }),
    check: (out, input) => {
      expect(out).toBeUndefined()
      expect(h.sb.state.stock(input.stock_id as string)?.comment).toBe('改过的备注')
    },
  },
  modify_budget: {
    prepare: () => ({
      stock_id: h.sb.seed.createStock().stock_id,
      target_max_coupons: 2_000_000,
      current_max_coupons: 1_000_000,
      modify_budget_request_no: requestNo(),
    }),
    check: (out) => expect(out.max_coupons).toBe(2_000_000),
  },
  upload_coupon_codes: {
    prepare: () => ({
      stock_id: h.sb.seed.createStock({ coupon_code_mode: 'MERCHANT_UPLOAD' }).stock_id,
      // Uploaded codes may hold spaces, `/`, `=`, `|` and `\`: they travel in paths later, percent-encoded.
      coupon_code_list: [code('UP-'), `${code('UP ')}/=|\\`],
      upload_request_no: requestNo(),
    }),
    check: (out) => expect(out.success_count).toBe(2),
  },
  list_coupon_codes: {
    prepare: () => ({ stock_id: uploadStock([code('L'), code('L')]), status: 'AVAILABLE', offset: 0, limit: 10 }),
    check: (out) => expect(out.total_count).toBe(2),
  },
  get_coupon_code: {
    prepare: () => {
      const value = `${code('G ')}/x=y`
      return { stock_id: uploadStock([value]), coupon_code: value }
    },
    check: (out, input) => expect(out.code_information.code).toBe(input.coupon_code),
  },
  delete_coupon_code: {
    prepare: () => {
      const value = code('D|')
      return { stock_id: uploadStock([value]), coupon_code: value, delete_request_no: requestNo() }
    },
    check: (_, input) =>
      expect(h.sb.state.couponCodes(input.stock_id as string).map((c) => c.code)).not.toContain(input.coupon_code),
  },
  send_coupon: {
    prepare: () => ({
      openid: DEFAULT_OPENID,
      appid: DEFAULT_APPID,
      stock_id: h.sb.seed.createStock().stock_id,
      out_request_no: requestNo(),
    }),
    check: (out, input) => {
      const { coupon_code } = readSendCouponResult(out)
      expect(h.sb.state.coupon(coupon_code!, input.stock_id as string)?.coupon_state).toBe('SENDED')
    },
  },
  send_product_coupon: {
    prepare: () => ({
      openid: DEFAULT_OPENID,
      appid: DEFAULT_APPID,
      stock_id: h.sb.seed.createStock().stock_id,
      out_request_no: requestNo(),
      coupon_type: 'NORMAL',
    }),
    check: (out) => expect(h.sb.state.coupon(out.coupon_code, out.stock_id)?.coupon_state).toBe('SENDED'),
  },
  presend_product_coupon: {
    prepare: () => ({ stock_id: h.sb.seed.createStock().stock_id, appid: DEFAULT_APPID, send_request_no: requestNo() }),
    check: (out) => expect(out.token).toMatch(/\S/),
  },
  use_coupon: {
    prepare: () => {
      const c = h.sb.seed.sendCoupon()
      return {
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        appid: c.appid,
        use_time: chinaTime(Date.now()),
        use_request_no: requestNo(),
      }
    },
    check: (_, input) =>
      expect(h.sb.state.coupon(input.coupon_code as string, input.stock_id as string)?.coupon_state).toBe('USED'),
  },
  list_user_coupons: {
    prepare: () => {
      const c = h.sb.seed.sendCoupon({ openid: code('o-user-') })
      return { openid: c.openid, appid: c.appid, coupon_state: 'SENDED', offset: 0, limit: 10 }
    },
    check: (out) => expect(out.data).toHaveLength(1),
  },
  get_user_coupon: {
    prepare: () => {
      const c = h.sb.seed.sendCoupon()
      return { openid: c.openid, coupon_code: c.coupon_code, appid: c.appid }
    },
    check: (out, input) => expect([out.coupon_code, out.coupon_state]).toEqual([input.coupon_code, 'SENDED']),
  },
  set_notify_url: {
    prepare: () => ({ notify_url: `https://merchant.example/${code('notify-')}` }),
    check: (out, input) =>
      expect([out.notify_url, h.sb.state.notifyUrl()]).toEqual([input.notify_url, input.notify_url]),
  },
  get_notify_url: {
    prepare: () => {
      h.sb.seed.setNotifyUrl('https://merchant.example/busifavor')
      return {}
    },
    check: (out) => expect(out.notify_url).toBe('https://merchant.example/busifavor'),
  },
  associate_trade: {
    prepare: () => {
      const c = h.sb.seed.sendCoupon()
      return {
        stock_id: c.stock_id,
        coupon_code: c.coupon_code,
        out_trade_no: code('ORDER-'),
        out_request_no: requestNo(),
      }
    },
    check: (_, input) =>
      expect(h.sb.state.coupon(input.coupon_code as string)?.associate_out_trade_no).toBe(input.out_trade_no),
  },
  disassociate_trade: {
    prepare: async () => {
      const c = h.sb.seed.sendCoupon()
      const trade = { stock_id: c.stock_id, coupon_code: c.coupon_code, out_trade_no: code('ORDER-') }
      await h.busifavor.associateTrade(trade)
      return { ...trade, out_request_no: requestNo() }
    },
    check: (_, input) => expect(h.sb.state.coupon(input.coupon_code as string)?.associate_out_trade_no).toBeUndefined(),
  },
  return_coupon: {
    prepare: () => {
      const c = seedUsed()
      return { coupon_code: c.coupon_code, stock_id: c.stock_id, return_request_no: requestNo() }
    },
    check: (_, input) => expect(h.sb.state.coupon(input.coupon_code as string)?.coupon_state).toBe('SENDED'),
  },
  deactivate_coupon: {
    prepare: () => {
      const c = h.sb.seed.sendCoupon()
      return {
        coupon_code: c.coupon_code,
        stock_id: c.stock_id,
        deactivate_request_no: requestNo(),
        deactivate_reason: '订单取消',
      }
    },
    check: (_, input) => expect(h.sb.state.coupon(input.coupon_code as string)?.coupon_state).toBe('DEACTIVATED'),
  },
  send_gov_card: {
    prepare: () => ({
      card_id: code('card-'),
      appid: DEFAULT_APPID,
      openid: DEFAULT_OPENID,
      out_request_no: requestNo(),
      send_time: chinaTime(Date.now()),
    }),
    check: (out) => expect(out.card_code).toMatch(/\S/),
  },
  subsidy_pay: {
    prepare: () => {
      const c = seedUsed()
      return {
        stock_id: c.stock_id,
        coupon_code: c.coupon_code,
        transaction_id: TRANSACTION_ID,
        payer_merchant: h.sb.merchant.mchid,
        payee_merchant: PAYEE,
        amount: 60,
        description: '营销补差',
        out_subsidy_no: requestNo(),
      }
    },
    check: (out, input) =>
      expect([out.status, out.amount, out.out_subsidy_no]).toEqual(['PAY_RECEIPT_SUCCESS', 60, input.out_subsidy_no]),
  },
  list_subsidy_pay_receipts: {
    prepare: async () => {
      const { coupon } = await paidSubsidy()
      return { stock_id: coupon.stock_id, coupon_code: coupon.coupon_code }
    },
    check: (out) => expect(out.pay_receipt_list).toHaveLength(1),
  },
  get_subsidy_pay_receipt: {
    prepare: async () => ({ subsidy_receipt_id: (await paidSubsidy()).receipt.subsidy_receipt_id }),
    check: (out, input) => expect(out.subsidy_receipt_id).toBe(input.subsidy_receipt_id),
  },
  subsidy_return: {
    prepare: async () => {
      const { coupon } = await paidSubsidy()
      return {
        stock_id: coupon.stock_id,
        coupon_code: coupon.coupon_code,
        transaction_id: TRANSACTION_ID,
        refund_id: REFUND_ID,
        payer_merchant: h.sb.merchant.mchid,
        payee_merchant: PAYEE,
        amount: 20,
        description: '退款回退',
        out_subsidy_return_no: requestNo(),
      }
    },
    check: (out) => expect([out.status, out.amount]).toEqual(['RETURN_RECEIPT_SUCCESS', 20]),
  },
  get_subsidy_return_receipt: {
    prepare: async () => {
      const { coupon, receipt } = await paidSubsidy()
      const returned = await h.busifavor.subsidyReturn({
        stock_id: coupon.stock_id as string,
        coupon_code: coupon.coupon_code as string,
        transaction_id: TRANSACTION_ID,
        refund_id: REFUND_ID,
        payer_merchant: receipt.payer_merchant,
        payee_merchant: receipt.payee_merchant,
        amount: 10,
        description: '退款回退',
        out_subsidy_return_no: requestNo(),
      })
      return { subsidy_return_receipt_id: returned.subsidy_return_receipt_id }
    },
    check: (out, input) => expect(out.subsidy_return_receipt_id).toBe(input.subsidy_return_receipt_id),
  },
  marketing_image_upload: {
    prepare: () => ({ file: PNG, filename: 'logo.png' }),
    check: (out) => expect(out.media_url).toMatch(/^https?:\/\//),
  },
}

type Style = 'declared' | 'bracket' | 'property'
const STYLES: readonly Style[] = ['declared', 'bracket', 'property']

/** The same call written with one of the client's chain styles, from the definition's path and the input. */
function viaChain(style: Style, definition: EndpointDefinition, input: Input) {
  const pick = (schema: { shape: object } | undefined) =>
    schema === undefined
      ? undefined
      : Object.fromEntries(Object.entries(input).filter(([key]) => Object.hasOwn(schema.shape, key)))
  const path = definition.path.slice(1)
  const client = h.client as unknown as Record<string, ChainNode>
  const node =
    style === 'declared'
      ? h.client.chain(path)
      : style === 'bracket'
        ? client[path]!
        : path.split('/').reduce((parent, segment) => parent[segment]!, client as unknown as ChainNode)
  const verb = definition.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'
  return node[verb]({
    params: pick(definition.pathParams) as Record<string, string> | undefined,
    query: pick(definition.query) as Record<string, string> | undefined,
    json: pick(definition.body),
    ...(definition.idempotency !== undefined && { idempotent: true }),
  })
}

/**
 * One bad value per top-level field the schema constrains (missing when required, too long, not in the enum, below
 * the minimum), plus an unknown field: each must come back as exactly one issue at that field's path.
 */
function badInputs(definition: EndpointDefinition, input: Input): [string, Input, string][] {
  const out: [string, Input, string][] = [['an unknown field', { ...input, not_a_field: 1 }, 'not_a_field']]
  const generated = (GENERATED_REQUEST_NO_FIELDS as Record<string, string>)[definition.id]
  for (const schema of [definition.pathParams, definition.query, definition.body]) {
    for (const [key, field] of Object.entries(schema?.shape ?? {}) as [string, z.ZodType][]) {
      const optional = field instanceof z.ZodOptional
      const inner = (optional ? field.unwrap() : field) as z.ZodType
      if (!optional && key !== generated) {
        const { [key]: _, ...rest } = input
        out.push([`no ${key}`, rest, key])
      }
      if (inner instanceof z.ZodString && inner.maxLength !== null) {
        out.push([`${key} too long`, { ...input, [key]: 'x'.repeat(inner.maxLength + 1) }, key])
      }
      if (inner instanceof z.ZodEnum) out.push([`${key} not in the enum`, { ...input, [key]: 'NOT_AN_ENUM' }, key])
      if (inner instanceof z.ZodNumber && inner.minValue !== null && inner.minValue > Number.MIN_SAFE_INTEGER) {
        out.push([`${key} below ${inner.minValue}`, { ...input, [key]: inner.minValue - 1 }, key])
      }
    }
  }
  return out
}

describe.each(Object.values(endpoints).map((definition, index) => [definition.id, definition, index] as const))(
  '%s',
  (id, definition, index) => {
    const scenario = scenarios[id]
    const style = STYLES[index % STYLES.length]!

    test(`busifavor.${definition.name}(input) succeeds against the sandbox and matches the response schema`, async () => {
      const input = await scenario.prepare()
      const before = h.sb.requestLog.forEndpoint(id).length
      const output = await facade(definition.name)(input)
      scenario.check(output, input)
      if (definition.response !== undefined) expect(definition.response.safeParse(output).success).toBe(true)
      expect(h.responseIssues).toEqual([])
      const sent = h.sb.requestLog.forEndpoint(id)
      expect(sent).toHaveLength(before + 1)
      expect(sent.at(-1)!.status).toBe(definition.responseStatus)
    })

    test(`busifavor.${definition.name}(bad input) is a ValidationError per bad field and sends nothing`, async () => {
      const input = await scenario.prepare()
      const before = h.sb.requestLog.size
      const cases = badInputs(definition, input)
      expect(cases.length).toBeGreaterThan(1)
      for (const [what, bad, path] of cases) {
        const error = (await facade(definition.name)(bad).then(
          () => undefined,
          (caught: unknown) => caught,
        )) as ValidationError | undefined
        expect(isValidationError(error), what).toBe(true)
        expect(
          error!.issues.map((issue) => issue.path.join('.')),
          what,
        ).toEqual([path])
      }
      expect(h.sb.requestLog.size).toBe(before)
    })

    if (definition.encoding === 'image-upload') {
      test('client.uploadImage({ file, filename }) — the same upload without the facade — matches the schema', async () => {
        const input = await scenario.prepare()
        const response = await h.client.uploadImage(input as { file: Uint8Array; filename: string })
        expect(response.status).toBe(200)
        expect(definition.response!.safeParse(response.data).success).toBe(true)
      })
      return
    }

    test(`client ${style} chain .${definition.method.toLowerCase()}() on ${definition.path} matches the schema`, async () => {
      const input = await scenario.prepare()
      const response = await viaChain(style, definition, input)
      expect(response.status).toBe(definition.responseStatus)
      scenario.check(response.data, input)
      if (definition.response !== undefined) expect(definition.response.safeParse(response.data).success).toBe(true)
      else expect(response.data).toBeUndefined()
    })
  },
)
