import { createVerify } from 'node:crypto'
import { parseAuthorization } from '@core/signer'
import { describe, expect, test } from 'vitest'
import { merchant, PUB_KEY_ID, resolved } from './fixture.test-helpers.js'
import { PathResolver } from './paths.js'
import { serializeRequest } from './serialize.js'
import { signAttempt } from './sign.js'

const o = resolved()
const host = { origin: 'https://api.mch.weixin.qq.com', basePath: '' }
const prepared = serializeRequest(
  { method: 'POST', url: '/v3/a', json: { k: 'v' } },
  o,
  new PathResolver([o.primary, o.backup]),
)

function verifies(headers: Record<string, string>): boolean {
  const auth = parseAuthorization(headers.authorization!)
  const message = `POST\n/v3/a\n${auth.timestamp}\n${auth.nonce_str}\n{"k":"v"}\n`
  return createVerify('sha256').update(message).verify(merchant.publicKey, auth.signature, 'base64')
}

describe('signAttempt (step 3)', () => {
  test('signAttempt(sync) signs METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n with the merchant key, nonce and clock injected', () => {
    const headers = signAttempt(prepared, host, o, PUB_KEY_ID, false) as Record<string, string>
    expect(verifies(headers)).toBe(true)
    expect(parseAuthorization(headers.authorization!)).toMatchObject({ nonce_str: 'N0NCE', timestamp: '1700000000' })
    expect(headers['wechatpay-serial']).toBe(PUB_KEY_ID)
    expect(headers['content-type']).toBe('application/json')
  })

  test('signAttempt(async) gives the same signature on the thread pool', async () => {
    const sync = signAttempt(prepared, host, o, PUB_KEY_ID, false) as Record<string, string>
    const async = await signAttempt(prepared, host, o, PUB_KEY_ID, true)
    expect(async.authorization).toBe(sync.authorization)
  })

  test('signAttempt under a base path signs the path the server sees', () => {
    const headers = signAttempt(
      prepared,
      { origin: 'http://127.0.0.1', basePath: '/gw' },
      o,
      undefined,
      false,
    ) as Record<string, string>
    const auth = parseAuthorization(headers.authorization!)
    const message = `POST\n/gw/v3/a\n${auth.timestamp}\n${auth.nonce_str}\n{"k":"v"}\n`
    expect(createVerify('sha256').update(message).verify(merchant.publicKey, auth.signature, 'base64')).toBe(true)
    expect(headers['wechatpay-serial']).toBeUndefined()
  })
})
