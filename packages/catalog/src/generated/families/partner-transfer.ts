// partner-transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface PartnerTransferBatchesPostJson {
  /** 特约商户号 */
  sub_mchid: string
  /** 特约商户appid */
  sub_appid?: string
  /** 特约商户授权类型 */
  authorization_type: 'INFORMATION_AUTHORIZATION_TYPE' | 'FUND_AUTHORIZATION_TYPE' | 'INFORMATION_AND_FUND_AUTHORIZATION_TYPE'
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
    /** 收款用户openid */
    openid: string
    /** 收款用户姓名 (encrypt with `client.encrypt()`) */
    user_name: Encrypted
    /** 收款用户身份证 (encrypt with `client.encrypt()`) */
    user_id_card?: Encrypted
  }[]
  /** 服务商的appid */
  sp_appid?: string
  /** 批量转账用途 */
  transfer_purpose?: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS'
  /** 转账场景 */
  transfer_scene?: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER'
}

/** 发起批量转账: the options of `POST /v3/partner-transfer/batches`. */
export interface PartnerTransferBatchesPostOptions extends RouteCallOptions {
  json: PartnerTransferBatchesPostJson
}

/** 发起批量转账: what `POST /v3/partner-transfer/batches` answers. */
export type PartnerTransferBatchesPostResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 批次创建时间 */
  create_time: string
}

/** 微信支付批次单号查询批次单: the options of `GET /v3/partner-transfer/batches/batch-id/{batch_id}`. */
export interface PartnerTransferBatchesByBatchIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付批次单号 */
    batch_id: string
  }
  query: {
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
    /** 明细状态 */
    detail_status?: 'ALL' | 'SUCCESS' | 'FAIL'
  }
}

/** 微信支付批次单号查询批次单: what `GET /v3/partner-transfer/batches/batch-id/{batch_id}` answers. */
export type PartnerTransferBatchesByBatchIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 特约商户号 */
  sub_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 特约商户appid */
  sub_appid?: string
  /** 批次状态 */
  batch_status: string
  /** 批次类型 */
  batch_type: string
  /** 特约商户授权类型 */
  authorization_type: string
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | 'PAYER_ACCOUNT_ABNORMAL' | (string & {})
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_num: number
  /** 批次创建时间 */
  create_time?: string
  /** 批次更新时间 */
  update_time?: string
  /** 转账成功金额 */
  success_amount?: number
  /** 转账成功笔数 */
  success_num?: number
  /** 转账失败金额 */
  fail_amount?: number
  /** 转账失败笔数 */
  fail_num?: number
  /** 转账明细单列表 */
  transfer_detail_list?: {
    /** 微信支付明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_status: string
  }[]
  /** 服务商的appid */
  sp_appid?: string
  /** 批量转账用途 */
  transfer_purpose?: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS' | (string & {})
  /** 转账场景 */
  transfer_scene?: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
}

/** 微信支付明细单号查询明细单: the options of `GET /v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`. */
export interface PartnerTransferBatchesByBatchIdDetailsByDetailIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付批次单号 */
    batch_id: string
    /** 微信明细单号 */
    detail_id: string
  }
}

/** 微信支付明细单号查询明细单: what `GET /v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` answers. */
export type PartnerTransferBatchesByBatchIdDetailsByDetailIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 商户的appid */
  appid?: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 微信支付明细单号 */
  detail_id: string
  /** 明细状态 */
  detail_status: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: string
  /** 收款用户openid */
  openid: string
  /** 收款用户姓名 */
  username: string
  /** 转账发起时间 */
  initiate_time: string
  /** 明细更新时间 */
  update_time: string
  /** 收款账户类型 */
  account_type?: string
  /** 银行名称 */
  bank_name?: string
  /** 银行卡尾号 */
  bank_card_number_tail?: string
}

/** 商家批次单号查询批次单: the options of `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}`. */
export interface PartnerTransferBatchesByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
  query: {
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
    /** 明细状态 */
    detail_status?: 'ALL' | 'SUCCESS' | 'FAIL' | 'REFUND'
  }
}

/** 商家批次单号查询批次单: what `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}` answers. */
export type PartnerTransferBatchesByOutBatchNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 特约商户号 */
  sub_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 特约商户appid */
  sub_appid?: string
  /** 批次状态 */
  batch_status: string
  /** 批次类型 */
  batch_type: string
  /** 特约商户授权类型 */
  authorization_type: string
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | 'PAYER_ACCOUNT_ABNORMAL' | (string & {})
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_num: number
  /** 批次创建时间 */
  create_time?: string
  /** 批次更新时间 */
  update_time?: string
  /** 转账成功金额 */
  success_amount?: number
  /** 转账成功笔数 */
  success_num?: number
  /** 转账失败金额 */
  fail_amount?: number
  /** 转账失败笔数 */
  fail_num?: number
  /** 转账明细单列表 */
  transfer_detail_list: {
    /** 微信支付明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_status: string
  }[]
  /** 服务商的appid */
  sp_appid?: string
  /** 批量转账用途 */
  transfer_purpose?: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS' | (string & {})
  /** 转账场景 */
  transfer_scene?: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
}

/** 商家明细单号查询明细单: the options of `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`. */
export interface PartnerTransferBatchesByOutBatchNoDetailsByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家明细单号 */
    out_detail_no: string
  }
}

/** 商家明细单号查询明细单: what `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` answers. */
export type PartnerTransferBatchesByOutBatchNoDetailsByOutDetailNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 商户的appid */
  appid?: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 微信支付明细单号 */
  detail_id: string
  /** 明细状态 */
  detail_status: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: string
  /** 收款用户openid */
  openid: string
  /** 收款用户姓名 */
  username: string
  /** 转账发起时间 */
  initiate_time: string
  /** 明细更新时间 */
  update_time: string
  /** 收款账户类型 */
  account_type?: string
  /** 银行名称 */
  bank_name?: string
  /** 银行卡尾号 */
  bank_card_number_tail?: string
}
