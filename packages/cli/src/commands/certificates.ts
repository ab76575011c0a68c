import { type createPublicKey, X509Certificate } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { decryptResource, type EncryptedResource } from '@core/signer'
import { COMMON_HELP, type Command, stringFlag } from '../command.js'
import { loadCredentials, resolveSettings, WECHATPAY_API_URL } from '../credentials.js'
import { EXIT, failed, ioError, usageError } from '../exit.js'
import { writePrivate } from '../home.js'

interface CertificatesAnswer {
  data: { serial_no: string; effective_time?: string; expire_time?: string; encrypt_certificate: EncryptedResource }[]
}

const spki = (key: ReturnType<typeof createPublicKey>) => key.export({ type: 'spki', format: 'der' }).toString('hex')

export const certificatesCommand: Command = {
  name: 'certificates',
  summary: 'certificates download: the platform certificates (certificate mode), decrypted, verified, saved 0600',
  help: `wxpay certificates download — fetch WeChat Pay's platform certificates (平台证书, certificate mode)

Usage: wxpay certificates download [--out DIR] [--profile NAME] [--base-url URL]

  --out DIR           where to write them (default: the current folder), as wechatpay_<serial>.pem, mode 0600
  --profile NAME      merchant settings (default: the WECHATPAY_* variables, else the running wxpay sandbox)
  --base-url URL      default WECHATPAY_BASE_URL, else ${WECHATPAY_API_URL}

Calls GET /v3/certificates through @core/client's refreshCertificates(): each certificate is decrypted with the
APIv3 key (AES-256-GCM: a wrong key fails here), its serial checked against serial_no, and the answer's signature
verified with the certificates it carries. Needs WECHATPAY_MCHID, WECHATPAY_SERIAL, WECHATPAY_PRIVATE_KEY_PATH
and WECHATPAY_APIV3_KEY. New merchants may have no certificates at all: use the WeChat Pay public key
(PUB_KEY_ID_…) instead. Then configure WECHATPAY_PLATFORM_CERT_SERIAL and WECHATPAY_PLATFORM_CERT_PATH.

${COMMON_HELP}

Example:
  wxpay certificates download --out ./certs`,
  options: { out: { type: 'string' }, profile: { type: 'string' }, 'base-url': { type: 'string' } },
  positionals: [1, 1],
  async run({ out, io, values, positionals }) {
    if (positionals[0] !== 'download') {
      usageError(`unknown subcommand ${JSON.stringify(positionals[0])}`, 'wxpay certificates download')
    }
    const [settings, source] = resolveSettings(io, stringFlag(values, 'profile'), (t) => out.note(t))
    const credentials = loadCredentials(settings, source)
    if (credentials.apiv3Key === undefined) {
      usageError(`${source}: WECHATPAY_APIV3_KEY is needed to decrypt the certificates`)
    }
    const baseUrl = stringFlag(values, 'base-url') ?? credentials.baseUrl ?? WECHATPAY_API_URL
    const dir = resolve(io.cwd ?? process.cwd(), stringFlag(values, 'out') ?? '.')
    // Loaded here, not at start-up: only a call needs the client.
    const [{ createClient }, { callFailure }] = await Promise.all([
      import('@core/client'),
      import('../client-errors.js'),
    ])
    const client = createClient({
      mchid: credentials.mchid,
      serial: credentials.serial,
      privateKey: credentials.privateKey,
      platformKeys: credentials.platformKeys,
      apiv3Key: credentials.apiv3Key!,
      baseUrl,
    })
    const written: { serial: string; notBefore: string; notAfter: string; path: string }[] = []
    try {
      // Decrypted, serial-checked and signature-verified by the client; it then holds their keys.
      const refreshed = await client.refreshCertificates()
      // The PEM text itself: one more (now verifiable) download, each entry matched to what was verified.
      const { data } = await client.request<CertificatesAnswer>({ method: 'GET', url: '/v3/certificates' })
      mkdirSync(dir, { recursive: true })
      for (const cert of refreshed) {
        const entry = data.data.find((e) => e.serial_no.toUpperCase() === cert.serial.toUpperCase())
        if (entry === undefined) failed(`the second download lacks certificate ${cert.serial}`)
        const pem = decryptResource(entry!.encrypt_certificate, credentials.apiv3Key!)
        const key = client.platformKeys.get(cert.serial)
        if (key === undefined || spki(new X509Certificate(pem).publicKey) !== spki(key)) {
          failed(`certificate ${cert.serial} differs from the one verified a moment ago: refusing to write it`)
        }
        const path = join(dir, `wechatpay_${cert.serial}.pem`)
        try {
          writePrivate(path, pem)
        } catch (error) {
          ioError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
        }
        written.push({
          serial: cert.serial,
          notBefore: cert.notBefore.toISOString(),
          notAfter: cert.notAfter.toISOString(),
          path,
        })
      }
    } catch (error) {
      throw error instanceof Error && error.name === 'CliError'
        ? error
        : callFailure(error, baseUrl, /127\.0\.0\.1|localhost/.test(baseUrl))
    } finally {
      await client.close()
    }
    if (out.json) out.document({ certificates: written })
    else {
      for (const c of written) {
        out.line(
          out.ok(`${c.serial}  valid ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)}  ${c.path} (0600)`),
        )
      }
      const newest = written.at(-1)
      if (newest !== undefined) {
        out.line(
          `configure: WECHATPAY_PLATFORM_CERT_SERIAL=${newest.serial} WECHATPAY_PLATFORM_CERT_PATH=${newest.path}`,
        )
      }
    }
    return EXIT.OK
  },
}
