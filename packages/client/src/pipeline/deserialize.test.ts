import { describe, expect, test } from 'vitest'
import { isApiError } from '../errors.js'
import { deserialize } from './deserialize.js'

const wire = (status: number, body: string, type = 'application/json') => ({
  status,
  headers: { 'request-id': 'R-1', 'content-type': type },
  raw: Buffer.from(body),
})

describe('deserialize (step 6)', () => {
  test('a verified 2xx JSON body is parsed; 204 and an empty body give undefined data', () => {
    expect(deserialize(wire(200, '{"a":1}'), true)).toMatchObject({ status: 200, data: { a: 1 }, requestId: 'R-1' })
    expect(deserialize(wire(204, ''), true).data).toBeUndefined()
  })

  test('a signed 2xx that is not JSON is an ApiError MALFORMED_RESPONSE with the Request-ID', () => {
    let error: unknown
    try {
      deserialize(wire(200, 'not json'), true)
    } catch (caught) {
      error = caught
    }
    expect(isApiError(error) && [error.code, error.requestId, error.verified]).toEqual([
      'MALFORMED_RESPONSE',
      'R-1',
      true,
    ])
  })

  test("an error answer is an ApiError with WeChat Pay's code, message and detail; a body-less one gets HTTP_<status>", () => {
    const body = '{"code":"INVALID_REQUEST","message":"券状态不对","detail":{"field":"/x"}}'
    const error = (() => {
      try {
        deserialize(wire(400, body), false)
      } catch (caught) {
        return caught as Record<string, unknown>
      }
    })()!
    expect([error.code, error.apiMessage, error.detail, error.status]).toEqual([
      'INVALID_REQUEST',
      '券状态不对',
      { field: '/x' },
      400,
    ])
    const bare = (() => {
      try {
        deserialize(wire(502, '<html>bad gateway</html>', 'text/html'), false)
      } catch (caught) {
        return caught as Record<string, unknown>
      }
    })()!
    expect([bare.code, bare.apiMessage]).toEqual(['HTTP_502', '<html>bad gateway</html>'])
  })
})
