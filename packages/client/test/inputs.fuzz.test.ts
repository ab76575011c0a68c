// Fuzz pass over the client's input building and the callback handler: hostile paths, params and queries either
// fail with a ValidationError before anything is sent or go out exactly as signed; the handler never throws and always
// answers a documented status. 20,000 cases per property in the suite; `pnpm fuzz` sets FUZZ_RUNS=200000.
import { generateKeyPairSync } from 'node:crypto'
import { createClient, isValidationError } from '@core/client'
import { createNotificationHandler } from '@core/client/notifications'
import { encryptResource, isWechatPayError, PlatformKeys, parseAuthorization } from '@core/signer'
import { signResponse, verifyRequestSignature } from '@core/signer/testing'
import { FUZZ_RUNS, FUZZ_TIMEOUT, fuzz } from '@wxpay/test-support/fuzz'
import fc from 'fast-check'
import type { Dispatcher } from 'undici'
import { describe, expect, it } from 'vitest'
import { buildQuery, fillPath } from '../src/path.js'

// Small keys: the fuzz exercises parsing, not RSA, and each case signs once.
const merchant = generateKeyPairSync('rsa', { modulusLength: 512 })
const platform = generateKeyPairSync('rsa', { modulusLength: 512 })
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const NOW = 1_700_000_000
const DOT_SEGMENT = /^(?:\.|%2e){1,2}(?:;.*)?$/i
const WIRE = /^[\x21-\x7e]+$/

const nasty = fc.constantFrom(
  '.',
  '..',
  '%2e',
  '.%2E',
  '..;',
  '/',
  '?',
  '#',
  '&',
  '=',
  '%',
  '\\',
  ' ',
  '\n',
  '\0',
  '\ud800',
)
const text = fc.oneof(
  nasty,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.array(nasty, { maxLength: 4 }).map((parts) => parts.join('')),
)
const value = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt(), fc.boolean()) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, {}, [], { toString: 0 }, ['a', '\ud800']) },
)
const template = fc
  .array(fc.oneof(fc.constantFrom('v3', 'marketing', '{a}', '{b}', '{a}{b}', '.{a}', '{', '}', '{a-b}', ''), text), {
    minLength: 1,
    maxLength: 5,
  })
  .map((segments) => segments.join('/'))
const params = fc.option(fc.record({ a: value, b: value }, { requiredKeys: [] }), { nil: undefined })
const query = fc.option(fc.dictionary(text, fc.oneof(value, fc.array(value, { maxLength: 2 })), { maxKeys: 3 }), {
  nil: undefined,
})

describe('fuzz: the client builds paths and queries safely', () => {
  it(
    `fillPath and buildQuery (${FUZZ_RUNS} cases)`,
    async () => {
      await fuzz(
        fc.property(template, params, query, (url, p, q) => {
          let path: string
          try {
            path = fillPath(url.startsWith('/') ? url : `/${url}`, p as never)
            const search = buildQuery(q as never)
            if (search !== '') expect(search).toMatch(WIRE)
          } catch (error) {
            expect(isValidationError(error)).toBe(true)
            return
          }
          expect(path).toMatch(WIRE)
          for (const segment of path.split('?')[0]!.split('/')) expect(segment).not.toMatch(DOT_SEGMENT)
        }),
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    `client.request, chain() and chained segments: refused before sending, or sent exactly as signed (${FUZZ_RUNS} cases)`,
    async () => {
      // A dispatcher that records what would go on the wire, then fails the attempt (retries are off).
      let sent: Dispatcher.RequestOptions[] = []
      const dispatcher = {
        request(options: Dispatcher.RequestOptions) {
          sent.push(options)
          return Promise.reject(Object.assign(new Error('fuzz: not sent'), { code: 'ECONNRESET' }))
        },
      } as unknown as Dispatcher
      const client = createClient({
        mchid: '1900000001',
        serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
        privateKey: merchant.privateKey,
        platformKeys: { [SERIAL]: platform.publicKey },
        baseUrl: 'https://api.mch.weixin.qq.com',
        dispatcher,
        retry: false,
        signing: 'sync',
      })
      const style = fc.constantFrom('request', 'chain', 'segments', 'absolute')
      await fuzz(
        fc.asyncProperty(style, template, params, query, async (how, url, p, q) => {
          sent = []
          const options = { params: p, query: q } as never
          let error: unknown
          try {
            if (how === 'request') await client.request({ method: 'GET', url, ...(options as object) })
            else if (how === 'chain') await client.chain(url || 'v3').get(options)
            else if (how === 'segments') await client.v3![url]!.get(options)
            else await client.request({ method: 'GET', url: `https://api.mch.weixin.qq.com/${url}` })
          } catch (thrown) {
            error = thrown
          }
          expect(isWechatPayError(error)).toBe(true)
          if (isValidationError(error)) {
            expect(sent).toHaveLength(0)
            return
          }
          expect(error).toMatchObject({ name: 'NetworkError' })
          expect(sent).toHaveLength(1)
          const wire = sent[0]!
          const path = wire.path
          expect(path).toMatch(WIRE)
          for (const segment of path.split('?')[0]!.split('/')) expect(segment).not.toMatch(DOT_SEGMENT)
          const headers = wire.headers as Record<string, string>
          const authorization = parseAuthorization(headers.authorization)
          expect(
            verifyRequestSignature({
              method: 'GET',
              url: path,
              body: '',
              authorization,
              publicKey: merchant.publicKey,
            }),
          ).toBe(true)
        }),
      )
    },
    FUZZ_TIMEOUT,
  )
})

describe('fuzz: the notification handler never throws', () => {
  const handler = createNotificationHandler(
    { platformKeys: new PlatformKeys({ [SERIAL]: platform.publicKey }), apiv3Key: APIV3_KEY },
    { onNotification() {}, onError() {}, clock: () => NOW * 1000 },
  )
  const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(null, {}, [], { toString: 0 }))
  const field = fc.constantFrom('id', 'event_type', 'create_time', 'summary', 'resource', 'resource.algorithm')
  const fieldOrNonce = fc.oneof(
    field,
    fc.constantFrom('resource.nonce', 'resource.associated_data', 'resource.ciphertext'),
  )
  const body = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 }), fc.option(fc.tuple(fieldOrNonce, jsonish)))
        .map(([id, plain, change]) => {
          const event: Record<string, unknown> = {
            id,
            event_type: 'COUPON.SEND',
            resource: encryptResource(JSON.stringify(plain) ?? 'null', APIV3_KEY, { associatedData: 'coupon' }),
          }
          if (change !== null) {
            const [name, replacement] = change
            if (name.startsWith('resource.')) (event.resource as Record<string, unknown>)[name.slice(9)] = replacement
            else event[name] = replacement
          }
          return JSON.stringify(event)
        }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  )
  const headerChange = fc.option(
    fc.tuple(
      fc.constantFrom('Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'),
      fc.oneof(text, fc.constantFrom<unknown>(undefined, 1, ['x'], { toString: 0 })),
    ),
  )
  const request = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(body, headerChange, fc.boolean()).map(([text, change, bytes]) => {
        const headers: Record<string, unknown> = signResponse({
          body: text,
          privateKey: platform.privateKey,
          serial: SERIAL,
          timestamp: NOW,
        })
        if (change !== null) headers[change[0]] = change[1]
        return { headers, body: bytes ? Buffer.from(text) : text }
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        headers: fc.oneof(fc.dictionary(text, fc.oneof(text, jsonish)), fc.constantFrom<unknown>(null, undefined, 'x')),
        body: fc.oneof(text, jsonish, fc.uint8Array({ maxLength: 8 })),
      }),
    },
  )
  const STATUSES = [204, 400, 401, 409, 413, 500]

  it(
    `createNotificationHandler().handle (${FUZZ_RUNS} cases)`,
    async () => {
      await fuzz(
        fc.asyncProperty(request, async (delivery) => {
          const result = await handler.handle(delivery as never)
          expect(STATUSES).toContain(result.status)
          if (result.status !== 204) {
            expect(result.body).toEqual({ code: 'FAIL', message: expect.any(String) })
            expect(result.headers['Content-Type']).toMatch(/^application\/json/)
          }
          // Every failure has a typed cause: an untyped one would mean a code path nobody mapped.
          if (result.error !== undefined) expect(isWechatPayError(result.error)).toBe(true)
        }),
      )
    },
    FUZZ_TIMEOUT,
  )
})
