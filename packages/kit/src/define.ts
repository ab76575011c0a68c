// `@core/kit/define`: what a family's definitions are written with — no HTTP client, no facade — so a family's
// `/schemas` entry (used by the sandbox and the docs generator) loads nothing but zod and these helpers.
// Every export is named here on purpose: this file is the subpath's public contract.
export {
  type DocLink,
  type EndpointDocs,
  type EndpointError,
  type ExampleCode,
  type ExampleInput,
  exampleCode,
  isExampleCode,
  type LocalizedDocs,
} from './docs.js'
export {
  type AnyEndpoint,
  type BodyEncoding,
  type CamelCase,
  defineEndpoint,
  type Endpoint,
  type EndpointDefinition,
  type EndpointInput,
  type EndpointMethod,
  type EndpointOutput,
  type Idempotency,
} from './endpoint.js'
export { type AnyFamily, defineFamily, type Family, type FamilyInfo } from './family.js'
export { type FieldMeta, fen, fieldMeta, queryInt, REQUEST, RESPONSE, rfc3339, type Style } from './fields.js'
export {
  type AnyNotification,
  defineNotification,
  NOTIFICATION_ACK,
  NOTIFICATION_HEADERS,
  type NotificationDefinition,
  type NotificationDocs,
  type NotificationEvent,
  notificationEnvelope,
} from './notification.js'
