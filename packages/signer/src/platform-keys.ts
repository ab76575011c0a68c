import type { KeyObject, X509Certificate } from 'node:crypto'
import { KeyFormatError } from './errors.js'
import { type KeyInput, loadPublicKey, normalizeSerial } from './keys.js'

// Map key for a serial: leading zeros are dropped because some stacks print serials as big integers (Java's
// BigInteger, Go's %X) and so lose them, while others keep whole bytes; both must find the same key.
function lookupKey(serial: string): string {
  const normalized = normalizeSerial(serial)
  return normalized.startsWith('PUB_KEY_ID_') ? normalized : normalized.replace(/^0+(?=.)/, '')
}

export interface PlatformKeyInfo {
  serial: string
  key: KeyObject
  /** Validity of a platform certificate; absent for `PUB_KEY_ID_` public keys. */
  notBefore?: Date
  notAfter?: Date
}

export interface PlatformKeysOptions {
  /**
   * The merchant's own certificate serial. Adding it is refused: a response "signed" by the merchant key would
   * otherwise verify, which is exactly the confusion an attacker with a leaked merchant key would exploit.
   */
  merchantSerial?: string
}

export type PlatformKeysInit =
  | PlatformKeys
  | Record<string, KeyInput | X509Certificate>
  | Iterable<[string, KeyInput | X509Certificate]>

/**
 * One store of WeChat Pay's verification keys by serial: platform certificates (hex serials) and WeChat Pay public keys
 * (`PUB_KEY_ID_…`) side by side, so rotation and the certificate → public-key migration need no configuration change.
 */
export class PlatformKeys {
  readonly #keys = new Map<string, PlatformKeyInfo>()
  readonly #merchantSerial: string | undefined

  constructor(init?: PlatformKeysInit, options: PlatformKeysOptions = {}) {
    this.#merchantSerial = options.merchantSerial === undefined ? undefined : normalizeSerial(options.merchantSerial)
    if (init === undefined) return
    if (init instanceof PlatformKeys) {
      for (const info of init.#keys.values()) this.#put(info)
      return
    }
    const entries = Symbol.iterator in Object(init) ? (init as Iterable<[string, KeyInput]>) : Object.entries(init)
    for (const [serial, key] of entries) this.add(serial, key)
  }

  /** A `PlatformKeys` as is, or a new one from a plain `serial → key` record. */
  static from(init: PlatformKeysInit, options?: PlatformKeysOptions): PlatformKeys {
    return init instanceof PlatformKeys && options === undefined ? init : new PlatformKeys(init, options)
  }

  /** Adds (or replaces) the key for `serial`. Returns `this` for chaining. */
  add(serial: string, key: KeyInput | X509Certificate, validity: { notBefore?: Date; notAfter?: Date } = {}): this {
    if (typeof serial !== 'string' || serial.trim() === '') {
      throw new KeyFormatError('@core/signer: a platform key needs its serial (证书序列号 or PUB_KEY_ID_…).', {
        code: 'INVALID_KEY',
      })
    }
    this.#put({ serial: normalizeSerial(serial), key: loadPublicKey(key), ...validity })
    return this
  }

  #put(info: PlatformKeyInfo): void {
    if (this.#merchantSerial !== undefined && lookupKey(info.serial) === lookupKey(this.#merchantSerial)) {
      throw new KeyFormatError(
        `@core/signer: serial ${info.serial} is the merchant's own certificate serial; platform keys must be WeChat Pay's (平台证书 or 微信支付公钥).`,
        { code: 'MERCHANT_SERIAL' },
      )
    }
    // Re-inserting moves the serial to the end, so insertion order stays "oldest first".
    const id = lookupKey(info.serial)
    this.#keys.delete(id)
    this.#keys.set(id, info)
  }

  get(serial: string): KeyObject | undefined {
    return (this.#keys.get(serial) ?? this.#keys.get(lookupKey(serial)))?.key
  }

  info(serial: string): PlatformKeyInfo | undefined {
    return this.#keys.get(lookupKey(serial))
  }

  has(serial: string): boolean {
    return this.get(serial) !== undefined
  }

  delete(serial: string): boolean {
    return this.#keys.delete(lookupKey(serial))
  }

  /** Serials in insertion order, oldest first. */
  serials(): string[] {
    return [...this.#keys.values()].map((info) => info.serial)
  }

  get size(): number {
    return this.#keys.size
  }

  /**
   * The serial to name in `Wechatpay-Serial` when encrypting: a WeChat Pay public key when there is one (the
   * direction WeChat Pay migrates to), else the certificate with the latest `notBefore`, else the last added.
   */
  newest(): string | undefined {
    let best: PlatformKeyInfo | undefined
    for (const info of this.#keys.values()) {
      if (best === undefined) {
        best = info
        continue
      }
      const infoIsPub = info.serial.startsWith('PUB_KEY_ID_')
      const bestIsPub = best.serial.startsWith('PUB_KEY_ID_')
      if (infoIsPub !== bestIsPub) {
        if (infoIsPub) best = info
        continue
      }
      if ((info.notBefore?.getTime() ?? 0) >= (best.notBefore?.getTime() ?? 0)) best = info
    }
    return best?.serial
  }
}
