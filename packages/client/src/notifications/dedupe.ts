import { invalidOptions } from './errors.js'

/**
 * Where notification ids are remembered so a redelivered callback is not applied twice. Methods may return values
 * or promises. TTLs are milliseconds.
 */
export interface DedupeStore {
  get(key: string): Promise<string | undefined> | string | undefined
  set(key: string, value: string, ttlMs: number): Promise<void> | void
  /** Sets `key` only when it has no live value; resolves `true` when this call set it. Must be atomic. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> | boolean
  delete(key: string): Promise<void> | void
}

/** Entries the memory store keeps before evicting the oldest (about 10 MB of ids). */
export const DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES = 100_000

export interface MemoryDedupeStoreOptions {
  /** Evict the oldest entries beyond this many (default {@link DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES}). */
  maxEntries?: number
  /** Millisecond clock (the shape of `Date.now`); inject it in tests. */
  clock?: () => number
}

interface Entry {
  value: string
  expiresAt: number
}

/**
 * A single-process store: ids are forgotten after their TTL or when more than `maxEntries` are kept. Use a shared
 * store such as {@link RedisDedupeStore} when several instances sit behind a load balancer.
 */
export class MemoryDedupeStore implements DedupeStore {
  // A Map iterates in insertion order and `#put` re-inserts, so the first entry is always the oldest write.
  readonly #entries = new Map<string, Entry>()
  readonly #maxEntries: number
  readonly #clock: () => number

  constructor(options: MemoryDedupeStoreOptions = {}) {
    for (const key of Object.keys(options)) {
      if (key !== 'maxEntries' && key !== 'clock') invalidOptions(`MemoryDedupeStore has no option "${key}".`)
    }
    const maxEntries = options.maxEntries ?? DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      invalidOptions('MemoryDedupeStore maxEntries must be a positive integer.')
    this.#maxEntries = maxEntries
    this.#clock = options.clock ?? Date.now
  }

  get size(): number {
    return this.#entries.size
  }

  get(key: string): string | undefined {
    const entry = this.#entries.get(key)
    if (entry === undefined) return undefined
    if (entry.expiresAt <= this.#clock()) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: string, ttlMs: number): void {
    this.#put(key, value, ttlMs)
  }

  setIfAbsent(key: string, value: string, ttlMs: number): boolean {
    if (this.get(key) !== undefined) return false
    this.#put(key, value, ttlMs)
    return true
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }

  #put(key: string, value: string, ttlMs: number): void {
    this.#entries.delete(key)
    this.#entries.set(key, { value, expiresAt: this.#clock() + ttlMs })
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string
      this.#entries.delete(oldest)
    }
  }
}

/**
 * The few Redis commands the store sends, typed structurally so `@core/client` needs no Redis dependency. An
 * `ioredis` client (or `Cluster`) fits as is.
 */
export interface RedisDedupeClient {
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number): Promise<'OK'>
  get(key: string): Promise<string | null>
  del(key: string): Promise<number>
}

/** Prefix of every key the Redis store writes, so its keys are easy to find and never collide with the app's. */
export const DEFAULT_REDIS_DEDUPE_PREFIX = 'wechatpay:notification:'

export interface RedisDedupeStoreOptions {
  /** An `ioredis` client (or anything with the same `set`/`get`/`del`). */
  redis: RedisDedupeClient
  /** Key prefix (default {@link DEFAULT_REDIS_DEDUPE_PREFIX}). */
  prefix?: string
}

/** Shares notification ids between app instances through Redis (`SET key value PX ttl NX` is the atomic claim). */
export class RedisDedupeStore implements DedupeStore {
  readonly #redis: RedisDedupeClient
  readonly #prefix: string

  constructor(options: RedisDedupeStoreOptions) {
    if (options === null || typeof options !== 'object') invalidOptions('RedisDedupeStore needs { redis }.')
    for (const key of Object.keys(options)) {
      if (key !== 'redis' && key !== 'prefix') invalidOptions(`RedisDedupeStore has no option "${key}".`)
    }
    const redis = options.redis as Partial<RedisDedupeClient> | undefined
    if (
      redis === undefined ||
      redis === null ||
      typeof redis.set !== 'function' ||
      typeof redis.get !== 'function' ||
      typeof redis.del !== 'function'
    ) {
      invalidOptions('RedisDedupeStore needs { redis }: an ioredis client (new Redis(url)).')
    }
    this.#redis = options.redis
    this.#prefix = options.prefix ?? DEFAULT_REDIS_DEDUPE_PREFIX
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.#redis.get(this.#prefix + key)) ?? undefined
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#redis.set(this.#prefix + key, value, 'PX', Math.max(1, Math.ceil(ttlMs)))
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.#redis.set(this.#prefix + key, value, 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK'
  }

  async delete(key: string): Promise<void> {
    await this.#redis.del(this.#prefix + key)
  }
}
