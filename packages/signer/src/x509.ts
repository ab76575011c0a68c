import { sign as rsaSign } from 'node:crypto'
import { invalidArgument } from './errors.js'
import { type KeyInput, loadPrivateKey, loadPublicKey } from './keys.js'

// A minimal DER writer: enough to issue the RSA certificates the sandbox and tests need (node:crypto parses X.509
// but cannot create it, and a full ASN.1 library would be far heavier than these few lines).

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content)
  return Buffer.concat([Buffer.from([tag]), length(body.length), body])
}
const sequence = (...items: Buffer[]) => tlv(0x30, ...items)
const set = (...items: Buffer[]) => tlv(0x31, ...items)
const nullValue = () => Buffer.from([0x05, 0x00])

function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number)
  const bytes = [40 * arcs[0]! + arcs[1]!]
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f]
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f))
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) // YYYYMMDDHHMMSS
  const year = date.getUTCFullYear()
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`))
}

const NAME_OIDS = { C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', L: '2.5.4.7', CN: '2.5.4.3' } as const
export type DistinguishedName = Partial<Record<keyof typeof NAME_OIDS, string>>

function name(dn: DistinguishedName): Buffer {
  const parts = (Object.keys(NAME_OIDS) as (keyof typeof NAME_OIDS)[])
    .filter((k) => dn[k] !== undefined)
    .map((k) => set(sequence(oid(NAME_OIDS[k]), tlv(k === 'C' ? 0x13 : 0x0c, Buffer.from(dn[k]!, 'utf8')))))
  return sequence(...parts)
}

export interface CreateCertificateInput {
  /** The key the certificate certifies (its public half is used). */
  subjectKey: KeyInput
  /** The key that signs it; the subject's own private key for a self-signed certificate. */
  issuerKey: KeyInput
  /** Serial number as hex, e.g. `5157F09EFDC096DE15EBE81A47057A7232F1B8E1`. */
  serial: string
  subject: DistinguishedName
  issuer?: DistinguishedName
  notBefore: Date
  notAfter: Date
}

/** Issues an X.509 v3 certificate (SHA256withRSA) as PEM. For the sandbox and tests, not for production PKI. */
export function createCertificate(input: CreateCertificateInput): string {
  if (!/^[0-9A-Fa-f]+$/.test(input.serial)) invalidArgument('serial must be hex.')
  const serialHex = input.serial.length % 2 ? `0${input.serial}` : input.serial
  let serialBytes = Buffer.from(serialHex, 'hex')
  if (serialBytes[0]! >= 0x80) serialBytes = Buffer.concat([Buffer.from([0]), serialBytes])
  const algorithm = sequence(oid('1.2.840.113549.1.1.11'), nullValue())
  const spki = loadPublicKey(input.subjectKey).export({ type: 'spki', format: 'der' })
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, serialBytes),
    algorithm,
    name(input.issuer ?? input.subject),
    sequence(time(input.notBefore), time(input.notAfter)),
    name(input.subject),
    spki,
  )
  const signature = rsaSign('sha256', tbs, loadPrivateKey(input.issuerKey))
  const der = sequence(tbs, algorithm, tlv(0x03, Buffer.from([0]), signature))
  const lines = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')
  return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`
}
