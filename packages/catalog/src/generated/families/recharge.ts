// recharge: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface RechargeBankTransferRechargesApplyPostJson {
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值场景 */
  recharge_scene: 'NORMAL_BANK_TRANSFER'
  /** 充值入账账户 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES'
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount?: number
    /** 货币类型 */
    currency?: string
  }
}

/** 申请银行转账充值: the options of `POST /v3/recharge/bank-transfer-recharges/apply`. */
export interface RechargeBankTransferRechargesApplyPostOptions extends RouteCallOptions {
  json: RechargeBankTransferRechargesApplyPostJson
}

/** 申请银行转账充值: what `POST /v3/recharge/bank-transfer-recharges/apply` answers. */
export type RechargeBankTransferRechargesApplyPostResponse = {
  /** 微信支付充值单号 */
  recharge_id: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 银行账户 */
  transfer_in_account: {
    /** 开户银行名称 */
    bank_name?: string
    /** 开户银行省市编码 */
    bank_address_code?: string
    /** 开户银行行号 */
    bank_code?: string
    /** 银行账户名称 */
    bank_account_name?: string
    /** 银行账号 */
    bank_account_no?: string
  }
}

/** 查询银行转账充值结果: the options of `GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}`. */
export interface RechargeBankTransferRechargesByOutRechargeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户充值单号 */
    out_recharge_no: string
  }
}

/** 查询银行转账充值结果: what `GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}` answers. */
export type RechargeBankTransferRechargesByOutRechargeNoGetResponse = {
  /** 充值商户号 */
  mchid: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值入账账户 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED' | (string & {})
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_BANK_TRANSFER' | (string & {})
  /** 充值状态描述 */
  recharge_state_desc?: string
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount?: number
    /** 货币类型 */
    currency?: string
  }
  /** 转账充值的付款信息 */
  bank_transfer_info?: {
    /** 转账充值附言 */
    memo?: string
    /** 银行转账退回时间 */
    return_time?: string
    /** 银行转账退回原因 */
    return_reason?: string
    /** 开户银行名称 */
    bank_name?: string
    /** 银行卡号后四位 */
    bank_card_tail?: string
  }
  /** 受理充值时间 */
  accept_time?: string
  /** 充值成功时间 */
  success_time?: string
  /** 关闭充值时间 */
  close_time?: string
}
