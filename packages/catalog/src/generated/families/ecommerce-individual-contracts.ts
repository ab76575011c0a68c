// ecommerce/individual-contracts: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 根据业务申请单号查签约信息: the options of `GET /v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}`. */
export interface EcommerceIndividualContractsByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 业务申请单号 */
    out_contract_code: string
  }
  query: {
    /** 签约和付款的微信小程序AppID */
    appid: string
  }
}

/** 根据业务申请单号查签约信息: what `GET /v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}` answers. */
export type EcommerceIndividualContractsByOutContractCodeGetResponse = {
  /** 授权ID */
  individual_auth_id?: string
  /** 签约时间 */
  signed_time: string
  /** 授权状态 */
  auth_state: 'AUTHORIZED' | 'UNAUTHORIZED' | (string & {})
  /** 用户OpenID */
  individual_openid?: string
  /** 实名授权结果 */
  real_name_auth_result?: {
    /** 应用授权作用域 */
    scope: 'pay_realname' | (string & {})
    /** 访问令牌 */
    access_token: string
    /** 访问令牌过期时间 */
    access_token_expire_time: string
  }
}

export interface EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppPostJson {
  /** 签约和付款的AppID */
  appid: string
  /** 业务申请单号 */
  out_contract_code: string
  /** 真实姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 证件类型 */
  cred_type: 'ID_CARD'
  /** 件号码 (encrypt with `client.encrypt()`) */
  cred_id: Encrypted
}

/** APP场景预签约（需要实名验证）: the options of `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app`. */
export interface EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppPostOptions extends RouteCallOptions {
  json: EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppPostJson
}

/** APP场景预签约（需要实名验证）: what `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app` answers. */
export type EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppPostResponse = {
  /** 预签约id */
  pre_entrustweb_id: string
}

export interface EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramPostJson {
  /** 签约和付款的AppID */
  appid: string
  /** 业务申请单号 */
  out_contract_code: string
  /** 个人收款方的OpenID */
  openid: string
  /** 真实姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 证件类型 */
  cred_type: 'ID_CARD'
  /** 件号码 (encrypt with `client.encrypt()`) */
  cred_id: Encrypted
}

/** 小程序场景预签约（需要实名验证）: the options of `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program`. */
export interface EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramPostOptions extends RouteCallOptions {
  json: EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramPostJson
}

/** 小程序场景预签约（需要实名验证）: what `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program` answers. */
export type EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramPostResponse = {
  /** 预签约id */
  pre_entrustweb_id: string
}

export interface EcommerceIndividualContractsPreEntrustSignAppPostJson {
  /** 签约和付款的AppID */
  appid: string
  /** 业务申请单号 */
  out_contract_code: string
}

/** APP场景预签约: the options of `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/app`. */
export interface EcommerceIndividualContractsPreEntrustSignAppPostOptions extends RouteCallOptions {
  json: EcommerceIndividualContractsPreEntrustSignAppPostJson
}

/** APP场景预签约: what `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/app` answers. */
export type EcommerceIndividualContractsPreEntrustSignAppPostResponse = {
  /** 预签约id */
  pre_entrustweb_id: string
}

export interface EcommerceIndividualContractsPreEntrustSignMiniProgramPostJson {
  /** 签约和付款的AppID */
  appid: string
  /** 业务申请单号 */
  out_contract_code: string
  /** 个人收款方的OpenID */
  openid: string
}

/** 小程序场景预签约: the options of `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program`. */
export interface EcommerceIndividualContractsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: EcommerceIndividualContractsPreEntrustSignMiniProgramPostJson
}

/** 小程序场景预签约: what `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program` answers. */
export type EcommerceIndividualContractsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约id */
  pre_entrustweb_id: string
}

/** 查询个人收款方授权结果: the options of `GET /v3/ecommerce/individual-contracts/{openid}`. */
export interface EcommerceIndividualContractsByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 个人收款方在平台appid下的唯一标识 */
    openid: string
  }
  query: {
    /** 签约和付款的微信小程序AppID */
    appid: string
    /** 权限类型 */
    permission_type: 'INDIVIDUAL_PAYEE'
  }
}

/** 查询个人收款方授权结果: what `GET /v3/ecommerce/individual-contracts/{openid}` answers. */
export type EcommerceIndividualContractsByOpenidGetResponse = {
  /** 授权ID */
  individual_auth_id: string
  /** 操作时间 */
  operation_time: string
  /** 授权状态 */
  auth_state: 'AUTHORIZED' | 'UNAUTHORIZED' | (string & {})
}
