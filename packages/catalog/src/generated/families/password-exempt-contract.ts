// password-exempt-contract: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostJson {
  /** 商户AppID */
  appid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 用户标识 */
  openid: string
}

/** 电商收付通模式小程序场景预签约: the options of `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`. */
export interface PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostJson
}

/** 电商收付通模式小程序场景预签约: what `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program` answers. */
export type PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 跳转签约的小程序AppID */
  sign_mp_appid: string
  /** 跳转签约的小程序路径 */
  sign_mp_path: string
}

export interface PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostJson {
  /** 商户AppID */
  appid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 预支付交易会话标识 */
  prepay_id: string
  /** 用户标识 */
  openid: string
}

/** 电商收付通模式支付后场景预签约: the options of `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`. */
export interface PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostJson
}

/** 电商收付通模式支付后场景预签约: what `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign` answers. */
export type PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostResponse = {
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostJson {
  /** 商户AppID */
  appid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 用户标识 */
  openid: string
}

/** 直连商户模式小程序场景预签约: the options of `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`. */
export interface PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostJson
}

/** 直连商户模式小程序场景预签约: what `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program` answers. */
export type PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 跳转签约的小程序AppID */
  sign_mp_appid: string
  /** 跳转签约的小程序路径 */
  sign_mp_path: string
}

export interface PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostJson {
  /** 商户AppID */
  appid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 预支付交易会话标识 */
  prepay_id: string
  /** 用户标识 */
  openid: string
}

/** 直连商户模式支付后场景预签约: the options of `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`. */
export interface PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostJson
}

/** 直连商户模式支付后场景预签约: what `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign` answers. */
export type PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostResponse = {
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostJson {
  /** 商户AppID */
  appid: string
  /** 子商户AppID */
  sub_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 用户标识 */
  openid?: string
  /** 用户子标识 */
  sub_openid?: string
}

/** 清算机构模式小程序场景预签约: the options of `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`. */
export interface PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostJson
}

/** 清算机构模式小程序场景预签约: what `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program` answers. */
export type PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 跳转签约的小程序AppID */
  sign_mp_appid: string
  /** 跳转签约的小程序路径 */
  sign_mp_path: string
}

export interface PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostJson {
  /** 商户AppID */
  appid: string
  /** 子商户AppID */
  sub_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 预支付交易会话标识 */
  prepay_id: string
  /** 用户标识 */
  openid?: string
  /** 用户子标识 */
  sub_openid?: string
}

/** 清算机构模式支付后场景预签约: the options of `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`. */
export interface PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostJson
}

/** 清算机构模式支付后场景预签约: what `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign` answers. */
export type PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostResponse = {
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

/** 商户通过商户协议号查询协议: the options of `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`. */
export interface PasswordExemptContractContractsByServiceIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 免密支付服务ID */
    service_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
}

/** 商户通过商户协议号查询协议: what `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}` answers. */
export type PasswordExemptContractContractsByServiceIdByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid: string
  /** 免密支付协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 用户标识 */
  openid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 用户标识 */
  sub_openid?: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account?: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time?: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
}

export interface PasswordExemptContractContractsByServiceIdByOutContractCodeTerminatePostJson {
  /** 解约备注 */
  contract_termination_remark: string
}

/** 商户通过商户协议号解约协议: the options of `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`. */
export interface PasswordExemptContractContractsByServiceIdByOutContractCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 免密支付服务ID */
    service_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  json: PasswordExemptContractContractsByServiceIdByOutContractCodeTerminatePostJson
}

/** 商户通过商户协议号解约协议: what `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate` answers. */
export type PasswordExemptContractContractsByServiceIdByOutContractCodeTerminatePostResponse = {
  /** 商户号 */
  mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostJson {
  /** 商户AppID */
  sp_appid: string
  /** 用户标识 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户AppID */
  sub_appid: string
  /** 用户子标识 */
  sub_openid?: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
}

/** 服务商模式小程序场景预签约: the options of `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`. */
export interface PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostJson
}

/** 服务商模式小程序场景预签约: what `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program` answers. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 跳转签约的小程序AppID */
  sign_mp_appid: string
  /** 跳转签约的小程序路径 */
  sign_mp_path: string
}

export interface PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostJson {
  /** 商户AppID */
  sp_appid: string
  /** 用户标识 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户AppID */
  sub_appid: string
  /** 用户子标识 */
  sub_openid?: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 回调通知地址 */
  notify_url: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 预支付交易会话标识 */
  prepay_id: string
}

/** 服务商模式支付后场景预签约: the options of `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`. */
export interface PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostOptions extends RouteCallOptions {
  json: PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostJson
}

/** 服务商模式支付后场景预签约: what `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign` answers. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostResponse = {
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 免密支付服务ID */
  service_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}
