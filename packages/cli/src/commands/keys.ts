import { createHash, createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { certificateSerial } from '@core/signer'
import { COMMON_HELP, type Command, stringFlag } from '../command.js'
import { EXIT, ioError, usageError } from '../exit.js'

export type KeyKind =
  | 'merchant-private-key'
  | 'merchant-certificate'
  | 'platform-certificate'
  | 'wechatpay-public-key'
  | 'encrypted-private-key'
  | 'unknown'

export interface KeyReport {
  file: string
  kind: KeyKind
  /** What it is, in words. */
  description: string
  /** RSA modulus bits. */
  bits: number | undefined
  /** SHA-256 of the public key (SPKI DER), hex: equal fingerprints = the same key pair. */
  fingerprint: string | undefined
  serial?: string
  mchid?: string
  subject?: string
  issuer?: string
  notBefore?: string
  notAfter?: string
  expired?: boolean
  note?: string
}

const DESCRIPTIONS: Record<KeyKind, string> = {
  'merchant-private-key':
    '商户API私钥 (apiclient_key.pem): signs your requests — keep it secret (WECHATPAY_PRIVATE_KEY_PATH)',
  'merchant-certificate':
    '商户API证书 (apiclient_cert.pem): its serial is WECHATPAY_SERIAL; requests carry only the serial',
  'platform-certificate':
    '微信支付平台证书: verifies answers and callbacks in certificate mode (WECHATPAY_PLATFORM_CERT_PATH)',
  'wechatpay-public-key': '微信支付公钥 (pub_key.pem): verifies answers and callbacks (WECHATPAY_PUBLIC_KEY_PATH)',
  'encrypted-private-key':
    'a password-protected private key: decrypt it first (openssl pkcs8 -in key.pem -out apiclient_key.pem)',
  unknown: 'not a key or certificate this CLI knows',
}

const fingerprint = (key: KeyObject) =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')

function report(file: string, kind: KeyKind, key: KeyObject | undefined, extra: Partial<KeyReport> = {}): KeyReport {
  return {
    file,
    kind,
    description: DESCRIPTIONS[kind],
    bits: key?.asymmetricKeyDetails?.modulusLength,
    fingerprint: key === undefined ? undefined : fingerprint(key),
    ...extra,
  }
}

function certificateReport(file: string, cert: X509Certificate): KeyReport {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1]
  // A merchant API certificate is issued to the 商户号 (CN = digits); WeChat Pay's own certificates are not.
  const merchant = cn !== undefined && /^\d{6,}$/.test(cn)
  const notAfter = new Date(cert.validTo)
  return report(file, merchant ? 'merchant-certificate' : 'platform-certificate', cert.publicKey, {
    serial: certificateSerial(cert),
    ...(merchant ? { mchid: cn } : {}),
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: notAfter.toISOString(),
    expired: notAfter.getTime() < Date.now(),
  })
}

/** What `file` holds, never its key material. */
export function inspectKeyFile(file: string): { report: KeyReport; publicKey: KeyObject | undefined } {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    return ioError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const text = bytes.toString('latin1')
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1]
  try {
    if (label === 'ENCRYPTED PRIVATE KEY')
      return { report: report(file, 'encrypted-private-key', undefined), publicKey: undefined }
    if (label === 'PRIVATE KEY' || label === 'RSA PRIVATE KEY') {
      const key = createPublicKey(createPrivateKey(bytes))
      return { report: report(file, 'merchant-private-key', key), publicKey: key }
    }
    if (label === 'CERTIFICATE' || (label === undefined && bytes[0] === 0x30)) {
      const cert = new X509Certificate(bytes)
      return { report: certificateReport(file, cert), publicKey: cert.publicKey }
    }
    if (label === 'PUBLIC KEY' || label === 'RSA PUBLIC KEY') {
      const key = createPublicKey(bytes)
      return {
        report: report(file, 'wechatpay-public-key', key, {
          note: 'its id (PUB_KEY_ID_…, WECHATPAY_PUBLIC_KEY_ID) is not inside the file: the merchant platform shows it next to the key',
        }),
        publicKey: key,
      }
    }
  } catch (error) {
    return {
      report: report(file, 'unknown', undefined, {
        note: `looks like ${label ?? 'DER'} but does not parse: ${(error as Error).message}`,
      }),
      publicKey: undefined,
    }
  }
  const note =
    bytes[0] === 0x30
      ? 'binary (DER) data that is not a certificate: perhaps apiclient_cert.p12 (PKCS#12) — use apiclient_key.pem and apiclient_cert.pem from the same download'
      : 'no PEM block found'
  return { report: report(file, 'unknown', undefined, { note }), publicKey: undefined }
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'keys inspect <file>: which key or certificate a file is, its serial, whether two files match',
  help: `wxpay keys inspect — say what a key or certificate file is, and whether two belong together

Usage: wxpay keys inspect <file> [--match <other file>]

Tells a 商户API私钥 (apiclient_key.pem), a 商户API证书 (apiclient_cert.pem, with its serial = WECHATPAY_SERIAL
and its 商户号), a 微信支付平台证书 (with its serial) and a 微信支付公钥 (pub_key.pem) apart, with the RSA size,
validity and a fingerprint of the public key (SHA-256 of its SPKI form: the same fingerprint = the same key pair).
Nothing secret is printed: no key material, ever.

  --match FILE        also check that FILE holds the same key pair (a private key against its certificate, a
                      certificate against a public key…). Exit status 1 when they do not match.

${COMMON_HELP}

Examples:
  wxpay keys inspect apiclient_cert.pem
  wxpay keys inspect apiclient_key.pem --match apiclient_cert.pem`,
  options: { match: { type: 'string' } },
  positionals: [2, 2],
  async run({ out, values, positionals }) {
    if (positionals[0] !== 'inspect')
      usageError(`unknown subcommand ${JSON.stringify(positionals[0])}`, 'wxpay keys inspect <file>')
    const first = inspectKeyFile(positionals[1]!)
    const other = stringFlag(values, 'match')
    const second = other === undefined ? undefined : inspectKeyFile(other)
    const matches =
      second === undefined || first.publicKey === undefined || second.publicKey === undefined
        ? undefined
        : first.report.fingerprint === second.report.fingerprint
    if (out.json) {
      out.document({
        ...first.report,
        ...(second === undefined ? {} : { match: { ...second.report, matches: matches ?? false } }),
      })
    } else {
      for (const r of [first.report, ...(second === undefined ? [] : [second.report])]) {
        out.line(`${out.paint('bold', r.file)}: ${r.kind}`)
        out.line(`  ${r.description}`)
        const rows: [string, string | undefined][] = [
          ['serial', r.serial],
          ['mchid', r.mchid],
          ['subject', r.subject],
          ['issuer', r.issuer],
          [
            'valid',
            r.notBefore === undefined
              ? undefined
              : `${r.notBefore} → ${r.notAfter}${r.expired ? out.paint('red', ' (EXPIRED)') : ''}`,
          ],
          ['key', r.bits === undefined ? undefined : `RSA ${r.bits} bits`],
          ['fingerprint', r.fingerprint],
          ['note', r.note],
        ]
        for (const [name, value] of rows)
          if (value !== undefined) out.line(`  ${out.paint('gray', name.padEnd(12))}${value}`)
      }
      if (second !== undefined) {
        if (matches === true) out.line(out.ok(`${positionals[1]} and ${other} hold the same key pair`))
        else if (matches === false) out.line(out.bad(`${positionals[1]} and ${other} do NOT hold the same key pair`))
        else out.line(out.bad('cannot compare: one of the files holds no key'))
      }
    }
    if (first.report.kind === 'unknown' || second?.report.kind === 'unknown') return EXIT.FAILED
    return matches === false || (second !== undefined && matches === undefined) ? EXIT.FAILED : EXIT.OK
  },
}
