// realname: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 实名信息校验: the options of `GET /v3/realname/verify`. */
export interface RealnameVerifyGetOptions extends RouteCallOptions {
  query: {
    /** 下单用户账户的证件类型 */
    credential_type: 1 | 2 | 5 | 9 | 12 | 17 | 19
    /** 加密后的下单用户证件号 (encrypt with `client.encrypt()`) */
    encrypted_credential_id: Encrypted
    /** 加密后的下单用户姓名 (encrypt with `client.encrypt()`) */
    encrypted_name: Encrypted
    /** 微信支付交易单号 */
    wxp_trade_no: string
  }
}

/** 实名信息校验: what `GET /v3/realname/verify` answers. */
export type RealnameVerifyGetResponse = {
  /** 实名比对结果 */
  verify_result: 0 | 1 | (number & {})
  /** 错误信息 */
  err_message?: string
}
