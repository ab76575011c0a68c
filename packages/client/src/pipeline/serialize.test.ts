import { describe, expect, test } from 'vitest'
import { isValidationError } from '../errors.js'
import { resolved } from './fixture.test-helpers.js'
import { PathResolver } from './paths.js'
import { serializeDownload, serializeRequest } from './serialize.js'

const o = resolved()
const paths = new PathResolver([o.primary, o.backup])

function refusal(run: () => unknown): { path: string; message: string }[] {
  try {
    run()
  } catch (error) {
    expect(isValidationError(error)).toBe(true)
    return (error as { issues: { path: unknown[]; message: string }[] }).issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }))
  }
  throw new Error('expected a ValidationError')
}

describe('serializeRequest (step 1)', () => {
  test('serializeRequest({ method, url, params, query, json }) fixes the path and the bytes once; text is signed as text', () => {
    const prepared = serializeRequest(
      { method: 'post', url: '/v3/items/{id}', params: { id: 'a b' }, query: { x: 1 }, json: { 名: '值' } },
      o,
      paths,
    )
    expect(prepared.method).toBe('POST')
    expect(prepared.path).toBe('/v3/items/a%20b?x=1')
    expect(prepared.sendBody?.toString('utf8')).toBe('{"名":"值"}')
    expect(prepared.signBody).toBe('{"名":"值"}')
    expect([prepared.contentType, prepared.idempotent, prepared.verify]).toEqual([
      'application/json',
      false,
      'signature',
    ])
  })

  test('serializeRequest: GET, HEAD and DELETE are idempotent by default; idempotent: true marks a POST', () => {
    expect(serializeRequest({ method: 'GET', url: '/v3/a' }, o, paths).idempotent).toBe(true)
    expect(serializeRequest({ method: 'DELETE', url: '/v3/a' }, o, paths).idempotent).toBe(true)
    expect(serializeRequest({ method: 'POST', url: '/v3/a', idempotent: true }, o, paths).idempotent).toBe(true)
  })

  test('serializeRequest(GET on a bill download route) accepts the answer unsigned; the same via dot segments is refused', () => {
    expect(
      serializeRequest({ method: 'GET', url: '/v3/billdownload/file', query: { token: 't' } }, o, paths).verify,
    ).toBe('none')
    expect(refusal(() => serializeRequest({ method: 'GET', url: '/v3/billdownload/file/../../x' }, o, paths))).toEqual([
      { path: 'url', message: expect.stringMatching(/\.\./) },
    ])
  })

  test('serializeRequest(bad options) lists every problem at once', () => {
    const issues = refusal(() =>
      serializeRequest({ method: 'FETCH', url: '', json: {}, body: 'x', extra: 1 } as never, o, paths),
    )
    expect(issues.map((i) => i.path)).toEqual(['extra', 'method', 'url', 'json'])
  })

  test('serializeDownload(a non-download route) is refused before anything is sent', () => {
    expect(refusal(() => serializeDownload({ url: '/v3/pay/transactions/jsapi' }, o, paths))).toEqual([
      { path: 'url', message: expect.stringMatching(/not a file-download route/) },
    ])
  })
})
