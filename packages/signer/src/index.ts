// Every export is named here on purpose: this file is the package's public contract.
export {
  AEAD_ALGORITHM,
  decryptResource,
  type EncryptedResource,
  type EncryptResourceOptions,
  encryptResource,
} from './aes.js'
export {
  AuthorizationFormatError,
  type DecryptionCode,
  DecryptionError,
  InvalidArgumentError,
  isAuthorizationFormatError,
  isDecryptionError,
  isInvalidArgumentError,
  isKeyFormatError,
  isNotificationFormatError,
  isSignatureVerificationError,
  isWechatPayError,
  type KeyFormatCode,
  KeyFormatError,
  NotificationFormatError,
  type SignatureVerificationCode,
  SignatureVerificationError,
  WechatPayError,
  type WechatPayErrorOptions,
} from './errors.js'
export { type HeadersInput, headerValue } from './headers.js'
export { certificateSerial, type KeyInput, loadPrivateKey, loadPublicKey, normalizeSerial } from './keys.js'
export {
  type Body,
  buildRequestMessage,
  buildRequestMessageBytes,
  buildVerifyMessage,
  buildVerifyMessageBytes,
  type RequestMessageInput,
  type VerifyMessageInput,
} from './messages.js'
export { createNonce, unixSeconds } from './nonce.js'
export { decryptSensitive, encryptSensitive } from './oaep.js'
export { type PlatformKeyInfo, PlatformKeys, type PlatformKeysInit, type PlatformKeysOptions } from './platform-keys.js'
export {
  AUTHORIZATION_SCHEME,
  type ParsedAuthorization,
  parseAuthorization,
  type SignedRequest,
  type SignRequestInput,
  signMessage,
  signRequest,
  signRequestAsync,
  verifySignatureBytes,
} from './sign.js'
export { buildV2Message, signV2, type V2Params, type V2SignType } from './v2.js'
export {
  DEFAULT_MAX_SKEW_SECONDS,
  type NotificationEnvelope,
  SIGNATURE_PROBE_PREFIX,
  type VerifiedNotification,
  type VerifiedSignature,
  type VerifyNotificationInput,
  type VerifyResponseInput,
  verifyNotification,
  verifyResponse,
} from './verify.js'
