import { invalidOption } from './errors.js'
import { randomSeed, seededRandom } from './util.js'

/**
 * Faults injected into API answers. Rates are probabilities in [0, 1] rolled per request on a seeded PRNG, so a
 * given seed and request order always produce the same faults.
 */
export interface FaultSettings {
  /** Delay before answering: fixed ms, or a uniform range. */
  latencyMs?: number | { min: number; max: number }
  /** Share of requests answered 500 SYSTEM_ERROR. */
  serverErrorRate?: number
  /**
   * When true the 500 comes after the request took effect (the answer was "lost"): a retry with the same business
   * request-no must then get the original answer. Default false (nothing happens on the server).
   */
  serverErrorAfterCommit?: boolean
  /** Share of requests answered 429 FREQUENCY_LIMITED. */
  rateLimitRate?: number
  /** `Retry-After` seconds sent with 429 answers (WeChat Pay sends none by default). */
  retryAfterSeconds?: number
  /** Share of requests whose connection is destroyed before any byte of the answer. */
  resetRate?: number
  /** Share of answers cut off halfway through the body (Content-Length promises more), then the socket closes. */
  truncateRate?: number
  /** Share of answers signed over other bytes (a valid-looking signature that does not verify). */
  wrongSignatureRate?: number
  /** Share of answers without any `Wechatpay-*` signature headers. */
  missingSignatureRate?: number
  /** Share of answers whose signature is a `WECHATPAY/SIGNTEST/…` probe. */
  probeSignatureRate?: number
  /** Share of callbacks preceded by a probe delivery (a `WECHATPAY/SIGNTEST/` signature the merchant must refuse). */
  callbackProbeRate?: number
  /** Limit the faults to these endpoint ids (`deactivate_coupon`, `certificates`, …); all API requests by default. */
  endpoints?: readonly string[]
  /** Clear all faults after this many requests were affected (e.g. `1` to fail exactly the next request). */
  times?: number
  /** Reseed the PRNG (the same seed replays the same sequence of decisions). */
  seed?: number
}

export interface FaultDecision {
  latencyMs: number
  reset: boolean
  rateLimit: boolean
  serverError: boolean
  serverErrorAfterCommit: boolean
  retryAfterSeconds: number | undefined
  truncate: boolean
  signature: 'valid' | 'wrong' | 'missing' | 'probe'
}

const RATE_KEYS = [
  'serverErrorRate',
  'rateLimitRate',
  'resetRate',
  'truncateRate',
  'wrongSignatureRate',
  'missingSignatureRate',
  'probeSignatureRate',
  'callbackProbeRate',
] as const
const KNOWN = new Set<string>([
  ...RATE_KEYS,
  'latencyMs',
  'serverErrorAfterCommit',
  'retryAfterSeconds',
  'endpoints',
  'times',
  'seed',
])

const NONE: FaultDecision = Object.freeze({
  latencyMs: 0,
  reset: false,
  rateLimit: false,
  serverError: false,
  serverErrorAfterCommit: false,
  retryAfterSeconds: undefined,
  truncate: false,
  signature: 'valid',
})

function nonNegative(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    invalidOption(`faults.${name} must be a finite number >= 0 (got ${String(value)}).`)
  }
}

/** Checks a settings object: unknown keys and out-of-range values are refused with a typed error. */
export function checkFaultSettings(settings: unknown): FaultSettings {
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    invalidOption('faults must be an object such as { serverErrorRate: 0.1 }.')
  }
  const s = settings as Record<string, unknown>
  for (const key of Object.keys(s)) {
    if (!KNOWN.has(key)) invalidOption(`unknown fault "${key}" (known: ${[...KNOWN].join(', ')}).`)
  }
  for (const key of RATE_KEYS) {
    if (s[key] === undefined) continue
    nonNegative(s[key], key)
    if ((s[key] as number) > 1) invalidOption(`faults.${key} is a probability: use a number from 0 to 1.`)
  }
  const latency = s.latencyMs
  if (latency !== undefined) {
    if (typeof latency === 'object' && latency !== null) {
      const { min, max } = latency as { min: unknown; max: unknown }
      nonNegative(min, 'latencyMs.min')
      nonNegative(max, 'latencyMs.max')
      if ((max as number) < (min as number)) invalidOption('faults.latencyMs.max must be >= min.')
    } else nonNegative(latency, 'latencyMs')
  }
  if (s.retryAfterSeconds !== undefined) nonNegative(s.retryAfterSeconds, 'retryAfterSeconds')
  if (s.times !== undefined && (!Number.isInteger(s.times) || (s.times as number) < 1)) {
    invalidOption('faults.times must be a positive integer.')
  }
  if (s.seed !== undefined && !Number.isInteger(s.seed)) invalidOption('faults.seed must be an integer.')
  if (s.serverErrorAfterCommit !== undefined && typeof s.serverErrorAfterCommit !== 'boolean') {
    invalidOption('faults.serverErrorAfterCommit must be a boolean.')
  }
  if (s.endpoints !== undefined && (!Array.isArray(s.endpoints) || s.endpoints.some((e) => typeof e !== 'string'))) {
    invalidOption('faults.endpoints must be an array of endpoint ids.')
  }
  return s as FaultSettings
}

/** The run-time fault switchboard: `sb.faults`. */
export class Faults {
  #settings: FaultSettings = {}
  #random: () => number
  #remaining: number | undefined

  constructor(seed: number | undefined, initial?: FaultSettings) {
    this.#random = seededRandom(seed ?? randomSeed())
    if (initial !== undefined) this.set(initial)
  }

  /** Replaces the current faults (`set({})` or `reset()` clears them). */
  set(settings: FaultSettings): void {
    const checked = checkFaultSettings(settings)
    const { seed, ...rest } = checked
    if (seed !== undefined) this.#random = seededRandom(seed)
    this.#settings = { ...rest, ...(rest.endpoints ? { endpoints: [...rest.endpoints] } : {}) }
    this.#remaining = rest.times
  }

  /** Clears every fault. */
  reset(): void {
    this.#settings = {}
    this.#remaining = undefined
  }

  /** The faults in force (a copy). */
  get(): FaultSettings {
    return structuredClone(this.#settings)
  }

  #roll(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.#random() < rate
  }

  /** Rolls the dice for one API request. */
  decide(endpointId: string): FaultDecision {
    const s = this.#settings
    if (s.endpoints !== undefined && !s.endpoints.includes(endpointId)) return NONE
    let latencyMs = 0
    if (typeof s.latencyMs === 'number') latencyMs = s.latencyMs
    else if (s.latencyMs !== undefined)
      latencyMs = s.latencyMs.min + this.#random() * (s.latencyMs.max - s.latencyMs.min)
    const reset = this.#roll(s.resetRate)
    const rateLimit = !reset && this.#roll(s.rateLimitRate)
    const serverError = !reset && !rateLimit && this.#roll(s.serverErrorRate)
    const truncate = this.#roll(s.truncateRate)
    let signature: FaultDecision['signature'] = 'valid'
    if (this.#roll(s.missingSignatureRate)) signature = 'missing'
    else if (this.#roll(s.wrongSignatureRate)) signature = 'wrong'
    else if (this.#roll(s.probeSignatureRate)) signature = 'probe'
    const decision: FaultDecision = {
      latencyMs,
      reset,
      rateLimit,
      serverError,
      serverErrorAfterCommit: s.serverErrorAfterCommit === true,
      retryAfterSeconds: s.retryAfterSeconds,
      truncate,
      signature,
    }
    const affected = latencyMs > 0 || reset || rateLimit || serverError || truncate || signature !== 'valid'
    if (affected && this.#remaining !== undefined && --this.#remaining <= 0) this.reset()
    return decision
  }

  /** Whether the next callback gets a probe first. */
  probeCallback(): boolean {
    return this.#roll(this.#settings.callbackProbeRate)
  }
}
