import { loadPrivateKey, normalizeSerial, PlatformKeys } from '@core/signer'
import {
  DEFAULT_BASE_URL,
  DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS,
  DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  DEFAULT_SIGNING_MODE,
  DEFAULT_TIMEOUTS,
  type RetryOptions,
  type Timeouts,
  VERSION,
} from './constants.js'
import { invalid, type ValidationIssue } from './errors.js'

import type { ClientOptions, Host, ResolvedOptions } from './options.js'

const CLIENT_KEYS = new Set<string>([
  'mchid',
  'serial',
  'privateKey',
  'platformKeys',
  'apiv3Key',
  'baseUrl',
  'backupBaseUrl',
  'wechatpaySerial',
  'dispatcher',
  'timeouts',
  'retry',
  'clock',
  'nonce',
  'userAgent',
  'hooks',
  'autoRefresh',
  'signing',
  'maxSkewSeconds',
  'maxResponseBytes',
])
export const REQUEST_KEYS = new Set<string>([
  'method',
  'url',
  'params',
  'query',
  'json',
  'body',
  'multipart',
  'headers',
  'idempotent',
  'signal',
  'retry',
  'timeouts',
  'wechatpaySerial',
  'maxResponseBytes',
])
export const UPLOAD_KEYS = new Set<string>([
  'file',
  'filename',
  'url',
  'idempotent',
  'signal',
  'retry',
  'timeouts',
  'maxResponseBytes',
])
const TIMEOUT_KEYS = new Set<string>(Object.keys(DEFAULT_TIMEOUTS))
const RETRY_KEYS = new Set<string>(Object.keys(DEFAULT_RETRY))
const HOOK_KEYS = new Set<string>(['onRequest', 'onResponse', 'onRetry', 'onError'])
const AUTO_REFRESH_KEYS = new Set<string>(['intervalMs', 'cooldownMs'])
const SIGNING_MODES = new Set<string>(['auto', 'sync', 'async'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Pushes an issue for every key of `value` not in `known`. */
export function unknownKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  for (const key in value) {
    if (!known.has(key))
      issues.push({ path: [...path, key], message: `unknown option (known: ${[...known].join(', ')})` })
  }
}

function checkNumbers(
  value: unknown,
  known: ReadonlySet<string>,
  path: string,
  issues: ValidationIssue[],
): Record<string, number> | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value)) {
    issues.push({ path: [path], message: 'must be an object' })
    return undefined
  }
  unknownKeys(value, known, [path], issues)
  for (const key of known) {
    const n = value[key]
    if (n !== undefined && (typeof n !== 'number' || !Number.isFinite(n) || n < 0)) {
      issues.push({ path: [path, key], message: 'must be a non-negative number of milliseconds' })
    }
  }
  return value as Record<string, number>
}

/** Merges partial timeouts over `base`, validating them. */
export function resolveTimeouts(value: unknown, base: Timeouts, issues: ValidationIssue[]): Timeouts {
  const partial = checkNumbers(value, TIMEOUT_KEYS, 'timeouts', issues)
  return partial === undefined ? base : { ...base, ...stripUndefined(partial) }
}

/** Merges a partial retry policy over `base` (`false` turns retries off), validating it. */
export function resolveRetry(
  value: unknown,
  base: RetryOptions | false,
  issues: ValidationIssue[],
): RetryOptions | false {
  if (value === false) return false
  if (value === undefined) return base
  const partial = checkNumbers(value, RETRY_KEYS, 'retry', issues)
  if (partial === undefined) return base
  const merged = { ...(base === false ? DEFAULT_RETRY : base), ...stripUndefined(partial) }
  if (!Number.isInteger(merged.retries)) issues.push({ path: ['retry', 'retries'], message: 'must be an integer' })
  return merged
}

/** A `maxResponseBytes` (client or call): a positive whole number of bytes; `base` when not given. */
export function resolveMaxBytes(value: unknown, base: number, issues: ValidationIssue[]): number {
  if (value === undefined) return base
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    issues.push({ path: ['maxResponseBytes'], message: 'must be a positive whole number of bytes' })
    return base
  }
  return value
}

// A header value as Node and undici accept it: tab, printable ASCII and latin-1, nothing that could split a header.
export const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const SERIAL = /^(?:PUB_KEY_ID_[0-9A-Za-z_]+|[0-9A-Fa-f]+)$/

/** A `wechatpaySerial` (client or call): a platform certificate serial (hex) or a `PUB_KEY_ID_…` id. */
export function checkSerial(value: unknown, issues: ValidationIssue[]): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !SERIAL.test(value.trim())) {
    issues.push({ path: ['wechatpaySerial'], message: 'must be a platform serial (hex) or a PUB_KEY_ID_… id' })
    return undefined
  }
  return normalizeSerial(value)
}

/** What a call may override of the client's settings. */
export interface CallSettings {
  retry: RetryOptions | false
  timeouts: Timeouts
  maxResponseBytes: number
}

/** A call's `retry`, `timeouts` and `maxResponseBytes` over the client's (the same objects when not overridden). */
export function callSettings(
  options: { retry?: unknown; timeouts?: unknown; maxResponseBytes?: unknown },
  base: ResolvedOptions,
  issues: ValidationIssue[],
): CallSettings {
  return {
    retry: options.retry === undefined ? base.retry : resolveRetry(options.retry, base.retry, issues),
    timeouts: options.timeouts === undefined ? base.timeouts : resolveTimeouts(options.timeouts, base.timeouts, issues),
    maxResponseBytes: resolveMaxBytes(options.maxResponseBytes, base.maxResponseBytes, issues),
  }
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const RESERVED_HEADERS = new Set(['authorization', 'host', 'content-length'])
// The serial of the key `encrypt()` used: named by the client, so an encrypted field and its header always agree.
const SERIAL_HEADER = 'wechatpay-serial'

/** A call's extra `headers`, names lower-cased; the client's own (signing depends on them) are refused. */
export function checkHeaders(input: unknown, issues: ValidationIssue[]): Record<string, string> | undefined {
  if (typeof input !== 'object' || input === null) {
    issues.push({ path: ['headers'], message: 'must be an object of strings' })
    return undefined
  }
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(input)) {
    const lower = name.toLowerCase()
    if (!TOKEN.test(name)) issues.push({ path: ['headers'], message: 'has a name that is not a valid header name' })
    else if (RESERVED_HEADERS.has(lower))
      issues.push({ path: ['headers', name], message: 'is set by the client (signing depends on it)' })
    else if (lower === SERIAL_HEADER)
      issues.push({
        path: ['headers', name],
        message: 'is set by the client (the serial of the key encrypt() uses); to name another, pass wechatpaySerial',
      })
    else if (typeof value !== 'string' || !HEADER_VALUE.test(value))
      issues.push({ path: ['headers', name], message: 'must be a single-line string without control characters' })
    else out[lower] = value
  }
  return out
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  const out: Partial<T> = {}
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) out[key] = value[key]
  return out
}

function parseHost(value: unknown, name: string, issues: ValidationIssue[]): Host | undefined {
  if (typeof value !== 'string') {
    issues.push({ path: [name], message: 'must be a URL string such as https://api.mch.weixin.qq.com' })
    return undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // The value itself is never echoed: a secret pasted into the wrong option must not reach a log.
    issues.push({
      path: [name],
      message: 'is not a URL; expected an absolute URL such as https://api.mch.weixin.qq.com',
    })
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    issues.push({ path: [name], message: 'must be http: or https:' })
    return undefined
  }
  if (url.username || url.password || url.search || url.hash) {
    issues.push({ path: [name], message: 'must have no credentials, query or fragment' })
    return undefined
  }
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') }
}

function defaultUserAgent(): string {
  return `@core/client/${VERSION} (node ${process.version}; ${process.platform}/${process.arch})`
}

/**
 * Validates `createClient` options: unknown keys and wrong types are collected into one `ValidationError`.
 * Key parsing errors from the signer (`KeyFormatError`) pass through; neither ever echoes key material.
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (!isRecord(options)) invalid('createClient needs an options object', [{ path: [], message: 'not an object' }])
  const issues: ValidationIssue[] = []
  unknownKeys(options, CLIENT_KEYS, [], issues)
  const o = options as Partial<ClientOptions>
  if (typeof o.mchid !== 'string' || !/^\d+$/.test(o.mchid))
    issues.push({ path: ['mchid'], message: 'must be the 商户号 (digits)' })
  if (typeof o.serial !== 'string' || !/^[0-9A-Fa-f]+$/.test(o.serial)) {
    issues.push({ path: ['serial'], message: 'must be the merchant API certificate serial (hex, 商户API证书序列号)' })
  }
  if (o.privateKey === undefined) issues.push({ path: ['privateKey'], message: 'is required (apiclient_key.pem)' })
  let apiv3Key: Buffer | undefined
  if (o.apiv3Key !== undefined) {
    apiv3Key =
      typeof o.apiv3Key === 'string'
        ? Buffer.from(o.apiv3Key, 'utf8')
        : o.apiv3Key instanceof Uint8Array
          ? Buffer.from(o.apiv3Key)
          : undefined
    // The length is all that is reported: the value itself never enters a message.
    if (apiv3Key === undefined || apiv3Key.length !== 32) {
      issues.push({ path: ['apiv3Key'], message: 'must be the 32-byte APIv3 密钥' })
    }
  }
  const primary = parseHost(o.baseUrl ?? DEFAULT_BASE_URL, 'baseUrl', issues)
  const backup = o.backupBaseUrl === undefined ? undefined : parseHost(o.backupBaseUrl, 'backupBaseUrl', issues)
  const wechatpaySerial = checkSerial(o.wechatpaySerial, issues)
  if (o.dispatcher !== undefined && typeof (o.dispatcher as { request?: unknown }).request !== 'function') {
    issues.push({ path: ['dispatcher'], message: 'must be an undici Dispatcher (Agent, Pool, Client, MockAgent…)' })
  }
  const timeouts = resolveTimeouts(o.timeouts, DEFAULT_TIMEOUTS, issues)
  const retry = resolveRetry(o.retry, DEFAULT_RETRY, issues)
  for (const name of ['clock', 'nonce'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'function')
      issues.push({ path: [name], message: 'must be a function' })
  }
  if (o.userAgent !== undefined && (typeof o.userAgent !== 'string' || !HEADER_VALUE.test(o.userAgent))) {
    issues.push({ path: ['userAgent'], message: 'must be a single-line string' })
  }
  if (o.hooks !== undefined) {
    if (!isRecord(o.hooks)) issues.push({ path: ['hooks'], message: 'must be an object of functions' })
    else {
      unknownKeys(o.hooks, HOOK_KEYS, ['hooks'], issues)
      for (const key of HOOK_KEYS) {
        const hook = o.hooks[key]
        if (hook !== undefined && typeof hook !== 'function')
          issues.push({ path: ['hooks', key], message: 'must be a function' })
      }
    }
  }
  let autoRefresh: ResolvedOptions['autoRefresh']
  if (o.autoRefresh !== undefined && o.autoRefresh !== false) {
    const given = o.autoRefresh === true ? {} : checkNumbers(o.autoRefresh, AUTO_REFRESH_KEYS, 'autoRefresh', issues)
    autoRefresh = {
      intervalMs: given?.intervalMs ?? DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS,
      cooldownMs: given?.cooldownMs ?? DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS,
    }
    if (o.apiv3Key === undefined)
      issues.push({ path: ['autoRefresh'], message: 'needs apiv3Key to decrypt certificates' })
  }
  if (o.signing !== undefined && !SIGNING_MODES.has(o.signing as string)) {
    issues.push({ path: ['signing'], message: "must be 'auto', 'sync' or 'async'" })
  }
  if (
    o.maxSkewSeconds !== undefined &&
    (typeof o.maxSkewSeconds !== 'number' || !Number.isFinite(o.maxSkewSeconds) || o.maxSkewSeconds < 0)
  ) {
    issues.push({ path: ['maxSkewSeconds'], message: 'must be a non-negative number of seconds' })
  }
  const maxResponseBytes = resolveMaxBytes(o.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, issues)
  if (o.platformKeys === undefined && o.apiv3Key === undefined) {
    issues.push({
      path: ['platformKeys'],
      message:
        'is required: the WeChat Pay public key (PUB_KEY_ID_…) or platform certificates; or give apiv3Key to download certificates',
    })
  }
  if (
    o.platformKeys !== undefined &&
    !(o.platformKeys instanceof PlatformKeys) &&
    typeof (o.platformKeys as { serials?: unknown }).serials === 'function'
  ) {
    // A store from another copy of @core/signer would be read as an empty record and verify nothing.
    issues.push({
      path: ['platformKeys'],
      message:
        'is a PlatformKeys from another copy of @core/signer; install a single version (npm dedupe) or pass a record serial → key',
    })
  } else if (
    o.platformKeys !== undefined &&
    (typeof o.platformKeys === 'string' || (!isRecord(o.platformKeys) && !(Symbol.iterator in Object(o.platformKeys))))
  ) {
    issues.push({ path: ['platformKeys'], message: 'must be a PlatformKeys store or a record serial → key' })
  }
  if (issues.length) invalid('invalid createClient options', issues)

  const privateKey = loadPrivateKey(o.privateKey!)
  const serial = normalizeSerial(o.serial!)
  // A shared store is used as is, so keys added elsewhere (rotation, an adapter) are seen here too.
  const platformKeys =
    o.platformKeys instanceof PlatformKeys
      ? o.platformKeys
      : new PlatformKeys(o.platformKeys ?? {}, { merchantSerial: serial })
  if (platformKeys.has(serial)) {
    invalid('invalid createClient options', [
      {
        path: ['platformKeys'],
        message: `holds the merchant's own serial ${serial}; platform keys must be WeChat Pay's`,
      },
    ])
  }
  return {
    mchid: o.mchid!,
    serial,
    privateKey,
    platformKeys,
    apiv3Key,
    primary: primary!,
    backup,
    wechatpaySerial,
    dispatcher: o.dispatcher,
    timeouts,
    retry,
    clock: o.clock ?? Date.now,
    nonce: o.nonce,
    userAgent: o.userAgent ?? defaultUserAgent(),
    hooks: o.hooks,
    autoRefresh,
    signing: o.signing ?? DEFAULT_SIGNING_MODE,
    maxSkewSeconds: o.maxSkewSeconds,
    maxResponseBytes,
  }
}
