import { createVerify, generateKeyPairSync } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { signResponse, signResponseAsync } from './responses.js'
import { signMessage } from './sign.js'
import { verifyResponse } from './verify.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000000000'

describe('signResponseAsync and signMessage', () => {
  test('signResponseAsync(input) equals signResponse(input) and verifies like a WeChat Pay answer', async () => {
    const input = {
      body: '{"金额":1}',
      privateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: 1_700_000_000,
      nonce: 'N',
    }
    const headers = await signResponseAsync(input)
    expect(headers).toEqual(signResponse(input))
    const verified = verifyResponse({
      headers,
      body: input.body,
      platformKeys: { [SERIAL]: platform.publicKey },
      now: 1_700_000_000,
    })
    expect(verified.serial).toBe(SERIAL)
  })

  test('signResponseAsync with a given signature (a probe) keeps it and signs nothing', async () => {
    const headers = await signResponseAsync({
      body: '',
      privateKey: platform.privateKey,
      serial: SERIAL,
      signature: 'X',
    })
    expect(headers['Wechatpay-Signature']).toBe('X')
  })

  test('signResponseAsync with a bad key rejects (it never throws synchronously)', async () => {
    await expect(signResponseAsync({ body: '', privateKey: 'not a key', serial: SERIAL })).rejects.toThrow(/key/i)
  })

  test('signMessage(text, key) is SHA256withRSA over the UTF-8 text, checked with node:crypto alone', () => {
    const message = 'wx8888888888888888\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\nprepay_id=wx1\n'
    const signature = signMessage(message, platform.privateKey)
    expect(createVerify('sha256').update(message, 'utf8').verify(platform.publicKey, signature, 'base64')).toBe(true)
    expect(createVerify('sha256').update(`${message} `).verify(platform.publicKey, signature, 'base64')).toBe(false)
  })
})
