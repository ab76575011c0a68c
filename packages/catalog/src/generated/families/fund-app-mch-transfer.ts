// fund-app/mch-transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface FundAppMchTransferElecsignOutBillNoPostJson {
  /** 商户转账单号 */
  out_bill_no: string
}

/** 商户单号申请电子回单: the options of `POST /v3/fund-app/mch-transfer/elecsign/out-bill-no`. */
export interface FundAppMchTransferElecsignOutBillNoPostOptions extends RouteCallOptions {
  json: FundAppMchTransferElecsignOutBillNoPostJson
}

/** 商户单号申请电子回单: what `POST /v3/fund-app/mch-transfer/elecsign/out-bill-no` answers. */
export type FundAppMchTransferElecsignOutBillNoPostResponse = {
  /** 申请单状态 */
  state: string
  /** 申请单创建时间 */
  create_time: string
}

/** 商户单号查询电子回单: the options of `GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}`. */
export interface FundAppMchTransferElecsignByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户转账单号 */
    out_bill_no: string
  }
}

/** 商户单号查询电子回单: what `GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}` answers. */
export type FundAppMchTransferElecsignByOutBillNoGetResponse = {
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED' | 'FAILED' | (string & {})
  /** 申请单创建时间 */
  create_time: string
  /** 申请单更新时间 */
  update_time: string
  /** 回单文件摘要类型 */
  hash_type?: 'SHA256' | 'SM3' | (string & {})
  /** 回单文件摘要值 */
  hash_value?: string
  /** 回单文件下载地址 */
  download_url?: string
  /** 失败原因 */
  fail_reason?: string
}

export interface FundAppMchTransferElecsignTransferBillNoPostJson {
  /** 微信转账单号 */
  transfer_bill_no: string
}

/** 微信单号申请电子回单: the options of `POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no`. */
export interface FundAppMchTransferElecsignTransferBillNoPostOptions extends RouteCallOptions {
  json: FundAppMchTransferElecsignTransferBillNoPostJson
}

/** 微信单号申请电子回单: what `POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no` answers. */
export type FundAppMchTransferElecsignTransferBillNoPostResponse = {
  /** 申请单状态 */
  state: string
  /** 申请单创建时间 */
  create_time: string
}

/** 微信单号查询电子回单: the options of `GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}`. */
export interface FundAppMchTransferElecsignByTransferBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信转账单号 */
    transfer_bill_no: string
  }
}

/** 微信单号查询电子回单: what `GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}` answers. */
export type FundAppMchTransferElecsignByTransferBillNoGetResponse = {
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED' | 'FAILED' | (string & {})
  /** 申请单创建时间 */
  create_time: string
  /** 申请单更新时间 */
  update_time: string
  /** 回单文件摘要类型 */
  hash_type?: 'SHA256' | 'SM3' | (string & {})
  /** 回单文件摘要值 */
  hash_value?: string
  /** 回单文件下载地址 */
  download_url?: string
  /** 失败原因 */
  fail_reason?: string
}

/** 查询预算出资的电子回单: the options of `GET /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts`. */
export interface FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsGetOptions extends RouteCallOptions {
  params: {
    /** 商户预算单号 */
    out_budget_no: string
  }
  query: {
    /** 受理凭证 */
    accept_id: string
  }
}

/** 查询预算出资的电子回单: what `GET /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts` answers. */
export type FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsGetResponse = {
  /** 商户预算单号 */
  out_budget_no: string
  /** 开始日期 */
  start_date: string
  /** 结束日期 */
  end_date: string
  /** 出资商户号 */
  sponsor_mchid: string
  /** 收款商户号 */
  receiver_mchid?: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
  /** 受理凭证 */
  accept_id: string
  /** 电子回单文件的hash方法 */
  hash_type?: 'SHA256' | 'SM3' | (string & {})
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单下载地址 */
  download_url?: string
}

export interface FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsPostJson {
  /** 开始日期 */
  start_date: string
  /** 结束日期 */
  end_date: string
  /** 出资商户号 */
  sponsor_mchid: string
  /** 收款商户号 */
  receiver_mchid?: string
}

/** 申请预算出资的电子回单: the options of `POST /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts`. */
export interface FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsPostOptions extends RouteCallOptions {
  params: {
    /** 商户预算单号 */
    out_budget_no: string
  }
  json: FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsPostJson
}

/** 申请预算出资的电子回单: what `POST /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts` answers. */
export type FundAppMchTransferPartnerBudgetByOutBudgetNoElectronicReceiptsPostResponse = {
  /** 商户预算单号 */
  out_budget_no: string
  /** 开始日期 */
  start_date: string
  /** 结束日期 */
  end_date: string
  /** 出资商户号 */
  sponsor_mchid: string
  /** 收款商户号 */
  receiver_mchid?: string
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED' | (string & {})
  /** 受理凭证 */
  accept_id: string
  /** 电子回单文件的hash方法 */
  hash_type?: 'SHA256' | 'SM3' | (string & {})
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单下载地址 */
  download_url?: string
}

export interface FundAppMchTransferPartnerCharityBudgetPostJson {
  /** 商户预算单号 */
  out_budget_no: string
  /** 出资商户号 */
  sponsor_mchid: string
  /** 出资企业主体名称 */
  sponsor_subject_name: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算总金额 */
  amount: number
  /** 回调地址 */
  notify_url?: string
}

/** 申请公益捐赠预算: the options of `POST /v3/fund-app/mch-transfer/partner/charity-budget`. */
export interface FundAppMchTransferPartnerCharityBudgetPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerCharityBudgetPostJson
}

/** 申请公益捐赠预算: what `POST /v3/fund-app/mch-transfer/partner/charity-budget` answers. */
export type FundAppMchTransferPartnerCharityBudgetPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state?: 'PENDING' | 'LOCKED' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 确认出资页面地址 */
  confirm_url?: string
  /** 商户号超管微信号掩码 */
  super_admin_wxid_mask?: string
  /** 剩余预算金额 */
  remain_amount?: number
  /** 撤销说明 */
  unlock_remark?: string
  /** 资金锁定时间 */
  locked_time?: string
  /** 完成时间 */
  finished_time?: string
  /** 关闭时间 */
  closed_time?: string
}

/** 商户单号查询公益捐赠预算详情: the options of `GET /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}`. */
export interface FundAppMchTransferPartnerCharityBudgetByOutBudgetNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户预算单号 */
    out_budget_no: string
  }
  query: {
    /** 出资商户号 */
    sponsor_mchid: string
  }
}

/** 商户单号查询公益捐赠预算详情: what `GET /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}` answers. */
export type FundAppMchTransferPartnerCharityBudgetByOutBudgetNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state?: 'PENDING' | 'LOCKED' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 确认出资页面地址 */
  confirm_url?: string
  /** 商户号超管微信号掩码 */
  super_admin_wxid_mask?: string
  /** 剩余预算金额 */
  remain_amount?: number
  /** 撤销说明 */
  unlock_remark?: string
  /** 资金锁定时间 */
  locked_time?: string
  /** 完成时间 */
  finished_time?: string
  /** 关闭时间 */
  closed_time?: string
}

export interface FundAppMchTransferPartnerCharityBudgetByOutBudgetNoUnlockPostJson {
  /** 出资商户号 */
  sponsor_mchid: string
  /** 解锁备注 */
  activity_remark: string
}

/** 解锁公益捐赠预算: the options of `POST /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock`. */
export interface FundAppMchTransferPartnerCharityBudgetByOutBudgetNoUnlockPostOptions extends RouteCallOptions {
  params: {
    /** 商户预算单号 */
    out_budget_no: string
  }
  json: FundAppMchTransferPartnerCharityBudgetByOutBudgetNoUnlockPostJson
}

/** 解锁公益捐赠预算: what `POST /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock` answers. */
export type FundAppMchTransferPartnerCharityBudgetByOutBudgetNoUnlockPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state: 'FINISHED' | (string & {})
  /** 撤销说明 */
  unlock_remark: string
  /** 资金锁定时间 */
  locked_time: string
  /** 完成时间 */
  finished_time: string
  /** 解锁金额 */
  unlocked_amount?: number
}

export interface FundAppMchTransferPartnerCharityTransferBillsPostJson {
  /** 商户预算单号 */
  out_budget_no: string
  /** 商户公益捐赠单号 */
  out_transfer_no: string
  /** 关联的交易单号 */
  transaction_info?: {
    /** 订单类型 */
    transaction_type: 'WXPAY'
    /** 订单号 */
    transaction_id: string
  }
  /** 出资商户号 */
  sponsor_mchid: string
  /** 收款商户号 */
  receive_mchid: string
  /** 预算总金额 */
  amount: number
  /** 捐赠备注 */
  transfer_remark: string
}

/** 发起公益捐赠: the options of `POST /v3/fund-app/mch-transfer/partner/charity-transfer-bills`. */
export interface FundAppMchTransferPartnerCharityTransferBillsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerCharityTransferBillsPostJson
}

/** 发起公益捐赠: what `POST /v3/fund-app/mch-transfer/partner/charity-transfer-bills` answers. */
export type FundAppMchTransferPartnerCharityTransferBillsPostResponse = {
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 商户公益捐赠单号 */
  out_transfer_no: string
  /** 微信支付公益捐赠单号 */
  transfer_id: string
  /** 预算总金额 */
  amount: number
  /** 捐赠备注 */
  transfer_remark: string
  /** 收款商户号 */
  receive_mchid: string
  /** 捐赠状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSE' | (string & {})
  /** 捐赠单创建时间 */
  create_time: string
  /** 捐赠完成时间 */
  success_time?: string
}

/** 商户单号查询公益捐赠详情: the options of `GET /v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}`. */
export interface FundAppMchTransferPartnerCharityTransferBillsByOutTransferNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户公益捐赠单号 */
    out_transfer_no: string
  }
  query: {
    /** 出资商户号 */
    sponsor_mchid: string
    /** 商户预算单号 */
    out_budget_no: string
  }
}

/** 商户单号查询公益捐赠详情: what `GET /v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}` answers. */
export type FundAppMchTransferPartnerCharityTransferBillsByOutTransferNoGetResponse = {
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 商户公益捐赠单号 */
  out_transfer_no: string
  /** 微信支付公益捐赠单号 */
  transfer_id: string
  /** 预算总金额 */
  amount: number
  /** 捐赠备注 */
  transfer_remark: string
  /** 收款商户号 */
  receive_mchid: string
  /** 捐赠状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSE' | (string & {})
  /** 捐赠单创建时间 */
  create_time: string
  /** 捐赠完成时间 */
  success_time?: string
}

export interface FundAppMchTransferPartnerElectronicReceiptsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户转账单号 */
  out_bill_no: string
}

/** 申请单笔转账电子回单: the options of `POST /v3/fund-app/mch-transfer/partner/electronic-receipts`. */
export interface FundAppMchTransferPartnerElectronicReceiptsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerElectronicReceiptsPostJson
}

/** 申请单笔转账电子回单: what `POST /v3/fund-app/mch-transfer/partner/electronic-receipts` answers. */
export type FundAppMchTransferPartnerElectronicReceiptsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户转账单号 */
  out_bill_no: string
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED' | (string & {})
  /** 申请单创建时间 */
  create_time: string
  /** 申请单更新时间 */
  update_time?: string
  /** 回单文件摘要类型 */
  hash_type?: 'SM3' | (string & {})
  /** 回单文件摘要值 */
  hash_value?: string
  /** 回单文件下载地址 */
  download_url?: string
}

/** 查询单笔转账电子回单: the options of `GET /v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}`. */
export interface FundAppMchTransferPartnerElectronicReceiptsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户转账单号 */
    out_bill_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询单笔转账电子回单: what `GET /v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}` answers. */
export type FundAppMchTransferPartnerElectronicReceiptsByOutBillNoGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户转账单号 */
  out_bill_no: string
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED' | (string & {})
  /** 申请单创建时间 */
  create_time: string
  /** 申请单更新时间 */
  update_time?: string
  /** 回单文件摘要类型 */
  hash_type?: 'SM3' | (string & {})
  /** 回单文件摘要值 */
  hash_value?: string
  /** 回单文件下载地址 */
  download_url?: string
}

export interface FundAppMchTransferPartnerSubMchAuthorizationsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户申请单号 */
  out_apply_no: string
}

/** 申请子商户商家转账授权: the options of `POST /v3/fund-app/mch-transfer/partner/sub-mch-authorizations`. */
export interface FundAppMchTransferPartnerSubMchAuthorizationsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerSubMchAuthorizationsPostJson
}

/** 申请子商户商家转账授权: what `POST /v3/fund-app/mch-transfer/partner/sub-mch-authorizations` answers. */
export type FundAppMchTransferPartnerSubMchAuthorizationsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户申请单号 */
  out_apply_no: string
  /** 授权申请单状态 */
  state: 'INVITED' | 'PASSED' | 'REJECTED' | 'EXPIRED' | (string & {})
  /** 授权申请受理时间 */
  accept_time: string
  /** 最后一次状态变更时间 */
  update_time: string
}

/** 查询子商户商家转账授权状态: the options of `GET /v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}`. */
export interface FundAppMchTransferPartnerSubMchAuthorizationsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询子商户商家转账授权状态: what `GET /v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}` answers. */
export type FundAppMchTransferPartnerSubMchAuthorizationsBySubMchidGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 授权状态 */
  state: 'AUTHORIZED' | 'UNAUTHORIZED' | 'CANCELED' | (string & {})
  /** 授权申请单 */
  apply_order?: {
    /** 二级商户号 */
    sub_mchid: string
    /** 商户申请单号 */
    out_apply_no: string
    /** 授权申请单状态 */
    state: 'INVITED' | 'PASSED' | 'REJECTED' | 'EXPIRED' | (string & {})
    /** 授权申请受理时间 */
    accept_time: string
    /** 最后一次状态变更时间 */
    update_time: string
  }
  /** 授权时间 */
  authorization_time?: string
  /** 解除授权时间 */
  cancel_authorization_time?: string
}

export interface FundAppMchTransferPartnerTransferBillsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
}

/** 发起转账: the options of `POST /v3/fund-app/mch-transfer/partner/transfer-bills`. */
export interface FundAppMchTransferPartnerTransferBillsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerTransferBillsPostJson
}

/** 发起转账: what `POST /v3/fund-app/mch-transfer/partner/transfer-bills` answers. */
export type FundAppMchTransferPartnerTransferBillsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据创建时间 */
  create_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

/** 商户单号查询转账单: the options of `GET /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}`. */
export interface FundAppMchTransferPartnerTransferBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 商户单号查询转账单: what `GET /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}` answers. */
export type FundAppMchTransferPartnerTransferBillsByOutBillNoGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户号 */
  mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 商家转账订单号 */
  transfer_bill_no: string
  /** 商户AppID */
  appid: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time: string
}

export interface FundAppMchTransferPartnerTransferBillsByOutBillNoCancelPostJson {
  /** 二级商户号 */
  sub_mchid: string
}

/** 撤销转账: the options of `POST /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel`. */
export interface FundAppMchTransferPartnerTransferBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  json: FundAppMchTransferPartnerTransferBillsByOutBillNoCancelPostJson
}

/** 撤销转账: what `POST /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel` answers. */
export type FundAppMchTransferPartnerTransferBillsByOutBillNoCancelPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount?: number
  /** 转账备注 */
  transfer_remark?: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time?: string
  /** 最后一次单据状态变更时间 */
  update_time: string
}

export interface FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
  /** 自动收款授权信息 */
  authorization_info?: {
    /** 用户展示名称 */
    user_display_name: string
    /** 商户侧授权单号 */
    out_authorization_no: string
    /** 自动收款授权结果通知地址 */
    authorization_notify_url: string
  }
}

/** 发起转账并完成自动收款授权: the options of `POST /v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization`. */
export interface FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationPostJson
}

/** 发起转账并完成自动收款授权: what `POST /v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization` answers. */
export type FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据创建时间 */
  create_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

export interface FundAppMchTransferPartnerTransferBillsTransferPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
  /** 微信自动收款授权单号 */
  authorization_id: string
}

/** 转账（用户自动收款）: the options of `POST /v3/fund-app/mch-transfer/partner/transfer-bills/transfer`. */
export interface FundAppMchTransferPartnerTransferBillsTransferPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerTransferBillsTransferPostJson
}

/** 转账（用户自动收款）: what `POST /v3/fund-app/mch-transfer/partner/transfer-bills/transfer` answers. */
export type FundAppMchTransferPartnerTransferBillsTransferPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户号 */
  mchid?: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 商户AppID */
  appid?: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'SUCCESS' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time?: string
}

export interface FundAppMchTransferPartnerUserConfirmAuthorizationsPostJson {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 用户展示名称 */
  user_display_name: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 授权结果通知地址 */
  notify_url: string
}

/** 申请免确认收款授权: the options of `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations`. */
export interface FundAppMchTransferPartnerUserConfirmAuthorizationsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferPartnerUserConfirmAuthorizationsPostJson
}

/** 申请免确认收款授权: what `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations` answers. */
export type FundAppMchTransferPartnerUserConfirmAuthorizationsPostResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 单据状态 */
  state: 'WAIT_USER_CONFIRM' | (string & {})
  /** 单据创建时间 */
  create_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

/** 商户单号查询自动收款授权: the options of `GET /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}`. */
export interface FundAppMchTransferPartnerUserConfirmAuthorizationsByOutAuthorizationNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户侧授权单号 */
    out_authorization_no: string
  }
}

/** 商户单号查询自动收款授权: what `GET /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}` answers. */
export type FundAppMchTransferPartnerUserConfirmAuthorizationsByOutAuthorizationNoGetResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id: string
  /** 单据状态 */
  state: 'TAKING_EFFECT' | 'CLOSED' | 'WAIT_USER_CONFIRM' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | 'USER_CLOSE' | (string & {})
  }
  /** 转账场景ID */
  transfer_scene_id?: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013' | (string & {})
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 单据创建时间 */
  create_time?: string
}

/** 解除免确认收款授权: the options of `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close`. */
export interface FundAppMchTransferPartnerUserConfirmAuthorizationsByOutAuthorizationNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户侧授权单号 */
    out_authorization_no: string
  }
}

/** 解除免确认收款授权: what `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close` answers. */
export type FundAppMchTransferPartnerUserConfirmAuthorizationsByOutAuthorizationNoClosePostResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id: string
  /** 单据状态 */
  state: 'CLOSED' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | (string & {})
  }
  /** 转账场景ID */
  transfer_scene_id?: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013' | (string & {})
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 单据创建时间 */
  create_time?: string
}

export interface FundAppMchTransferTransferBillsPostJson {
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
  /** 用户收款样式 */
  user_recv_style?: {
    /** 用户收款样式类型 */
    type: 'CONFIRM_PAGE' | 'RED_PACKET'
  }
}

/** 发起转账: the options of `POST /v3/fund-app/mch-transfer/transfer-bills`. */
export interface FundAppMchTransferTransferBillsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferTransferBillsPostJson
}

/** 发起转账: what `POST /v3/fund-app/mch-transfer/transfer-bills` answers. */
export type FundAppMchTransferTransferBillsPostResponse = {
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据创建时间 */
  create_time: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 失败原因 */
  fail_reason?: string
  /** 跳转领取页面的package信息 */
  package_info?: string
}

/** 商户单号查询转账单: the options of `GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`. */
export interface FundAppMchTransferTransferBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 商户单号查询转账单: what `GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` answers. */
export type FundAppMchTransferTransferBillsByOutBillNoGetResponse = {
  /** 商户号 */
  mch_id: string
  /** 商户单号 */
  out_bill_no: string
  /** 商家转账订单号 */
  transfer_bill_no: string
  /** 商户AppID */
  appid: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time: string
}

/** 撤销转账: the options of `POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`. */
export interface FundAppMchTransferTransferBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 撤销转账: what `POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel` answers. */
export type FundAppMchTransferTransferBillsByOutBillNoCancelPostResponse = {
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据状态 */
  state: 'CANCELING' | 'CANCELLED' | (string & {})
  /** 最后一次单据状态变更时间 */
  update_time: string
}

export interface FundAppMchTransferTransferBillsPreTransferWithAuthorizationPostJson {
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
  /** 自动收款授权信息 */
  authorization_info?: {
    /** 用户展示名称 */
    user_display_name: string
    /** 商户侧授权单号 */
    out_authorization_no: string
    /** 自动收款授权结果通知地址 */
    authorization_notify_url: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 发起转账并完成自动收款授权: the options of `POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization`. */
export interface FundAppMchTransferTransferBillsPreTransferWithAuthorizationPostOptions extends RouteCallOptions {
  json: FundAppMchTransferTransferBillsPreTransferWithAuthorizationPostJson
}

/** 发起转账并完成自动收款授权: what `POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization` answers. */
export type FundAppMchTransferTransferBillsPreTransferWithAuthorizationPostResponse = {
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据创建时间 */
  create_time: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'CANCELING' | (string & {})
  /** 跳转领取页面的package信息 */
  package_info?: string
  /** 用户展示名称 */
  user_display_name?: string
  /** 商户侧授权单号 */
  out_authorization_no?: string
}

export interface FundAppMchTransferTransferBillsTransferPostJson {
  /** 商户AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
  /** 微信免确认收款授权单号 */
  authorization_id?: string
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 商户侧授权单号 */
  out_authorization_no?: string
}

/** 用户授权后转账: the options of `POST /v3/fund-app/mch-transfer/transfer-bills/transfer`. */
export interface FundAppMchTransferTransferBillsTransferPostOptions extends RouteCallOptions {
  json: FundAppMchTransferTransferBillsTransferPostJson
}

/** 用户授权后转账: what `POST /v3/fund-app/mch-transfer/transfer-bills/transfer` answers. */
export type FundAppMchTransferTransferBillsTransferPostResponse = {
  /** 商户号 */
  mch_id: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 商户AppID */
  appid?: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'TRANSFERING' | 'SUCCESS' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time?: string
}

/** 微信转账单号查询转账单: the options of `GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}`. */
export interface FundAppMchTransferTransferBillsByTransferBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信转账单号 */
    transfer_bill_no: string
  }
}

/** 微信转账单号查询转账单: what `GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}` answers. */
export type FundAppMchTransferTransferBillsByTransferBillNoGetResponse = {
  /** 商户号 */
  mch_id: string
  /** 商户单号 */
  out_bill_no: string
  /** 商家转账订单号 */
  transfer_bill_no: string
  /** 商户AppID */
  appid: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time: string
}

export interface FundAppMchTransferTransferToQqWalletBillsPostJson {
  /** QQ互联开放平台AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户QQ号 */
  user_qq?: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 通知地址 */
  notify_url?: string
  /** 转账场景ID */
  transfer_scene_id: '1401'
  /** 转账场景报备信息 */
  transfer_scene_report_infos: readonly {
    /** 信息类型 */
    info_type: string
    /** 信息内容 */
    info_content: string
  }[]
}

/** 发起转账到QQ钱包: the options of `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills`. */
export interface FundAppMchTransferTransferToQqWalletBillsPostOptions extends RouteCallOptions {
  json: FundAppMchTransferTransferToQqWalletBillsPostJson
}

/** 发起转账到QQ钱包: what `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills` answers. */
export type FundAppMchTransferTransferToQqWalletBillsPostResponse = {
  /** 商户号 */
  mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** QQ互联开放平台AppID */
  appid?: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户QQ号 */
  user_qq?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 失败原因 */
  fail_reason?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time?: string
}

/** 查询转账到QQ钱包的结果: the options of `GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}`. */
export interface FundAppMchTransferTransferToQqWalletBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 查询转账到QQ钱包的结果: what `GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}` answers. */
export type FundAppMchTransferTransferToQqWalletBillsByOutBillNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** QQ互联开放平台AppID */
  appid?: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户QQ号 */
  user_qq?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 失败原因 */
  fail_reason?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time?: string
}

/** 撤销转账到QQ钱包: the options of `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel`. */
export interface FundAppMchTransferTransferToQqWalletBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 撤销转账到QQ钱包: what `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel` answers. */
export type FundAppMchTransferTransferToQqWalletBillsByOutBillNoCancelPostResponse = {
  /** 商户号 */
  mchid?: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** QQ互联开放平台AppID */
  appid?: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount?: number
  /** 转账备注 */
  transfer_remark?: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户QQ号 */
  user_qq?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 单据创建时间 */
  create_time?: string
  /** 最后一次状态变更时间 */
  update_time: string
}

export interface FundAppMchTransferUserConfirmAuthorizationPostJson {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 转账场景ID */
  transfer_scene_id: '1000' | '1002' | '1004' | '1005' | '1009' | '1010' | '1011' | '1013'
  /** 用户展示名称 */
  user_display_name: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 授权结果通知地址 */
  authorization_notify_url: string
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    client_ip?: string
    /** 用户设备ID */
    device_id?: string
    /** 用户设备类型 */
    device_type?: 'IOS' | 'ANDROID' | 'HARMONY' | 'OTHER'
  }
}

/** 申请免确认收款授权: the options of `POST /v3/fund-app/mch-transfer/user-confirm-authorization`. */
export interface FundAppMchTransferUserConfirmAuthorizationPostOptions extends RouteCallOptions {
  json: FundAppMchTransferUserConfirmAuthorizationPostJson
}

/** 申请免确认收款授权: what `POST /v3/fund-app/mch-transfer/user-confirm-authorization` answers. */
export type FundAppMchTransferUserConfirmAuthorizationPostResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 单据状态 */
  state: 'WAIT_USER_CONFIRM' | (string & {})
  /** 单据创建时间 */
  create_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

/** 商户单号查询自动收款授权: the options of `GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}`. */
export interface FundAppMchTransferUserConfirmAuthorizationByOutAuthorizationNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户侧授权单号 */
    out_authorization_no: string
  }
  query?: {
    /** 是否展示用户授权信息 */
    is_display_authorization?: boolean
  }
}

/** 商户单号查询自动收款授权: what `GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}` answers. */
export type FundAppMchTransferUserConfirmAuthorizationByOutAuthorizationNoGetResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id?: string
  /** 单据状态 */
  state: 'TAKING_EFFECT' | 'CLOSED' | 'WAIT_USER_CONFIRM' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time?: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | 'USER_CLOSE' | 'USER_OVERDUE_UNCONFIRMED' | 'TRANSFER_RISK' | 'USER_ACCOUNT_ABNORMAL' | (string & {})
  }
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 单据创建时间 */
  create_time?: string
  /** 跳转领取页面的package信息 */
  package_info?: string
}

/** 解除免确认收款授权: the options of `POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close`. */
export interface FundAppMchTransferUserConfirmAuthorizationByOutAuthorizationNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户侧授权单号 */
    out_authorization_no: string
  }
}

/** 解除免确认收款授权: what `POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close` answers. */
export type FundAppMchTransferUserConfirmAuthorizationByOutAuthorizationNoClosePostResponse = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id?: string
  /** 单据状态 */
  state: 'CLOSED' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time?: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | (string & {})
  }
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 单据创建时间 */
  create_time?: string
}
