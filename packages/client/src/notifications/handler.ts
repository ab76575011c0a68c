import {
  createNonce,
  DEFAULT_MAX_SKEW_SECONDS,
  type HeadersInput,
  isDecryptionError,
  isNotificationFormatError,
  isSignatureVerificationError,
  type KeyInput,
  PlatformKeys,
  type VerifiedNotification,
  verifyNotification,
} from '@core/signer'
import { MemoryDedupeStore } from './dedupe.js'
import { bodyAlreadyParsed, bodyNotRaw, invalidOptions, isNotificationConfigurationError } from './errors.js'
import type {
  NotificationErrorInfo,
  NotificationHandler,
  NotificationHandlerOptions,
  NotificationOutcome,
  NotificationRequest,
  NotificationResult,
  NotificationSource,
  NotificationStatus,
} from './types.js'

/** Largest callback body read (1 MB); WeChat Pay's callbacks are a few KB. Larger bodies get 413. */
export const DEFAULT_NOTIFICATION_MAX_BODY_BYTES = 1024 * 1024
/** How long a handled id is remembered: WeChat Pay redelivers for about 24 h (15 s … 6 h apart), plus margin. */
export const DEFAULT_DEDUPE_TTL_SECONDS = 25 * 60 * 60
/**
 * How long a delivery being handled holds its id. If the process dies mid-handler the claim expires and a later
 * redelivery runs the handler; keep it above your handler's longest run.
 */
export const DEFAULT_PROCESSING_TTL_SECONDS = 60

const DONE = 'done'
const PROCESSING_PREFIX = 'processing:'

const FAIL_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const

/** A FAIL answer; adapters use it for what they detect before calling `handle` (oversize stream, parsed body). */
export function notificationFailure(
  status: Exclude<NotificationStatus, 204>,
  outcome: NotificationOutcome,
  message: string,
  error?: unknown,
  id?: string,
): NotificationResult {
  const result: NotificationResult = {
    status,
    headers: { ...FAIL_HEADERS },
    body: { code: 'FAIL', message },
    outcome,
  }
  if (id !== undefined) result.id = id
  if (error !== undefined) result.error = error
  return result
}

const SOURCE_KEYS = new Set(['platformKeys', 'apiv3Key', 'client'])
const OPTION_KEYS = new Set([
  'onNotification',
  'maxSkewSeconds',
  'clock',
  'dedupe',
  'maxBodyBytes',
  'ttlSeconds',
  'processingTtlSeconds',
  'onError',
])

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    invalidOptions(`${name} must be a positive number of ${name.endsWith('Bytes') ? 'bytes' : 'seconds'}.`)
  return value
}

function defaultOnError(error: unknown, info: NotificationErrorInfo): void {
  if (info.status < 500) return
  console.error(
    `@core/client: notification ${info.id ?? '(not verified)'} answered ${info.status} (${info.outcome}):`,
    error,
  )
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength
}

/** Maps a verification/decryption failure to WeChat Pay's ack rules. */
function classify(error: unknown): NotificationResult {
  if (isNotificationConfigurationError(error)) {
    return notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', error)
  }
  if (isSignatureVerificationError(error)) {
    if (error.code === 'MISSING_HEADER')
      return notificationFailure(400, 'invalid', 'missing Wechatpay-* headers', error)
    if (error.code === 'BODY_NOT_RAW')
      return notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', error)
    // MALFORMED_HEADER (a control character in a Wechatpay-* value) is a forgery attempt like BAD_SIGNATURE — the
    // headers are there but cannot be genuine, e.g. bytes moved from the body into the nonce — so it is 401 as well:
    // every signature failure answers the same status on every adapter.
    return notificationFailure(401, 'rejected', `signature verification failed (${error.code})`, error)
  }
  if (isNotificationFormatError(error)) return notificationFailure(400, 'invalid', 'malformed notification body', error)
  if (isDecryptionError(error)) {
    // The signature verified, so the body is WeChat Pay's: a tag mismatch means our APIv3 key differs from the
    // merchant platform's. That is ours to fix, and a redelivery after the fix must succeed: 5xx.
    if (error.code === 'AUTH_TAG_MISMATCH' || error.code === 'INVALID_APIV3_KEY')
      return notificationFailure(500, 'failed', 'resource could not be decrypted', error)
    return notificationFailure(400, 'invalid', 'malformed notification resource', error)
  }
  // e.g. a certificate refresh that failed on the network: temporary, let WeChat Pay redeliver.
  return notificationFailure(500, 'failed', 'notification could not be verified now; retry later', error)
}

/**
 * Builds the framework-neutral core of a callback endpoint: verify the raw body (signature, skew, probe), decrypt,
 * dedupe by notification id, call your handler, and produce WeChat Pay's answer.
 * @example
 * const notifications = createNotificationHandler({ platformKeys, apiv3Key }, {
 *   onNotification: async (event) => { await grantCoupon(event.resource) },
 * })
 * const { status, headers, body } = await notifications.handle({ headers: req.headers, body: rawBody })
 * @throws {NotificationConfigurationError} for invalid options (code `INVALID_OPTIONS`).
 */
export function createNotificationHandler<Resource = unknown, Context = undefined>(
  source: NotificationSource,
  options: NotificationHandlerOptions<Resource, Context>,
): NotificationHandler<Context> {
  if (source === null || typeof source !== 'object')
    invalidOptions('createNotificationHandler needs { platformKeys, apiv3Key } or { client } first.')
  if (options === null || typeof options !== 'object')
    invalidOptions('createNotificationHandler needs options with onNotification.')
  for (const key of Object.keys(source)) {
    if (!SOURCE_KEYS.has(key))
      invalidOptions(`unknown option "${key}" (expected platformKeys and apiv3Key, or client).`)
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) invalidOptions(`unknown notification option "${key}".`)
  }
  if (typeof options.onNotification !== 'function') invalidOptions('onNotification must be a function.')

  let verify: (headers: HeadersInput, body: string | Uint8Array, now: number | undefined) => Promise<unknown>
  const clock = options.clock
  if (clock !== undefined && typeof clock !== 'function') invalidOptions('clock must be a function returning ms.')
  const maxSkewSeconds =
    options.maxSkewSeconds === undefined ? undefined : positive('maxSkewSeconds', options.maxSkewSeconds, 0)
  if ('client' in source && source.client !== undefined) {
    if ('platformKeys' in source || 'apiv3Key' in source)
      invalidOptions('give either { client } or { platformKeys, apiv3Key }, not both.')
    const client = source.client
    if (client === null || typeof client !== 'object' || typeof client.verifyNotification !== 'function')
      invalidOptions('client must be a @core/client client (it needs verifyNotification).')
    // One source of truth for time checks: a second, silently ignored setting here would only mislead.
    if (maxSkewSeconds !== undefined)
      invalidOptions('with { client }, set maxSkewSeconds on the client: createClient({ maxSkewSeconds }).')
    verify = (headers, body) => client.verifyNotification({ headers, body })
  } else {
    const { platformKeys, apiv3Key } = source as { platformKeys?: unknown; apiv3Key?: unknown }
    if (platformKeys === undefined || platformKeys === null || typeof platformKeys !== 'object')
      invalidOptions(
        'platformKeys is required (WeChat Pay public keys or platform certificates by serial), or give { client }.',
      )
    if (typeof apiv3Key !== 'string' && !(apiv3Key instanceof Uint8Array))
      invalidOptions('apiv3Key is required to decrypt notification resources (APIv3 密钥), or give { client }.')
    // Checked here so a wrong key fails at startup, not on the first paid callback. Never echo the key.
    const keyLength = typeof apiv3Key === 'string' ? Buffer.byteLength(apiv3Key, 'utf8') : apiv3Key.byteLength
    if (keyLength !== 32)
      invalidOptions(
        `apiv3Key must be 32 bytes (got ${keyLength}); use the APIv3 密钥 from 商户平台 > API安全, not the APIv2 key.`,
      )
    const keys = PlatformKeys.from(platformKeys as PlatformKeys | Record<string, KeyInput>)
    const skew = maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS
    verify = async (headers, body, now) =>
      verifyNotification({
        headers,
        body,
        platformKeys: keys,
        apiv3Key,
        maxSkewSeconds: skew,
        ...(now === undefined ? {} : { now }),
      })
  }

  const maxBodyBytes = positive('maxBodyBytes', options.maxBodyBytes, DEFAULT_NOTIFICATION_MAX_BODY_BYTES)
  const ttlMs = positive('ttlSeconds', options.ttlSeconds, DEFAULT_DEDUPE_TTL_SECONDS) * 1000
  const processingTtlMs =
    positive('processingTtlSeconds', options.processingTtlSeconds, DEFAULT_PROCESSING_TTL_SECONDS) * 1000
  const store = options.dedupe ?? new MemoryDedupeStore(clock === undefined ? {} : { clock })
  for (const method of ['get', 'set', 'setIfAbsent', 'delete'] as const) {
    if (typeof store?.[method] !== 'function')
      invalidOptions(`dedupe must implement get, set, setIfAbsent and delete (${method} is missing).`)
  }
  const onNotification = options.onNotification
  const onError = options.onError ?? defaultOnError
  // Deliveries of one id in flight in this process: a concurrent duplicate shares the first one's answer.
  const inflight = new Map<string, Promise<NotificationResult>>()

  function report(result: NotificationResult): NotificationResult {
    if (result.status !== 204) {
      try {
        onError(result.error, {
          status: result.status,
          outcome: result.outcome,
          ...(result.id === undefined ? {} : { id: result.id }),
        })
      } catch {
        // A failing logger must not change the answer WeChat Pay gets.
      }
    }
    return result
  }

  async function claim(id: string, token: string): Promise<'claimed' | 'done' | 'busy'> {
    // Two rounds: the other delivery's claim may expire between our setIfAbsent and get.
    for (let round = 0; round < 2; round++) {
      if (await store.setIfAbsent(id, token, processingTtlMs)) return 'claimed'
      const current = await store.get(id)
      if (current === DONE) return 'done'
      if (current !== undefined) return 'busy'
    }
    return 'busy'
  }

  async function run(event: VerifiedNotification<Resource>, context: Context): Promise<NotificationResult> {
    const id = event.id
    const token = PROCESSING_PREFIX + createNonce(16)
    let state: 'claimed' | 'done' | 'busy'
    try {
      state = await claim(id, token)
    } catch (error) {
      return notificationFailure(500, 'failed', 'dedupe store unavailable; retry later', error, id)
    }
    if (state === 'done') return { status: 204, headers: {}, outcome: 'duplicate', id }
    if (state === 'busy') {
      return notificationFailure(409, 'in-progress', `notification ${id} is being handled; retry later`, undefined, id)
    }
    try {
      await onNotification(event, context)
    } catch (error) {
      try {
        // Release only our own claim, so WeChat Pay's redelivery can run the handler again.
        if ((await store.get(id)) === token) await store.delete(id)
      } catch {
        // The claim then expires after processingTtlSeconds.
      }
      return notificationFailure(500, 'failed', 'notification handler failed; retry later', error, id)
    }
    try {
      await store.set(id, DONE, ttlMs)
    } catch (error) {
      // The work is done: answer 204 anyway (a 5xx would make WeChat Pay redeliver it), but say so.
      try {
        onError(error, { status: 204, outcome: 'handled', id })
      } catch {}
    }
    return { status: 204, headers: {}, outcome: 'handled', id }
  }

  async function handle(request: NotificationRequest<Context>): Promise<NotificationResult> {
    const body = (request as { body?: unknown } | undefined)?.body
    if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
      const error =
        typeof body === 'object' && body !== null
          ? bodyAlreadyParsed('@core/client')
          : bodyNotRaw('@core/client', body === null ? 'null' : typeof body)
      return notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', error)
    }
    if (byteLength(body) > maxBodyBytes) {
      return notificationFailure(413, 'too-large', `notification body exceeds ${maxBodyBytes} bytes`)
    }
    let event: VerifiedNotification<Resource>
    try {
      const now = clock === undefined ? undefined : Math.floor(clock() / 1000)
      event = (await verify(request.headers, body, now)) as VerifiedNotification<Resource>
    } catch (error) {
      return classify(error)
    }
    const id = event.id
    if (typeof id !== 'string' || id === '') {
      return notificationFailure(400, 'invalid', 'notification has no id')
    }
    let pending = inflight.get(id)
    if (pending === undefined) {
      pending = run(event, request.context as Context).finally(() => inflight.delete(id))
      inflight.set(id, pending)
    }
    const result = await pending
    return { ...result, headers: { ...result.headers } }
  }

  return {
    async handle(request) {
      try {
        return report(await handle(request))
      } catch (error) {
        // Not expected (every step catches its own errors); a callback endpoint must still never crash.
        return report(notificationFailure(500, 'failed', 'internal error; retry later', error))
      }
    },
    maxBodyBytes,
    dedupe: store,
  }
}
