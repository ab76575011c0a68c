import { K as KeyInput, E as EncryptedResource, B as Body } from './sign-<chunk>.js';
export { A as AEAD_ALGORITHM, a as AUTHORIZATION_SCHEME, b as EncryptResourceOptions, P as ParsedAuthorization, R as RequestMessageInput, S as SignRequestInput, c as SignedRequest, V as VerifyMessageInput, d as buildRequestMessage, e as buildRequestMessageBytes, f as buildVerifyMessage, g as buildVerifyMessageBytes, h as certificateSerial, i as decryptResource, j as encryptResource, l as loadPrivateKey, k as loadPublicKey, n as normalizeSerial, p as parseAuthorization, s as signMessage, m as signRequest, o as signRequestAsync, v as verifySignatureBytes } from './sign-<chunk>.js';
import { KeyObject, X509Certificate } from 'node:crypto';

interface WechatPayErrorOptions {
    code: string;
    cause?: unknown;
}
/** Base of every error thrown by the wechatpay-ts packages. `name` and `code` are stable, literal strings. */
declare class WechatPayError extends Error {
    readonly name: string;
    readonly code: string;
    constructor(message: string, options: WechatPayErrorOptions);
    /** A JSON form without the stack: safe to log (no secret ever enters a message). */
    toJSON(): Record<string, unknown>;
}
type SignatureVerificationCode = 'MISSING_HEADER' | 'UNKNOWN_SERIAL' | 'TIMESTAMP_SKEW' | 'SIGNATURE_PROBE' | 'BAD_SIGNATURE' | 'UNSUPPORTED_SIGNATURE_TYPE' | 'BODY_NOT_RAW' | 'MALFORMED_HEADER';
/** A response or callback whose signature cannot be trusted. Never retry: treat the message as forged. */
declare class SignatureVerificationError extends WechatPayError {
    readonly name: "SignatureVerificationError";
    readonly code: SignatureVerificationCode;
    /** The `Wechatpay-Serial` the message named, when there was one. */
    readonly serial: string | undefined;
    constructor(message: string, options: {
        code: SignatureVerificationCode;
        serial?: string;
        cause?: unknown;
    });
}
type DecryptionCode = 'INVALID_APIV3_KEY' | 'AUTH_TAG_MISMATCH' | 'BAD_CIPHERTEXT' | 'UNSUPPORTED_ALGORITHM' | 'OAEP_FAILED';
/** AES-256-GCM or RSA-OAEP decryption failed. */
declare class DecryptionError extends WechatPayError {
    readonly name: "DecryptionError";
    readonly code: DecryptionCode;
}
type KeyFormatCode = 'INVALID_KEY' | 'NOT_RSA' | 'WRONG_KEY_TYPE' | 'INVALID_CERTIFICATE' | 'MERCHANT_SERIAL';
/** A key, certificate or serial that cannot be used. The message never contains the key material. */
declare class KeyFormatError extends WechatPayError {
    readonly name: "KeyFormatError";
    readonly code: KeyFormatCode;
}
/** An `Authorization` header that is not a well-formed `WECHATPAY2-SHA256-RSA2048` header. */
declare class AuthorizationFormatError extends WechatPayError {
    readonly name: "AuthorizationFormatError";
    readonly code: 'MALFORMED_AUTHORIZATION';
}
/** A callback body that verified but is not a WeChat Pay notification envelope. */
declare class NotificationFormatError extends WechatPayError {
    readonly name: "NotificationFormatError";
    readonly code: 'MALFORMED_NOTIFICATION';
}
/** An argument that the caller must fix (wrong type, empty, out of range). */
declare class InvalidArgumentError extends WechatPayError {
    readonly name: "InvalidArgumentError";
    readonly code: 'INVALID_ARGUMENT';
}
declare function isWechatPayError(error: unknown): error is WechatPayError;
declare function isSignatureVerificationError(error: unknown): error is SignatureVerificationError;
declare function isDecryptionError(error: unknown): error is DecryptionError;
declare function isKeyFormatError(error: unknown): error is KeyFormatError;
declare function isAuthorizationFormatError(error: unknown): error is AuthorizationFormatError;
declare function isNotificationFormatError(error: unknown): error is NotificationFormatError;
declare function isInvalidArgumentError(error: unknown): error is InvalidArgumentError;

/** Anything a Node or fetch-style server hands over as headers. */
type HeadersInput = {
    get(name: string): string | null;
} | Record<string, string | string[] | number | undefined | null>;
/**
 * Case-insensitive header lookup over `Headers`, Node's `IncomingHttpHeaders` or a plain record. `lower` may be given
 * when the caller already has the lower-case name (hot paths).
 */
declare function headerValue(headers: HeadersInput, name: string, lower?: string): string | undefined;

/** A nonce of `length` (default 32) characters from `[0-9A-Za-z]`, drawn from the CSPRNG without modulo bias. */
declare function createNonce(length?: number): string;
/** Unix seconds from a millisecond clock (the shape of `Date.now`). */
declare function unixSeconds(clock?: () => number): number;

/**
 * Encrypts a sensitive field (name, phone, …) with WeChat Pay's public key or platform certificate: RSA-OAEP with
 * SHA-1/MGF1-SHA-1, base64. The request must then name that key in `Wechatpay-Serial`.
 */
declare function encryptSensitive(plaintext: string, publicKey: KeyInput): string;
/** Decrypts a sensitive field WeChat Pay encrypted with the merchant's certificate. */
declare function decryptSensitive(ciphertext: string, privateKey: KeyInput): string;

interface PlatformKeyInfo {
    serial: string;
    key: KeyObject;
    /** Validity of a platform certificate; absent for `PUB_KEY_ID_` public keys. */
    notBefore?: Date;
    notAfter?: Date;
}
interface PlatformKeysOptions {
    /**
     * The merchant's own certificate serial. Adding it is refused: a response "signed" by the merchant key would
     * otherwise verify, which is exactly the confusion an attacker with a leaked merchant key would exploit.
     */
    merchantSerial?: string;
}
type PlatformKeysInit = PlatformKeys | Record<string, KeyInput | X509Certificate> | Iterable<[string, KeyInput | X509Certificate]>;
/**
 * One store of WeChat Pay's verification keys by serial: platform certificates (hex serials) and WeChat Pay public keys
 * (`PUB_KEY_ID_…`) side by side, so rotation and the certificate → public-key migration need no configuration change.
 */
declare class PlatformKeys {
    #private;
    constructor(init?: PlatformKeysInit, options?: PlatformKeysOptions);
    /** A `PlatformKeys` as is, or a new one from a plain `serial → key` record. */
    static from(init: PlatformKeysInit, options?: PlatformKeysOptions): PlatformKeys;
    /** Adds (or replaces) the key for `serial`. Returns `this` for chaining. */
    add(serial: string, key: KeyInput | X509Certificate, validity?: {
        notBefore?: Date;
        notAfter?: Date;
    }): this;
    get(serial: string): KeyObject | undefined;
    info(serial: string): PlatformKeyInfo | undefined;
    has(serial: string): boolean;
    delete(serial: string): boolean;
    /** Serials in insertion order, oldest first. */
    serials(): string[];
    get size(): number;
    /**
     * The serial to name in `Wechatpay-Serial` when encrypting: a WeChat Pay public key when there is one (the
     * direction WeChat Pay migrates to), else the certificate with the latest `notBefore`, else the last added.
     */
    newest(): string | undefined;
}

type V2SignType = 'HMAC-SHA256' | 'MD5';
type V2Params = Record<string, string | number | boolean | null | undefined>;
/**
 * `stringA` of the APIv2 signature: non-empty parameters except `sign`, sorted by name (ASCII), joined as `k=v&…`.
 */
declare function buildV2Message(params: V2Params): string;
/**
 * The APIv2 signature used by front-end coupon issuance (小程序/H5 发券): `stringA&key=KEY`, then MD5 or HMAC-SHA256
 * keyed by the APIv2 key, uppercase hex.
 */
declare function signV2(params: V2Params, key: string, signType?: V2SignType): string;

/** WeChat Pay's documented tolerance between its timestamp and ours. */
declare const DEFAULT_MAX_SKEW_SECONDS = 300;
/** Signatures starting with this are WeChat Pay's deliberate probes: they must never verify. */
declare const SIGNATURE_PROBE_PREFIX = "WECHATPAY/SIGNTEST/";
interface VerifyResponseInput {
    headers: HeadersInput;
    /** The raw body exactly as received: a string, Buffer or Uint8Array (`''` for 204). Never a parsed object. */
    body: Body | ArrayBuffer;
    platformKeys: PlatformKeys | Record<string, KeyInput>;
    /** Unix seconds; defaults to now. Inject it in tests and when replaying recorded callbacks. */
    now?: number;
    /** Reject when |now − Wechatpay-Timestamp| exceeds this (default 300 s; exactly 300 s is accepted). */
    maxSkewSeconds?: number;
}
interface VerifiedSignature {
    serial: string;
    timestamp: number;
    nonce: string;
}
/**
 * Verifies the `Wechatpay-*` signature of a response or callback over its raw body.
 * @returns the serial, timestamp and nonce that were checked.
 * @throws {SignatureVerificationError} with a `code` saying why; the message is safe to log.
 */
declare function verifyResponse(input: VerifyResponseInput): VerifiedSignature;
interface NotificationEnvelope {
    id: string;
    create_time: string;
    event_type: string;
    resource_type: string;
    summary: string;
    resource: EncryptedResource;
}
/** A verified callback: the envelope with `resource` replaced by the decrypted, parsed plaintext. */
interface VerifiedNotification<Resource = unknown> {
    id: string;
    create_time: string;
    event_type: string;
    resource_type: string;
    summary: string;
    /** The decrypted resource, parsed from JSON. */
    resource: Resource;
    /** `resource.original_type` of the encrypted resource (e.g. `coupon`). */
    original_type: string | undefined;
    /** The decrypted plaintext exactly as WeChat Pay encrypted it. */
    plaintext: string;
    /** What the signature check saw. */
    signature: VerifiedSignature;
}
interface VerifyNotificationInput extends VerifyResponseInput {
    /** The 32-byte APIv3 key (APIv3 密钥). */
    apiv3Key: string | Uint8Array;
}
/**
 * Verifies a callback's signature over the raw body first, then parses it and decrypts `resource`.
 * @throws {SignatureVerificationError} when the signature fails (answer 401 so WeChat Pay retries).
 * @throws {NotificationFormatError} when the verified body is not a notification envelope.
 * @throws {DecryptionError} when the resource cannot be decrypted (wrong APIv3 key).
 */
declare function verifyNotification<Resource = unknown>(input: VerifyNotificationInput): VerifiedNotification<Resource>;

export { AuthorizationFormatError, Body, DEFAULT_MAX_SKEW_SECONDS, type DecryptionCode, DecryptionError, EncryptedResource, type HeadersInput, InvalidArgumentError, type KeyFormatCode, KeyFormatError, KeyInput, type NotificationEnvelope, NotificationFormatError, type PlatformKeyInfo, PlatformKeys, type PlatformKeysInit, type PlatformKeysOptions, SIGNATURE_PROBE_PREFIX, type SignatureVerificationCode, SignatureVerificationError, type V2Params, type V2SignType, type VerifiedNotification, type VerifiedSignature, type VerifyNotificationInput, type VerifyResponseInput, WechatPayError, type WechatPayErrorOptions, buildV2Message, createNonce, decryptSensitive, encryptSensitive, headerValue, isAuthorizationFormatError, isDecryptionError, isInvalidArgumentError, isKeyFormatError, isNotificationFormatError, isSignatureVerificationError, isWechatPayError, signV2, unixSeconds, verifyNotification, verifyResponse };

// ── shared chunk sign-<chunk> ──
import { KeyObject, X509Certificate } from 'node:crypto';

declare const AEAD_ALGORITHM = "AEAD_AES_256_GCM";
/** The encrypted `resource` of a callback, or the `encrypt_certificate` of a certificate download. */
interface EncryptedResource {
    algorithm?: string;
    ciphertext: string;
    nonce: string;
    associated_data?: string;
    original_type?: string;
}
/** Decrypts an AEAD_AES_256_GCM resource with the APIv3 key and returns the plaintext (usually JSON). */
declare function decryptResource(resource: EncryptedResource, apiv3Key: string | Uint8Array): string;
interface EncryptResourceOptions {
    /** 12 characters; random by default. */
    nonce?: string;
    associatedData?: string;
    originalType?: string;
}
/** Encrypts like WeChat Pay does for callbacks (for the sandbox and for users' tests). */
declare function encryptResource(plaintext: string, apiv3Key: string | Uint8Array, options?: EncryptResourceOptions): EncryptedResource & {
    algorithm: string;
    associated_data: string;
};

/** PEM text (or its bytes), or an already parsed key. */
type KeyInput = string | Uint8Array | KeyObject;
/**
 * Parses the merchant API private key (`apiclient_key.pem`, PKCS#8 or PKCS#1) once into a `KeyObject`.
 * @throws {KeyFormatError} when the input is not an RSA private key; the message never echoes the key.
 */
declare function loadPrivateKey(input: KeyInput): KeyObject;
/**
 * Parses a platform public key: a WeChat Pay public key (SPKI `PUBLIC KEY` or PKCS#1 `RSA PUBLIC KEY`), a platform
 * certificate (X.509 PEM) or a `KeyObject` (a private `KeyObject` gives its public half).
 * @throws {KeyFormatError} when the input holds no RSA public key.
 */
declare function loadPublicKey(input: KeyInput | X509Certificate): KeyObject;
/**
 * The serial number of an X.509 certificate as WeChat Pay writes it: uppercase hex, whole bytes (a serial whose
 * first byte is below 0x10 keeps its leading `0`), without the sign byte DER adds before a high first byte.
 */
declare function certificateSerial(certificate: string | Uint8Array | X509Certificate): string;
/** Uppercases hex serials and drops a DER sign byte (`00898D…` → `898D…`); `PUB_KEY_ID_…` ids are kept as given. */
declare function normalizeSerial(serial: string): string;

/** What gets signed: the exact bytes sent, or their UTF-8 text. */
type Body = string | Uint8Array;
interface RequestMessageInput {
    /** HTTP method, e.g. `POST`. Upper-cased before signing. */
    method: string;
    /** Absolute path plus `?query` exactly as sent on the wire (already percent-encoded), without scheme and host. */
    url: string;
    timestamp: number | string;
    nonce: string;
    /** The exact body bytes sent; empty for GET and DELETE. For a multipart upload, the `meta` JSON. */
    body?: Body;
}
interface VerifyMessageInput {
    timestamp: number | string;
    nonce: string;
    /** The raw body bytes as received; `''` for an empty (204) body. */
    body: Body;
}
/**
 * The request sign string: `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`.
 * A `Uint8Array` body is read as UTF-8; pass binary bodies through {@link buildRequestMessageBytes}.
 */
declare function buildRequestMessage(input: RequestMessageInput): string;
/** The response/callback verify string: `TIMESTAMP\nNONCE\nBODY\n`. */
declare function buildVerifyMessage(input: VerifyMessageInput): string;
/** The verify string as bytes, built without decoding the body so that any byte sequence is verified exactly. */
declare function buildVerifyMessageBytes(input: VerifyMessageInput): Buffer;
/** The request sign string as bytes (binary-safe twin of {@link buildRequestMessage}). */
declare function buildRequestMessageBytes(input: RequestMessageInput): Buffer;

/** The only signature scheme APIv3 defines. */
declare const AUTHORIZATION_SCHEME = "WECHATPAY2-SHA256-RSA2048";
interface SignRequestInput {
    /** 商户号 */
    mchid: string;
    /** 商户API证书序列号 (uppercase hex) */
    serial: string;
    /** The merchant API private key; pass a `KeyObject` from `loadPrivateKey` to parse it once. */
    privateKey: KeyInput;
    method: string;
    /** Path plus query exactly as sent. */
    url: string;
    body?: Body;
    /** Unix seconds; defaults to now. */
    timestamp?: number | string;
    /** Defaults to a fresh 32-character nonce. */
    nonce?: string;
}
interface SignedRequest {
    /** The value for the `Authorization` header. Treat it as a secret: never log it. */
    authorization: string;
    timestamp: string;
    nonce: string;
    signature: string;
    /** The exact sign string (useful when a SIGN_ERROR needs explaining). */
    message: string;
}
/** Signs one request synchronously (SHA256withRSA) and returns the `Authorization` value and its parts. */
declare function signRequest(input: SignRequestInput): SignedRequest;
/**
 * Like {@link signRequest}, but the RSA work runs on the libuv thread pool, so concurrent requests sign on every core
 * instead of blocking the event loop. Slightly slower for a single request in isolation.
 */
declare function signRequestAsync(input: SignRequestInput): Promise<SignedRequest>;
interface ParsedAuthorization {
    mchid: string;
    nonce_str: string;
    signature: string;
    timestamp: string;
    serial_no: string;
}
/**
 * Parses `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"` strictly:
 * the scheme, exactly these five fields once each, quoted values. Anything else is an `AuthorizationFormatError`.
 */
declare function parseAuthorization(header: unknown): ParsedAuthorization;
/**
 * True when `signature` (base64) is a valid SHA256withRSA signature of `message` (bytes, or a string taken as UTF-8);
 * never throws on garbage.
 */
declare function verifySignatureBytes(message: Uint8Array | string, signature: string, publicKey: KeyObject): boolean;
/**
 * SHA256withRSA over `message` (a string is signed as its UTF-8), Base64: what WeChat Pay's client-side payment
 * parameters (JSAPI `paySign`, APP `sign`) and other merchant signatures are made of.
 * @throws {InvalidArgumentError} when `message` is not a string.
 */
declare function signMessage(message: string, privateKey: KeyInput): string;

export { AEAD_ALGORITHM as A, type Body as B, type EncryptedResource as E, type KeyInput as K, type ParsedAuthorization as P, type RequestMessageInput as R, type SignRequestInput as S, type VerifyMessageInput as V, AUTHORIZATION_SCHEME as a, type EncryptResourceOptions as b, type SignedRequest as c, buildRequestMessage as d, buildRequestMessageBytes as e, buildVerifyMessage as f, buildVerifyMessageBytes as g, certificateSerial as h, decryptResource as i, encryptResource as j, loadPublicKey as k, loadPrivateKey as l, signRequest as m, normalizeSerial as n, signRequestAsync as o, parseAuthorization as p, signMessage as s, verifySignatureBytes as v };
