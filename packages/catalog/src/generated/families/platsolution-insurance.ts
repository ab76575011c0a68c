// platsolution/insurance: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface PlatsolutionInsuranceMchTransferBatchesApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  sp_appid: string
  /** 二级商户AppID */
  sub_appid?: string
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
  /** 转账场景ID */
  transfer_scene_id: string
  /** 转账明细列表 */
  transfer_detail_list: readonly {
    /** 商家明细单号 */
    out_detail_no: string
    /** 转账金额 */
    transfer_amount: number
    /** 转账备注 */
    transfer_remark: string
    /** 微信转账预约单号 */
    reservation_id: string
    /** 收款用户OpenID */
    openid: string
  }[]
  /** 商户回调地址 */
  notify_url: string
}

/** 受理商家转账: the options of `POST /v3/platsolution/insurance/mch-transfer/batches/apply`. */
export interface PlatsolutionInsuranceMchTransferBatchesApplyPostOptions extends RouteCallOptions {
  json: PlatsolutionInsuranceMchTransferBatchesApplyPostJson
}

/** 受理商家转账: what `POST /v3/platsolution/insurance/mch-transfer/batches/apply` answers. */
export type PlatsolutionInsuranceMchTransferBatchesApplyPostResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 商家转账批次单号 */
  batch_id: string
  /** 批次创建时间 */
  create_time: string
  /** 批次状态 */
  batch_state?: 'ACCEPTED' | 'PROCESSING' | 'COMPLETED' | 'CLOSED' | (string & {})
}

/** 微信支付转账批次单号查询批次单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}`. */
export interface PlatsolutionInsuranceMchTransferBatchesByBatchIdGetOptions extends RouteCallOptions {
  params: {
    /** 商家转账批次单号 */
    batch_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 明细状态 */
    detail_state?: 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND'
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
  }
}

/** 微信支付转账批次单号查询批次单: what `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesByBatchIdGetResponse = {
  /** 转账批次单 */
  transfer_batch: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家转账批次单号 */
    batch_id: string
    /** 服务商应用ID */
    sp_appid: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户应用ID */
    sub_appid?: string
    /** 批次状态 */
    batch_state: 'ACCEPTED' | 'PROCESSING' | 'COMPLETED' | 'CLOSED' | (string & {})
    /** 批次名称 */
    batch_name: string
    /** 批次备注 */
    batch_remark: string
    /** 批次关闭原因 */
    close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | (string & {})
    /** 转账总金额 */
    total_amount: number
    /** 转账总笔数 */
    total_num: number
    /** 批次创建时间 */
    create_time: string
    /** 转账成功金额 */
    success_amount: number
    /** 转账成功笔数 */
    success_num: number
    /** 转账失败金额 */
    failed_amount: number
    /** 转账失败笔数 */
    failed_num: number
    /** 转账场景ID */
    transfer_scene_id: string
  }
  /** 转账明细单列表 */
  data?: {
    /** 商家转账明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND' | (string & {})
  }[]
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
}

/** 微信支付转账明细单号查询明细单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`. */
export interface PlatsolutionInsuranceMchTransferBatchesByBatchIdDetailsByDetailIdGetOptions extends RouteCallOptions {
  params: {
    /** 商家转账批次单号 */
    batch_id: string
    /** 商家转账明细单号 */
    detail_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 微信支付转账明细单号查询明细单: what `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesByBatchIdDetailsByDetailIdGetResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 商家转账批次单号 */
  batch_id: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 商家转账明细单号 */
  detail_id: string
  /** 服务商应用ID */
  sp_appid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 二级商户应用ID */
  sub_appid?: string
  /** 转账发起时间 */
  create_time: string
  /** 明细状态 */
  detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'RECEIVE_ACCOUNT_NOT_PERMMIT' | 'PAYEE_ACCOUNT_ABNORMAL' | 'PAYER_ACCOUNT_ABNORMAL' | 'TRANSFER_REMARK_SET_FAIL' | 'TRANSFER_SCENE_INVALID' | 'TRANSFER_SCENE_UNAVAILABLE' | 'RECEIVE_ACCOUNT_NOT_CONFIGURE' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | 'BLOCK_B2C_USERLIMITAMOUNT_MONTH' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BANK_CARD_PARAM_ERROR' | 'BANK_CARD_TYPE_NOT_SUPPORTED' | 'RESERVATION_STATE_INVALID' | 'EXCEEDED_ESTIMATED_AMOUNT' | 'RESERVATION_INFO_NOT_MATCH' | 'RESERVATION_SCENE_NOT_MATCH' | (string & {})
  /** 收款用户OpenID */
  openid?: string
  /** 收款银行类型 */
  bank_type?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 转账完成时间 */
  transfer_finish_time?: string
  /** 银行退票时间 */
  bank_refund_time?: string
}

/** 查询商家转账明细电子回单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}`. */
export interface PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家明细单号 */
    out_detail_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询商家转账明细电子回单: what `GET /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoGetResponse = {
  /** 商家转账批次单号 */
  batch_id: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 商家转账明细单号 */
  detail_id: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}

export interface PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
}

/** 申请商家转账明细电子回单: the options of `POST /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply`. */
export interface PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoApplyPostOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家明细单号 */
    out_detail_no: string
  }
  json: PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoApplyPostJson
}

/** 申请商家转账明细电子回单: what `POST /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply` answers. */
export type PlatsolutionInsuranceMchTransferBatchesDetailReceiptsByOutBatchNoByOutDetailNoApplyPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
}

/** 商户转账批次单号查询批次单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}`. */
export interface PlatsolutionInsuranceMchTransferBatchesByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
    /** 明细状态 */
    detail_state?: 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND'
  }
}

/** 商户转账批次单号查询批次单: what `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesByOutBatchNoGetResponse = {
  /** 转账批次单 */
  transfer_batch: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家转账批次单号 */
    batch_id: string
    /** 服务商应用ID */
    sp_appid: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户应用ID */
    sub_appid?: string
    /** 批次状态 */
    batch_state: 'ACCEPTED' | 'PROCESSING' | 'COMPLETED' | 'CLOSED' | (string & {})
    /** 批次名称 */
    batch_name: string
    /** 批次备注 */
    batch_remark: string
    /** 批次关闭原因 */
    close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE' | (string & {})
    /** 转账总金额 */
    total_amount: number
    /** 转账总笔数 */
    total_num: number
    /** 批次创建时间 */
    create_time: string
    /** 转账成功金额 */
    success_amount: number
    /** 转账成功笔数 */
    success_num: number
    /** 转账失败金额 */
    failed_amount: number
    /** 转账失败笔数 */
    failed_num: number
    /** 转账场景ID */
    transfer_scene_id: string
  }
  /** 转账明细单列表 */
  data?: {
    /** 商家转账明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND' | (string & {})
  }[]
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
}

/** 商户明细单号查询明细单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`. */
export interface PlatsolutionInsuranceMchTransferBatchesByOutBatchNoDetailsByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家明细单号 */
    out_detail_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 商户明细单号查询明细单: what `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesByOutBatchNoDetailsByOutDetailNoGetResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 商家转账批次单号 */
  batch_id: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 商家转账明细单号 */
  detail_id: string
  /** 服务商应用ID */
  sp_appid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 二级商户应用ID */
  sub_appid?: string
  /** 转账发起时间 */
  create_time: string
  /** 明细状态 */
  detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'RECEIVE_ACCOUNT_NOT_PERMMIT' | 'PAYEE_ACCOUNT_ABNORMAL' | 'PAYER_ACCOUNT_ABNORMAL' | 'TRANSFER_REMARK_SET_FAIL' | 'TRANSFER_SCENE_INVALID' | 'TRANSFER_SCENE_UNAVAILABLE' | 'RECEIVE_ACCOUNT_NOT_CONFIGURE' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | 'BLOCK_B2C_USERLIMITAMOUNT_MONTH' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BANK_CARD_PARAM_ERROR' | 'BANK_CARD_TYPE_NOT_SUPPORTED' | 'RESERVATION_STATE_INVALID' | 'EXCEEDED_ESTIMATED_AMOUNT' | 'RESERVATION_INFO_NOT_MATCH' | 'RESERVATION_SCENE_NOT_MATCH' | (string & {})
  /** 收款用户OpenID */
  openid?: string
  /** 收款银行类型 */
  bank_type?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 转账完成时间 */
  transfer_finish_time?: string
  /** 银行退票时间 */
  bank_refund_time?: string
}

/** 查询商家转账批次电子回单: the options of `GET /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}`. */
export interface PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询商家转账批次电子回单: what `GET /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}` answers. */
export type PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoGetResponse = {
  /** 商家转账批次单号 */
  batch_id: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}

export interface PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
}

/** 申请商家转账批次电子回单: the options of `POST /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply`. */
export interface PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoApplyPostOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
  json: PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoApplyPostJson
}

/** 申请商家转账批次电子回单: what `POST /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply` answers. */
export type PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsByOutBatchNoApplyPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
}

export interface PlatsolutionInsuranceMchTransferReservationApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  sp_appid: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 商户预约单号 */
  out_reservation_no: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 预计最晚转账日期 */
  estimated_date: string
  /** 预计最大转账金额 */
  estimated_max_amount?: number
  /** 准确转账金额 */
  exact_amount?: number
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_real_name?: Encrypted
  /** 预约备注 */
  reserve_remark: string
  /** 商户回调地址 */
  notify_url: string
  /** 场景报备信息 */
  scene_report_data?: {
    /** 保险保单报备信息 */
    insurance_policy?: {
      /** 保险产品备案编号 */
      product_registration_no: string
      /** 保险单号 */
      policy_no: string
      /** 保险名称 */
      name: string
      /** 取现单号 */
      withdrawal_no?: string
      /** 理赔单号 */
      claim_no?: string
    }
  }
}

/** 受理单次预约商家转账: the options of `POST /v3/platsolution/insurance/mch-transfer/reservation/apply`. */
export interface PlatsolutionInsuranceMchTransferReservationApplyPostOptions extends RouteCallOptions {
  json: PlatsolutionInsuranceMchTransferReservationApplyPostJson
}

/** 受理单次预约商家转账: what `POST /v3/platsolution/insurance/mch-transfer/reservation/apply` answers. */
export type PlatsolutionInsuranceMchTransferReservationApplyPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户预约单号 */
  out_reservation_no: string
  /** 微信转账预约单号 */
  reservation_id: string
  /** 预约记录受理时间 */
  accept_time: string
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED' | (string & {})
  /** 跳转微信支付用户确认预约页的package信息 */
  package_info: string
}

/** 商户预约单号查询预约商家转账记录: the options of `GET /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}`. */
export interface PlatsolutionInsuranceMchTransferReservationByOutReservationNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户预约单号 */
    out_reservation_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 商户预约单号查询预约商家转账记录: what `GET /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}` answers. */
export type PlatsolutionInsuranceMchTransferReservationByOutReservationNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  sp_appid: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 微信转账预约单号 */
  reservation_id: string
  /** 商户预约单号 */
  out_reservation_no: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 预计最晚转账日期 */
  estimated_date?: string
  /** 预计最大转账金额 */
  estimated_max_amount?: number
  /** 准确转账金额 */
  exact_amount?: number
  /** 收款用户OpenID */
  openid: string
  /** 收款银行类型 */
  bank_type?: string
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED' | (string & {})
  /** 预约记录受理的时间 */
  accept_time: string
  /** 预约记录用户确认预约的时间 */
  reserve_time?: string
  /** 预约记录的关闭信息 */
  close_info?: {
    /** 预约记录关闭的时间 */
    close_time: string
    /** 预约记录关闭的原因 */
    close_reason: 'USER_OVERDUE_UNCONFIRMED' | 'CLOSE_CONFIRMED_VIA_MCH_API' | 'CLOSE_ACCEPTED_VIA_MCH_API' | 'TRANSFER_FINISHED' | 'OVERDUE_NOT_TRANSFER' | 'RESERVE_FAIL' | 'USER_CLOSE' | (string & {})
  }
}

/** 关闭预约商家转账记录: the options of `POST /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close`. */
export interface PlatsolutionInsuranceMchTransferReservationByOutReservationNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户预约单号 */
    out_reservation_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 关闭预约商家转账记录: what `POST /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close` answers. */
export type PlatsolutionInsuranceMchTransferReservationByOutReservationNoClosePostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  sp_appid: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 微信转账预约单号 */
  reservation_id: string
  /** 商户预约单号 */
  out_reservation_no: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 预计最晚转账日期 */
  estimated_date?: string
  /** 预计最大转账金额 */
  estimated_max_amount?: number
  /** 准确转账金额 */
  exact_amount?: number
  /** 收款用户OpenID */
  openid: string
  /** 收款银行类型 */
  bank_type?: string
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED' | (string & {})
  /** 预约记录受理的时间 */
  accept_time: string
  /** 预约记录用户确认预约的时间 */
  reserve_time?: string
  /** 预约记录的关闭信息 */
  close_info?: {
    /** 预约记录关闭的时间 */
    close_time: string
    /** 预约记录关闭的原因 */
    close_reason: 'USER_OVERDUE_UNCONFIRMED' | 'CLOSE_CONFIRMED_VIA_MCH_API' | 'CLOSE_ACCEPTED_VIA_MCH_API' | 'TRANSFER_FINISHED' | 'OVERDUE_NOT_TRANSFER' | 'RESERVE_FAIL' | 'USER_CLOSE' | (string & {})
  }
}

/** 微信支付预约单号查询预约商家转账记录: the options of `GET /v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}`. */
export interface PlatsolutionInsuranceMchTransferReservationByReservationIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信转账预约单号 */
    reservation_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 微信支付预约单号查询预约商家转账记录: what `GET /v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}` answers. */
export type PlatsolutionInsuranceMchTransferReservationByReservationIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  sp_appid: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 微信转账预约单号 */
  reservation_id: string
  /** 商户预约单号 */
  out_reservation_no: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 预计最晚转账日期 */
  estimated_date?: string
  /** 预计最大转账金额 */
  estimated_max_amount?: number
  /** 准确转账金额 */
  exact_amount?: number
  /** 收款用户OpenID */
  openid: string
  /** 收款银行类型 */
  bank_type?: string
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED' | (string & {})
  /** 预约记录受理的时间 */
  accept_time: string
  /** 预约记录用户确认预约的时间 */
  reserve_time?: string
  /** 预约记录的关闭信息 */
  close_info?: {
    /** 预约记录关闭的时间 */
    close_time: string
    /** 预约记录关闭的原因 */
    close_reason: 'USER_OVERDUE_UNCONFIRMED' | 'CLOSE_CONFIRMED_VIA_MCH_API' | 'CLOSE_ACCEPTED_VIA_MCH_API' | 'TRANSFER_FINISHED' | 'OVERDUE_NOT_TRANSFER' | 'RESERVE_FAIL' | 'USER_CLOSE' | (string & {})
  }
}
