// bank-transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface BankTransferBatchesPostJson {
  /** 服务平台商户号 */
  platform_mchid: string
  /** 付款企业商户号 */
  specialized_payment_mchid: string
  /** 实际出资商户号 */
  sponsor_mchid: string
  /** 用户授权商户号 */
  user_authorized_mchid: string
  /** 用户授权appid */
  user_authorized_appid: string
  /** 银行批次单号 */
  out_batch_no: string
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 附加信息 */
  attach_remark?: string
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_count: number
  /** 转账场景 */
  transfer_scene: string
  /** 批量转账用途 */
  transfer_purpose: string
  /** 转账明细列表 */
  transfer_detail_list?: readonly {
    /** 银行明细单号 */
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
}

/** 发起批量转账: the options of `POST /v3/bank-transfer/batches`. */
export interface BankTransferBatchesPostOptions extends RouteCallOptions {
  json: BankTransferBatchesPostJson
}

/** 发起批量转账: what `POST /v3/bank-transfer/batches` answers. */
export type BankTransferBatchesPostResponse = {
  /** 银行批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 批次创建时间 */
  create_time: string
}

/** 微信支付批次单号查询批次单: the options of `GET /v3/bank-transfer/batches/batch-id/{batch_id}`. */
export interface BankTransferBatchesByBatchIdGetOptions extends RouteCallOptions {
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
    detail_state?: 'ALL' | 'SUCCESS' | 'FAIL'
  }
}

/** 微信支付批次单号查询批次单: what `GET /v3/bank-transfer/batches/batch-id/{batch_id}` answers. */
export type BankTransferBatchesByBatchIdGetResponse = {
  /** 银行服务商号 */
  bank_sp_mchid: string
  /** 服务平台商户号 */
  platform_mchid: string
  /** 付款企业商户号 */
  specialized_payment_mchid: string
  /** 实际出资商户号 */
  sponsor_mchid: string
  /** 用户授权商户号 */
  user_authorized_mchid: string
  /** 用户授权appid */
  user_authorized_appid: string
  /** 银行批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 附加信息 */
  attach_remark?: string
  /** 批量转账用途 */
  transfer_purpose: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS' | (string & {})
  /** 批次状态 */
  batch_state: 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | (string & {})
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_count: number
  /** 批次创建时间 */
  create_time?: string
  /** 批次更新时间 */
  update_time?: string
  /** 转账成功金额 */
  success_amount?: number
  /** 转账成功笔数 */
  success_count?: number
  /** 转账失败金额 */
  fail_amount?: number
  /** 转账失败笔数 */
  fail_count?: number
  /** 转账明细单列表 */
  transfer_detail_list: {
    /** 微信支付明细单号 */
    detail_id: string
    /** 银行明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_state: 'PROCESSING' | 'SUCCESS' | 'REFUND' | (string & {})
    /** 明细失败原因 */
    fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL' | (string & {})
  }[]
}

/** 微信支付明细单号查询明细单: the options of `GET /v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`. */
export interface BankTransferBatchesByBatchIdDetailsByDetailIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付批次单号 */
    batch_id: string
    /** 微信明细单号 */
    detail_id: string
  }
}

/** 微信支付明细单号查询明细单: what `GET /v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` answers. */
export type BankTransferBatchesByBatchIdDetailsByDetailIdGetResponse = {
  /** 银行服务商号 */
  bank_sp_mchid: string
  /** 服务平台商户号 */
  platform_mchid: string
  /** 付款企业商户号 */
  specialized_payment_mchid: string
  /** 实际出资商户号 */
  sponsor_mchid: string
  /** 用户授权商户号 */
  user_authorized_mchid: string
  /** 用户授权appid */
  user_authorized_appid: string
  /** 银行批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
  /** 银行明细单号 */
  out_detail_no: string
  /** 微信支付明细单号 */
  detail_id: string
  /** 收款用户openid */
  openid: string
  /** 收款用户姓名 */
  username: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细状态 */
  detail_state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'REFUND' | (string & {})
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL' | (string & {})
  /** 转账发起时间 */
  initiate_time?: string
  /** 明细更新时间 */
  update_time: string
  /** 收款账户类型 */
  account_type: 'WECHATPAY_ACCOUNT' | 'BANK_ACCOUNT' | (string & {})
  /** 银行名称 */
  bank_name?: string
  /** 银行卡尾号 */
  bank_card_number_tail?: string
}

/** 银行批次单号查询批次单: the options of `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}`. */
export interface BankTransferBatchesByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 银行批次单号 */
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
    detail_state?: 'ALL' | 'SUCCESS' | 'FAIL'
  }
}

/** 银行批次单号查询批次单: what `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}` answers. */
export type BankTransferBatchesByOutBatchNoGetResponse = {
  /** 银行服务商号 */
  bank_sp_mchid: string
  /** 服务平台商户号 */
  platform_mchid: string
  /** 付款企业商户号 */
  specialized_payment_mchid: string
  /** 实际出资商户号 */
  sponsor_mchid: string
  /** 用户授权商户号 */
  user_authorized_mchid: string
  /** 用户授权appid */
  user_authorized_appid: string
  /** 银行批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 附加信息 */
  attach_remark?: string
  /** 批量转账用途 */
  transfer_purpose: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS' | (string & {})
  /** 批次状态 */
  batch_state: 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | (string & {})
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_count: number
  /** 批次创建时间 */
  create_time?: string
  /** 批次更新时间 */
  update_time?: string
  /** 转账成功金额 */
  success_amount?: number
  /** 转账成功笔数 */
  success_count?: number
  /** 转账失败金额 */
  fail_amount?: number
  /** 转账失败笔数 */
  fail_count?: number
  /** 转账明细单列表 */
  transfer_detail_list: {
    /** 微信支付明细单号 */
    detail_id: string
    /** 银行明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_state: 'PROCESSING' | 'SUCCESS' | 'REFUND' | (string & {})
    /** 明细失败原因 */
    fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL' | (string & {})
  }[]
}

/** 银行明细单号查询明细单: the options of `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`. */
export interface BankTransferBatchesByOutBatchNoDetailsByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 银行批次单号 */
    out_batch_no: string
    /** 银行明细单号 */
    out_detail_no: string
  }
}

/** 银行明细单号查询明细单: what `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` answers. */
export type BankTransferBatchesByOutBatchNoDetailsByOutDetailNoGetResponse = {
  /** 银行服务商号 */
  bank_sp_mchid: string
  /** 服务平台商户号 */
  platform_mchid: string
  /** 付款企业商户号 */
  specialized_payment_mchid: string
  /** 实际出资商户号 */
  sponsor_mchid: string
  /** 用户授权商户号 */
  user_authorized_mchid: string
  /** 用户授权appid */
  user_authorized_appid: string
  /** 银行批次单号 */
  out_batch_no: string
  /** 微信支付批次单号 */
  batch_id: string
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER' | (string & {})
  /** 银行明细单号 */
  out_detail_no: string
  /** 微信支付明细单号 */
  detail_id: string
  /** 收款用户openid */
  openid: string
  /** 收款用户姓名 */
  username: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细状态 */
  detail_state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'REFUND' | (string & {})
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL' | (string & {})
  /** 转账发起时间 */
  initiate_time?: string
  /** 明细更新时间 */
  update_time: string
  /** 收款账户类型 */
  account_type: 'WECHATPAY_ACCOUNT' | 'BANK_ACCOUNT' | (string & {})
  /** 银行名称 */
  bank_name?: string
  /** 银行卡尾号 */
  bank_card_number_tail?: string
}
