import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import {
  encryptResource,
  isDecryptionError,
  isNotificationFormatError,
  isSignatureVerificationError,
  PlatformKeys,
  type VerifiedNotification,
} from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { describe, expect, it, vi } from 'vitest'
import { createClient } from '../index.js'
import { type DedupeStore, MemoryDedupeStore } from './dedupe.js'
import { isNotificationConfigurationError } from './errors.js'
import { createNotificationHandler, DEFAULT_NOTIFICATION_MAX_BODY_BYTES } from './handler.js'
import type { NotificationErrorInfo, NotificationHandlerOptions, NotificationVerifier } from './types.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const MERCHANT_SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C'
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
const platformKeys = new PlatformKeys({ [SERIAL]: platform.publicKey })
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const OTHER_APIV3_KEY = 'Zz9cde1ZJB1kG2e7VfTs3jQzaWizur8G'
const NOW_MS = 1_700_000_000_000
const clock = () => NOW_MS

interface Coupon {
  coupon_code: string
  stock_id: string
}

function delivery(id = 'EV-1', overrides: { body?: string; resource?: object; timestamp?: number } = {}) {
  return signNotificationForTest({
    ...(overrides.body === undefined
      ? {
          event: {
            id,
            event_type: 'COUPON.SEND',
            resource: (overrides.resource ?? { coupon_code: 'C-1', stock_id: 'S-1' }) as Record<string, unknown>,
          },
        }
      : { body: overrides.body }),
    apiv3Key: APIV3_KEY,
    platformPrivateKey: platform.privateKey,
    serial: SERIAL,
    timestamp: overrides.timestamp ?? NOW_MS / 1000,
  })
}

function setup(
  options: Partial<NotificationHandlerOptions<Coupon, string>> = {},
  source: { platformKeys: PlatformKeys | Record<string, KeyObject> } = { platformKeys },
) {
  const events: VerifiedNotification<Coupon>[] = []
  const errors: [unknown, NotificationErrorInfo][] = []
  const handler = createNotificationHandler<Coupon, string>(
    { ...source, apiv3Key: APIV3_KEY },
    {
      clock,
      onError: (error, info) => errors.push([error, info]),
      onNotification: (event) => {
        events.push(event)
      },
      ...options,
    },
  )
  return { handler, events, errors }
}

describe('createNotificationHandler(...).handle', () => {
  it('handle(genuine COUPON.SEND) → 204, onNotification(event, context) with the decrypted resource', async () => {
    let seen: [VerifiedNotification<Coupon>, string] | undefined
    const { handler } = setup({
      onNotification: (event, context) => {
        seen = [event, context]
      },
    })
    const { headers, body } = delivery('EV-ok')
    const result = await handler.handle({ headers, body: Buffer.from(body), context: 'req-1' })
    expect(result).toEqual({ status: 204, headers: {}, outcome: 'handled', id: 'EV-ok' })
    expect(seen?.[0].resource).toEqual({ coupon_code: 'C-1', stock_id: 'S-1' })
    expect(seen?.[0].event_type).toBe('COUPON.SEND')
    expect(seen?.[1]).toBe('req-1')
  })

  const signed = delivery('EV-m')
  const cases: [string, () => Parameters<ReturnType<typeof setup>['handler']['handle']>[0], number, string][] = [
    [
      'a tampered body byte',
      () => ({ headers: signed.headers, body: signed.body.replace('EV-m', 'EV-n') }),
      401,
      'rejected',
    ],
    [
      'a tampered nonce',
      () => ({ headers: { ...signed.headers, 'Wechatpay-Nonce': 'x' }, body: signed.body }),
      401,
      'rejected',
    ],
    [
      'a probe signature',
      () => ({ headers: { ...signed.headers, 'Wechatpay-Signature': 'WECHATPAY/SIGNTEST/abc' }, body: signed.body }),
      401,
      'rejected',
    ],
    [
      'an unknown serial',
      () => ({ headers: { ...signed.headers, 'Wechatpay-Serial': 'PUB_KEY_ID_9' }, body: signed.body }),
      401,
      'rejected',
    ],
    [
      'no Wechatpay-Signature header',
      () => {
        const { 'Wechatpay-Signature': _, ...headers } = signed.headers
        return { headers, body: signed.body }
      },
      400,
      'invalid',
    ],
    [
      'a nonce holding LF (bytes moved from the body into the nonce)',
      () => ({
        headers: { ...signed.headers, 'Wechatpay-Nonce': `${signed.headers['Wechatpay-Nonce']}\n{` },
        body: signed.body,
      }),
      401,
      'rejected',
    ],
    [
      'a signed resource whose algorithm is an object',
      () =>
        delivery('x', {
          body: JSON.stringify({
            id: 'EV-a',
            event_type: 'COUPON.SEND',
            resource: { ...encryptResource('{}', APIV3_KEY), algorithm: { toString: 0 } },
          }),
        }),
      400,
      'invalid',
    ],
    [
      'a signed envelope whose event_type is an object',
      () =>
        delivery('x', {
          body: JSON.stringify({ id: 'EV-e', event_type: {}, resource: encryptResource('{}', APIV3_KEY) }),
        }),
      400,
      'invalid',
    ],
    ['a signed body that is not JSON', () => delivery('x', { body: '{"id":' }), 400, 'invalid'],
    ['a signed body without resource', () => delivery('x', { body: '{"id":"EV-x"}' }), 400, 'invalid'],
    [
      'a signed resource whose ciphertext is shorter than its tag',
      () =>
        delivery('x', {
          body: JSON.stringify({
            id: 'EV-t',
            event_type: 'COUPON.SEND',
            resource: { algorithm: 'AEAD_AES_256_GCM', ciphertext: 'AAAA', nonce: 'n' },
          }),
        }),
      400,
      'invalid',
    ],
    [
      'a signed resource encrypted with another APIv3 key',
      () =>
        delivery('x', {
          body: JSON.stringify({
            id: 'EV-k',
            event_type: 'COUPON.SEND',
            resource: encryptResource('{"a":1}', OTHER_APIV3_KEY, { associatedData: 'coupon' }),
          }),
        }),
      500,
      'failed',
    ],
    [
      'a signed envelope without id',
      () => delivery('x', { body: JSON.stringify({ resource: encryptResource('{}', APIV3_KEY) }) }),
      400,
      'invalid',
    ],
    ['a parsed object body', () => ({ headers: signed.headers, body: JSON.parse(signed.body) }), 500, 'misconfigured'],
    ['no body at all', () => ({ headers: signed.headers, body: undefined as never }), 500, 'misconfigured'],
  ]
  it.each(cases)('handle(%s) → %i %s, handler not called', async (_name, request, status, outcome) => {
    const { handler, events, errors } = setup()
    const result = await handler.handle(request())
    expect([result.status, result.outcome]).toEqual([status, outcome])
    expect(result.body).toEqual({ code: 'FAIL', message: expect.any(String) })
    expect(result.headers['Content-Type']).toMatch(/^application\/json/)
    expect(events).toHaveLength(0)
    expect(errors).toHaveLength(1)
    // The APIv3 key never leaks into what is answered or logged.
    expect(JSON.stringify(result.body) + String((result.error as Error)?.message)).not.toContain(APIV3_KEY)
  })

  it('handle(parsed object) reports a configuration error that says how to pass the raw body', async () => {
    const { handler } = setup()
    const result = await handler.handle({ headers: signed.headers, body: JSON.parse(signed.body) })
    expect(isNotificationConfigurationError(result.error)).toBe(true)
    expect((result.error as Error).message).toMatch(/express\.raw\(\{ type: 'application\/json' \}\)/)
    expect((result.error as Error).message).toMatch(/rawBody: true/)
  })

  it('handle(odd but signed envelopes) keeps a typed error for logs, never a TypeError', async () => {
    const { handler } = setup({ onError: () => {} })
    const bodies = [
      {
        id: 'EV-1',
        event_type: 'COUPON.SEND',
        resource: { ...encryptResource('{}', APIV3_KEY), algorithm: { toString: 0 } },
      },
      { id: 'EV-2', event_type: 'COUPON.SEND', resource: { ...encryptResource('{}', APIV3_KEY), nonce: 7 } },
      { id: 2, event_type: 'COUPON.SEND', resource: encryptResource('{}', APIV3_KEY) },
    ]
    for (const body of bodies) {
      const result = await handler.handle(delivery('x', { body: JSON.stringify(body) }))
      expect(result.status).toBe(400)
      expect(isDecryptionError(result.error) || isNotificationFormatError(result.error)).toBe(true)
    }
  })

  it('a record of platform keys is copied at creation; a PlatformKeys store is shared live', async () => {
    const record: Record<string, KeyObject> = { [SERIAL]: platform.publicKey }
    const fromRecord = setup({}, { platformKeys: record }).handler
    delete record[SERIAL]
    expect((await fromRecord.handle(delivery('EV-r1'))).status).toBe(204)
    const store = new PlatformKeys({ [SERIAL]: platform.publicKey })
    const fromStore = setup({}, { platformKeys: store }).handler
    expect((await fromStore.handle(delivery('EV-s1'))).status).toBe(204)
    store.delete(SERIAL)
    expect((await fromStore.handle(delivery('EV-s2'))).status).toBe(401)
  })

  it('handle(wrong APIv3 key) keeps the DecryptionError for logs; the wire message stays short', async () => {
    const { handler } = setup({ onError: () => {} })
    const { headers, body } = delivery('x', {
      body: JSON.stringify({ id: 'EV-k', event_type: 'COUPON.SEND', resource: encryptResource('{}', OTHER_APIV3_KEY) }),
    })
    const result = await handler.handle({ headers, body })
    expect(isDecryptionError(result.error)).toBe(true)
    expect(result.body?.message).toBe('resource could not be decrypted')
  })

  it('handle(timestamp 301 s old or ahead) → 401; exactly 300 s → 204 (clock injected)', async () => {
    const { handler } = setup()
    const at = async (offset: number, id: string) =>
      (await handler.handle(delivery(id, { timestamp: NOW_MS / 1000 + offset }))).status
    expect(await at(-301, 'a')).toBe(401)
    expect(await at(301, 'b')).toBe(401)
    expect(await at(-300, 'c')).toBe(204)
    expect(await at(300, 'd')).toBe(204)
  })

  it('handle(body over maxBodyBytes) → 413 without verifying', async () => {
    const { handler } = setup({ maxBodyBytes: 100 })
    const result = await handler.handle(delivery('EV-big'))
    expect([result.status, result.outcome]).toEqual([413, 'too-large'])
    expect(handler.maxBodyBytes).toBe(100)
    expect(setup().handler.maxBodyBytes).toBe(DEFAULT_NOTIFICATION_MAX_BODY_BYTES)
  })

  it('handle(same id twice) → 204 twice, the handler runs once', async () => {
    const { handler, events } = setup()
    expect((await handler.handle(delivery('EV-dup'))).outcome).toBe('handled')
    const again = await handler.handle(delivery('EV-dup'))
    expect([again.status, again.outcome]).toEqual([204, 'duplicate'])
    expect(events).toHaveLength(1)
  })

  it('handle(20 concurrent deliveries of one id) → all 204, the handler runs once', async () => {
    let calls = 0
    const { handler } = setup({
      onNotification: async () => {
        calls++
        await new Promise((resolve) => setTimeout(resolve, 20))
      },
    })
    const results = await Promise.all(Array.from({ length: 20 }, () => handler.handle(delivery('EV-conc'))))
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(204))
    expect(calls).toBe(1)
  })

  it('handle() when the handler throws → 500, and the redelivery runs the handler again → 204', async () => {
    let calls = 0
    const { handler, errors } = setup({
      onNotification: () => {
        calls++
        if (calls === 1) throw new Error('database down')
      },
    })
    const first = await handler.handle(delivery('EV-retry'))
    expect([first.status, first.outcome, first.body?.message]).toEqual([
      500,
      'failed',
      'notification handler failed; retry later',
    ])
    expect((first.error as Error).message).toBe('database down')
    expect(errors[0]?.[1]).toEqual({ status: 500, outcome: 'failed', id: 'EV-retry' })
    const second = await handler.handle(delivery('EV-retry'))
    expect([second.status, second.outcome]).toEqual([204, 'handled'])
    expect(calls).toBe(2)
  })

  it('two handlers sharing one store: a delivery while the other handles it → 409, then a duplicate 204', async () => {
    const dedupe = new MemoryDedupeStore()
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let calls = 0
    const a = setup({
      dedupe,
      onNotification: () => {
        calls++
        return gate
      },
    }).handler
    const b = setup({ dedupe, onNotification: () => void calls++ }).handler
    const first = a.handle(delivery('EV-shared'))
    await vi.waitFor(() => expect(calls).toBe(1))
    const busy = await b.handle(delivery('EV-shared'))
    expect([busy.status, busy.outcome]).toEqual([409, 'in-progress'])
    release()
    expect((await first).status).toBe(204)
    expect((await b.handle(delivery('EV-shared'))).outcome).toBe('duplicate')
    expect(calls).toBe(1)
  })

  it('a claim left by a crashed process expires after processingTtlSeconds, then the handler runs', async () => {
    let now = NOW_MS
    const dedupe = new MemoryDedupeStore({ clock: () => now })
    const { handler, events } = setup({ dedupe, processingTtlSeconds: 30, clock: () => now })
    dedupe.set('EV-crash', 'processing:someone-else', 30_000)
    expect((await handler.handle(delivery('EV-crash'))).status).toBe(409)
    now += 30_000
    const later = await handler.handle(
      signNotificationForTest({
        event: { id: 'EV-crash', resource: { coupon_code: 'C', stock_id: 'S' } },
        apiv3Key: APIV3_KEY,
        platformPrivateKey: platform.privateKey,
        serial: SERIAL,
        timestamp: now / 1000,
      }),
    )
    expect(later.outcome).toBe('handled')
    expect(events).toHaveLength(1)
  })

  it('handle() when the dedupe store is down → 500 and the handler is not called', async () => {
    const down: DedupeStore = {
      get: () => Promise.reject(new Error('ECONNREFUSED')),
      set: () => Promise.reject(new Error('ECONNREFUSED')),
      setIfAbsent: () => Promise.reject(new Error('ECONNREFUSED')),
      delete: () => Promise.reject(new Error('ECONNREFUSED')),
    }
    const { handler, events } = setup({ dedupe: down })
    const result = await handler.handle(delivery('EV-down'))
    expect([result.status, result.body?.message]).toEqual([500, 'dedupe store unavailable; retry later'])
    expect(events).toHaveLength(0)
  })

  it('handle() when only the final store write fails → still 204, and onError hears of it', async () => {
    const store = new MemoryDedupeStore()
    const flaky: DedupeStore = {
      get: (k) => store.get(k),
      setIfAbsent: (k, v, t) => store.setIfAbsent(k, v, t),
      delete: (k) => store.delete(k),
      set: () => {
        throw new Error('READONLY')
      },
    }
    const { handler, errors } = setup({ dedupe: flaky })
    expect((await handler.handle(delivery('EV-ro'))).status).toBe(204)
    expect(errors.map(([e, info]) => [(e as Error).message, info.status])).toEqual([['READONLY', 204]])
  })

  it('an onError that throws does not change the answer', async () => {
    const { handler } = setup({
      onError: () => {
        throw new Error('logger broke')
      },
    })
    const result = await handler.handle({ headers: {}, body: '{}' })
    expect(result.status).toBe(400)
  })

  it('the default onError logs 5xx answers only', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const handler = createNotificationHandler(
        { platformKeys, apiv3Key: APIV3_KEY },
        {
          clock,
          onNotification: () => {
            throw new Error('boom')
          },
        },
      )
      await handler.handle({ headers: {}, body: '{}' })
      expect(spy).not.toHaveBeenCalled()
      await handler.handle(delivery('EV-log'))
      expect(spy).toHaveBeenCalledTimes(1)
      expect(String(spy.mock.calls[0]?.[0])).toContain('notification EV-log answered 500 (failed)')
    } finally {
      spy.mockRestore()
    }
  })
})

describe('createNotificationHandler({ client })', () => {
  // The real @core/client, pointed at nothing: verification needs only its keys, no network.
  const makeClient = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
    createClient({
      mchid: '1900000001',
      serial: MERCHANT_SERIAL,
      privateKey: merchant.privateKey,
      platformKeys,
      apiv3Key: APIV3_KEY,
      baseUrl: 'http://127.0.0.1:9',
      clock,
      ...extra,
    })

  it('verifies through client.verifyNotification with the client keys and clock', async () => {
    const client = makeClient()
    const events: unknown[] = []
    const handler = createNotificationHandler(
      { client },
      { onNotification: (event) => void events.push(event.resource) },
    )
    expect((await handler.handle(delivery('EV-client'))).status).toBe(204)
    expect(events).toEqual([{ coupon_code: 'C-1', stock_id: 'S-1' }])
    const skewed = await handler.handle(delivery('EV-old', { timestamp: NOW_MS / 1000 - 301 }))
    expect(skewed.status).toBe(401)
    expect(isSignatureVerificationError(skewed.error)).toBe(true)
    await client.close()
  })

  it('a client whose verification fails on the network → 500 so WeChat Pay redelivers', async () => {
    const handler = createNotificationHandler(
      { client: { verifyNotification: () => Promise.reject(new Error('ETIMEDOUT')) } },
      { onNotification: () => {}, onError: () => {} },
    )
    const result = await handler.handle(delivery('EV-net'))
    expect([result.status, result.outcome]).toEqual([500, 'failed'])
  })

  it('refuses maxSkewSeconds next to { client }, pointing at createClient', () => {
    expect(() =>
      createNotificationHandler({ client: makeClient() }, { onNotification: () => {}, maxSkewSeconds: 60 }),
    ).toThrow(/createClient\(\{ maxSkewSeconds \}\)/)
  })
})

describe('createNotificationHandler options', () => {
  const onNotification = () => {}
  const invalid = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(isNotificationConfigurationError(error)).toBe(true)
      expect((error as { code: string }).code).toBe('INVALID_OPTIONS')
      return (error as Error).message
    }
    return expect.unreachable('no error thrown')
  }

  it('rejects an unknown option by name', () => {
    expect(
      invalid(() =>
        createNotificationHandler({ platformKeys, apiv3Key: APIV3_KEY }, { onNotification, maxSkew: 5 } as never),
      ),
    ).toMatch(/unknown notification option "maxSkew"/)
    expect(
      invalid(() =>
        createNotificationHandler({ platformKeys, apiv3Key: APIV3_KEY, mchid: '1' } as never, { onNotification }),
      ),
    ).toMatch(/"mchid"/)
  })

  it('rejects a 31-byte APIv3 key without echoing it', () => {
    const message = invalid(() =>
      createNotificationHandler({ platformKeys, apiv3Key: APIV3_KEY.slice(1) }, { onNotification }),
    )
    expect(message).toMatch(/32 bytes \(got 31\)/)
    expect(message).not.toContain(APIV3_KEY.slice(1))
  })

  it('rejects { client } together with keys, a missing onNotification, and bad numbers', () => {
    const client: NotificationVerifier = { verifyNotification: async () => ({}) as never }
    expect(
      invalid(() =>
        createNotificationHandler({ client, platformKeys, apiv3Key: APIV3_KEY } as never, { onNotification }),
      ),
    ).toMatch(/not both/)
    expect(invalid(() => createNotificationHandler({ client }, {} as never))).toMatch(/onNotification/)
    expect(invalid(() => createNotificationHandler({ client }, { onNotification, maxBodyBytes: -1 }))).toMatch(
      /maxBodyBytes/,
    )
    expect(invalid(() => createNotificationHandler({ client }, { onNotification, dedupe: {} as never }))).toMatch(
      /dedupe must implement/,
    )
    expect(invalid(() => createNotificationHandler({ apiv3Key: APIV3_KEY } as never, { onNotification }))).toMatch(
      /platformKeys is required/,
    )
  })
})
