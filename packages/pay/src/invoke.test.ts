import { createVerify, generateKeyPairSync, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isValidationError, type ValidationError } from '@core/client'
import { loadPrivateKey } from '@core/signer'
import { describe, expect, test } from 'vitest'
import {
  buildAppInvokeMessage,
  buildAppInvokeParams,
  buildJsapiInvokeMessage,
  buildJsapiInvokeParams,
  type MessageSigner,
} from './invoke.js'

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })

/** What the client's `signMessage` does: SHA256withRSA with the merchant key (loaded by @core/signer), Base64. */
function signerOf(
  privateKey: string | Uint8Array | import('node:crypto').KeyObject,
): MessageSigner & { seen: string[] } {
  const key = loadPrivateKey(privateKey)
  const seen: string[] = []
  return {
    seen,
    signMessage: (message) => {
      seen.push(message)
      return sign('sha256', Buffer.from(message, 'utf8'), key).toString('base64')
    },
  }
}

/** Independent check: node:crypto's verifier over the string as the docs write it. */
const verifies = (documented: string, signature: string) =>
  createVerify('RSA-SHA256').update(documented, 'utf8').verify(merchant.publicKey, signature, 'base64')

function caught(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (error) {
    if (isValidationError(error)) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

const APPID = 'wx1234567889999'
const PREPAY_ID = 'wx201410272009395522657a690389285100'
const NONCE = '593BEC0C930BF1AFEB40B4A08C8FB242'

describe('buildJsapiInvokeParams(signer, { appid, prepay_id })', () => {
  test('gives wx.requestPayment’s fields, paySign over appId\\ntimeStamp\\nnonceStr\\npackage\\n', () => {
    const signer = signerOf(merchant.privateKey)
    const params = buildJsapiInvokeParams(signer, {
      appid: APPID,
      prepay_id: PREPAY_ID,
      timestamp: 1700000000,
      nonce: NONCE,
    })
    expect(params).toEqual({
      appId: APPID,
      timeStamp: '1700000000',
      nonceStr: NONCE,
      package: `prepay_id=${PREPAY_ID}`,
      signType: 'RSA',
      paySign: expect.any(String),
    })
    const documented = `${APPID}\n1700000000\n${NONCE}\nprepay_id=${PREPAY_ID}\n`
    expect(signer.seen).toEqual([documented])
    expect(verifies(documented, params.paySign)).toBe(true)
    // The order of the lines matters: the same values in another order do not verify.
    expect(verifies(`1700000000\n${APPID}\n${NONCE}\nprepay_id=${PREPAY_ID}\n`, params.paySign)).toBe(false)
  })

  test('defaults timeStamp to now (unix seconds) and nonceStr to a fresh 32-character nonce', () => {
    const before = Math.floor(Date.now() / 1000)
    const a = buildJsapiInvokeParams(signerOf(merchant.privateKey), { appid: APPID, prepay_id: PREPAY_ID })
    const b = buildJsapiInvokeParams(signerOf(merchant.privateKey), { appid: APPID, prepay_id: PREPAY_ID })
    expect(Number(a.timeStamp)).toBeGreaterThanOrEqual(before)
    expect(Number(a.timeStamp)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
    expect(a.nonceStr).toMatch(/^[0-9A-Za-z]{32}$/)
    expect(a.nonceStr).not.toBe(b.nonceStr)
    expect(verifies(buildJsapiInvokeMessage(a), a.paySign)).toBe(true)
  })

  test('matches the signature OpenSSL computes with the test merchant key (known answer)', () => {
    // `printf 'wx1234567889999\n1700000000\n593B…B242\nprepay_id=wx2014…5100\n' | openssl dgst -sha256 -sign
    // apiclient_key.pem | base64` (OpenSSL 3.0), with the fixture key of packages/signer/test/vectors/keys.
    const key = readFileSync(join(import.meta.dirname, '../../signer/test/vectors/keys/apiclient_key.pem'), 'utf8')
    const params = buildJsapiInvokeParams(signerOf(key), {
      appid: APPID,
      prepay_id: PREPAY_ID,
      timestamp: '1700000000',
      nonce: NONCE,
    })
    expect(params.paySign).toBe(
      'ZVTiyjE13ozhMWxbtoJvqKHQZe5/hhsX+ZjpYvwkOcx5ls/K0jyhi1UtLSI45jpsYv7UiJAIPT+v0Co0woptve8bpoAwqqwkbilBImLJSVXo2Nell64oNSVy1L0xH6zf1PMG9UWFNX1SDJX/q/XXNYpp8puW4y0vGIYUxSZDbBLuuMnmERuhPBY1B9k6HFy4uvnlGEGSmaE9e1iTFgFfa3oCD9SpxyWdQcBJcjvY8tYyW+p6NacX8izvVYSHMHF+AAndEzbjwt8m8/1PlVZ4s4FYjzm5VbcE+iCdXWEUSyK8kYkwtzAKzb8e4O0D4GIBi6z8qHTZ1UvakKQ6bJzy3g==',
    )
  })

  test('a line break, a "prepay_id=" prefix, a bad nonce or timestamp is a ValidationError and nothing is signed', () => {
    const signer = signerOf(merchant.privateKey)
    const error = caught(() =>
      buildJsapiInvokeParams(signer, {
        appid: 'wx1\nwx2',
        prepay_id: `prepay_id=${PREPAY_ID}`,
        timestamp: 1.5,
        nonce: 'not a nonce',
      }),
    )
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'appid',
      'nonce',
      'prepay_id',
      'timestamp',
    ])
    expect(error.message).toMatch(/^@api\/pay: buildJsapiInvokeParams: /)
    // The values are not echoed back (they may be pasted secrets).
    expect(error.message).not.toContain('wx1\nwx2')
    expect(signer.seen).toEqual([])
  })

  test('a missing field, an unknown field or a signer without signMessage is a ValidationError', () => {
    const error = caught(() => buildJsapiInvokeParams({} as never, { appid: APPID, prepayId: PREPAY_ID } as never))
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['prepayId', 'prepay_id', 'signer'])
  })

  test('a signer that returns no signature is a ValidationError, not a parameter set with an empty paySign', () => {
    const error = caught(() =>
      buildJsapiInvokeParams({ signMessage: () => '' }, { appid: APPID, prepay_id: PREPAY_ID }),
    )
    expect(error.issues).toEqual([{ path: ['signer'], message: 'signMessage must return the Base64 signature' }])
  })
})

describe('buildAppInvokeParams(signer, { appid, mchid, prepay_id })', () => {
  const APP_APPID = 'wxd678efh567hg6787'
  const APP_PREPAY_ID = 'wx201410272009395522657a690389285101'

  test('gives PayReq’s fields, sign over appid\\ntimestamp\\nnoncestr\\nprepayid\\n', () => {
    const signer = signerOf(merchant.privateKey)
    const params = buildAppInvokeParams(signer, {
      appid: APP_APPID,
      mchid: '1900000001',
      prepay_id: APP_PREPAY_ID,
      timestamp: 1700000000,
      nonce: NONCE,
    })
    expect(params).toEqual({
      appid: APP_APPID,
      partnerid: '1900000001',
      prepayid: APP_PREPAY_ID,
      package: 'Sign=WXPay',
      noncestr: NONCE,
      timestamp: '1700000000',
      sign: expect.any(String),
    })
    const documented = `${APP_APPID}\n1700000000\n${NONCE}\n${APP_PREPAY_ID}\n`
    expect(signer.seen).toEqual([documented])
    expect(buildAppInvokeMessage(params)).toBe(documented)
    expect(verifies(documented, params.sign)).toBe(true)
    // Not the JSAPI string: the APP one names the bare prepay id and no package.
    expect(verifies(`${APP_APPID}\n1700000000\n${NONCE}\nprepay_id=${APP_PREPAY_ID}\n`, params.sign)).toBe(false)
  })

  test('matches the signature OpenSSL computes with the test merchant key (known answer)', () => {
    const key = readFileSync(join(import.meta.dirname, '../../signer/test/vectors/keys/apiclient_key.pem'), 'utf8')
    const params = buildAppInvokeParams(signerOf(key), {
      appid: APP_APPID,
      mchid: '1900000001',
      prepay_id: APP_PREPAY_ID,
      timestamp: 1700000000,
      nonce: NONCE,
    })
    expect(params.sign).toBe(
      'mu4H/w9TS0xkUgxibxsJSJPMwiUSN8jgKpGcJc43jR7yF4hrc11ez1Ca2I5M+nd9LLx9f51lk89czM/5OEY9BYUmhrZz58G09LAa4DOk/r0wW17u/rxIxVViEuchDcxqDT9Hu6fg8XrTx9u83X/qqnobKUlZ3uDjQFKE4pz1L3ogG3CZPjb6v9BGz1PcPF9EfPkmbkeEYiNnCVAFUh3rHuPp9BBMsyq5F+IPQ368N0DOPaV3K+NByzVY9hrcEzEVKyWu/wgV27OPxDuTs8BWN84y1BCo0z83U5c3TOvNzC5IvmHK330ZX/egJbl9k75CEGjy0a2vHcZbLqFgE0xWnQ==',
    )
  })

  test('mchid is required (it becomes partnerid)', () => {
    const error = caught(() =>
      buildAppInvokeParams(signerOf(merchant.privateKey), { appid: APP_APPID, prepay_id: APP_PREPAY_ID } as never),
    )
    expect(error.issues).toEqual([{ path: ['mchid'], message: 'is required' }])
  })
})
