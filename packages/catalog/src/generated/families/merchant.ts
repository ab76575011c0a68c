// merchant: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

/** 查询账户实时余额: the options of `GET /v3/merchant/fund/balance/{account_type}`. */
export interface MerchantFundBalanceByAccountTypeGetOptions extends RouteCallOptions {
  params: {
    /** 资金账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES'
  }
}

/** 查询账户实时余额: what `GET /v3/merchant/fund/balance/{account_type}` answers. */
export type MerchantFundBalanceByAccountTypeGetResponse = {
  /** 可用余额 */
  available_amount: number
  /** 不可用余额 */
  pending_amount?: number
}

/** 查询账户日终余额: the options of `GET /v3/merchant/fund/dayendbalance/{account_type}`. */
export interface MerchantFundDayendbalanceByAccountTypeGetOptions extends RouteCallOptions {
  params: {
    /** 资金账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES'
  }
  query: {
    /** 日期 */
    date: string
  }
}

/** 查询账户日终余额: what `GET /v3/merchant/fund/dayendbalance/{account_type}` answers. */
export type MerchantFundDayendbalanceByAccountTypeGetResponse = {
  /** 可用余额 */
  available_amount: number
  /** 不可用余额 */
  pending_amount?: number
}

export interface MerchantFundWithdrawPostJson {
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 备注 */
  remark?: string
  /** 银行附言 */
  bank_memo?: string
  /** 资金账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES'
  /** 提现结果通知地址 */
  notify_url?: string
}

/** 电商平台提现: the options of `POST /v3/merchant/fund/withdraw`. */
export interface MerchantFundWithdrawPostOptions extends RouteCallOptions {
  json: MerchantFundWithdrawPostJson
}

/** 电商平台提现: what `POST /v3/merchant/fund/withdraw` answers. */
export type MerchantFundWithdrawPostResponse = {
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
}

/** 按日下载提现异常文件: the options of `GET /v3/merchant/fund/withdraw/bill-type/{bill_type}`. */
export interface MerchantFundWithdrawByBillTypeGetOptions extends RouteCallOptions {
  params: {
    /** 账单类型 */
    bill_type: 'NO_SUCC'
  }
  query: {
    /** 账单日期 */
    bill_date: string
    /** 压缩类型 */
    tar_type?: 'GZIP'
  }
}

/** 按日下载提现异常文件: what `GET /v3/merchant/fund/withdraw/bill-type/{bill_type}` answers. */
export type MerchantFundWithdrawByBillTypeGetResponse = {
  /** 哈希类型 */
  hash_type: 'SHA1' | (string & {})
  /** 哈希值 */
  hash_value: string
  /** 账单下载地址 */
  download_url: string
}

/** 电商平台(商户提现单号查询)提现状态: the options of `GET /v3/merchant/fund/withdraw/out-request-no/{out_request_no}`. */
export interface MerchantFundWithdrawByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户提现单号 */
    out_request_no: string
  }
}

/** 电商平台(商户提现单号查询)提现状态: what `GET /v3/merchant/fund/withdraw/out-request-no/{out_request_no}` answers. */
export type MerchantFundWithdrawByOutRequestNoGetResponse = {
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason: string
  /** 提现备注 */
  remark: string
  /** 银行附言 */
  bank_memo: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 提现失败解决方案 */
  solution: string
}

/** 电商平台(微信支付提现单号)查询提现状态: the options of `GET /v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}`. */
export interface MerchantFundWithdrawByWithdrawIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付提现单号 */
    withdraw_id: string
  }
}

/** 电商平台(微信支付提现单号)查询提现状态: what `GET /v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}` answers. */
export type MerchantFundWithdrawByWithdrawIdGetResponse = {
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason: string
  /** 提现备注 */
  remark: string
  /** 银行附言 */
  bank_memo: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 提现失败解决方案 */
  solution: string
}

/** 文件上传: the options of `POST /v3/merchant/media/upload`. */
export interface MerchantMediaUploadPostOptions extends RouteCallOptions {
  multipart: {
    /** 媒体图⽚只⽀持JPG、BMP、PNG格式 */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 文件sha256摘要 */
      sha256: string
      /** 文件名称 */
      filename: string
    }
  }
}

/** 文件上传: what `POST /v3/merchant/media/upload` answers. */
export type MerchantMediaUploadPostResponse = {
  /** 媒体文件标识Id */
  media_id: string
}

/** 视频上传: the options of `POST /v3/merchant/media/video_upload`. */
export interface MerchantMediaVideoUploadPostOptions extends RouteCallOptions {
  multipart: {
    /** 媒体视频只支持avi、wmv、mpeg、mp4、mov、mkv、flv、f4v… */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 视频文件的sha256摘要 */
      sha256: string
      /** 文件名称 */
      filename: string
    }
  }
}

/** 视频上传: what `POST /v3/merchant/media/video_upload` answers. */
export type MerchantMediaVideoUploadPostResponse = {
  /** 媒体文件标识Id */
  media_id: string
}
