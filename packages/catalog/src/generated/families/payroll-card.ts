// payroll-card: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询核身记录: the options of `GET /v3/payroll-card/authentications`. */
export interface PayrollCardAuthenticationsGetOptions extends RouteCallOptions {
  query: {
    /** 用户标识 */
    openid: string
    /** 应用ID */
    appid?: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 子商户号 */
    sub_mchid: string
    /** 核身日期 */
    authenticate_date: string
    /** 核身状态 */
    authenticate_state: string
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit?: number
  }
}

/** 查询核身记录: what `GET /v3/payroll-card/authentications` answers. */
export type PayrollCardAuthenticationsGetResponse = {
  /** 查询结果记录列表 */
  data?: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 用户标识 */
    openid: string
    /** 核身渠道 */
    authenticate_scene: 'FROM_MINI_APP' | 'FROM_HARDWARE' | (string & {})
    /** 核身渠道标识 */
    authenticate_source: string
    /** 项目名称 */
    project_name: string
    /** 单位名称 */
    employer_name: string
    /** 核身状态 */
    authenticate_state: 'AUTHENTICATE_PROCESSING' | 'AUTHENTICATE_SUCCESS' | 'AUTHENTICATE_FAILED' | (string & {})
    /** 核身时间 */
    authenticate_time: string
    /** 商家核身单号 */
    authenticate_number: string
  }[]
  /** 总记录条数 */
  total_count: number
  /** 记录起始位置 */
  offset: number
  /** 本次返回条数 */
  limit: number
}

export interface PayrollCardAuthenticationsPreOrderPostJson {
  /** 用户标识 */
  openid: string
  /** 应用ID */
  appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商家核身单号 */
  authenticate_number: string
  /** 项目名称 */
  project_name: string
  /** 单位名称 */
  employer_name: string
  /** 核身类型 */
  authenticate_type: 'SIGN_IN' | 'INSURANCE' | 'CONTRACT'
}

/** 微工卡核身预下单: the options of `POST /v3/payroll-card/authentications/pre-order`. */
export interface PayrollCardAuthenticationsPreOrderPostOptions extends RouteCallOptions {
  json: PayrollCardAuthenticationsPreOrderPostJson
}

/** 微工卡核身预下单: what `POST /v3/payroll-card/authentications/pre-order` answers. */
export type PayrollCardAuthenticationsPreOrderPostResponse = {
  /** 商家核身单号 */
  authenticate_number: string
  /** 用户标识 */
  openid: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** token值 */
  token: string
  /** token有效时间 */
  expires_in: number
}

export interface PayrollCardAuthenticationsPreOrderWithAuthPostJson {
  /** 用户标识 */
  openid: string
  /** 应用ID */
  appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商家核身单号 */
  authenticate_number: string
  /** 项目名称 */
  project_name: string
  /** 用工单位名称 */
  employer_name: string
  /** 用户实名 (encrypt with `client.encrypt()`) */
  user_name: Encrypted
  /** 用户证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 用工类型 */
  employment_type: 'LONG_TERM_EMPLOYMENT' | 'SHORT_TERM_EMPLOYMENT' | 'COOPERATION_EMPLOYMENT'
  /** 核身类型 */
  authenticate_type: 'SIGN_IN' | 'INSURANCE' | 'CONTRACT'
}

/** 微工卡核身预下单（流程中完成授权）: the options of `POST /v3/payroll-card/authentications/pre-order-with-auth`. */
export interface PayrollCardAuthenticationsPreOrderWithAuthPostOptions extends RouteCallOptions {
  json: PayrollCardAuthenticationsPreOrderWithAuthPostJson
}

/** 微工卡核身预下单（流程中完成授权）: what `POST /v3/payroll-card/authentications/pre-order-with-auth` answers. */
export type PayrollCardAuthenticationsPreOrderWithAuthPostResponse = {
  /** 商家核身单号 */
  authenticate_number: string
  /** 用户标识 */
  openid: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** token值 */
  token: string
  /** token有效时间 */
  expires_in: number
}

/** 获取核身结果: the options of `GET /v3/payroll-card/authentications/{authenticate_number}`. */
export interface PayrollCardAuthenticationsByAuthenticateNumberGetOptions extends RouteCallOptions {
  params: {
    /** 商家核身单号 */
    authenticate_number: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 获取核身结果: what `GET /v3/payroll-card/authentications/{authenticate_number}` answers. */
export type PayrollCardAuthenticationsByAuthenticateNumberGetResponse = {
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 用户标识 */
  openid: string
  /** 核身渠道 */
  authenticate_scene: string
  /** 核身渠道标识 */
  authenticate_source: string
  /** 项目名称 */
  project_name: string
  /** 单位名称 */
  employer_name: string
  /** 核身状态 */
  authenticate_state: 'AUTHENTICATE_PROCESSING' | 'AUTHENTICATE_SUCCESS' | 'AUTHENTICATE_FAILED' | (string & {})
  /** 核身时间 */
  authenticate_time: string
  /** 商家核身单号 */
  authenticate_number: string
  /** 核身失败原因 */
  authenticate_failed_reason?: string
}

/** 查询微工卡授权关系: the options of `GET /v3/payroll-card/relations/{openid}`. */
export interface PayrollCardRelationsByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
    /** 应用ID */
    appid?: string
    /** 子商户应用ID */
    sub_appid?: string
  }
}

/** 查询微工卡授权关系: what `GET /v3/payroll-card/relations/{openid}` answers. */
export type PayrollCardRelationsByOpenidGetResponse = {
  /** 用户标识 */
  openid: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 授权状态 */
  authorize_state: 'UNAUTHORIZED' | 'AUTHORIZED' | 'DEAUTHORIZED' | (string & {})
  /** 授权时间 */
  authorize_time?: string
  /** 取消授权时间 */
  deauthorize_time?: string
}

export interface PayrollCardTokensPostJson {
  /** 用户标识 */
  openid: string
  /** 应用ID */
  appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 用户实名 (encrypt with `client.encrypt()`) */
  user_name: Encrypted
  /** 用户证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 用工类型 */
  employment_type: 'LONG_TERM_EMPLOYMENT' | 'SHORT_TERM_EMPLOYMENT' | 'COOPERATION_EMPLOYMENT'
}

/** 生成授权token: the options of `POST /v3/payroll-card/tokens`. */
export interface PayrollCardTokensPostOptions extends RouteCallOptions {
  json: PayrollCardTokensPostJson
}

/** 生成授权token: what `POST /v3/payroll-card/tokens` answers. */
export type PayrollCardTokensPostResponse = {
  /** 用户标识 */
  openid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 授权token */
  token: string
  /** token有效时间 */
  expires_in: number
}

export interface PayrollCardTransferBatchesPostJson {
  /** 特约商户号 */
  sub_mchid: string
  /** 特约商户AppID */
  sub_appid?: string
  /** 特约商户授权类型 */
  authorization_type: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_num: number
  /** 转账明细列表 */
  transfer_detail_list: readonly {
    /** 商家明细单号 */
    out_detail_no: string
    /** 转账金额 */
    transfer_amount: number
    /** 转账备注 */
    transfer_remark: string
    /** 收款用户OpenID */
    openid: string
    /** 收款用户姓名 (encrypt with `client.encrypt()`) */
    user_name: Encrypted
  }[]
  /** 服务商的AppID */
  sp_appid?: string
  /** 用工类型 */
  employment_type: string
  /** 用工场景 */
  employment_scene: string
}

/** 发起批量转账: the options of `POST /v3/payroll-card/transfer-batches`. */
export interface PayrollCardTransferBatchesPostOptions extends RouteCallOptions {
  json: PayrollCardTransferBatchesPostJson
}

/** 发起批量转账: what `POST /v3/payroll-card/transfer-batches` answers. */
export type PayrollCardTransferBatchesPostResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 批次创建时间 */
  create_time: string
}

export interface PayrollCardWesureInsurancePostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 特约商户商户号 */
  wesure_order_no: string
  /** 微保保单号 */
  token: string
  /** 保司保单号 */
  insurance_company_order_no: string
  /** 用户标识 */
  openid: string
  /** 投保状态 */
  insure_state: string
  /** 保障生效时间 */
  insure_effect_time: string
  /** 保障失效时间 */
  insure_invalid_time: string
  /** 保障的保险公司名称 */
  insurance_company_name: string
}

/** 生成投保结果: the options of `POST /v3/payroll-card/wesure/insurance`. */
export interface PayrollCardWesureInsurancePostOptions extends RouteCallOptions {
  json: PayrollCardWesureInsurancePostJson
}

/** 生成投保结果: what `POST /v3/payroll-card/wesure/insurance` answers. */
export type PayrollCardWesureInsurancePostResponse = undefined

export interface PayrollCardWesureTokenValidationsPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 特约商户商户号 */
  sub_mchid: string
  /** token值 */
  token: string
  /** 用户姓名 (encrypt with `client.encrypt()`) */
  user_name: Encrypted
  /** 用户身份证号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 核身类型 */
  authenticate_type?: 'NORMAL' | 'SIGN_IN' | 'INSURANCE' | 'CONTRACT'
}

/** 校验核身结果: the options of `POST /v3/payroll-card/wesure/token-validations`. */
export interface PayrollCardWesureTokenValidationsPostOptions extends RouteCallOptions {
  json: PayrollCardWesureTokenValidationsPostJson
}

/** 校验核身结果: what `POST /v3/payroll-card/wesure/token-validations` answers. */
export type PayrollCardWesureTokenValidationsPostResponse = {
  /** 校验结果 */
  result: string
  /** 核身成功时间 */
  authenticate_success_time?: string
  /** 用户标识 */
  openid?: string
  /** 校验不通过原因 */
  fail_reason?: string
}
