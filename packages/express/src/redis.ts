// `@adapters/express/redis`: the Redis dedupe store, for apps running several instances behind a load balancer.
// It is typed structurally (an ioredis client fits), so this entry imports no Redis package itself.
export {
  DEFAULT_REDIS_DEDUPE_PREFIX,
  type RedisDedupeClient,
  RedisDedupeStore,
  type RedisDedupeStoreOptions,
} from '@core/client/notifications'
