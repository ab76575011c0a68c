import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AdminClient } from '../admin-client.js'
import { COMMON_HELP, type Command, type Running, stringFlag } from '../command.js'
import { deliveryLines, type ListedDelivery } from '../deliveries.js'
import { EXIT, type ExitCode, usageError } from '../exit.js'
import { writePrivate } from '../home.js'
import { type LocalSandbox, localOptions, SANDBOX_HELP, SANDBOX_OPTIONS, startLocal } from '../local-sandbox.js'

const POLL_MS = 200

interface CallbackSettings {
  forward_to: string | null
  apiv3_key: string
  platform: {
    serial: string
    public_key_pem: string
    certificate_serial: string | null
    certificate_pem: string | null
  }
}

/** The settings an app needs to verify and decrypt what the sandbox sends, with the key files written (0600). */
function receiverEnv(settings: CallbackSettings, dir: string, mode: string): Record<string, string> {
  const env: Record<string, string> = {}
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    writePrivate(path, text)
    return path
  }
  if (mode !== 'certificate') {
    env.WECHATPAY_PUBLIC_KEY_ID = settings.platform.serial
    env.WECHATPAY_PUBLIC_KEY_PATH = write('pub_key.pem', settings.platform.public_key_pem)
  }
  if (settings.platform.certificate_pem !== null && settings.platform.certificate_serial !== null) {
    env.WECHATPAY_PLATFORM_CERT_SERIAL = settings.platform.certificate_serial
    env.WECHATPAY_PLATFORM_CERT_PATH = write('platform_cert.pem', settings.platform.certificate_pem)
  }
  env.WECHATPAY_APIV3_KEY = settings.apiv3_key
  return env
}

/**
 * Switches an attached sandbox's forwarding off, but only while it still points where this listen set it: another
 * listen that took the sandbox over since keeps its forwarding. Best effort: the sandbox may be gone already.
 */
async function releaseForwarding(admin: AdminClient, forwardTo: string | null | undefined): Promise<void> {
  if (forwardTo == null) return
  try {
    const current = await admin.get<CallbackSettings>('/callbacks')
    if (current.forward_to === forwardTo) await admin.put('/callbacks', { forward_to: null })
  } catch {
    // Nothing to release on a sandbox that no longer answers.
  }
}

export const listenCommand: Command = {
  name: 'listen',
  summary: 'deliver every sandbox callback to your app, signed and encrypted as WeChat Pay does; show each answer',
  help: `wxpay listen — forward the sandbox's callbacks to your app and show each delivery live

Usage: wxpay listen --forward-to URL [--families busifavor,pay] [--mode M] [--sandbox URL] [--probe]

  --forward-to URL    your app's notify endpoint, e.g. http://127.0.0.1:3000/wechatpay/notify (required)
  --sandbox URL       attach to a running sandbox (wxpay sandbox, or startSandbox() in your tests) instead of
                      starting one; forwarding is switched off again when listen stops (unless another
                      listen has taken it over since)
  --probe             first send a WECHATPAY/SIGNTEST/ signature probe: your app must refuse it (4xx/5xx)
${SANDBOX_HELP}
                      (the sandbox flags apply when listen starts the sandbox)

Every callback the sandbox sends — COUPON.SEND, TRANSACTION.SUCCESS, REFUND.SUCCESS/ABNORMAL/CLOSED — goes to
--forward-to, whatever notify URL it carries: signed with the sandbox's platform key, the resource encrypted
(AES-256-GCM) with its APIv3 key, exactly as WeChat Pay does. An answer other than 2xx is retried on WeChat Pay's
schedule. listen prints the key id, public key file and APIv3 key to configure in your app, then one line per
delivery with your app's answer. Fire events from another terminal with wxpay trigger; replay one with wxpay resend.

${COMMON_HELP}
  (with --json: one object a line — {"type":"ready",…} first, then {"type":"delivery",…} per attempt)

Examples:
  wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify
  wxpay listen --forward-to http://127.0.0.1:3000/notify --families pay --mode certificate --probe`,
  options: {
    ...SANDBOX_OPTIONS,
    'forward-to': { type: 'string' },
    sandbox: { type: 'string' },
    probe: { type: 'boolean' },
  },
  positionals: [0, 0],
  async run({ out, io, values }) {
    const forwardTo = stringFlag(values, 'forward-to')
    if (forwardTo === undefined) {
      return usageError(
        'wxpay listen needs --forward-to URL',
        'e.g. wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify',
      )
    }
    let url: URL
    try {
      url = new URL(forwardTo)
    } catch {
      return usageError(`--forward-to must be a URL (got ${JSON.stringify(forwardTo)})`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') usageError('--forward-to must be an http(s) URL')
    const attachTo = stringFlag(values, 'sandbox')
    const local: LocalSandbox | undefined =
      attachTo === undefined ? await startLocal(localOptions(values), io) : undefined
    const admin = new AdminClient(attachTo ?? local!.sandbox.url)
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-listen-'))
    let settings: CallbackSettings | undefined
    let stopped = false
    const cleanup = async () => {
      if (stopped) return
      stopped = true
      // Compared with what the sandbox answered when this listen set it (its own spelling of the URL).
      if (local === undefined) await releaseForwarding(admin, settings?.forward_to)
      await local?.close()
      rmSync(dir, { recursive: true, force: true })
    }
    let mode: string
    let families: string[]
    try {
      settings = await admin.put<CallbackSettings>('/callbacks', { forward_to: forwardTo })
      const info = await admin.get<{ mode: string; families: string[] }>('')
      mode = info.mode
      families = info.families
    } catch (error) {
      await cleanup()
      throw error
    }
    const receiver = receiverEnv(settings, dir, mode)
    // The API settings are known only for a sandbox this process runs (an attached one keeps its merchant key).
    const api = local === undefined ? {} : local.env
    if (out.json) {
      out.record({
        type: 'ready',
        sandbox: admin.url,
        mode,
        families,
        forward_to: forwardTo,
        env: { ...api, ...receiver },
      })
    } else {
      out.line(
        `${out.paint('bold', 'wxpay listen')} — every callback of ${admin.url} (${mode} mode; ${families.join(', ')}) goes to`,
      )
      out.line(`  ${out.paint('cyan', forwardTo)}`)
      out.line('')
      out.line("Verify and decrypt them in your app with the sandbox's keys:")
      for (const [name, value] of Object.entries(receiver)) out.line(`  ${name}=${out.paint('bold', value)}`)
      if (local !== undefined) {
        out.line('To call the sandbox API as well:')
        for (const name of [
          'WECHATPAY_MCHID',
          'WECHATPAY_SERIAL',
          'WECHATPAY_PRIVATE_KEY_PATH',
          'WECHATPAY_BASE_URL',
        ]) {
          out.line(`  ${name}=${local.env[name]}`)
        }
      }
      out.line('')
      out.line(
        `Fire one from another terminal: ${out.paint('bold', 'wxpay trigger transaction.success')} · Ctrl+C to stop`,
      )
      out.line('')
    }
    const start = await admin.get<{ last: number }>('/deliveries?after=0')
    let last = start.last
    let finish: (code: ExitCode) => void = () => undefined
    const done = new Promise<ExitCode>((resolve) => {
      finish = resolve
    })
    const poll = async () => {
      while (!stopped) {
        try {
          const page = await admin.get<{ last: number; deliveries: ListedDelivery[] }>(`/deliveries?after=${last}`)
          for (const d of page.deliveries) {
            if (out.json) out.record({ type: 'delivery', ...d })
            else for (const line of deliveryLines(out, d)) out.line(line)
          }
          last = page.last
        } catch (error) {
          if (stopped) return
          out.note(out.bad(`${(error as Error).message}: stopping`))
          await cleanup()
          return finish(EXIT.IO)
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    }
    void poll()
    if (values.probe === true) {
      await admin.post('/notifications/probe', {}).catch((error: Error) => out.note(out.bad(error.message)))
    }
    const running: Running = {
      done,
      async close() {
        await cleanup()
        finish(EXIT.OK)
      },
    }
    return running
  },
}
