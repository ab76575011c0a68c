// ecommerce/fund: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询二级商户账户实时余额: the options of `GET /v3/ecommerce/fund/balance/{sub_mchid}`. */
export interface EcommerceFundBalanceBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
  }
  query?: {
    /** 资金账户类型 */
    account_type?: 'BASIC' | 'OPERATION' | 'FEES' | 'DEPOSIT'
  }
}

/** 查询二级商户账户实时余额: what `GET /v3/ecommerce/fund/balance/{sub_mchid}` answers. */
export type EcommerceFundBalanceBySubMchidGetResponse = {
  /** 特约商户号 */
  sub_mchid: string
  /** 资金账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES' | 'DEPOSIT' | (string & {})
  /** 可用余额 */
  available_amount: number
  /** 不可用余额 */
  pending_amount?: number
}

/** 查询二级商户账户日终余额: the options of `GET /v3/ecommerce/fund/enddaybalance/{sub_mchid}`. */
export interface EcommerceFundEnddaybalanceBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 电商特约商户商户号 */
    sub_mchid: string
  }
  query: {
    /** 日期 */
    date: string
    /** 账户类型 */
    account_type?: 'BASIC' | 'DEPOSIT'
  }
}

/** 查询二级商户账户日终余额: what `GET /v3/ecommerce/fund/enddaybalance/{sub_mchid}` answers. */
export type EcommerceFundEnddaybalanceBySubMchidGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 可用余额 */
  available_amount: number
  /** 不可用余额 */
  pending_amount?: number
  /** 账户类型 */
  account_type?: 'BASIC' | 'DEPOSIT' | (string & {})
}

export interface EcommerceFundWithdrawPostJson {
  /** 特约商户号 */
  sub_mchid: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 提现备注 */
  remark?: string
  /** 银行附言 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES'
  /** 提现结果通知地址 */
  notify_url?: string
}

/** 账户余额提现: the options of `POST /v3/ecommerce/fund/withdraw`. */
export interface EcommerceFundWithdrawPostOptions extends RouteCallOptions {
  json: EcommerceFundWithdrawPostJson
}

/** 账户余额提现: what `POST /v3/ecommerce/fund/withdraw` answers. */
export type EcommerceFundWithdrawPostResponse = {
  /** 特约商户号 */
  sub_mchid: string
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 出款账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
}

/** 商户提现单号查询: the options of `GET /v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}`. */
export interface EcommerceFundWithdrawByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户提现单号，由商户自定义生成 */
    out_request_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 商户提现单号查询: what `GET /v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}` answers. */
export type EcommerceFundWithdrawByOutRequestNoGetResponse = {
  /** 二级商户号 */
  sub_mchid?: string
  /** 电商平台商户号 */
  sp_mchid: string
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time?: string
  /** 提现状态更新时间 */
  update_time?: string
  /** 失败原因 */
  reason?: string
  /** 提现备注 */
  remark?: string
  /** 银行备注 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number?: string
  /** 入账银行 */
  account_bank?: string
  /** 入账银行全称（含支行） */
  bank_name?: string
}

/** 微信支付提现单号查询: the options of `GET /v3/ecommerce/fund/withdraw/{withdraw_id}`. */
export interface EcommerceFundWithdrawByWithdrawIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付提现单号 */
    withdraw_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 微信支付提现单号查询: what `GET /v3/ecommerce/fund/withdraw/{withdraw_id}` answers. */
export type EcommerceFundWithdrawByWithdrawIdGetResponse = {
  /** 二级商户号 */
  sub_mchid?: string
  /** 电商平台商户号 */
  sp_mchid: string
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time?: string
  /** 提现状态更新时间 */
  update_time?: string
  /** 失败原因 */
  reason?: string
  /** 提现备注 */
  remark?: string
  /** 银行备注 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number?: string
  /** 入账银行 */
  account_bank?: string
  /** 入账银行全称（含支行） */
  bank_name?: string
}
