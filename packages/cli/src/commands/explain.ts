import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { certificateSerial, loadPublicKey } from '@core/signer'
import { COMMON_HELP, type Command, integerFlag, listFlag, stringFlag } from '../command.js'
import { resolveSettings, type Settings } from '../credentials.js'
import { EXIT, ioError, usageError } from '../exit.js'
import { type ConfiguredKey, explain } from '../explain/analyze.js'
import { parseHeaders, parseLogEntry, readInput } from '../explain/input.js'
import { compareSignStrings } from '../explain/sign-diff.js'
import { readSandboxState } from '../home.js'
import type { CliIo, Output } from '../output.js'
import { refusalLines } from '../refusal-view.js'

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    return ioError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** The verification key a file holds; a private key (apiclient_key.pem configured by mistake) gives its public half. */
function keyOf(pem: string, file: string): Pick<ConfiguredKey, 'key' | 'privateKey'> {
  try {
    if (/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) {
      return { key: createPublicKey(pem), privateKey: true }
    }
    return { key: loadPublicKey(pem) }
  } catch {
    return usageError(`${file} holds no public key or certificate (wxpay keys inspect ${file})`)
  }
}

/** --key SERIAL=FILE or --key CERT.pem; else the profile's / environment's / running sandbox's keys. */
function configuredKeys(
  values: Record<string, unknown>,
  io: CliIo,
  out: Output,
): { keys: ConfiguredKey[]; settings: Settings } {
  const flags = listFlag(values as never, 'key')
  const keys: ConfiguredKey[] = []
  for (const flag of flags) {
    const at = flag.indexOf('=')
    const file = at > 0 ? flag.slice(at + 1) : flag
    const pem = readText(file, 'the key')
    let serial = at > 0 ? flag.slice(0, at) : undefined
    if (serial === undefined) {
      if (!pem.includes('CERTIFICATE'))
        usageError(`--key ${file}: a public key needs its id: --key PUB_KEY_ID_…=${file}`)
      serial = certificateSerial(new X509Certificate(pem))
    }
    keys.push({ serial, ...keyOf(pem, file), file })
  }
  let settings: Settings = {}
  const profile = stringFlag(values as never, 'profile')
  if (
    profile !== undefined ||
    io.env.WECHATPAY_MCHID ||
    io.env.WECHATPAY_PUBLIC_KEY_ID ||
    io.env.WECHATPAY_PLATFORM_CERT_SERIAL
  ) {
    if (profile !== undefined || io.env.WECHATPAY_MCHID) settings = resolveSettings(io, profile, (t) => out.note(t))[0]
    else settings = { ...io.env } as Settings
  } else if (flags.length === 0) {
    const state = readSandboxState(io)
    if (state !== undefined) {
      out.note(`using the keys of the sandbox at ${state.url} (no --key, no WECHATPAY_* variables)`)
      settings = state.env as Settings
    }
  }
  if (flags.length === 0) {
    const add = (serial: string | undefined, path: string | undefined) => {
      if (serial !== undefined && path !== undefined)
        keys.push({ serial, ...keyOf(readText(path, 'the key'), path), file: path })
    }
    add(settings.WECHATPAY_PUBLIC_KEY_ID, settings.WECHATPAY_PUBLIC_KEY_PATH)
    add(settings.WECHATPAY_PLATFORM_CERT_SERIAL, settings.WECHATPAY_PLATFORM_CERT_PATH)
  }
  if (io.env.WECHATPAY_APIV3_KEY && settings.WECHATPAY_APIV3_KEY === undefined)
    settings.WECHATPAY_APIV3_KEY = io.env.WECHATPAY_APIV3_KEY
  return { keys, settings }
}

const STATUS = { ok: '✓', fail: '✗', info: '·', skip: '–' } as const

export const explainCommand: Command = {
  name: 'explain',
  summary: 'say step by step why a callback or answer does (not) verify; or why the sandbox refused a request',
  help: `wxpay explain — why a WeChat Pay callback or answer does or does not verify, step by step

Usage: wxpay explain --headers <file|-> --body <file> [--key SERIAL=FILE …] [--apiv3-key-file FILE] [--now SECONDS]
       wxpay explain --request <entry.json|-> [--signed <file>]

For a callback or an API answer you captured (its headers and its raw body):
  --headers FILE      the headers: JSON ({"wechatpay-serial": …}, Node's req.headers) or "Name: value" lines
                      (curl -D, a proxy log); - reads stdin
  --body FILE         the body bytes exactly as received (the file is read as bytes: no trimming, no re-encoding)
  --key SERIAL=FILE   a verification key: PUB_KEY_ID_…=pub_key.pem, or a platform certificate file (its serial is
                      read from it); repeatable. Default: WECHATPAY_PUBLIC_KEY_ID/_PATH and
                      WECHATPAY_PLATFORM_CERT_SERIAL/_PATH (or --profile), else the running wxpay sandbox's keys
  --apiv3-key-file F  the APIv3 key, to check that it decrypts a callback (default: WECHATPAY_APIV3_KEY)
  --merchant-key F    your apiclient_key.pem or cert, to spot it configured as WeChat Pay's key
                      (default WECHATPAY_PRIVATE_KEY_PATH)
  --now SECONDS       the time to check the timestamp against (unix seconds; default now) — for recorded messages
  --max-skew N        allowed |now − timestamp| in seconds (default 300)
  --profile NAME      take the keys from a saved profile

It shows which key the serial selects, the timestamp window, the exact message bytes (TIMESTAMP\\nNONCE\\nBODY\\n),
whether the signature verifies — and when it does not, whether it verifies over a re-serialization of the same
JSON (whitespace, key order, \\uXXXX escapes, escaped slashes: the body was parsed and written again before
verifying) or with another configured key — and for a callback whether the APIv3 key decrypts the resource (a GCM
tag failure under a valid signature means a wrong APIv3 key). Named causes: MISSING_HEADER, UNKNOWN_SERIAL,
SIGNATURE_PROBE, TIMESTAMP_SKEW, RESERIALIZED_BODY, WRONG_PLATFORM_KEY, WRONG_APIV3_KEY, INVALID_APIV3_KEY,
NOT_DECRYPTED, UNSUPPORTED_SIGNATURE_TYPE.

For a request the sandbox refused (a line of wxpay logs --json):
  --request FILE      the log entry; shows every check and the sign string the sandbox built
  --signed FILE       the sign string your client signed (log it just before signing): where it differs

Exit status: 0 when it verifies (and decrypts), 1 when it does not, 2 for bad input, 3 for unreadable files.

${COMMON_HELP}

Examples:
  wxpay explain --headers headers.txt --body body.json --key PUB_KEY_ID_0114232134912410000000000000=pub_key.pem
  wxpay logs --failed --json | tail -1 > refused.json && wxpay explain --request refused.json --signed mine.txt`,
  options: {
    headers: { type: 'string' },
    body: { type: 'string' },
    request: { type: 'string' },
    signed: { type: 'string' },
    key: { type: 'string', multiple: true },
    'apiv3-key-file': { type: 'string' },
    'merchant-key': { type: 'string' },
    now: { type: 'string' },
    'max-skew': { type: 'string' },
    profile: { type: 'string' },
  },
  positionals: [0, 0],
  async run({ out, io, values }) {
    const request = stringFlag(values, 'request')
    if (request !== undefined)
      return explainRefusal(
        out,
        (await readInput(request, io.readStdin)).toString('utf8'),
        stringFlag(values, 'signed'),
      )
    const headersFile = stringFlag(values, 'headers')
    const bodyFile = stringFlag(values, 'body')
    if (headersFile === undefined || bodyFile === undefined) {
      return usageError('wxpay explain needs --headers and --body (or --request)', 'see: wxpay explain --help')
    }
    if (headersFile === '-' && bodyFile === '-') usageError('only one of --headers and --body can be - (stdin)')
    const headers = parseHeaders((await readInput(headersFile, io.readStdin)).toString('utf8'))
    const body = await readInput(bodyFile, io.readStdin)
    const { keys, settings } = configuredKeys(values, io, out)
    const keyFile = stringFlag(values, 'apiv3-key-file')
    const apiv3Key =
      keyFile === undefined
        ? settings.WECHATPAY_APIV3_KEY
        : readText(keyFile, 'the APIv3 key file').replace(/\r?\n$/, '')
    const merchantFile = stringFlag(values, 'merchant-key') ?? settings.WECHATPAY_PRIVATE_KEY_PATH
    let merchantKey: KeyObject | undefined
    if (merchantFile !== undefined) {
      try {
        merchantKey = createPublicKey(readText(merchantFile, 'the merchant key'))
      } catch {
        merchantKey = undefined
      }
    }
    const result = explain({
      headers,
      body,
      keys,
      apiv3Key,
      now: integerFlag(values, 'now') ?? Math.floor(Date.now() / 1000),
      maxSkewSeconds: integerFlag(values, 'max-skew') ?? 300,
      merchantKey,
    })
    if (out.json) out.document(result)
    else {
      out.line(
        out.paint(
          'bold',
          `a WeChat Pay ${result.kind}: ${body.length} body bytes, ${Object.keys(headers).length} headers`,
        ),
      )
      result.steps.forEach((step, i) => {
        const colour = step.status === 'ok' ? 'green' : step.status === 'fail' ? 'red' : 'gray'
        out.line(`${out.paint(colour, STATUS[step.status])} ${i + 1}. ${step.title}`)
        for (const line of step.lines) out.line(`     ${line}`)
      })
      out.line('')
      if (result.verified) out.line(out.ok(out.paint('bold', 'verifies: a genuine, current message from WeChat Pay')))
      for (const cause of result.causes) {
        out.line(out.bad(`${out.paint('bold', cause.code)}: ${cause.message}`))
        out.line(`    fix: ${cause.fix}`)
      }
    }
    return result.verified ? EXIT.OK : EXIT.FAILED
  },
}

function explainRefusal(out: Output, text: string, signedFile: string | undefined) {
  const entry = parseLogEntry(text)
  const comparison =
    signedFile !== undefined && entry.refusal?.signString !== undefined
      ? compareSignStrings(entry.refusal.signString, readText(signedFile, 'your sign string'))
      : undefined
  if (out.json) {
    out.document({
      request: `${entry.method} ${entry.url}`,
      status: entry.status,
      refusal: entry.refusal ?? null,
      comparison: comparison ?? null,
    })
    return entry.refusal === undefined && entry.status < 400 ? EXIT.OK : EXIT.FAILED
  }
  out.line(out.paint('bold', `${entry.method} ${entry.url} → ${entry.status} ${entry.code ?? ''}`))
  if (entry.refusal === undefined) {
    out.line(
      entry.status < 400
        ? out.ok('the sandbox accepted its signature')
        : `refused, but not for its signature: ${JSON.stringify(entry.response)}`,
    )
    return entry.status < 400 ? EXIT.OK : EXIT.FAILED
  }
  for (const line of refusalLines(out, entry.refusal)) out.line(`  ${line}`)
  if (comparison !== undefined) {
    out.line(out.paint('bold', 'your sign string against the sandbox’s:'))
    for (const line of comparison) out.line(`  ${out.warn(line)}`)
  }
  return EXIT.FAILED
}
