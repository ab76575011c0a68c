export { DEFAULT_REDIS_DEDUPE_PREFIX, RedisDedupeClient, RedisDedupeStore, RedisDedupeStoreOptions } from '@core/client/notifications';
