// merchantfund: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 服务商银行来账查询: the options of `GET /v3/merchantfund/merchant/income-records`. */
export interface MerchantfundMerchantIncomeRecordsGetOptions extends RouteCallOptions {
  query: {
    /** 账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES'
    /** 日期 */
    date: string
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit: number
  }
}

/** 服务商银行来账查询: what `GET /v3/merchantfund/merchant/income-records` answers. */
export type MerchantfundMerchantIncomeRecordsGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 本次查询偏移量 */
  offset: number
  /** 本次查询条数 */
  limit: number
  /** 银行来账记录列表 */
  data?: {
    /** 商户号 */
    mchid: string
    /** 账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
    /** 银行来账类型 */
    income_record_type: 'OFFLINERECHARGE' | 'ENTERPRISEDIRECTREVENUE' | (string & {})
    /** 银行来账微信单号 */
    income_record_id: string
    /** 银行来账金额 */
    amount: number
    /** 银行来账完成时间 */
    success_time: string
    /** 付款方银行名称 */
    bank_name: string
    /** 付款方银行户名 */
    bank_account_name: string
    /** 付款方银行卡号 */
    bank_account_number: string
    /** 银行备注 */
    recharge_remark: string
  }[]
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next: string
    /** 上一页链接 */
    prev: string
    /** 当前链接 */
    self: string
  }
}

/** 特约商户银行来账查询: the options of `GET /v3/merchantfund/partner/income-records`. */
export interface MerchantfundPartnerIncomeRecordsGetOptions extends RouteCallOptions {
  query: {
    /** 特约商户号 */
    sub_mchid: string
    /** 账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES'
    /** 日期 */
    date: string
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit: number
  }
}

/** 特约商户银行来账查询: what `GET /v3/merchantfund/partner/income-records` answers. */
export type MerchantfundPartnerIncomeRecordsGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 本次查询偏移量 */
  offset: number
  /** 本次查询条数 */
  limit: number
  /** 银行来账记录列表 */
  data?: {
    /** 特约商户号 */
    sub_mchid: string
    /** 账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
    /** 银行来账类型 */
    income_record_type: 'OFFLINERECHARGE' | 'ENTERPRISEDIRECTREVENUE' | (string & {})
    /** 银行来账微信单号 */
    income_record_id: string
    /** 银行来账金额 */
    amount: number
    /** 银行来账完成时间 */
    success_time: string
    /** 付款方银行名称 */
    bank_name: string
    /** 付款方银行户名 */
    bank_account_name: string
    /** 付款方银行卡号 */
    bank_account_number: string
    /** 银行备注 */
    recharge_remark: string
  }[]
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next: string
    /** 上一页链接 */
    prev: string
    /** 当前链接 */
    self: string
  }
}
