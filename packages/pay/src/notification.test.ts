import { generateKeyPairSync } from 'node:crypto'
import { isValidationError, type ValidationError } from '@core/client'
import { createNotificationHandler } from '@core/client/notifications'
import { verifyNotification } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { describe, expect, test } from 'vitest'
import { parseRefundNotification, parseTransactionNotification } from './notification.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const SERIAL = 'PUB_KEY_ID_0114232020102400001000000000000001'
const APIV3_KEY = 'a7cde1ef52cf9bcd5b8e1c3b4d6f2a90'
const platformKeys = { [SERIAL]: platform.publicKey }

/** A callback signed and encrypted the way WeChat Pay sends it. */
function delivery(event_type: string, original_type: string, resource: Record<string, unknown>, id?: string) {
  return signNotificationForTest({
    event: { event_type, original_type, associated_data: original_type, resource, ...(id ? { id } : {}) },
    apiv3Key: APIV3_KEY,
    platformPrivateKey: platform.privateKey,
    serial: SERIAL,
  })
}

/** …then verified and decrypted by the signer, as every adapter does first. */
function verified(event_type: string, original_type: string, resource: Record<string, unknown>) {
  const { headers, body } = delivery(event_type, original_type, resource)
  return verifyNotification({ headers, body, platformKeys, apiv3Key: APIV3_KEY })
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

/** A paid JSAPI order as WeChat Pay encrypts it into TRANSACTION.SUCCESS. */
const ORDER = {
  transaction_id: '4200000913202101152566792388',
  amount: { payer_total: 1000, total: 1000, currency: 'CNY', payer_currency: 'CNY' },
  mchid: '1900000001',
  trade_state: 'SUCCESS',
  bank_type: 'CMC',
  promotion_detail: [],
  success_time: '2021-01-15T10:34:56+08:00',
  payer: { openid: 'xsd3434454567676' },
  out_trade_no: 'MCH_102233445',
  appid: 'wx1234567889999',
  trade_state_desc: '支付成功',
  trade_type: 'JSAPI',
  attach: '',
  scene_info: { device_id: '013467007045764' },
}

const REFUND = {
  mchid: '1900000001',
  transaction_id: '4200000913202101152566792388',
  out_trade_no: 'MCH_102233445',
  refund_id: '50000000382019052709732678859',
  out_refund_no: 'RF_102233445_1',
  refund_status: 'SUCCESS',
  success_time: '2021-01-15T11:00:00+08:00',
  user_received_account: '支付用户零钱',
  amount: { total: 1000, refund: 300, payer_total: 1000, payer_refund: 300 },
}

describe('parseTransactionNotification', () => {
  test('parseTransactionNotification(verified TRANSACTION.SUCCESS) types the decrypted order', () => {
    const event = parseTransactionNotification(verified('TRANSACTION.SUCCESS', 'transaction', ORDER))
    expect(event.event_type).toBe('TRANSACTION.SUCCESS')
    expect(event.original_type).toBe('transaction')
    expect(event.resource).toEqual(ORDER)
    expect(event.resource.amount.total).toBe(1000)
  })

  test('parseTransactionNotification keeps fields WeChat Pay adds', () => {
    const resource = { ...ORDER, added_later: { x: 1 } }
    expect(parseTransactionNotification(verified('TRANSACTION.SUCCESS', 'transaction', resource)).resource).toEqual(
      resource,
    )
  })

  test('parseTransactionNotification(a refund callback) is a ValidationError at event_type', () => {
    const error = caught(() => parseTransactionNotification(verified('REFUND.SUCCESS', 'refund', ORDER)))
    expect(error.issues.map((issue) => issue.path)).toEqual([['event_type']])
    expect(error.message).toMatch(/^@api\/pay: not a TRANSACTION\.SUCCESS notification: event_type/)
  })

  test('parseTransactionNotification(order without out_trade_no, amount in 元) lists both under resource', () => {
    const { out_trade_no: _, ...rest } = ORDER
    const resource = { ...rest, amount: { ...ORDER.amount, total: 10.5 } }
    const error = caught(() => parseTransactionNotification(verified('TRANSACTION.SUCCESS', 'transaction', resource)))
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'resource.amount.total',
      'resource.out_trade_no',
    ])
  })
})

describe('parseRefundNotification', () => {
  test.each([
    ['REFUND.SUCCESS', 'SUCCESS'],
    ['REFUND.ABNORMAL', 'ABNORMAL'],
    ['REFUND.CLOSED', 'CLOSED'],
  ])('parseRefundNotification(verified %s) types the decrypted refund', (eventType, status) => {
    const { success_time: _, ...withoutTime } = REFUND
    const resource = status === 'SUCCESS' ? REFUND : { ...withoutTime, refund_status: status }
    const event = parseRefundNotification(verified(eventType, 'refund', resource))
    expect(event.event_type).toBe(eventType)
    expect(event.resource).toEqual(resource)
    expect(event.resource.refund_status).toBe(status)
  })

  test('parseRefundNotification(TRANSACTION.SUCCESS) and a refund of -1 分 are ValidationErrors', () => {
    expect(
      caught(() => parseRefundNotification(verified('TRANSACTION.SUCCESS', 'transaction', REFUND))).issues,
    ).toEqual([{ path: ['event_type'], message: expect.stringContaining('REFUND.SUCCESS') }])
    const negative = { ...REFUND, amount: { ...REFUND.amount, refund: -1 } }
    expect(
      caught(() => parseRefundNotification(verified('REFUND.SUCCESS', 'refund', negative))).issues[0]!.path,
    ).toEqual(['resource', 'amount', 'refund'])
  })
})

describe('through @core/client/notifications (verify, decrypt, dedupe)', () => {
  test('a TRANSACTION.SUCCESS delivered twice is parsed and handled once; the repeat is acknowledged as a duplicate', async () => {
    const handled: string[] = []
    const handler = createNotificationHandler(
      { platformKeys, apiv3Key: APIV3_KEY },
      {
        onNotification: (notification) => {
          const event = parseTransactionNotification(notification)
          handled.push(`${event.resource.out_trade_no}:${event.resource.amount.total}`)
        },
      },
    )
    const { headers, body } = delivery('TRANSACTION.SUCCESS', 'transaction', ORDER, 'EV-1')
    const first = await handler.handle({ headers, body })
    const again = await handler.handle({ headers, body })
    expect([first.status, first.outcome]).toEqual([204, 'handled'])
    expect([again.status, again.outcome]).toEqual([204, 'duplicate'])
    expect(handled).toEqual(['MCH_102233445:1000'])
  })

  test('a resource the parser refuses answers 500 FAIL, so WeChat Pay delivers it again later', async () => {
    const handler = createNotificationHandler(
      { platformKeys, apiv3Key: APIV3_KEY },
      { onNotification: (notification) => void parseRefundNotification(notification), onError: () => {} },
    )
    const { headers, body } = delivery('REFUND.SUCCESS', 'refund', { ...REFUND, out_refund_no: 7 })
    const result = await handler.handle({ headers, body })
    expect(result.status).toBe(500)
    expect(result.body).toMatchObject({ code: 'FAIL' })
    expect(isValidationError(result.error)).toBe(true)
    expect((result.error as ValidationError).issues).toEqual([
      { path: ['resource', 'out_refund_no'], message: expect.stringContaining('expected string') },
    ])
  })
})
