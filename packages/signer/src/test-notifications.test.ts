import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signNotificationForTest } from './testing.js'
import { verifyNotification } from './verify.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const APIV3_KEY = '0123456789abcdef0123456789abcdef'

describe('signNotificationForTest', () => {
  it('builds a COUPON.SEND callback that verifyNotification accepts, with WeChat-shaped defaults', () => {
    const { headers, body } = signNotificationForTest({
      event: { resource: { coupon_code: 'c1', stock_id: 's1' } },
      apiv3Key: APIV3_KEY,
      platformPrivateKey: platform.privateKey,
      serial: 'PUB_KEY_ID_1',
    })
    expect(headers['Content-Type']).toBe('application/json')
    expect(headers['Wechatpay-Signature-Type']).toBe('WECHATPAY2-SHA256-RSA2048')
    const envelope = JSON.parse(body)
    expect(envelope).toMatchObject({ event_type: 'COUPON.SEND', resource_type: 'encrypt-resource' })
    expect(envelope.resource).toMatchObject({
      algorithm: 'AEAD_AES_256_GCM',
      associated_data: 'coupon',
      original_type: 'coupon',
    })
    expect(envelope.id).toMatch(/^[0-9A-Za-z]{36}$/)
    expect(envelope.create_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/)
    const event = verifyNotification({
      headers,
      body,
      platformKeys: { PUB_KEY_ID_1: platform.publicKey },
      apiv3Key: APIV3_KEY,
    })
    expect(event.resource).toEqual({ coupon_code: 'c1', stock_id: 's1' })
  })

  it('signs a given body as is', () => {
    const { body } = signNotificationForTest({
      body: Buffer.from('{"a":1}'),
      platformPrivateKey: platform.privateKey,
      serial: 'S',
    })
    expect(body).toBe('{"a":1}')
  })

  it('needs the APIv3 key for a plaintext resource, and a body or an event', () => {
    const base = { platformPrivateKey: platform.privateKey, serial: 'S' }
    expect(() => signNotificationForTest({ ...base, event: { resource: { a: 1 } } })).toThrow(/apiv3Key/)
    expect(() => signNotificationForTest(base)).toThrow(/body or event/)
  })
})
