import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { certificateSerial, type KeyInput, loadPrivateKey, normalizeSerial } from '@core/signer'
import { createCertificate } from '@core/signer/testing'
import { invalidOption } from './errors.js'
import { DAY_MS, randomDigits, randomSerial } from './util.js'

export type SandboxMode = 'public-key' | 'certificate' | 'both'

/** Private keys to use instead of generating them (RSA 2048 generation costs ~100 ms each: share keys across tests). */
export interface SandboxKeys {
  /** The merchant API private key (apiclient_key.pem). */
  merchant?: KeyInput
  /** WeChat Pay's signing key: behind the `PUB_KEY_ID_…` public key, or the certificate in certificate mode. */
  platform?: KeyInput
  /** The platform certificate's key in `both` mode (the public key uses `platform`). */
  platformCertificate?: KeyInput
}

/** PEM private keys for {@link SandboxKeys}, generated once. */
export interface GeneratedSandboxKeys {
  merchant: string
  platform: string
  platformCertificate: string
}

function generatePem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string
}

/**
 * Generates the RSA-2048 keys a sandbox can use; call it once per test file and pass the result as `keys`.
 * `platformCertificate` (only `both` mode needs it) is generated on first read.
 */
export function generateSandboxKeys(): GeneratedSandboxKeys {
  let certificateKey: string | undefined
  return {
    merchant: generatePem(),
    platform: generatePem(),
    get platformCertificate() {
      certificateKey ??= generatePem()
      return certificateKey
    },
  }
}

export interface PlatformSigner {
  serial: string
  kind: 'public-key' | 'certificate'
  privateKey: KeyObject
  publicKeyPem: string
  certificatePem?: string
  notBefore?: Date
  notAfter?: Date
}

export interface KeyMaterial {
  mchid: string
  merchant: {
    serial: string
    privateKey: KeyObject
    privateKeyPem: string
    publicKey: KeyObject
    certificatePem: string
  }
  /** The `PUB_KEY_ID_…` signer (public-key and both modes). */
  publicKey: PlatformSigner | undefined
  /** Platform certificates, newest last (certificate and both modes). */
  certificates: PlatformSigner[]
}

function pemOf(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }) as string
}

function privateKey(input: KeyInput | undefined, what: string): KeyObject {
  if (input === undefined) return loadPrivateKey(generatePem())
  try {
    return loadPrivateKey(input)
  } catch (cause) {
    return invalidOption(`keys.${what} must be an RSA private key (PEM or KeyObject): ${(cause as Error).message}`)
  }
}

const PLATFORM_DN = { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', L: 'Shenzhen', CN: 'Tenpay.com sign' }

/** Issues a platform certificate over `key`, valid from a day before `now` for five years. */
export function platformCertificate(key: KeyObject, now: number, serial = randomSerial()): PlatformSigner {
  const notBefore = new Date(now - DAY_MS)
  const notAfter = new Date(now + 5 * 365 * DAY_MS)
  const certificatePem = createCertificate({
    subjectKey: key,
    issuerKey: key,
    serial,
    subject: PLATFORM_DN,
    notBefore,
    notAfter,
  })
  return {
    serial: certificateSerial(certificatePem),
    kind: 'certificate',
    privateKey: key,
    publicKeyPem: publicPem(key),
    certificatePem,
    notBefore,
    notAfter,
  }
}

function publicPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }) as string
}

export interface KeyMaterialInput {
  mode: SandboxMode
  mchid: string
  merchantSerial: string | undefined
  publicKeyId: string | undefined
  keys: SandboxKeys | undefined
  now: number
}

export function createKeyMaterial(input: KeyMaterialInput): KeyMaterial {
  const { mode, mchid, now } = input
  const merchantKey = privateKey(input.keys?.merchant, 'merchant')
  const merchantSerial = input.merchantSerial === undefined ? randomSerial() : normalizeSerial(input.merchantSerial)
  const merchantCertificate = createCertificate({
    subjectKey: merchantKey,
    issuerKey: merchantKey,
    serial: merchantSerial,
    subject: { C: 'CN', O: '微信商户系统', OU: 'wxpay-sandbox', CN: mchid },
    issuer: { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com Root CA' },
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 5 * 365 * DAY_MS),
  })
  const platformKey = privateKey(input.keys?.platform, 'platform')
  let publicKey: PlatformSigner | undefined
  const certificates: PlatformSigner[] = []
  if (mode === 'public-key' || mode === 'both') {
    const id = input.publicKeyId ?? `PUB_KEY_ID_01${mchid.padStart(10, '0').slice(-10)}${randomDigits(22)}`
    if (!id.startsWith('PUB_KEY_ID_')) invalidOption(`publicKeyId must start with PUB_KEY_ID_ (got "${id}").`)
    publicKey = { serial: id, kind: 'public-key', privateKey: platformKey, publicKeyPem: publicPem(platformKey) }
  }
  if (mode === 'certificate') certificates.push(platformCertificate(platformKey, now))
  if (mode === 'both') {
    certificates.push(platformCertificate(privateKey(input.keys?.platformCertificate, 'platformCertificate'), now))
  }
  return {
    mchid,
    merchant: {
      serial: certificateSerial(merchantCertificate),
      privateKey: merchantKey,
      privateKeyPem: pemOf(merchantKey),
      publicKey: createPublicKey(merchantKey),
      certificatePem: merchantCertificate,
    },
    publicKey,
    certificates,
  }
}
