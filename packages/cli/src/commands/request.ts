import { readFileSync } from 'node:fs'
import type { HttpMethod } from '@core/client'
import { COMMON_HELP, type Command, pairs, stringFlag } from '../command.js'
import { loadCredentials, resolveSettings, WECHATPAY_API_URL } from '../credentials.js'
import { EXIT, ioError, usageError } from '../exit.js'
import type { Output } from '../output.js'
import type { RecordingDispatcher } from '../recording.js'
import { signStringLines } from '../refusal-view.js'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** `--json BODY`: a request body when the value looks like one (JSON text, @file); else `--json` is the output flag. */
export function splitJsonBody(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--json=')) out.push(`--body=${arg.slice(7)}`)
    else if (arg === '--json' && /^\s*[[{@]/.test(argv[i + 1] ?? '')) out.push('--body', argv[++i]!)
    else out.push(arg)
  }
  return out
}

async function bodyOf(
  text: string | undefined,
  readStdin: (() => Promise<Buffer>) | undefined,
): Promise<string | undefined> {
  if (text === undefined) return undefined
  let body = text
  if (text.startsWith('@')) {
    const file = text.slice(1)
    if (file === '-') body = (await (readStdin ?? (() => ioError('no stdin to read')))()).toString('utf8')
    else {
      try {
        body = readFileSync(file, 'utf8')
      } catch (error) {
        ioError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
      }
    }
  }
  try {
    JSON.parse(body)
  } catch (error) {
    usageError(`the body is not JSON (${(error as Error).message}); nothing was sent`)
  }
  return body
}

const isLoopback = (url: string) => /^https?:\/\/(127\.|localhost|\[::1\])/.test(url)

function verboseRequest(out: Output, recorder: RecordingDispatcher): void {
  for (const sent of recorder.sent) {
    out.note(out.paint('gray', `> ${sent.method} ${sent.origin}${sent.path}`))
    for (const [name, value] of Object.entries(sent.headers)) out.note(out.paint('gray', `> ${name}: ${value}`))
    if (sent.signString !== undefined) {
      out.note(out.paint('gray', '> sign string (what the private key signed; the signature itself is not shown):'))
      for (const line of signStringLines(out, sent.signString)) out.note(`>   ${line}`)
    }
  }
}

export const requestCommand: Command = {
  name: 'request',
  summary: 'a signed call to the sandbox or to WeChat Pay; the answer verified and pretty-printed',
  help: `wxpay request — make one signed APIv3 call and print the verified answer

Usage: wxpay request <METHOD> <path> [--json BODY|@file] [--query k=v …] [--param k=v …] [--profile NAME]

  --json BODY         the JSON request body, as text or @file (@- for stdin); the exact bytes are signed and sent
                      (--json alone, or followed by another flag, asks for JSON output as on every command)
  --body BODY         the same, spelled without the ambiguity
  --query k=v         a query parameter (repeatable), percent-encoded for you
  --param k=v         fills a {k} slot of the path (repeatable), e.g. /v3/pay/transactions/out-trade-no/{no}
  --profile NAME      merchant settings saved with wxpay profile save (default: the WECHATPAY_* variables,
                      else the sandbox wxpay sandbox/listen runs)
  --base-url URL      where to send it (default WECHATPAY_BASE_URL, else ${WECHATPAY_API_URL})
  -v, --verbose       on stderr: the request headers (Authorization with its signature redacted), the sign
                      string of each attempt, and the answer's headers

Credentials are the README's variables: WECHATPAY_MCHID, WECHATPAY_SERIAL, WECHATPAY_PRIVATE_KEY_PATH, the
platform key (WECHATPAY_PUBLIC_KEY_ID + _PATH and/or WECHATPAY_PLATFORM_CERT_SERIAL + _PATH) and, in
certificate mode without a certificate file, WECHATPAY_APIV3_KEY (the certificates are downloaded first).
The answer's signature is verified before anything is printed. The status line and Request-ID go to stderr, the
body to stdout (pipe it to jq). Exit status: 0 for a verified 2xx, 1 for an error answer or a bad signature,
2 for bad input (nothing sent), 3 when the host cannot be reached.

${COMMON_HELP}

Examples:
  wxpay request POST /v3/pay/transactions/jsapi --json @order.json
  wxpay request GET /v3/pay/transactions/out-trade-no/{no} --param no=ORDER-1 --query mchid=1900000001
  wxpay request GET /v3/certificates --profile prod --verbose`,
  options: {
    body: { type: 'string' },
    query: { type: 'string', multiple: true },
    param: { type: 'string', multiple: true },
    profile: { type: 'string' },
    'base-url': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  },
  positionals: [2, 2],
  preprocess: splitJsonBody,
  async run({ out, io, values, positionals }) {
    const method = positionals[0]!.toUpperCase()
    if (!METHODS.includes(method))
      usageError(`unknown method ${JSON.stringify(positionals[0])} (${METHODS.join(', ')})`)
    const path = positionals[1]!
    if (!path.startsWith('/'))
      usageError(`the path must start with / (got ${JSON.stringify(path)}), e.g. /v3/certificates`)
    const body = await bodyOf(stringFlag(values, 'body'), io.readStdin)
    const [settings, source] = resolveSettings(io, stringFlag(values, 'profile'), (t) => out.note(t))
    const credentials = loadCredentials(settings, source)
    const baseUrl = stringFlag(values, 'base-url') ?? credentials.baseUrl ?? WECHATPAY_API_URL
    const sandbox = isLoopback(baseUrl)
    if (!sandbox) out.note(out.warn(`→ ${baseUrl} (a real call, as ${credentials.mchid})`))
    // Loaded here, not at start-up: only a call needs the client and undici.
    const [{ createClient }, { callFailure }, { RecordingDispatcher }] = await Promise.all([
      import('@core/client'),
      import('../client-errors.js'),
      import('../recording.js'),
    ])
    const recorder = new RecordingDispatcher()
    const client = createClient({
      mchid: credentials.mchid,
      serial: credentials.serial,
      privateKey: credentials.privateKey,
      platformKeys: credentials.platformKeys,
      ...(credentials.apiv3Key === undefined ? {} : { apiv3Key: credentials.apiv3Key }),
      baseUrl,
      dispatcher: recorder.dispatcher,
    })
    try {
      if (Object.keys(credentials.platformKeys).length === 0) {
        if (credentials.apiv3Key === undefined) {
          usageError(
            `${source}: no platform key to verify answers with`,
            'set WECHATPAY_PUBLIC_KEY_ID/_PATH, or WECHATPAY_APIV3_KEY for certificate mode',
          )
        }
        out.note('no platform key configured: downloading the platform certificates first (certificate mode)')
        await client.refreshCertificates()
      }
      const query = Object.fromEntries(pairs(values, 'query'))
      const params = Object.fromEntries(pairs(values, 'param'))
      const response = await client.request({
        method: method as HttpMethod,
        url: path,
        ...(Object.keys(params).length > 0 ? { params } : {}),
        ...(Object.keys(query).length > 0 ? { query } : {}),
        ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
      })
      if (values.verbose === true) {
        verboseRequest(out, recorder)
        for (const [name, value] of Object.entries(response.headers)) {
          // WeChat Pay's signature is no secret, but the CLI prints no signature at all (logs persist).
          const shown = name === 'wechatpay-signature' ? `[${String(value).length} characters, not shown]` : value
          out.note(out.paint('gray', `< ${name}: ${shown}`))
        }
      }
      const serial = String(response.headers['wechatpay-serial'] ?? '')
      if (out.json) {
        out.document({
          status: response.status,
          requestId: response.requestId,
          verified: { serial },
          data: response.data ?? null,
        })
      } else {
        out.note(
          `${out.paint('green', `HTTP ${response.status}`)} · Request-ID ${response.requestId ?? '(none)'} · ${out.ok(`signature verified (${serial})`)}`,
        )
        if (response.data !== undefined) out.line(JSON.stringify(response.data, null, 2))
        else if (response.raw.length > 0) out.line(response.raw.toString('utf8'))
      }
      return EXIT.OK
    } catch (error) {
      if (values.verbose === true) verboseRequest(out, recorder)
      throw error instanceof Error && error.name === 'CliError' ? error : callFailure(error, baseUrl, sandbox)
    } finally {
      await client.close()
      await recorder.close()
    }
  },
}
