import { B as Body, K as KeyInput, a as AUTHORIZATION_SCHEME, P as ParsedAuthorization, E as EncryptedResource } from './sign-<chunk>.js';
import 'node:crypto';

interface SignResponseInput {
    /** The exact body bytes that will be sent. */
    body: Body;
    /** The platform private key (WeChat Pay's side). */
    privateKey: KeyInput;
    /** `Wechatpay-Serial`: a platform certificate serial or a `PUB_KEY_ID_…` id. */
    serial: string;
    timestamp?: number | string;
    nonce?: string;
    /** Overrides the signature (e.g. a `WECHATPAY/SIGNTEST/…` probe). */
    signature?: string;
}
/** The `Wechatpay-*` headers WeChat Pay puts on a response or callback. */
type WechatPaySignatureHeaders = {
    'Wechatpay-Timestamp': string;
    'Wechatpay-Nonce': string;
    'Wechatpay-Signature': string;
    'Wechatpay-Serial': string;
    'Wechatpay-Signature-Type': typeof AUTHORIZATION_SCHEME;
};
/** Signs a response or callback body the way WeChat Pay does (SHA256withRSA over `timestamp\nnonce\nbody\n`). */
declare function signResponse(input: SignResponseInput): WechatPaySignatureHeaders;
/**
 * Like {@link signResponse}, with the RSA work on the libuv thread pool: a server that signs every answer (the
 * sandbox) then signs on every core and its event loop keeps accepting requests.
 */
declare function signResponseAsync(input: SignResponseInput): Promise<WechatPaySignatureHeaders>;
/** Checks a request signature with the merchant's public key (what the sandbox does on every call). */
declare function verifyRequestSignature(input: {
    method: string;
    url: string;
    body: Body;
    authorization: ParsedAuthorization;
    publicKey: KeyInput;
}): boolean;

interface TestNotificationEvent {
    id?: string;
    create_time?: string;
    event_type?: string;
    resource_type?: string;
    summary?: string;
    /** An already encrypted resource, or the plaintext object to encrypt with `apiv3Key`. */
    resource: EncryptedResource | Record<string, unknown>;
    /** `original_type` and AAD used when the resource is encrypted here. */
    original_type?: string;
    associated_data?: string;
}
interface SignNotificationForTestInput {
    /** Exact bytes to sign; or give `event` and the body is built (and encrypted) for you. */
    body?: Body;
    event?: TestNotificationEvent;
    /** Needed when `event.resource` is plaintext. */
    apiv3Key?: string | Uint8Array;
    /** The platform private key your test plays WeChat Pay with; its public half goes in your PlatformKeys. */
    platformPrivateKey: KeyInput;
    /** The serial your PlatformKeys knows that public key by. */
    serial: string;
    timestamp?: number | string;
    nonce?: string;
    /** Send a chosen signature instead (e.g. `WECHATPAY/SIGNTEST/…` to test probe handling). */
    signature?: string;
}
interface SignedTestNotification {
    headers: WechatPaySignatureHeaders & {
        'Content-Type': 'application/json';
        'Request-ID': string;
    };
    /** The exact body that was signed: send these bytes unchanged. */
    body: string;
}
/**
 * Builds a callback exactly as WeChat Pay sends it — body, encrypted resource and `Wechatpay-*` headers — so your own
 * tests can post it to your notification endpoint.
 * @example
 * const { headers, body } = signNotificationForTest({
 *   event: { event_type: 'COUPON.SEND', resource: { coupon_code: 'c1', stock_id: '1' } },
 *   apiv3Key, platformPrivateKey, serial: 'PUB_KEY_ID_0000000000000000000000000000000000',
 * })
 * await fetch(url, { method: 'POST', headers, body })
 */
declare function signNotificationForTest(input: SignNotificationForTestInput): SignedTestNotification;

declare const NAME_OIDS: {
    readonly C: "2.5.4.6";
    readonly O: "2.5.4.10";
    readonly OU: "2.5.4.11";
    readonly L: "2.5.4.7";
    readonly CN: "2.5.4.3";
};
type DistinguishedName = Partial<Record<keyof typeof NAME_OIDS, string>>;
interface CreateCertificateInput {
    /** The key the certificate certifies (its public half is used). */
    subjectKey: KeyInput;
    /** The key that signs it; the subject's own private key for a self-signed certificate. */
    issuerKey: KeyInput;
    /** Serial number as hex, e.g. `5157F09EFDC096DE15EBE81A47057A7232F1B8E1`. */
    serial: string;
    subject: DistinguishedName;
    issuer?: DistinguishedName;
    notBefore: Date;
    notAfter: Date;
}
/** Issues an X.509 v3 certificate (SHA256withRSA) as PEM. For the sandbox and tests, not for production PKI. */
declare function createCertificate(input: CreateCertificateInput): string;

export { type CreateCertificateInput, type DistinguishedName, type SignNotificationForTestInput, type SignResponseInput, type SignedTestNotification, type TestNotificationEvent, type WechatPaySignatureHeaders, createCertificate, signNotificationForTest, signResponse, signResponseAsync, verifyRequestSignature };

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
