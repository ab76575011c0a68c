// fund-app/brand-redpacket: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface FundAppBrandRedpacketBrandMerchantBatchesPostJson {
  /** 品牌ID */
  brand_id: number
  /** 品牌AppID */
  brand_appid: string
  /** 品牌红包发放场景 */
  scene: 'CUSTOM_SEND'
  /** 品牌红包模板ID */
  template_id: string
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 品牌红包批次名称 */
  batch_name: string
  /** 品牌红包批次备注 */
  batch_remark: string
  /** 总金额 */
  total_amount: number
  /** 总笔数 */
  total_num: number
  /** 品牌红包明细列表 */
  detail_list: readonly {
    /** 商家品牌红包明细单号 */
    out_detail_no: string
    /** 红包金额（单位：分） */
    amount: number
    /** 接收红包用户OpenID */
    openid: string
    /** 接收红包用户姓名 (encrypt with `client.encrypt()`) */
    user_name?: Encrypted
    /** 红包备注 */
    remark: string
  }[]
}

/** 品牌商户发放红包: the options of `POST /v3/fund-app/brand-redpacket/brand-merchant-batches`. */
export interface FundAppBrandRedpacketBrandMerchantBatchesPostOptions extends RouteCallOptions {
  json: FundAppBrandRedpacketBrandMerchantBatchesPostJson
}

/** 品牌商户发放红包: what `POST /v3/fund-app/brand-redpacket/brand-merchant-batches` answers. */
export type FundAppBrandRedpacketBrandMerchantBatchesPostResponse = {
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 微信支付品牌红包批次单号 */
  batch_no?: string
  /** 品牌红包批次创建时间 */
  create_time: string
  /** 批次单状态 */
  batch_state?: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
}

/** 微信支付批次单号查询批次单: the options of `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}`. */
export interface FundAppBrandRedpacketBrandMerchantBatchesByBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付品牌红包批次单号 */
    batch_no: string
  }
  query?: {
    /** 是否需要查询品牌红包明细单 */
    need_query_detail?: boolean
    /** 品牌红包明细单状态 */
    detail_state?: 'DETAIL_VIEW_ALL' | 'DETAIL_VIEW_SUCCESS' | 'DETAIL_VIEW_FAIL'
  }
}

/** 微信支付批次单号查询批次单: what `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}` answers. */
export type FundAppBrandRedpacketBrandMerchantBatchesByBatchNoGetResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 微信支付品牌红包批次单号 */
  batch_no: string
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 品牌ID */
  brand_id?: number
  /** 品牌红包模板ID */
  template_id?: string
  /** 品牌AppID */
  brand_appid?: string
  /** 批次单状态 */
  batch_state: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 品牌红包批次名称 */
  batch_name: string
  /** 品牌红包批次备注 */
  batch_remark: string
  /** 品牌红包批次单关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'SYSTEM_OVERDUE_CLOSE' | (string & {})
  /** 总金额 */
  total_amount: number
  /** 总笔数 */
  total_num: number
  /** 品牌红包批次创建时间 */
  create_time: string
  /** 品牌红包批次更新时间 */
  update_time?: string
  /** 发放成功金额 */
  success_amount: number
  /** 发放成功笔数 */
  success_num: number
  /** 发放失败金额 */
  fail_amount: number
  /** 发放失败笔数 */
  fail_num: number
  /** 品牌红包明细列表 */
  detail_list?: {
    /** 微信支付品牌红包明细单号 */
    transfer_detail_no: string
    /** 商家品牌红包明细单号 */
    out_detail_no: string
    /** 品牌红包明细单状态 */
    detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL' | (string & {})
  }[]
}

/** 商家明细单号查询明细单: the options of `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}`. */
export interface FundAppBrandRedpacketBrandMerchantBatchesByBatchNoDetailsByDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付品牌红包批次单号 */
    batch_no: string
    /** 商家品牌红包明细单号 */
    detail_no: string
  }
}

/** 商家明细单号查询明细单: what `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}` answers. */
export type FundAppBrandRedpacketBrandMerchantBatchesByBatchNoDetailsByDetailNoGetResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 微信支付品牌红包批次单号 */
  batch_no: string
  /** 商家品牌红包明细单号 */
  out_detail_no: string
  /** 微信支付品牌红包明细单号 */
  detail_no: string
  /** 品牌红包明细单状态 */
  detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL' | (string & {})
  /** 红包金额 */
  amount: number
  /** 红包备注 */
  remark: string
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'USER_ACCOUNT_LIMIT' | 'FAIL_REASON_UNKNOWN' | 'PAYER_ACCOUNT_ABNORMAL' | 'PAYEE_ACCOUNT_ABNORMAL' | 'USER_RECEIVE_OVERDUE' | 'REMARK_NOT_CORRECT' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | (string & {})
  /** 接收红包用户OpenID */
  openid: string
  /** 接收红包用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 品牌红包发起时间 */
  initiate_time?: string
  /** 品牌红包更新时间 */
  update_time: string
  /** 品牌ID */
  brand_id: number
  /** 品牌红包模板ID */
  template_id: string
  /** 品牌AppID */
  brand_appid?: string
}

/** 商家批次单号查询批次单: the options of `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}`. */
export interface FundAppBrandRedpacketBrandMerchantOutBatchesByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家品牌红包批次单号 */
    out_batch_no: string
  }
  query?: {
    /** 是否需要查询品牌红包明细单 */
    need_query_detail?: boolean
    /** 品牌红包明细单状态 */
    detail_state?: 'DETAIL_VIEW_ALL' | 'DETAIL_VIEW_SUCCESS' | 'DETAIL_VIEW_FAIL'
  }
}

/** 商家批次单号查询批次单: what `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}` answers. */
export type FundAppBrandRedpacketBrandMerchantOutBatchesByOutBatchNoGetResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 微信支付品牌红包批次单号 */
  batch_no: string
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 品牌ID */
  brand_id?: number
  /** 品牌红包模板ID */
  template_id?: string
  /** 品牌AppID */
  brand_appid?: string
  /** 批次单状态 */
  batch_state: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 品牌红包批次名称 */
  batch_name: string
  /** 品牌红包批次备注 */
  batch_remark: string
  /** 品牌红包批次单关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'SYSTEM_OVERDUE_CLOSE' | (string & {})
  /** 总金额 */
  total_amount: number
  /** 总笔数 */
  total_num: number
  /** 品牌红包批次创建时间 */
  create_time: string
  /** 品牌红包批次更新时间 */
  update_time?: string
  /** 发放成功金额 */
  success_amount: number
  /** 发放成功笔数 */
  success_num: number
  /** 发放失败金额 */
  fail_amount: number
  /** 发放失败笔数 */
  fail_num: number
  /** 品牌红包明细列表 */
  detail_list?: {
    /** 微信支付品牌红包明细单号 */
    transfer_detail_no: string
    /** 商家品牌红包明细单号 */
    out_detail_no: string
    /** 品牌红包明细单状态 */
    detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL' | (string & {})
  }[]
}

/** 商家明细单号查询明细单: the options of `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}`. */
export interface FundAppBrandRedpacketBrandMerchantOutBatchesByOutBatchNoOutDetailsByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家品牌红包批次单号 */
    out_batch_no: string
    /** 商家品牌红包明细单号 */
    out_detail_no: string
  }
}

/** 商家明细单号查询明细单: what `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}` answers. */
export type FundAppBrandRedpacketBrandMerchantOutBatchesByOutBatchNoOutDetailsByOutDetailNoGetResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 商家品牌红包批次单号 */
  out_batch_no: string
  /** 微信支付品牌红包批次单号 */
  batch_no: string
  /** 商家品牌红包明细单号 */
  out_detail_no: string
  /** 微信支付品牌红包明细单号 */
  detail_no: string
  /** 品牌红包明细单状态 */
  detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL' | (string & {})
  /** 红包金额 */
  amount: number
  /** 红包备注 */
  remark: string
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'USER_ACCOUNT_LIMIT' | 'FAIL_REASON_UNKNOWN' | 'PAYER_ACCOUNT_ABNORMAL' | 'PAYEE_ACCOUNT_ABNORMAL' | 'USER_RECEIVE_OVERDUE' | 'REMARK_NOT_CORRECT' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | (string & {})
  /** 接收红包用户OpenID */
  openid: string
  /** 接收红包用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 品牌红包发起时间 */
  initiate_time?: string
  /** 品牌红包更新时间 */
  update_time: string
  /** 品牌ID */
  brand_id: number
  /** 品牌红包模板ID */
  template_id: string
  /** 品牌AppID */
  brand_appid?: string
}
