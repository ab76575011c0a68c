import { COMMON_HELP, type Command } from '../command.js'
import { localOptions, SANDBOX_HELP, SANDBOX_OPTIONS, startLocal } from '../local-sandbox.js'

export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'start a local WeChat Pay (商家券 and 基础支付) and print its WECHATPAY_* settings',
  help: `wxpay sandbox — start a local WeChat Pay and print the settings a client needs

Usage: wxpay sandbox [--families busifavor,pay] [--mode public-key|certificate|both] [--seed-examples] [--port N]

${SANDBOX_HELP}

Prints the README's WECHATPAY_* variables on stdout as a .env block (wxpay sandbox > .env, then
node --env-file=.env app.mjs), or as JSON with --json. The key files live in a temporary folder (0600) that is
removed when it stops (Ctrl+C, SIGTERM, or when the process that started it goes away). Other wxpay commands
(trigger, resend, logs, request) find this sandbox by themselves while it runs.

${COMMON_HELP}

Examples:
  wxpay sandbox --seed-examples > .env
  wxpay sandbox --families pay --mode certificate --json`,
  options: SANDBOX_OPTIONS,
  positionals: [0, 0],
  async run({ out, io, values }) {
    const local = await startLocal(localOptions(values), io)
    const { sandbox, env } = local
    const admin = local.adminUrl
    if (out.json) {
      out.document({ mode: sandbox.mode, families: sandbox.families(), adminUrl: admin, env })
    } else {
      out.line(`# wxpay sandbox (${sandbox.mode} mode; ${sandbox.families().join(', ')}) — admin: ${admin}`)
      for (const [name, value] of Object.entries(env)) out.line(`${name}=${value}`)
    }
    out.note(`wxpay sandbox listening on ${sandbox.url} (Ctrl+C to stop)`)
    out.note(
      'next: wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify · wxpay trigger transaction.success',
    )
    return local
  },
}
