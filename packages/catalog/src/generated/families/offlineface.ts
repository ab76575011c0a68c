// offlineface: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface OfflinefaceAuthinfoPostJson {
  /** 服务商公众号appid */
  sp_appid: string
  /** 子商户公众号appid */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 设备id */
  device_id: string
  /** 原始数据 */
  raw_data: string
  /** 机构id */
  organization_id: string
}

/** 获取authinfo接口: the options of `POST /v3/offlineface/authinfo`. */
export interface OfflinefaceAuthinfoPostOptions extends RouteCallOptions {
  json: OfflinefaceAuthinfoPostJson
}

/** 获取authinfo接口: what `POST /v3/offlineface/authinfo` answers. */
export type OfflinefaceAuthinfoPostResponse = {
  /** 授权信息 */
  authinfo: string
}

export interface OfflinefaceContractsPresignPostJson {
  /** 业务类型 */
  business_name: string
  /** 刷脸用户信息 */
  facepay_user: {
    /** 商户用户ID */
    out_user_id: string
    /** 刷脸用户名 */
    identification_name?: string
    /** 机构ID */
    organization_id: string
    /** 证件信息 */
    identification?: {
      /** 证件类型 */
      identification_type: 'IDCARD'
      /** 证件ID (encrypt with `client.encrypt()`) */
      identification_number: Encrypted
    }
    /** 手机号码 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
  }
  /** 签约指定银行卡 */
  limit_bank_card?: {
    /** 银行卡号 (encrypt with `client.encrypt()`) */
    bank_card_number?: Encrypted
    /** 开卡人姓名 (encrypt with `client.encrypt()`) */
    identification_name?: Encrypted
    /** 开卡人证件 */
    identification?: {
      /** 证件类型 */
      identification_type: 'IDCARD'
      /** 证件ID (encrypt with `client.encrypt()`) */
      identification_number: Encrypted
    }
    /** 银行卡有效期 */
    valid_thru?: string
    /** 银行类型 */
    bank_type?: string
    /** 开卡预留手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
  }
  /** 签约模式 */
  contract_mode?: 'LIMIT_BANK_CARD' | 'PRIORITY_BANK_CARD' | 'LIMIT_NONE'
}

/** 预签约接口: the options of `POST /v3/offlineface/contracts/presign`. */
export interface OfflinefaceContractsPresignPostOptions extends RouteCallOptions {
  json: OfflinefaceContractsPresignPostJson
}

/** 预签约接口: what `POST /v3/offlineface/contracts/presign` answers. */
export type OfflinefaceContractsPresignPostResponse = {
  /** 会话ID */
  presign_token: string
}

/** 签约查询接口: the options of `GET /v3/offlineface/contracts/{contract_id}`. */
export interface OfflinefaceContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 签约ID */
    contract_id: string
  }
  query?: {
    /** 商户签约小程序APPID */
    appid?: string
  }
}

/** 签约查询接口: what `GET /v3/offlineface/contracts/{contract_id}` answers. */
export type OfflinefaceContractsByContractIdGetResponse = {
  /** 签约ID */
  contract_id: string
  /** 商户号 */
  mchid: string
  /** 机构ID */
  organization_id: string
  /** 用户ID */
  use_id?: string
  /** 签约用户openid */
  openid?: string
  /** 签约状态 */
  contract_state: 'NOT_CONTRACTED' | 'TERMINATED' | 'CONTRACTED' | (string & {})
  /** 签约时间 */
  contract_signed_time: string
  /** 解约时间 */
  contract_terminated_time?: string
  /** 签约模式 */
  contract_mode: 'LIMIT_BANK_CARD' | 'PRIORITY_BANK_CARD' | 'LIMIT_NONE' | (string & {})
  /** 签约卡来源 */
  contract_bank_card_from: 'MERCHANT_LIMITED_BANK_CARD' | 'USER_SELECT_FREE' | (string & {})
}

/** 查询重采用户列表: the options of `GET /v3/offlineface/face-collections`. */
export interface OfflinefaceFaceCollectionsGetOptions extends RouteCallOptions {
  query: {
    /** 机构ID */
    organization_id: string
    /** 列表偏移 */
    offset?: number
    /** 资源个数 */
    limit?: number
  }
}

/** 查询重采用户列表: what `GET /v3/offlineface/face-collections` answers. */
export type OfflinefaceFaceCollectionsGetResponse = {
  /** 重采对象 */
  face_collections: {
    /** 重采ID */
    collection_id: string
    /** 用户ID */
    use_id: string
    /** 机构ID */
    organization_id: string
    /** 重采状态 */
    collection_state: 'COLLECTION_REQUIRED' | 'PHOTO_UPLOADED' | 'COMPLETE' | (string & {})
    /** 注册照上传时间 */
    register_photo_upload_time?: string
    /** 支付用户确认时间 */
    confirm_time?: string
  }[]
}

/** 查询重采请求详情: the options of `GET /v3/offlineface/face-collections/{collection_id}`. */
export interface OfflinefaceFaceCollectionsByCollectionIdGetOptions extends RouteCallOptions {
  params: {
    /** 重采ID */
    collection_id: string
  }
}

/** 查询重采请求详情: what `GET /v3/offlineface/face-collections/{collection_id}` answers. */
export type OfflinefaceFaceCollectionsByCollectionIdGetResponse = {
  /** 重采ID */
  collection_id: string
  /** 用户ID */
  use_id: string
  /** 机构ID */
  organization_id: string
  /** 重采状态 */
  collection_state: 'COLLECTION_REQUIRED' | 'PHOTO_UPLOADED' | 'COMPLETE' | (string & {})
  /** 注册照上传时间 */
  register_photo_upload_time?: string
  /** 支付用户确认时间 */
  confirm_time?: string
}

export interface OfflinefaceRepaymentUrlPostJson {
  /** 商户用户ID */
  out_user_id: string
  /** 机构id */
  organization_id: string
}

/** 获取还款链接接口: the options of `POST /v3/offlineface/repayment-url`. */
export interface OfflinefaceRepaymentUrlPostOptions extends RouteCallOptions {
  json: OfflinefaceRepaymentUrlPostJson
}

/** 获取还款链接接口: what `POST /v3/offlineface/repayment-url` answers. */
export type OfflinefaceRepaymentUrlPostResponse = {
  /** 还款链接 */
  repayment_url: string
  /** 链接过期时间 */
  expire_at: string
}

export interface OfflinefaceTransactionsPostJson {
  /** 支付凭证 */
  auth_code: string
  /** 服务商公众号appid */
  sp_appid?: string
  /** 服务商商户号 */
  sp_mchid?: string
  /** 子商户公众号appid */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid?: string
  /** 金额信息 */
  amount?: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY'
  }
  /** 支付场景信息 */
  scene_info?: {
    /** 设备IP */
    device_ip: string
  }
  /** 优惠标记 */
  goods_tag?: string
  /** 商品信息 */
  description?: string
  /** 商户附加信息 */
  attach?: string
  /** 结算信息 */
  settle_info?: {
    /** 是否支持分账 */
    profit_sharing?: boolean
  }
  /** 商户订单号 */
  out_trade_no?: string
  /** 业务信息 */
  business?: {
    /** 平台产品ID */
    business_product_id: 2 | 11 | (number & {})
    /** 平台场景ID */
    business_scene_id: 3 | 4 | 5 | 6 | 124 | 125 | 126 | (number & {})
  }
}

/** 申请扣款接口: the options of `POST /v3/offlineface/transactions`. */
export interface OfflinefaceTransactionsPostOptions extends RouteCallOptions {
  json: OfflinefaceTransactionsPostJson
}

/** 申请扣款接口: what `POST /v3/offlineface/transactions` answers. */
export type OfflinefaceTransactionsPostResponse = {
  /** 服务商公众号appid */
  sp_appid: string
  /** 服务商商户号 */
  sp_mchid: string
  /** 子商户公众号appid */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 支付用户信息 */
  payer?: {
    /** 公众下的openid */
    sp_openid?: string
    /** 子公众下的openid */
    sub_openid?: string
  }
  /** 金额信息 */
  amount?: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY' | (string & {})
  }
  /** 优惠信息 */
  promotion_detail?: Record<string, unknown>[]
  /** 支付场景信息 */
  scene_info?: {
    /** 设备IP */
    device_ip?: string
  }
  /** 付款银行 */
  bank_type?: string
  /** 交易类型 */
  trade_type?: 'NATIVE' | 'JSAPI' | 'APP' | 'MWEB' | 'AUTH' | (string & {})
  /** 交易状态 */
  trade_state?: string
  /** 交易描述 */
  trade_state_description?: string
  /** 欠款状态 */
  debt_state?: string
  /** 商品信息 */
  description?: string
  /** 商户附加信息 */
  attach?: string
  /** 支付成功时间 */
  success_time?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 还款微信订单号 */
  repayment_transaction_id?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 错误分类 */
  error_type?: string
}

/** 查单接口: the options of `GET /v3/offlineface/transactions/out-trade-no/{out_trade_no}`. */
export interface OfflinefaceTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 子商户商户号 */
    sub_mchid: string
    /** 平台产品ID */
    business_product_id: '2' | '11'
  }
}

/** 查单接口: what `GET /v3/offlineface/transactions/out-trade-no/{out_trade_no}` answers. */
export type OfflinefaceTransactionsByOutTradeNoGetResponse = {
  /** 服务商公众号appid */
  sp_appid: string
  /** 服务商商户号 */
  sp_mchid: string
  /** 子商户公众号appid */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 支付用户信息 */
  payer?: {
    /** 公众下的openid */
    sp_openid?: string
    /** 子公众下的openid */
    sub_openid?: string
  }
  /** 金额信息 */
  amount?: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY' | (string & {})
  }
  /** 优惠信息 */
  promotion_detail?: Record<string, unknown>[]
  /** 支付场景信息 */
  scene_info?: {
    /** 设备IP */
    device_ip?: string
  }
  /** 付款银行 */
  bank_type?: string
  /** 交易类型 */
  trade_type?: 'NATIVE' | 'JSAPI' | 'APP' | 'MWEB' | 'AUTH' | (string & {})
  /** 交易状态 */
  trade_state: string
  /** 交易描述 */
  trade_state_description?: string
  /** 欠款状态 */
  debt_state?: string
  /** 商品信息 */
  description?: string
  /** 商户附加信息 */
  attach?: string
  /** 支付成功时间 */
  success_time?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 还款微信订单号 */
  repayment_transaction_id?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 错误分类 */
  error_type?: string
}
