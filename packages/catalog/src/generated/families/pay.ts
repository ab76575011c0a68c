// pay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayAcquiringBankTransactionsExposurePostJson {
  /** 从业机构号 */
  acquiring_bank_id: string
  /** 从业机构应用AppID */
  acquiring_bank_appid?: string
  /** 特约商户号 */
  merchant_id: string
  /** 特约商户应用AppID */
  merchant_appid?: string
  /** 渠道商户号 */
  channel_id: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    acquiring_bank_openid?: string
    /** 用户手机号的哈希值 */
    phone_number_hash?: string
    /** 用户标识（商户） */
    merchant_openid?: string
  }
  /** 商户订单号 */
  out_trade_no: string
}

/** 微信分付-支付方式前置服务: the options of `POST /v3/pay/acquiring-bank/transactions/exposure`. */
export interface PayAcquiringBankTransactionsExposurePostOptions extends RouteCallOptions {
  json: PayAcquiringBankTransactionsExposurePostJson
}

/** 微信分付-支付方式前置服务: what `POST /v3/pay/acquiring-bank/transactions/exposure` answers. */
export type PayAcquiringBankTransactionsExposurePostResponse = {
  /** 是否建议曝光微信分付 */
  fqf_exposure: boolean
  /** 曝光凭证 */
  market_exposure_token?: string
}

export interface PayInstalExposurePostJson {
  /** 直连商户号 */
  mchid: string
  /** 应用AppID */
  appid: string
  /** 用户ID的类型 */
  user_id_type: 'UNKNOWN_USER_ID_TYPE' | 'OPENID' | 'PHONE_NO' | 'SP_OPENID' | 'SUB_OPENID'
  /** 用户标识 */
  openid?: string
  /** 用户手机号的十六进制字符串 */
  phone_number_hash?: string
}

/** 商户贴息-获取微信分付曝光建议: the options of `POST /v3/pay/instal/exposure`. */
export interface PayInstalExposurePostOptions extends RouteCallOptions {
  json: PayInstalExposurePostJson
}

/** 商户贴息-获取微信分付曝光建议: what `POST /v3/pay/instal/exposure` answers. */
export type PayInstalExposurePostResponse = {
  /** 是否建议曝光微信分付 */
  recommend_exposure: boolean
}

export interface PayInstalPartnerExposurePostJson {
  /** 服务商户号 */
  sp_mchid: string
  /** 服务商应用ID */
  sp_appid: string
  /** 子商户/二级商户应用ID */
  sub_appid: string
  /** 子商户号/二级商户号 */
  sub_mchid?: string
  /** 用户ID */
  user_id?: {
    /** 用户ID的类型 */
    user_id_type?: 'UNKNOWN_USER_ID_TYPE' | 'OPENID' | 'PHONE_NO' | 'SP_OPENID' | 'SUB_OPENID'
    /** 用户服务标识 */
    sp_openid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 用户手机号的哈希值 */
    phone_number_hash?: string
  }
}

/** 商户贴息-获取微信分付曝光建议: the options of `POST /v3/pay/instal/partner/exposure`. */
export interface PayInstalPartnerExposurePostOptions extends RouteCallOptions {
  json: PayInstalPartnerExposurePostJson
}

/** 商户贴息-获取微信分付曝光建议: what `POST /v3/pay/instal/partner/exposure` answers. */
export type PayInstalPartnerExposurePostResponse = {
  /** 是否建议曝光微信分付 */
  recommend_exposure: boolean
}
