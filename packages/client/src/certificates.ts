import { X509Certificate } from 'node:crypto'
import { certificateSerial, decryptResource, type EncryptedResource, KeyFormatError } from '@core/signer'

/** One entry of `GET /v3/certificates`. */
interface CertificateEntry {
  serial_no: string
  effective_time?: string
  expire_time?: string
  encrypt_certificate: EncryptedResource
}

export interface DownloadedCertificate {
  serial: string
  certificate: X509Certificate
  notBefore: Date
  notAfter: Date
}

/** A serial from the (not yet verified) answer, quoted for a message: control characters escaped, bounded. */
function shown(serial: string): string {
  return JSON.stringify(serial.length > 64 ? `${serial.slice(0, 64)}…` : serial)
}

function badDownload(message: string, cause?: unknown): never {
  throw new KeyFormatError(`@core/client: the platform certificate download ${message}`, {
    code: 'INVALID_CERTIFICATE',
    cause,
  })
}

/**
 * Decrypts every `encrypt_certificate` of a `/v3/certificates` answer with the APIv3 key (AES-256-GCM, the AAD as the
 * entry gives it), checks that each certificate's serial matches its `serial_no`, and keeps those valid at `now`.
 * Authenticity comes from the GCM tag: only WeChat Pay and the merchant know the APIv3 key.
 * @throws {DecryptionError} when the APIv3 key is wrong.
 * @throws {KeyFormatError} (`INVALID_CERTIFICATE`) when the answer is malformed or holds no currently valid certificate.
 */
export function decryptCertificates(raw: Buffer, apiv3Key: string | Uint8Array, now: Date): DownloadedCertificate[] {
  let payload: { data?: unknown }
  try {
    payload = JSON.parse(raw.toString('utf8')) as { data?: unknown }
  } catch (cause) {
    return badDownload('is not JSON.', cause)
  }
  if (payload === null || typeof payload !== 'object' || !Array.isArray(payload.data)) {
    badDownload('has no "data" array.')
  }
  const valid: DownloadedCertificate[] = []
  const expired: string[] = []
  for (const entry of payload.data as CertificateEntry[]) {
    if (entry === null || typeof entry !== 'object' || typeof entry.serial_no !== 'string') {
      badDownload('has an entry without serial_no.')
    }
    const pem = decryptResource(entry.encrypt_certificate, apiv3Key)
    let certificate: X509Certificate
    try {
      certificate = new X509Certificate(pem)
    } catch (cause) {
      return badDownload(`entry ${shown(entry.serial_no)} does not decrypt to an X.509 certificate.`, cause)
    }
    const serial = certificateSerial(certificate)
    if (serial.replace(/^0+/, '') !== entry.serial_no.toUpperCase().replace(/^0+/, '')) {
      badDownload(`entry ${shown(entry.serial_no)} holds a certificate with serial ${serial}; refusing it.`)
    }
    const notBefore = new Date(certificate.validFrom)
    const notAfter = new Date(certificate.validTo)
    if (now < notBefore || now > notAfter) {
      expired.push(serial)
      continue
    }
    valid.push({ serial, certificate, notBefore, notAfter })
  }
  if (valid.length === 0) {
    badDownload(
      expired.length
        ? `holds no certificate valid now (outside their validity: ${expired.join(', ')}); check this machine's clock.`
        : 'holds no certificates. A new merchant may have none: use the WeChat Pay public key (PUB_KEY_ID_…) instead.',
    )
  }
  return valid
}
