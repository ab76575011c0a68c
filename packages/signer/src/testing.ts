// `@core/signer/testing`: WeChat Pay's side of the protocol, for the sandbox and for your own tests — sign answers and
// callbacks as WeChat Pay does, check a merchant's request signature, issue test certificates. A merchant's production
// code never needs these. Every export is named here on purpose: this file is the subpath's public contract.
export {
  type SignResponseInput,
  signResponse,
  signResponseAsync,
  verifyRequestSignature,
  type WechatPaySignatureHeaders,
} from './responses.js'
export {
  type SignedTestNotification,
  type SignNotificationForTestInput,
  signNotificationForTest,
  type TestNotificationEvent,
} from './test-notifications.js'
export { type CreateCertificateInput, createCertificate, type DistinguishedName } from './x509.js'
