import type { KeyObject } from 'node:crypto'
import { type SignedRequest, type SignRequestInput, signRequest, signRequestAsync } from '@core/signer'
import type { Host, ResolvedOptions } from '../options.js'
import type { Prepared } from './prepared.js'
import { JSON_TYPE } from './serialize.js'

/**
 * What the sign step hands to the signer. A class, not an object literal: on the thread pool it outlives many
 * allocations, and V8 would pretenure a literal's allocation site (see SignParts in @core/signer for the measured cost).
 */
class SignInput implements SignRequestInput {
  constructor(
    readonly mchid: string,
    readonly serial: string,
    readonly privateKey: KeyObject,
    readonly method: string,
    readonly url: string,
    readonly body: Buffer | string,
    readonly timestamp: number,
    readonly nonce: string | undefined,
  ) {}
}

/** The request headers of one attempt: the signature, the serial the answer should be signed with, the caller's. */
export function attemptHeaders(
  request: Prepared,
  signed: SignedRequest,
  o: ResolvedOptions,
  wechatpaySerial: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: JSON_TYPE,
    'user-agent': o.userAgent,
    authorization: signed.authorization,
  }
  if (request.contentType !== undefined) headers['content-type'] = request.contentType
  const serial = request.wechatpaySerial ?? wechatpaySerial
  if (serial !== undefined) headers['wechatpay-serial'] = serial
  if (request.headers !== undefined) Object.assign(headers, request.headers)
  return headers
}

/**
 * Step 3, sign: a fresh timestamp and nonce per attempt, over the exact path and bytes that are sent. `async` signs on
 * the libuv thread pool; sync signing returns the headers directly (no promise, no extra microtask per call).
 */
export function signAttempt(
  request: Prepared,
  host: Host,
  o: ResolvedOptions,
  wechatpaySerial: string | undefined,
  async: boolean,
): Record<string, string> | Promise<Record<string, string>> {
  const input = new SignInput(
    o.mchid,
    o.serial,
    o.privateKey,
    request.method,
    host.basePath + request.path,
    request.signBody,
    Math.floor(o.clock() / 1000),
    o.nonce?.(),
  )
  if (!async) return attemptHeaders(request, signRequest(input), o, wechatpaySerial)
  return signRequestAsync(input).then((signed) => attemptHeaders(request, signed, o, wechatpaySerial))
}
