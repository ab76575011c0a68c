// facemch: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询用户授权的实名信息: the options of `GET /v3/facemch/users/{face_sid}`. */
export interface FacemchUsersByFaceSidGetOptions extends RouteCallOptions {
  params: {
    /** 终端设备识别用户成功后返回的凭证 */
    face_sid: string
  }
  query: {
    /** 标识本次请求获取的信息类型 */
    info_type: 'ASK_UNIONID' | 'ASK_REAL_NAME'
    /** 微信分配的公众账号ID */
    appid: string
    /** 微信支付分配的子商户号，服务商模式下必填 */
    sub_mchid?: string
    /** 微信分配的子商户公众账号ID */
    sub_appid?: string
    /** ⼦商户证书序列号 */
    sub_serial_no?: string
  }
}

/** 查询用户授权的实名信息: what `GET /v3/facemch/users/{face_sid}` answers. */
export type FacemchUsersByFaceSidGetResponse = {
  /** UnionID */
  union_id?: string
  /** 用户在商户appid下的唯⼀标识 */
  openid?: string
  /** 用户在⼦商户appid下的唯⼀标识 */
  sub_openid?: string
  /** 姓名信息 */
  real_name_info?: {
    /** 加密后的姓名信息 (encrypted to your merchant API key) */
    encrypted_real_name?: string
    credential_type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | (number & {})
    /** 加密后的身份证号 (encrypted to your merchant API key) */
    encrypted_credential_id?: string
  }
}
