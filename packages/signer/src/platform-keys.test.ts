import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isKeyFormatError } from './errors.js'
import { PlatformKeys } from './platform-keys.js'

const a = generateKeyPairSync('rsa', { modulusLength: 2048 })
const b = generateKeyPairSync('rsa', { modulusLength: 2048 })

describe('PlatformKeys', () => {
  it('holds certificate serials and PUB_KEY_ID_ keys side by side', () => {
    const keys = new PlatformKeys({ '5157F09EFDC096DE15EBE81A47057A7232F1B8E1': a.publicKey })
    keys.add('PUB_KEY_ID_0114232134912410000000000000', b.publicKey)
    expect(keys.size).toBe(2)
    expect(keys.get('5157f09efdc096de15ebe81a47057a7232f1b8e1')?.equals(a.publicKey)).toBe(true)
    expect(keys.get('PUB_KEY_ID_0114232134912410000000000000')?.equals(b.publicKey)).toBe(true)
    expect(keys.has('PUB_KEY_ID_1')).toBe(false)
    expect(keys.serials()).toEqual([
      '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
      'PUB_KEY_ID_0114232134912410000000000000',
    ])
  })
  it('finds a serial whether or not its leading zeros were printed', () => {
    const keys = new PlatformKeys([['0A1B2C', a.publicKey]])
    expect(keys.get('A1B2C')?.equals(a.publicKey)).toBe(true)
    expect(keys.get('000A1B2C')?.equals(a.publicKey)).toBe(true)
  })
  it('refuses the merchant serial', () => {
    const keys = new PlatformKeys(undefined, { merchantSerial: '898DBAD30F416EC7' })
    let error: unknown
    try {
      keys.add('898dbad30f416ec7', a.publicKey)
    } catch (e) {
      error = e
    }
    expect(isKeyFormatError(error) && error.code).toBe('MERCHANT_SERIAL')
    expect(keys.size).toBe(0)
  })
  it('newest() prefers a WeChat Pay public key, then the latest certificate', () => {
    const keys = new PlatformKeys()
    keys.add('AA', a.publicKey, { notBefore: new Date('2024-01-01') })
    keys.add('BB', b.publicKey, { notBefore: new Date('2023-01-01') })
    expect(keys.newest()).toBe('AA')
    keys.add('PUB_KEY_ID_1', b.publicKey)
    expect(keys.newest()).toBe('PUB_KEY_ID_1')
    expect(new PlatformKeys().newest()).toBeUndefined()
  })
  it('from() returns the same store, or builds one from a record', () => {
    const keys = new PlatformKeys({ AA: a.publicKey })
    expect(PlatformKeys.from(keys)).toBe(keys)
    expect(PlatformKeys.from({ AA: a.publicKey }).has('AA')).toBe(true)
    expect(new PlatformKeys(keys).serials()).toEqual(['AA'])
  })
  it('refuses an empty serial and a private key PEM', () => {
    const pem = a.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    expect(() => new PlatformKeys({ '': a.publicKey })).toThrow(/serial/)
    expect(() => new PlatformKeys({ AA: pem })).toThrow(/private key/)
  })
  it('delete() removes a rotated-out key', () => {
    const keys = new PlatformKeys({ AA: a.publicKey, BB: b.publicKey })
    expect(keys.delete('aa')).toBe(true)
    expect(keys.serials()).toEqual(['BB'])
  })
})
