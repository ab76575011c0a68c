import { generateKeyPairSync } from 'node:crypto'
import { PlatformKeys } from '@core/signer'
import { describe, expect, it } from 'vitest'
import { createClient } from './client.js'
import { DEFAULT_RETRY, DEFAULT_TIMEOUTS } from './constants.js'
import { isValidationError, type ValidationIssue } from './errors.js'
import type { ClientOptions } from './options.js'
import { resolveOptions } from './resolve-options.js'

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
// The platform side only needs some public key here; the merchant's own serves (its serial differs).
const platform = merchant
const base: ClientOptions = {
  mchid: '1900000001',
  serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
  privateKey: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  platformKeys: { PUB_KEY_ID_0114232134912410000000000000000000: platform.publicKey },
}

function issuesOf(options: unknown): ValidationIssue[] {
  try {
    createClient(options as ClientOptions)
  } catch (error) {
    if (isValidationError(error)) return error.issues
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('createClient options', () => {
  it('createClient(valid options) fills the named defaults', () => {
    const resolved = resolveOptions(base)
    expect(resolved.timeouts).toEqual(DEFAULT_TIMEOUTS)
    expect(resolved.retry).toEqual(DEFAULT_RETRY)
    expect(resolved.primary).toEqual({ origin: 'https://api.mch.weixin.qq.com', basePath: '' })
    expect(resolved.signing).toBe('auto')
    expect(resolved.userAgent).toMatch(/^@core\/client\/\d/)
    expect(resolved.privateKey.type).toBe('private')
  })

  it('createClient with unknown keys at any level names each one', () => {
    expect(
      issuesOf({ ...base, baseURL: 'x', timeouts: { conect: 1 }, retry: { retry: 1 }, hooks: { onResponce() {} } }).map(
        (i) => i.path,
      ),
    ).toEqual([['baseURL'], ['timeouts', 'conect'], ['retry', 'retry'], ['hooks', 'onResponce']])
  })

  it('createClient with wrong types reports every field at once', () => {
    const paths = issuesOf({
      mchid: 19,
      serial: 'not hex',
      apiv3Key: 'short',
      baseUrl: 'ftp://x',
      timeouts: { headers: -1 },
      retry: { retries: 1.5 },
      signing: 'fast',
      clock: 1,
      autoRefresh: true,
    }).map((i) => i.path.join('.'))
    expect(paths).toEqual([
      'mchid',
      'serial',
      'privateKey',
      'apiv3Key',
      'baseUrl',
      'timeouts.headers',
      'retry.retries',
      'clock',
      'signing',
    ])
  })

  it('createClient needs platform keys unless an APIv3 key allows downloading them', () => {
    const { platformKeys: _, ...rest } = base
    expect(issuesOf(rest).map((i) => i.path)).toEqual([['platformKeys']])
    expect(() => createClient({ ...rest, apiv3Key: 'k'.repeat(32) })).not.toThrow()
  })

  it('autoRefresh without apiv3Key is refused', () => {
    expect(issuesOf({ ...base, autoRefresh: true }).map((i) => i.path)).toEqual([['autoRefresh']])
  })

  it("platform keys holding the merchant's own serial are refused", () => {
    expect(() => createClient({ ...base, platformKeys: { [base.serial]: platform.publicKey } })).toThrow(/own/)
  })

  it('a shared PlatformKeys store is used as is (keys added later are seen)', () => {
    const store = new PlatformKeys()
    const client = createClient({ ...base, platformKeys: store })
    expect(client.platformKeys).toBe(store)
    expect(client.wechatpaySerial).toBeUndefined()
    store.add('PUB_KEY_ID_0000000000000000000000000000000001', platform.publicKey)
    expect(client.wechatpaySerial).toBe('PUB_KEY_ID_0000000000000000000000000000000001')
  })

  it('a PlatformKeys from another copy of the signer is refused instead of read as empty', () => {
    const foreign = { serials: () => ['PUB_KEY_ID_1'], get: () => undefined, add() {} }
    expect(issuesOf({ ...base, platformKeys: foreign })[0]!.message).toContain('another copy')
  })

  it('baseUrl keeps a path prefix for signing and drops the trailing slash', () => {
    expect(resolveOptions({ ...base, baseUrl: 'http://127.0.0.1:8080/sandbox/' }).primary).toEqual({
      origin: 'http://127.0.0.1:8080',
      basePath: '/sandbox',
    })
  })

  it('retry: false and partial overrides merge over the defaults', () => {
    expect(resolveOptions({ ...base, retry: false }).retry).toBe(false)
    expect(resolveOptions({ ...base, retry: { retries: 5 } }).retry).toEqual({ ...DEFAULT_RETRY, retries: 5 })
    expect(resolveOptions({ ...base, timeouts: { body: 1 } }).timeouts).toEqual({ ...DEFAULT_TIMEOUTS, body: 1 })
  })
})
