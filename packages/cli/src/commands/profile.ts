import { join } from 'node:path'
import { COMMON_HELP, type Command } from '../command.js'
import { CONFIG_FILE, readProfiles, SETTINGS, type Settings } from '../credentials.js'
import { EXIT, usageError } from '../exit.js'
import { writePrivateJson, wxpayHome } from '../home.js'

const redact = (settings: Settings): Settings => ({
  ...settings,
  ...(settings.WECHATPAY_APIV3_KEY === undefined ? {} : { WECHATPAY_APIV3_KEY: '[set, not shown]' }),
})

export const profileCommand: Command = {
  name: 'profile',
  summary: 'profile save|list|show|remove: named merchant settings for --profile (a 0600 file)',
  help: `wxpay profile — named merchant settings, for wxpay request --profile NAME

Usage: wxpay profile save <name>      save the current WECHATPAY_* variables under <name>
       wxpay profile list             the saved names
       wxpay profile show <name>      one profile (the APIv3 key is never shown)
       wxpay profile remove <name>

A profile holds the README's variables: ${SETTINGS.join(', ')}. Key files stay where they are (their paths are
saved, not their contents); the APIv3 key is saved as given, so the file is written with mode 0600 in a 0700
folder, and wxpay refuses to read it once others can. The file: $WXPAY_HOME/${CONFIG_FILE}
(default ~/.config/wxpay/${CONFIG_FILE}).

${COMMON_HELP}

Example:
  set -a; . ./prod.env; set +a; wxpay profile save prod; wxpay request GET /v3/certificates --profile prod`,
  options: {},
  positionals: [1, 2],
  async run({ out, io, positionals }) {
    const [action, name] = positionals
    const file = readProfiles(io)
    const path = join(wxpayHome(io), CONFIG_FILE)
    const needName = () => name ?? usageError(`wxpay profile ${action} needs a name`)
    switch (action) {
      case 'save': {
        const settings: Settings = {}
        for (const variable of SETTINGS) if (io.env[variable]) settings[variable] = io.env[variable]
        if (settings.WECHATPAY_MCHID === undefined) usageError('nothing to save: WECHATPAY_MCHID is not set')
        file.profiles[needName()] = settings
        writePrivateJson(io, CONFIG_FILE, file)
        if (out.json) out.document({ saved: name, file: path, settings: redact(settings) })
        else out.line(out.ok(`saved profile ${name} (${Object.keys(settings).length} settings) in ${path} (0600)`))
        return EXIT.OK
      }
      case 'list':
        if (out.json) out.document(Object.keys(file.profiles))
        else
          for (const [n, s] of Object.entries(file.profiles))
            out.line(`${n}  ${s.WECHATPAY_MCHID ?? ''}  ${s.WECHATPAY_BASE_URL ?? 'https://api.mch.weixin.qq.com'}`)
        return EXIT.OK
      case 'show': {
        const found = file.profiles[needName()]
        if (found === undefined) usageError(`no profile ${JSON.stringify(name)}`, 'wxpay profile list')
        if (out.json) out.document(redact(found!))
        else for (const [k, v] of Object.entries(redact(found!))) out.line(`${k}=${v}`)
        return EXIT.OK
      }
      case 'remove':
        if (file.profiles[needName()] === undefined) usageError(`no profile ${JSON.stringify(name)}`)
        delete file.profiles[name!]
        writePrivateJson(io, CONFIG_FILE, file)
        if (!out.json) out.line(out.ok(`removed profile ${name}`))
        return EXIT.OK
      default:
        return usageError(`unknown action ${JSON.stringify(action)}`, 'save, list, show or remove')
    }
  },
}
