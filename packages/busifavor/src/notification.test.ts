import { generateKeyPairSync } from 'node:crypto'
import { isValidationError, type ValidationError } from '@core/client'
import { verifyNotification } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { describe, expect, test } from 'vitest'
import { parseCouponSendNotification } from './notification.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const SERIAL = 'PUB_KEY_ID_0114232020102400001000000000000001'
const APIV3_KEY = 'a7cde1ef52cf9bcd5b8e1c3b4d6f2a90'

/** A callback signed and encrypted the way WeChat Pay sends it, then verified and decrypted by the signer. */
function verified(event: { event_type?: string; resource: Record<string, unknown> }) {
  const { headers, body } = signNotificationForTest({
    event,
    apiv3Key: APIV3_KEY,
    platformPrivateKey: platform.privateKey,
    serial: SERIAL,
  })
  return verifyNotification({ headers, body, platformKeys: { [SERIAL]: platform.publicKey }, apiv3Key: APIV3_KEY })
}

const RESOURCE = {
  event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
  coupon_code: '3524738475809200001',
  stock_id: '1234567891',
  send_time: '2020-12-12T00:00:00+08:00',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  send_channel: 'BUSICOUPON_SEND_CHANNEL_MINIAPP',
  send_merchant: '1900000001',
}

function caught(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (error) {
    if (isValidationError(error)) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('parseCouponSendNotification', () => {
  test('parseCouponSendNotification(verified COUPON.SEND) types the decrypted resource', () => {
    const event = parseCouponSendNotification(verified({ resource: RESOURCE }))
    expect(event.event_type).toBe('COUPON.SEND')
    expect(event.resource).toEqual(RESOURCE)
    expect(event.original_type).toBe('coupon')
    expect(event.id).toMatch(/\S/)
  })

  test('parseCouponSendNotification keeps undocumented fields and accepts channels not in the list', () => {
    const resource = { ...RESOURCE, send_req_no: 'old-field', send_channel: 'BUSICOUPON_SEND_CHANNEL_NEW_ONE' }
    expect(parseCouponSendNotification(verified({ resource })).resource).toEqual(resource)
  })

  test('parseCouponSendNotification(another event type) is a ValidationError at event_type', () => {
    const error = caught(() => parseCouponSendNotification(verified({ event_type: 'COUPON.USE', resource: RESOURCE })))
    expect(error.issues.map((issue) => issue.path)).toEqual([['event_type']])
    expect(error.message).toMatch(/^@api\/busifavor: not a COUPON\.SEND notification: event_type/)
  })

  test('parseCouponSendNotification(resource without coupon_code, bad send_time) lists both under resource', () => {
    const { coupon_code: _, ...rest } = RESOURCE
    const error = caught(() => parseCouponSendNotification(verified({ resource: { ...rest, send_time: 'yesterday' } })))
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'resource.coupon_code',
      'resource.send_time',
    ])
  })

  test('parseCouponSendNotification(not an object) is a ValidationError', () => {
    expect(caught(() => parseCouponSendNotification(null as never)).issues[0]!.path).toEqual([])
  })
})
