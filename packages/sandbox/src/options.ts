import { createNonce } from '@core/signer'
import {
  DEFAULT_CALLBACK_TIMEOUT_MS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_HOST,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_SKEW_SECONDS,
  DEFAULT_MCHID,
  DEFAULT_MODE,
  DEFAULT_PORT,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from './constants.js'
import { invalidOption } from './errors.js'
import type { AnySandboxFamily } from './family.js'
import { checkFaultSettings, type FaultSettings } from './faults.js'
import type { SandboxKeys, SandboxMode } from './keys.js'

export interface SandboxOptions<Families extends readonly AnySandboxFamily[] = readonly AnySandboxFamily[]> {
  /**
   * The API families to emulate, e.g. `[busifavorSandbox, paySandbox]`; default busifavor alone. Each brings its
   * endpoints, handlers, state, seed helpers (`sb.seed`), views (`sb.state`) and callbacks.
   */
  families?: Families
  /** Port to listen on; default 0 (a free port, read it from `sb.url`). */
  port?: number
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string
  /**
   * Which platform key WeChat Pay signs with: `public-key` (微信支付公钥, `PUB_KEY_ID_…`, the default), `certificate`
   * (平台证书, served by `GET /v3/certificates`) or `both` (migration: the answer is signed with the key the request's
   * `Wechatpay-Serial` names, the certificate when it names none).
   */
  mode?: SandboxMode
  /** The merchant id the sandbox accepts; default `1900000001`. */
  mchid?: string
  /** The merchant certificate serial; random by default. */
  merchantSerial?: string
  /** The `PUB_KEY_ID_…` of the WeChat Pay public key; derived from the mchid by default. */
  publicKeyId?: string
  /** The 32-character APIv3 key; random by default. */
  apiv3Key?: string
  /** Private keys to use instead of generating RSA-2048 keys at start (see `generateSandboxKeys`). */
  keys?: SandboxKeys
  /** Epoch ms, the shape of `Date.now`. Drives signature windows, timestamps, expiry and daily limits. */
  clock?: () => number
  /** Request timestamp tolerance, default 300 s. */
  maxSkewSeconds?: number
  /** Seed of the fault PRNG (same seed, same request order → same faults). Random by default. */
  randomSeed?: number
  /** Faults in force from the start (same shape as `sb.faults.set`). */
  faults?: FaultSettings
  /** Pre-load the example values of the docs and of WeChat Pay's own pages (coupon `sxxe34343434`, …). */
  seedExamples?: boolean
  /**
   * Delays between callback attempts, for every family: when given, it replaces each family's own schedule
   * (busifavor: ten times 60 s; pay: WeChat Pay's 15 s, 15 s, 30 s, 3 min … 6 h). Use e.g. `[20, 20]` in tests.
   */
  callbackRetryDelaysMs?: readonly number[]
  /** A callback attempt that takes longer fails (and is retried); default 5000 ms. */
  callbackTimeoutMs?: number
  /**
   * Post every callback here instead of its own URL, from the start (see `sb.callbacks.forwardTo`), e.g. a local app's
   * `http://127.0.0.1:3000/wechatpay/notify`.
   */
  forwardCallbacksTo?: string
  /** Request-log entries kept (oldest dropped); default 10 000. */
  requestLogLimit?: number
  /** Largest request body accepted; default 3 MiB. */
  maxBodyBytes?: number
  /** Idle keep-alive connections are closed after this; default 8000 ms like WeChat Pay. */
  keepAliveTimeoutMs?: number
  /** A client must have sent its request headers within this, or gets 408 and a closed connection; default 10 000 ms. */
  headersTimeoutMs?: number
  /**
   * A client must have sent its whole request (headers and body) within this, or gets 408 and a closed connection;
   * default 30 000 ms. At least `headersTimeoutMs`. The sandbox's own time to answer (latency faults) does not count.
   */
  requestTimeoutMs?: number
}

export interface ResolvedOptions {
  families: readonly AnySandboxFamily[] | undefined
  port: number
  host: string
  mode: SandboxMode
  mchid: string
  merchantSerial: string | undefined
  publicKeyId: string | undefined
  apiv3Key: string
  keys: SandboxKeys | undefined
  clock: () => number
  maxSkewSeconds: number
  randomSeed: number | undefined
  faults: FaultSettings | undefined
  seedExamples: boolean
  /** `undefined`: each family's own schedule. */
  callbackRetryDelaysMs: readonly number[] | undefined
  callbackTimeoutMs: number
  forwardCallbacksTo: string | undefined
  requestLogLimit: number
  maxBodyBytes: number
  keepAliveTimeoutMs: number
  headersTimeoutMs: number
  requestTimeoutMs: number
}

const KNOWN = new Set([
  'families',
  'port',
  'host',
  'mode',
  'mchid',
  'merchantSerial',
  'publicKeyId',
  'apiv3Key',
  'keys',
  'clock',
  'maxSkewSeconds',
  'randomSeed',
  'faults',
  'seedExamples',
  'callbackRetryDelaysMs',
  'callbackTimeoutMs',
  'forwardCallbacksTo',
  'requestLogLimit',
  'maxBodyBytes',
  'keepAliveTimeoutMs',
  'headersTimeoutMs',
  'requestTimeoutMs',
])
const MODES: readonly SandboxMode[] = ['public-key', 'certificate', 'both']

function integer(value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidOption(`${name} must be an integer from ${min} to ${max} (got ${String(value)}).`)
  }
  return value
}

/** Applies the defaults and refuses unknown or ill-typed options with a `SandboxError` (code INVALID_OPTION). */
export function resolveOptions(options: SandboxOptions<readonly AnySandboxFamily[]> = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object') invalidOption('startSandbox takes an options object.')
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) invalidOption(`unknown option "${key}" (known: ${[...KNOWN].join(', ')}).`)
  }
  const o = options
  const mode = o.mode ?? DEFAULT_MODE
  if (!MODES.includes(mode)) invalidOption(`mode must be one of ${MODES.join(', ')} (got "${String(mode)}").`)
  const mchid = o.mchid ?? DEFAULT_MCHID
  if (typeof mchid !== 'string' || !/^\d{6,32}$/.test(mchid))
    invalidOption('mchid must be a string of digits (商户号).')
  const apiv3Key = o.apiv3Key ?? createNonce(32)
  if (typeof apiv3Key !== 'string' || Buffer.byteLength(apiv3Key) !== 32) {
    invalidOption('apiv3Key must be 32 bytes (the APIv3 密钥 is 32 characters).')
  }
  if (
    o.merchantSerial !== undefined &&
    (typeof o.merchantSerial !== 'string' || !/^[0-9A-Fa-f]+$/.test(o.merchantSerial))
  ) {
    invalidOption('merchantSerial must be a hex string (the merchant API certificate serial).')
  }
  if (o.publicKeyId !== undefined && (typeof o.publicKeyId !== 'string' || !/^PUB_KEY_ID_\w+$/.test(o.publicKeyId))) {
    invalidOption('publicKeyId must look like PUB_KEY_ID_0123….')
  }
  if (o.clock !== undefined && typeof o.clock !== 'function')
    invalidOption('clock must be a function returning epoch ms.')
  if (o.keys !== undefined) {
    if (o.keys === null || typeof o.keys !== 'object') invalidOption('keys must be an object.')
    for (const key of Object.keys(o.keys)) {
      if (!['merchant', 'platform', 'platformCertificate'].includes(key)) {
        invalidOption(`unknown key "keys.${key}" (known: merchant, platform, platformCertificate).`)
      }
    }
  }
  const delays = o.callbackRetryDelaysMs
  if (
    delays !== undefined &&
    (!Array.isArray(delays) || delays.some((d) => typeof d !== 'number' || !Number.isFinite(d) || d < 0))
  ) {
    invalidOption('callbackRetryDelaysMs must be an array of delays in ms, e.g. [20, 20].')
  }
  if (o.seedExamples !== undefined && typeof o.seedExamples !== 'boolean')
    invalidOption('seedExamples must be a boolean.')
  if (o.host !== undefined && typeof o.host !== 'string') invalidOption('host must be a string.')
  if (o.forwardCallbacksTo !== undefined && typeof o.forwardCallbacksTo !== 'string') {
    invalidOption('forwardCallbacksTo must be a URL string, e.g. http://127.0.0.1:3000/wechatpay/notify.')
  }
  const headersTimeoutMs = integer(o.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, 'headersTimeoutMs', 1)
  const requestTimeoutMs = integer(o.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, 'requestTimeoutMs', 1)
  // Node refuses a headers timeout longer than the request timeout: the headers are part of the request.
  if (headersTimeoutMs > requestTimeoutMs) {
    invalidOption(
      `headersTimeoutMs (${headersTimeoutMs}) must not exceed requestTimeoutMs (${requestTimeoutMs}): the headers are part of the request.`,
    )
  }
  if (o.families !== undefined) {
    const ok =
      Array.isArray(o.families) &&
      o.families.length > 0 &&
      o.families.every((f) => typeof f === 'object' && f !== null && typeof f.createState === 'function' && f.family)
    if (!ok) invalidOption('families must be a non-empty array of sandbox families (e.g. [busifavorSandbox]).')
  }
  return {
    families: o.families,
    port: integer(o.port ?? DEFAULT_PORT, 'port', 0, 65535),
    host: o.host ?? DEFAULT_HOST,
    mode,
    mchid,
    merchantSerial: o.merchantSerial,
    publicKeyId: o.publicKeyId,
    apiv3Key,
    keys: o.keys,
    clock: o.clock ?? Date.now,
    maxSkewSeconds: integer(o.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS, 'maxSkewSeconds', 0),
    randomSeed: o.randomSeed === undefined ? undefined : integer(o.randomSeed, 'randomSeed', 0, 0xffffffff),
    faults: o.faults === undefined ? undefined : checkFaultSettings(o.faults),
    seedExamples: o.seedExamples ?? false,
    callbackRetryDelaysMs: delays === undefined ? undefined : [...delays],
    callbackTimeoutMs: integer(o.callbackTimeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS, 'callbackTimeoutMs', 1),
    forwardCallbacksTo: o.forwardCallbacksTo,
    requestLogLimit: integer(o.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT, 'requestLogLimit', 0),
    maxBodyBytes: integer(o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, 'maxBodyBytes', 1),
    keepAliveTimeoutMs: integer(o.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS, 'keepAliveTimeoutMs', 1),
    headersTimeoutMs,
    requestTimeoutMs,
  }
}
