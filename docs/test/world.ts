// What the snippet runs share: the site's families with their facade factories, a fresh sandbox with busifavor and
// pay loaded with the documented example values, the globals every snippet may use (`client` and each facade), console
// capture, and the state a few examples need first.
import { createClient, type WechatPayClient } from '@core/client'
import { busifavorSandbox, paySandbox, type Sandbox, type SandboxKeys, startSandbox } from '@tools/sandbox'
import { expect, vi } from 'vitest'
import { RawCode } from '../../scripts/lib/literal.mjs'
import { exampleInput } from '../scripts/examples.mjs'
import { FAMILIES } from '../scripts/families.mjs'
import { resolveFamily } from '../scripts/lib/family.mjs'

export interface SnippetEntry {
  file: string
  sandbox?: boolean
  pages: string[]
  label: string
  style?: string
  family?: string
  endpoint?: string
  notification?: string
  imports: string[]
  missing?: string[]
}

export const families = FAMILIES.map(resolveFamily)
const SANDBOX_FAMILIES = [busifavorSandbox, paySandbox] as const
export type DocsSandbox = Sandbox<typeof SANDBOX_FAMILIES>
type Facade = Record<string, (input?: unknown) => Promise<unknown>>
type Factory = (client: WechatPayClient) => Facade

/** Each family's facade factory, from its package (`createBusifavor`, `createPay`), by family slug. */
export const factories: Record<string, Factory> = Object.fromEntries(
  await Promise.all(
    families.map(async ({ slug, registry }) => {
      const module = (await import(/* @vite-ignore */ registry.package)) as Record<string, Factory>
      return [slug, module[registry.facade.factory] as Factory] as const
    }),
  ),
)

export function familyOf(slug: string | undefined) {
  const family = families.find((f) => f.slug === slug)
  if (!family) throw new Error(`no docs family "${slug}"`)
  return family
}

/** The endpoint definition a snippet was generated from. */
export function endpointOf(snippet: SnippetEntry) {
  const endpoint = familyOf(snippet.family).registry.endpoints[snippet.endpoint as string]
  if (!endpoint) throw new Error(`${snippet.file}: no endpoint ${snippet.family}/${snippet.endpoint}`)
  return endpoint
}

export interface World {
  sandbox: DocsSandbox
  client: WechatPayClient
  facades: Record<string, Facade>
  close(): Promise<void>
}

/** A fresh sandbox (both families, `seedExamples: true`), a client on it, and the snippets' globals pointed at them. */
export async function startWorld(keys: SandboxKeys, clock?: () => number): Promise<World> {
  const sandbox = await startSandbox({ families: SANDBOX_FAMILIES, keys, seedExamples: true, ...(clock && { clock }) })
  const client = createClient({
    mchid: sandbox.merchant.mchid,
    serial: sandbox.merchant.serial,
    privateKey: sandbox.merchant.privateKeyPem,
    platformKeys: sandbox.platform.keys,
    apiv3Key: sandbox.apiv3Key,
    baseUrl: sandbox.url,
  })
  const facades = Object.fromEntries(families.map((f) => [f.registry.facade.variable, factories[f.slug]!(client)]))
  Object.assign(globalThis, { client, ...facades })
  return {
    sandbox,
    client,
    facades,
    close: async () => {
      await client.close()
      await sandbox.close()
    },
  }
}

/** Captures console output; resolves with the first `console.log` arguments or rejects on `console.error`. */
export function captureConsole(timeoutMs = 10_000): Promise<unknown[]> {
  let settle: { resolve: (args: unknown[]) => void; reject: (e: unknown) => void } | undefined
  const done = new Promise<unknown[]>((resolve, reject) => {
    settle = { resolve, reject }
  })
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => settle?.resolve(args))
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => settle?.reject(args[0]))
  const timer = setTimeout(() => settle?.reject(new Error('the snippet printed nothing')), timeoutMs)
  return done.finally(() => clearTimeout(timer))
}

/** The example input as a client of the merchant's route sends it: code values (`new Date()…`) evaluated. */
export function requestValues(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, v instanceof RawCode ? new Function(`return ${v.code}`)() : v]),
  )
}

/** What a snippet printed is the endpoint's answer: `done` / 204 without a body, otherwise its response schema. */
export function expectValidAnswer(snippet: SnippetEntry, printed: unknown) {
  const endpoint = endpointOf(snippet)
  if (!endpoint.response) {
    expect(printed).toBe(snippet.style?.startsWith('facade') ? 'done' : 204)
    return
  }
  const parsed = endpoint.response.safeParse(printed)
  expect(parsed.error?.issues ?? []).toEqual([])
  expect(printed).toBeTypeOf('object')
}

/** State an example needs beyond the sandbox's seeded examples (e.g. an association before disassociating). */
export const SETUP: Record<string, (facades: Record<string, Facade>) => Promise<unknown>> = {
  'busifavor/get_notify_url': ({ busifavor }) =>
    busifavor!.setNotifyUrl!({ mchid: '1900000001', notify_url: 'https://pay.weixin.qq.com' }),
  'busifavor/disassociate_trade': ({ busifavor }) => {
    const input = exampleInput(familyOf('busifavor').registry.endpoints.disassociate_trade)
    return busifavor!.associateTrade!({
      stock_id: input.stock_id,
      coupon_code: input.coupon_code,
      out_trade_no: input.out_trade_no,
      out_request_no: 'docs-setup-associate-0001',
    })
  },
}

let deliveries = 0

/**
 * Makes the sandbox post one real callback of a notification to `url`; resolves with what its decrypted resource must
 * hold, once delivered.
 */
export const TRIGGERS: Record<string, (sb: DocsSandbox, url: string) => Promise<Record<string, unknown>>> = {
  'busifavor/notify_coupon_send': async (sb, url) => {
    const coupon_code = `docs-notify-${++deliveries}`
    sb.seed.setNotifyUrl(url)
    sb.seed.sendCoupon({ stock_id: '1234567891', coupon_code })
    await sb.callbacks.waitFor({ couponCode: coupon_code })
    return { coupon_code }
  },
  'pay/notify_transaction': async (sb, url) => {
    const { out_trade_no } = sb.seed.placeOrder({ notify_url: url, total: 1200 })
    sb.seed.payOrder(out_trade_no)
    await sb.callbacks.waitFor({ eventType: 'TRANSACTION.SUCCESS', resource: { out_trade_no } })
    return { out_trade_no, trade_state: 'SUCCESS' }
  },
  'pay/notify_refund': async (sb, url) => {
    const { out_trade_no } = sb.seed.placeOrder({ total: 1200 })
    sb.seed.payOrder(out_trade_no)
    const { out_refund_no } = sb.seed.refundOrder(out_trade_no, { refund: 500, notify_url: url })
    await sb.callbacks.waitFor({ eventType: 'REFUND.SUCCESS', resource: { out_refund_no } })
    return { out_trade_no, out_refund_no, refund_status: 'SUCCESS' }
  },
}
