// The sample outputs of the cli pages, produced by the real `wxpay`: one session as the pages tell it (listen to an
// app that fails once, trigger, resend, a refused request in logs, request, explain, keys inspect, certificates
// download). docs.test.ts checks the pages against it; WXPAY_UPDATE_DOCS=1 writes it into them.
import { createSign, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNodeApp } from './apps.js'
import { freshHome, Running, type SandboxDoc, until, wxpayMerged } from './run.js'

/** The notify URL the pages use; the app's real one (a free port) is shown as it. */
export const PAGE_NOTIFY_URL = 'http://127.0.0.1:3000/wechatpay/notify'

export interface Sample {
  /** The command as the page shows it. */
  command: string
  output: string
}

const setting = (text: string, name: string) => text.match(new RegExp(`^ +${name}=(.+)$`, 'm'))?.[1] ?? ''

export async function docSamples(): Promise<Record<string, Sample>> {
  const home = freshHome()
  const env = { WXPAY_HOME: home }
  const cwd = mkdtempSync(join(tmpdir(), 'wxpay-docs-'))
  const samples: Record<string, Sample> = {}
  const run = async (name: string, args: string[], runEnv: Record<string, string> = env) => {
    const { output } = await wxpayMerged(args, runEnv, cwd)
    samples[name] = { command: ['wxpay', ...args].join(' '), output }
    return output
  }
  await run('first-steps', [])

  // sandbox: the .env block on stdout, then its notes on stderr (as a terminal shows them).
  const alone = new Running(['sandbox', '--families', 'pay'], { WXPAY_HOME: freshHome() }, cwd)
  try {
    await alone.until((s) => (s.stderr.includes('next:') ? true : undefined), 'the sandbox settings')
    samples.sandbox = { command: 'wxpay sandbox --families pay', output: alone.stdout + alone.stderr }
  } finally {
    await alone.stop()
  }

  const app = await startNodeApp(1)
  const listen = new Running(['listen', '--forward-to', app.url, '--families', 'pay', '--retry-delays', '1000'], env)
  const lines = () => listen.stdout.split('\n').filter((l) => /^\d\d:\d\d:/.test(l)).length
  try {
    await listen.until((l) => (l.stdout.includes('Ctrl+C to stop') ? true : undefined), 'listen ready')
    app.keys.publicKeyId = setting(listen.stdout, 'WECHATPAY_PUBLIC_KEY_ID')
    app.keys.publicKeyPath = setting(listen.stdout, 'WECHATPAY_PUBLIC_KEY_PATH')
    app.keys.apiv3Key = setting(listen.stdout, 'WECHATPAY_APIV3_KEY')
    const triggered = await run('trigger', ['trigger', 'transaction.success', '--override', 'amount.total=1'])
    const id = triggered.match(/wxpay resend (\S+)/)?.[1] ?? ''
    await until(() => (lines() >= 2 ? true : undefined), 'the retry')
    await run('resend', ['resend', id])
    await until(() => (lines() >= 3 ? true : undefined), 'the resend on listen')
    samples.listen = {
      command: `wxpay listen --forward-to ${PAGE_NOTIFY_URL} --families pay --retry-delays 1000`,
      output: listen.stdout,
    }

    // A request signed without its query string: refused, and logs says so.
    const mchid = setting(listen.stdout, 'WECHATPAY_MCHID')
    const baseUrl = setting(listen.stdout, 'WECHATPAY_BASE_URL')
    const path = '/v3/pay/transactions/out-trade-no/ORDER-0001'
    const ts = String(Math.floor(Date.now() / 1000))
    const nonce = randomBytes(16).toString('hex').toUpperCase()
    const signature = createSign('RSA-SHA256')
      .update(`GET\n${path}\n${ts}\n${nonce}\n\n`)
      .sign(readFileSync(setting(listen.stdout, 'WECHATPAY_PRIVATE_KEY_PATH')), 'base64')
    await fetch(`${baseUrl}${path}?mchid=${mchid}`, {
      headers: {
        Accept: 'application/json',
        Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",nonce_str="${nonce}",timestamp="${ts}",serial_no="${setting(listen.stdout, 'WECHATPAY_SERIAL')}",signature="${signature}"`,
      },
    })
    await run('logs', ['logs', '--failed'])

    const paid = app.received.find((r) => r.resource !== undefined)!
    await run('request', [
      ...['request', 'GET', '/v3/pay/transactions/out-trade-no/{no}'],
      ...['--param', `no=${String(paid.resource!.out_trade_no)}`, '--query', `mchid=${mchid}`],
    ])

    // The callback as an app that parsed it first would hand it to the verifier: pretty-printed again.
    writeFileSync(join(cwd, 'headers.json'), `${JSON.stringify(paid.headers, null, 2)}\n`)
    writeFileSync(join(cwd, 'body.json'), JSON.stringify(JSON.parse(paid.body.toString('utf8')), null, 2))
    await run('explain', ['explain', '--headers', 'headers.json', '--body', 'body.json'])
    writeFileSync(join(cwd, 'apiclient_key.pem'), readFileSync(setting(listen.stdout, 'WECHATPAY_PRIVATE_KEY_PATH')))
    writeFileSync(join(cwd, 'pub_key.pem'), readFileSync(setting(listen.stdout, 'WECHATPAY_PUBLIC_KEY_PATH')))
    await run('keys', ['keys', 'inspect', 'apiclient_key.pem', '--match', 'pub_key.pem'])
  } finally {
    await listen.stop()
    await app.close()
  }

  const certHome = freshHome()
  const certificate = new Running(['sandbox', '--families', 'pay', '--mode', 'certificate', '--json'], {
    WXPAY_HOME: certHome,
  })
  try {
    await certificate.until((s) => {
      try {
        return JSON.parse(s.stdout) as SandboxDoc
      } catch {
        return undefined
      }
    }, 'the certificate-mode sandbox')
    await run('certificates', ['certificates', 'download', '--out', 'certs'], { WXPAY_HOME: certHome })
  } finally {
    await certificate.stop()
  }
  for (const sample of Object.values(samples)) {
    sample.output = sample.output.split(app.url).join(PAGE_NOTIFY_URL).replaceAll(`${cwd}/`, '')
  }
  return samples
}

/** What differs from run to run (ports, temporary folders, keys, ids, times, nonces, signatures), as placeholders. */
export function normalize(text: string): string {
  // Dates before times: a run crosses midnight (UTC or Beijing) as easily as a second.
  return text
    .replace(/\b\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)/g, '<datetime>')
    .replace(/\b\d{4}-\d\d-\d\d\b/g, '<date>')
    .replace(/\d\d:\d\d:\d\d\.\d{3}/g, '<time>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/[^\s=]*\/wxpay-(listen-)?[A-Za-z0-9]{6}\//g, '<tmp>/')
    .replace(/PUB_KEY_ID_\d+/g, 'PUB_KEY_ID_<id>')
    .replace(/\b[0-9a-f]{64}\b/g, '<sha256>')
    .replace(/(?<![0-9A-Za-z])[0-9A-F]{32,40}(-\d+)?(?![0-9A-Za-z])/g, '<hex>')
    .replace(/(WECHATPAY_APIV3_KEY=)\S+/g, '$1<apiv3>')
    .replace(/(Wechatpay-(Nonce|Signature): )\S+/g, '$1<value>')
    .replace(/("(ciphertext|nonce|openid)": ?")[^"\n]*/g, '$1<value>')
    .replace(/^( +)[A-Za-z0-9]{32}\\n$/gm, '$1<nonce>\\n')
    .replace(/\b\d{10,}\b/g, '<n>')
    .replace(/\b\d+ms\b/g, '<ms>')
    .replace(/\b\d+ (body )?bytes\b/g, '<n> $1bytes')
    .replace(/= -?\d+s, allowed/g, '= <n>s, allowed')
}
