// Where `wxpay request` and `wxpay certificates download` get a merchant's settings: --profile, else the README's
// WECHATPAY_* variables, else the sandbox a `wxpay` process runs. Key files are read here; their contents never
// reach a message.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ioError, usageError } from './exit.js'
import { readPrivateJson, readSandboxState, wxpayHome } from './home.js'
import type { CliIo } from './output.js'

/** The variables of the repository README's table (and of `wxpay sandbox`'s output). */
export const SETTINGS = [
  'WECHATPAY_MCHID',
  'WECHATPAY_SERIAL',
  'WECHATPAY_PRIVATE_KEY_PATH',
  'WECHATPAY_PUBLIC_KEY_ID',
  'WECHATPAY_PUBLIC_KEY_PATH',
  'WECHATPAY_PLATFORM_CERT_SERIAL',
  'WECHATPAY_PLATFORM_CERT_PATH',
  'WECHATPAY_APIV3_KEY',
  'WECHATPAY_BASE_URL',
] as const

/**
 * WeChat Pay's API host, @core/client's DEFAULT_BASE_URL (a test keeps them equal): a constant here so that help
 * texts do not load the client, which only a command that calls WeChat Pay needs.
 */
export const WECHATPAY_API_URL = 'https://api.mch.weixin.qq.com'

export type Settings = Partial<Record<(typeof SETTINGS)[number], string>>

export interface ProfilesFile {
  profiles: Record<string, Settings>
}

export const CONFIG_FILE = 'config.json'

export function readProfiles(io: CliIo): ProfilesFile {
  return readPrivateJson<ProfilesFile>(join(wxpayHome(io), CONFIG_FILE)) ?? { profiles: {} }
}

export interface Credentials {
  /** Where they came from, for messages: `profile "prod"`, `WECHATPAY_* variables`, `the running sandbox`. */
  source: string
  mchid: string
  serial: string
  privateKey: string
  /** serial → PEM of every configured platform key (public key and/or platform certificate). */
  platformKeys: Record<string, string>
  /** Key files by serial, for messages. */
  keyFiles: Record<string, string>
  apiv3Key: string | undefined
  baseUrl: string | undefined
}

function readKey(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    return ioError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** The settings to use: a profile, the environment, or the running sandbox (said on stderr). */
export function resolveSettings(
  io: CliIo,
  profile: string | undefined,
  note: (text: string) => void,
): [Settings, string] {
  if (profile !== undefined) {
    const found = readProfiles(io).profiles[profile]
    if (found === undefined) {
      usageError(
        `no profile ${JSON.stringify(profile)} in ${join(wxpayHome(io), CONFIG_FILE)}`,
        'wxpay profile list; wxpay profile save <name>',
      )
    }
    return [found!, `profile ${JSON.stringify(profile)}`]
  }
  if (io.env.WECHATPAY_MCHID) {
    const env: Settings = {}
    for (const name of SETTINGS) if (io.env[name]) env[name] = io.env[name]
    return [env, 'the WECHATPAY_* variables']
  }
  const state = readSandboxState(io)
  if (state !== undefined) {
    note(`using the sandbox at ${state.url} (no WECHATPAY_* variables and no --profile)`)
    return [state.env as Settings, `the sandbox at ${state.url}`]
  }
  return usageError(
    'no merchant settings: set the WECHATPAY_* variables (see the README), pass --profile NAME, or start wxpay sandbox',
  )
}

/** Reads the key files the settings name. */
export function loadCredentials(settings: Settings, source: string): Credentials {
  const need = (name: (typeof SETTINGS)[number]) =>
    settings[name] ?? usageError(`${source}: ${name} is not set`, 'see the variable table in the README')
  const platformKeys: Record<string, string> = {}
  const keyFiles: Record<string, string> = {}
  if (settings.WECHATPAY_PUBLIC_KEY_ID !== undefined) {
    const path = need('WECHATPAY_PUBLIC_KEY_PATH')
    platformKeys[settings.WECHATPAY_PUBLIC_KEY_ID] = readKey(path, 'the WeChat Pay public key')
    keyFiles[settings.WECHATPAY_PUBLIC_KEY_ID] = path
  }
  if (settings.WECHATPAY_PLATFORM_CERT_SERIAL !== undefined) {
    const path = need('WECHATPAY_PLATFORM_CERT_PATH')
    platformKeys[settings.WECHATPAY_PLATFORM_CERT_SERIAL] = readKey(path, 'the platform certificate')
    keyFiles[settings.WECHATPAY_PLATFORM_CERT_SERIAL] = path
  }
  return {
    source,
    mchid: need('WECHATPAY_MCHID'),
    serial: need('WECHATPAY_SERIAL'),
    privateKey: readKey(need('WECHATPAY_PRIVATE_KEY_PATH'), 'the merchant private key'),
    platformKeys,
    keyFiles,
    apiv3Key: settings.WECHATPAY_APIV3_KEY,
    baseUrl: settings.WECHATPAY_BASE_URL,
  }
}
