import type { KeyObject } from 'node:crypto'
import { isWechatPayError, normalizeSerial, parseAuthorization } from '@core/signer'
import { verifyRequestSignature } from '@core/signer/testing'
import { ApiProblem, signError } from '../problem.js'

export interface AuthenticatorInit {
  mchid: string
  serial: string
  publicKey: KeyObject
  clock: () => number
  maxSkewSeconds: number
}

// Pruning the nonce cache on every request would cost more than it saves; every this many inserts is enough.
const PRUNE_EVERY = 1024

/**
 * Checks a merchant's `Authorization` the way WeChat Pay does: strict format, known mchid and serial, timestamp within
 * the window, SHA256withRSA over the exact bytes received, and a nonce never seen within the window.
 */
export class MerchantAuthenticator {
  readonly #init: AuthenticatorInit
  readonly #serial: string
  /** nonce → unix seconds after which it may be forgotten. */
  readonly #nonces = new Map<string, number>()
  #inserts = 0

  constructor(init: AuthenticatorInit) {
    this.#init = init
    this.#serial = normalizeSerial(init.serial)
  }

  /**
   * @returns the caller's mchid.
   * @throws {ApiProblem} 401 SIGN_ERROR with a message that says which check failed (never echoing the signature).
   */
  check(method: string, url: string, body: Uint8Array, header: string | undefined): string {
    if (header === undefined || header === '') {
      throw signError('Authorization 头缺失：请按 APIv3 签名规则对请求签名 (WECHATPAY2-SHA256-RSA2048)')
    }
    let auth: ReturnType<typeof parseAuthorization>
    try {
      auth = parseAuthorization(header)
    } catch (error) {
      const reason = isWechatPayError(error) ? error.message.replace(/^@core\/signer: /, '') : 'unparseable'
      throw signError(`Http头Authorization值格式错误：${reason}`)
    }
    if (auth.mchid !== this.#init.mchid) throw signError(`商户号 ${auth.mchid} 不存在或与证书不匹配`)
    if (normalizeSerial(auth.serial_no) !== this.#serial) {
      throw signError(`商户证书序列号 ${auth.serial_no} 无效：该商户当前的 API 证书序列号不是它`)
    }
    const now = Math.floor(this.#init.clock() / 1000)
    const timestamp = Number(auth.timestamp)
    if (Math.abs(now - timestamp) > this.#init.maxSkewSeconds) {
      throw signError(
        `请求时间戳 ${auth.timestamp} 与服务器时间相差 ${now - timestamp} 秒，超过 ${this.#init.maxSkewSeconds} 秒：请校准时钟`,
      )
    }
    if (!verifyRequestSignature({ method, url, body, authorization: auth, publicKey: this.#init.publicKey })) {
      throw signError('签名错误：签名串应为 METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n，BODY 为实际发送的字节')
    }
    const seen = this.#nonces.get(auth.nonce_str)
    if (seen !== undefined && seen >= now)
      throw signError(`随机串 nonce_str 重复：${auth.nonce_str} 已在有效期内使用过`)
    this.#nonces.set(auth.nonce_str, timestamp + this.#init.maxSkewSeconds)
    if (++this.#inserts % PRUNE_EVERY === 0) this.#prune(now)
    return auth.mchid
  }

  #prune(now: number): void {
    for (const [nonce, until] of this.#nonces) if (until < now) this.#nonces.delete(nonce)
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem
}
