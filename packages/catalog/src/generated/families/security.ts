// security: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface SecurityEchoPostJson {
  /** 商户回调地址 */
  notify_url?: string
  /** 回显信息 */
  echo_message: string
  /** 平台证书或微信支付公钥加密测试字段 (encrypt with `client.encrypt()`) */
  encrypted_echo_message?: Encrypted
}

/** 商户签名验签／加解密测试: the options of `POST /v3/security/echo`. */
export interface SecurityEchoPostOptions extends RouteCallOptions {
  json: SecurityEchoPostJson
}

/** 商户签名验签／加解密测试: what `POST /v3/security/echo` answers. */
export type SecurityEchoPostResponse = {
  /** 回显信息 */
  echo_message: string
  /** 平台证书或微信支付公钥加密测试字段 (encrypted to your merchant API key) */
  encrypted_echo_message?: string
}
