import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SANDBOX_EXAMPLES } from './families/busifavor/examples.js'
import type { AnySandboxFamily } from './family.js'
import type { Sandbox } from './sandbox-types.js'

/**
 * The `.env` settings for a running sandbox, exactly what a client needs (the README's WECHATPAY_* variables);
 * writes the PEM files into `dir` (mode 0600). The merchant certificate is not among them: APIv3 requests carry only its serial.
 * With `seeded`, the coupon of the 使券失效 example too, so the demo's deactivate step runs as configured.
 */
export function sandboxEnv(
  sb: Sandbox<readonly AnySandboxFamily[]>,
  dir: string,
  seeded = false,
): Record<string, string> {
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text, { mode: 0o600 })
    return path
  }
  const env: Record<string, string> = {
    WECHATPAY_MCHID: sb.merchant.mchid,
    WECHATPAY_SERIAL: sb.merchant.serial,
    WECHATPAY_PRIVATE_KEY_PATH: write('apiclient_key.pem', sb.merchant.privateKeyPem),
  }
  if (sb.mode !== 'certificate') {
    env.WECHATPAY_PUBLIC_KEY_ID = sb.platform.serial
    env.WECHATPAY_PUBLIC_KEY_PATH = write('pub_key.pem', sb.platform.publicKeyPem)
  }
  if (sb.platform.certificatePem !== undefined) {
    env.WECHATPAY_PLATFORM_CERT_SERIAL = sb.platform.certificateSerial!
    env.WECHATPAY_PLATFORM_CERT_PATH = write('platform_cert.pem', sb.platform.certificatePem)
  }
  env.WECHATPAY_APIV3_KEY = sb.apiv3Key
  // The deactivate example is busifavor's: a sandbox without that family has no such coupon.
  if (seeded && sb.families().includes('busifavor')) {
    env.WECHATPAY_COUPON_CODE = SANDBOX_EXAMPLES.deactivate.coupon_code
    env.WECHATPAY_STOCK_ID = SANDBOX_EXAMPLES.deactivate.stock_id
  }
  env.WECHATPAY_BASE_URL = sb.url
  return env
}
