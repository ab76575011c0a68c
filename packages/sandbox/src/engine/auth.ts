import type { KeyObject } from 'node:crypto'
import { isWechatPayError, normalizeSerial, type ParsedAuthorization, parseAuthorization } from '@core/signer'
import { verifyRequestSignature } from '@core/signer/testing'
import { ApiProblem } from '../problem.js'
import { describeRefusal, type RefusedCheck, type SignatureRefusal } from './refusal.js'

export interface AuthenticatorInit {
  mchid: string
  serial: string
  publicKey: KeyObject
  clock: () => number
  maxSkewSeconds: number
}

/** The request as the authenticator checks it. */
export interface SignedRequestInput {
  method: string
  /** Path and query exactly as received. */
  url: string
  /** The signed bytes (an upload's `meta` part). */
  body: Uint8Array
  authorization: string | undefined
  /** The Host header, to recognise a sign string built over the full URL. */
  host: string | undefined
}

/** A 401 SIGN_ERROR with what the sandbox checked, for its request log. */
export class SignatureRefused extends ApiProblem {
  readonly refusal: SignatureRefusal

  constructor(refusal: SignatureRefusal) {
    super(401, 'SIGN_ERROR', refusal.reason)
    this.refusal = refusal
  }
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

  #refuse(
    request: SignedRequestInput,
    check: RefusedCheck,
    reason: string,
    auth: ParsedAuthorization | undefined,
  ): never {
    throw new SignatureRefused(
      describeRefusal({
        check,
        reason,
        method: request.method,
        url: request.url,
        host: request.host,
        body: request.body,
        header: request.authorization,
        auth,
        mchid: this.#init.mchid,
        serial: this.#serial,
        now: Math.floor(this.#init.clock() / 1000),
        maxSkewSeconds: this.#init.maxSkewSeconds,
        publicKey: this.#init.publicKey,
      }),
    )
  }

  /**
   * @returns the caller's mchid.
   * @throws {SignatureRefused} 401 SIGN_ERROR with a message that says which check failed (never echoing the
   * signature) and the diagnostics the request log keeps.
   */
  check(request: SignedRequestInput): string {
    const header = request.authorization
    if (header === undefined || header === '') {
      this.#refuse(
        request,
        'authorization-missing',
        'Authorization 头缺失：请按 APIv3 签名规则对请求签名 (WECHATPAY2-SHA256-RSA2048)',
        undefined,
      )
    }
    let auth: ParsedAuthorization
    try {
      auth = parseAuthorization(header)
    } catch (error) {
      const reason = isWechatPayError(error) ? error.message.replace(/^@core\/signer: /, '') : 'unparseable'
      return this.#refuse(request, 'authorization-format', `Http头Authorization值格式错误：${reason}`, undefined)
    }
    if (auth.mchid !== this.#init.mchid) {
      this.#refuse(request, 'mchid', `商户号 ${auth.mchid} 不存在或与证书不匹配`, auth)
    }
    if (normalizeSerial(auth.serial_no) !== this.#serial) {
      this.#refuse(request, 'serial', `商户证书序列号 ${auth.serial_no} 无效：该商户当前的 API 证书序列号不是它`, auth)
    }
    const now = Math.floor(this.#init.clock() / 1000)
    const timestamp = Number(auth.timestamp)
    if (Math.abs(now - timestamp) > this.#init.maxSkewSeconds) {
      this.#refuse(
        request,
        'timestamp',
        `请求时间戳 ${auth.timestamp} 与服务器时间相差 ${now - timestamp} 秒，超过 ${this.#init.maxSkewSeconds} 秒：请校准时钟`,
        auth,
      )
    }
    const { method, url, body } = request
    if (!verifyRequestSignature({ method, url, body, authorization: auth, publicKey: this.#init.publicKey })) {
      this.#refuse(
        request,
        'signature',
        '签名错误：签名串应为 METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n，BODY 为实际发送的字节',
        auth,
      )
    }
    const seen = this.#nonces.get(auth.nonce_str)
    if (seen !== undefined && seen >= now) {
      this.#refuse(request, 'nonce-reused', `随机串 nonce_str 重复：${auth.nonce_str} 已在有效期内使用过`, auth)
    }
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
