import { isValidationError } from '@core/client'
import type { VerifiedNotification } from '@core/signer'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { defineNotification, NOTIFICATION_ACK, NOTIFICATION_HEADERS, notificationEnvelope } from './notification.js'
import { parseNotification } from './parse-notification.js'

const refund = defineNotification({
  id: 'notify_refund',
  eventTypes: ['REFUND.SUCCESS', 'REFUND.CLOSED'],
  originalType: 'refund',
  headers: NOTIFICATION_HEADERS,
  envelope: notificationEnvelope(['REFUND.SUCCESS', 'REFUND.CLOSED'], {
    originalType: 'refund',
    summary: { zh: '退款成功', en: 'Refund succeeded' },
  }),
  resource: z.looseObject({ out_refund_no: z.string(), amount: z.looseObject({ refund: z.int() }) }),
  ack: NOTIFICATION_ACK,
  docs: { zh: { title: '退款结果通知', summary: 's' }, en: { title: 'Refund result', summary: 's' }, links: [] },
  uncertain: undefined,
})

function verified(event_type: string, resource: unknown): VerifiedNotification {
  return {
    id: 'N1',
    create_time: '2025-01-01T00:00:00+08:00',
    event_type,
    resource_type: 'encrypt-resource',
    summary: '退款成功',
    resource,
    original_type: 'refund',
    plaintext: JSON.stringify(resource),
    signature: { serial: 'PUB_KEY_ID_1', timestamp: 1, nonce: 'n' },
  }
}

describe('parseNotification', () => {
  test('parseNotification(definition, verified REFUND.CLOSED) types the event and keeps unknown fields', () => {
    const event = parseNotification(
      '@api/demo',
      refund,
      verified('REFUND.CLOSED', { out_refund_no: 'R1', amount: { refund: 1 }, extra: 2 }),
    )
    expect(event.event_type).toBe('REFUND.CLOSED')
    expect(event.resource.amount.refund).toBe(1)
    expect((event.resource as Record<string, unknown>).extra).toBe(2)
  })

  test('parseNotification(definition, another event type or a bad resource) is a ValidationError naming both', () => {
    let error: unknown
    try {
      parseNotification('@api/demo', refund, verified('TRANSACTION.SUCCESS', { amount: { refund: 1.5 } }))
    } catch (caught) {
      error = caught
    }
    expect(isValidationError(error)).toBe(true)
    const paths = (error as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(['event_type', 'resource.out_refund_no', 'resource.amount.refund'])
    expect((error as Error).message).toMatch(/^@api\/demo: not a REFUND.SUCCESS \/ REFUND.CLOSED notification: /)
  })

  test('parseNotification(definition, a field of the wrong type) says what it got, not "is required"', () => {
    let error: unknown
    try {
      parseNotification('@api/demo', refund, verified('REFUND.CLOSED', { out_refund_no: 7, amount: { refund: 1 } }))
    } catch (caught) {
      error = caught
    }
    expect((error as { issues: unknown[] }).issues).toEqual([
      { path: ['resource', 'out_refund_no'], message: expect.stringMatching(/expected string, received number/) },
    ])
  })
})
