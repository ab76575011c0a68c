// `@api/catalog`: types for every WeChat Pay APIv3 operation and webhook, generated from the spec files in spec/
// (scripts/catalog, `npm run catalog`). Importing it (even as `import '@api/catalog'`) declares the routes to
// `@core/client`, whose `request('POST /v3/…')`, `chain('v3/…')` and chained properties then type their options and
// answers, and whose `verifyNotification<'EVENT.TYPE'>` types the resource. At runtime it holds one small index.
// Every export is named here on purpose: this file is the package's public contract.
import type { CatalogEvents } from './generated/events.js'
import type { CatalogPaths, CatalogRoutes } from './generated/routes.js'

declare module '@core/client' {
  interface WechatPayRoutes extends CatalogRoutes {}
  interface WechatPayPaths extends CatalogPaths {}
  interface WechatPayEvents extends CatalogEvents {}
}

export { ENCRYPTED_FIELDS } from './generated/encrypted.js'
export type { CatalogEvents } from './generated/events.js'
export type { CatalogPaths, CatalogRoutes } from './generated/routes.js'
export { encryptedFields } from './runtime.js'
