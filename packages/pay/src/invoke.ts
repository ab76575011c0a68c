import type { ValidationIssue } from '@core/client'
import { invalid } from '@core/kit'
import { createNonce, unixSeconds } from '@core/signer'

// The parameters the payer's client (JSAPI page, Mini Program, mobile app) invokes the payment with, signed by the
// merchant: SHA256withRSA with the merchant API private key over the documented lines, Base64 (protocol.md §6).
// Pure functions: the clock and the nonce have defaults and can be injected; the key stays inside `signer`.

/** Signs with the merchant API private key: SHA256withRSA over the message's UTF-8 bytes, Base64. */
export interface MessageSigner {
  signMessage(message: string): string
}

/** What {@link buildJsapiInvokeParams} takes. */
export interface JsapiInvokeInput {
  /** The AppID the order was placed with (公众号 or 小程序). */
  appid: string
  /** `prepay_id` from `jsapiPrepay` (the id itself, without `prepay_id=`). */
  prepay_id: string
  /** Unix seconds; default now. */
  timestamp?: number | string
  /** Default: a fresh 32-character nonce. */
  nonce?: string
}

/** What `wx.requestPayment` (小程序) and `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` (JSAPI) take. */
export interface JsapiInvokeParams {
  appId: string
  /** Unix seconds, as a string. */
  timeStamp: string
  nonceStr: string
  package: `prepay_id=${string}`
  signType: 'RSA'
  /** Base64 SHA256withRSA over {@link buildJsapiInvokeMessage}. */
  paySign: string
}

/** What {@link buildAppInvokeParams} takes. */
export interface AppInvokeInput {
  /** The mobile app's AppID the order was placed with. */
  appid: string
  /** Your merchant id (it becomes `partnerid`). */
  mchid: string
  /** `prepay_id` from `appPrepay`. */
  prepay_id: string
  /** Unix seconds; default now. */
  timestamp?: number | string
  /** Default: a fresh 32-character nonce. */
  nonce?: string
}

/** What the OpenSDK's `PayReq` takes on iOS and Android. */
export interface AppInvokeParams {
  appid: string
  /** The merchant id. */
  partnerid: string
  prepayid: string
  package: 'Sign=WXPay'
  noncestr: string
  /** Unix seconds, as a string. */
  timestamp: string
  /** Base64 SHA256withRSA over {@link buildAppInvokeMessage}. */
  sign: string
}

/** The JSAPI / 小程序 sign string: `appId\ntimeStamp\nnonceStr\npackage\n`. */
export function buildJsapiInvokeMessage(
  params: Pick<JsapiInvokeParams, 'appId' | 'timeStamp' | 'nonceStr' | 'package'>,
) {
  return `${params.appId}\n${params.timeStamp}\n${params.nonceStr}\n${params.package}\n`
}

/** The APP sign string: `appid\ntimestamp\nnoncestr\nprepayid\n`. */
export function buildAppInvokeMessage(params: Pick<AppInvokeParams, 'appid' | 'timestamp' | 'noncestr' | 'prepayid'>) {
  return `${params.appid}\n${params.timestamp}\n${params.noncestr}\n${params.prepayid}\n`
}

// Visible ASCII only: a line break inside a value would move the lines of the sign string.
const TOKEN = /^[\x21-\x7e]+$/
const NONCE = /^[0-9A-Za-z]{1,32}$/

interface Checked {
  timestamp: string
  nonce: string
}

function check(what: string, signer: unknown, input: unknown, fields: readonly string[]): Checked {
  const issues: ValidationIssue[] = []
  if (typeof (signer as MessageSigner | null)?.signMessage !== 'function') {
    issues.push({
      path: ['signer'],
      message: 'must have signMessage(message) signing with the merchant API private key',
    })
  }
  if (typeof input !== 'object' || input === null)
    invalid('@api/pay', what, [...issues, { path: [], message: 'the input must be an object' }])
  const given = input as Record<string, unknown>
  for (const field of fields) {
    const value = given[field]
    if (value === undefined) issues.push({ path: [field], message: 'is required' })
    else if (typeof value !== 'string' || !TOKEN.test(value))
      issues.push({ path: [field], message: 'must be a non-empty string of visible ASCII characters' })
  }
  if (typeof given.prepay_id === 'string' && given.prepay_id.startsWith('prepay_id=')) {
    issues.push({ path: ['prepay_id'], message: 'give the id itself, without "prepay_id="' })
  }
  const known = new Set([...fields, 'timestamp', 'nonce'])
  for (const key of Object.keys(given)) if (!known.has(key)) issues.push({ path: [key], message: 'unknown field' })
  const { timestamp = unixSeconds(), nonce = createNonce() } = given
  const seconds =
    typeof timestamp === 'number'
      ? Number.isSafeInteger(timestamp) && timestamp >= 0
        ? String(timestamp)
        : ''
      : timestamp
  if (typeof seconds !== 'string' || !/^\d+$/.test(seconds))
    issues.push({ path: ['timestamp'], message: 'must be unix seconds (a non-negative integer or its digits)' })
  if (typeof nonce !== 'string' || !NONCE.test(nonce))
    issues.push({ path: ['nonce'], message: 'must be 1 to 32 letters and digits' })
  if (issues.length) invalid('@api/pay', what, issues)
  return { timestamp: seconds as string, nonce: nonce as string }
}

function sign(what: string, signer: MessageSigner, message: string): string {
  const signature = signer.signMessage(message)
  if (typeof signature !== 'string' || signature === '') {
    invalid('@api/pay', what, [{ path: ['signer'], message: 'signMessage must return the Base64 signature' }])
  }
  return signature
}

/**
 * Signs the parameters a JSAPI page or a Mini Program invokes the payment with, from the `prepay_id` of `jsapiPrepay`:
 * `{ appId, timeStamp, nonceStr, package: 'prepay_id=…', signType: 'RSA', paySign }`, with `paySign` over
 * `appId\ntimeStamp\nnonceStr\npackage\n`. Give the result to `wx.requestPayment` or
 * `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` as is.
 * @throws {ValidationError} a missing or malformed field, a signer without `signMessage`; nothing is signed.
 * @example
 * ```ts
 * const { prepay_id } = await pay.jsapiPrepay(order)
 * res.json(buildJsapiInvokeParams(signer, { appid: order.appid, prepay_id }))
 * ```
 */
export function buildJsapiInvokeParams(signer: MessageSigner, input: JsapiInvokeInput): JsapiInvokeParams {
  const what = 'buildJsapiInvokeParams'
  const { timestamp, nonce } = check(what, signer, input, ['appid', 'prepay_id'])
  const unsigned = {
    appId: input.appid,
    timeStamp: timestamp,
    nonceStr: nonce,
    package: `prepay_id=${input.prepay_id}` as const,
  }
  return { ...unsigned, signType: 'RSA', paySign: sign(what, signer, buildJsapiInvokeMessage(unsigned)) }
}

/**
 * Signs the parameters a mobile app invokes the payment with (OpenSDK `PayReq`), from the `prepay_id` of `appPrepay`:
 * `{ appid, partnerid, prepayid, package: 'Sign=WXPay', noncestr, timestamp, sign }`, with `sign` over
 * `appid\ntimestamp\nnoncestr\nprepayid\n`.
 * @throws {ValidationError} a missing or malformed field, a signer without `signMessage`; nothing is signed.
 * @example
 * ```ts
 * const { prepay_id } = await pay.appPrepay(order)
 * res.json(buildAppInvokeParams(signer, { appid: order.appid, mchid: order.mchid, prepay_id }))
 * ```
 */
export function buildAppInvokeParams(signer: MessageSigner, input: AppInvokeInput): AppInvokeParams {
  const what = 'buildAppInvokeParams'
  const { timestamp, nonce } = check(what, signer, input, ['appid', 'mchid', 'prepay_id'])
  const unsigned = { appid: input.appid, timestamp, noncestr: nonce, prepayid: input.prepay_id }
  return {
    appid: input.appid,
    partnerid: input.mchid,
    prepayid: input.prepay_id,
    package: 'Sign=WXPay',
    noncestr: nonce,
    timestamp,
    sign: sign(what, signer, buildAppInvokeMessage(unsigned)),
  }
}
