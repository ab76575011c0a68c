// platsolution/ecommerce: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PlatsolutionEcommerceBankTransferRechargesApplyPostJson {
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值场景 */
  recharge_scene: string
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

/** 申请银行转账充值: the options of `POST /v3/platsolution/ecommerce/bank-transfer-recharges/apply`. */
export interface PlatsolutionEcommerceBankTransferRechargesApplyPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceBankTransferRechargesApplyPostJson
}

/** 申请银行转账充值: what `POST /v3/platsolution/ecommerce/bank-transfer-recharges/apply` answers. */
export type PlatsolutionEcommerceBankTransferRechargesApplyPostResponse = {
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

/** 查询银行转账充值结果: the options of `GET /v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}`. */
export interface PlatsolutionEcommerceBankTransferRechargesByOutRechargeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户充值单号 */
    out_recharge_no: string
  }
}

/** 查询银行转账充值结果: what `GET /v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}` answers. */
export type PlatsolutionEcommerceBankTransferRechargesByOutRechargeNoGetResponse = {
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

export interface PlatsolutionEcommerceInsuranceCompensationContractsPostJson {
  /** 商户申请单号 */
  out_apply_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 签约协议列表 */
  agreement_list: readonly {
    /** 协议编号 */
    agreement_code: string
    /** 协议版本号 */
    agreement_version: string
    /** 签约主体 */
    sign_organization: string
    /** 签约时间 */
    sign_time: string
  }[]
}

/** 开通保险理赔功能: the options of `POST /v3/platsolution/ecommerce/insurance-compensation-contracts`. */
export interface PlatsolutionEcommerceInsuranceCompensationContractsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceInsuranceCompensationContractsPostJson
}

/** 开通保险理赔功能: what `POST /v3/platsolution/ecommerce/insurance-compensation-contracts` answers. */
export type PlatsolutionEcommerceInsuranceCompensationContractsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 是否开通成功 */
  opened: boolean
  /** 成功时间 */
  success_time?: string
}

/** 查询保险理赔功能开通状态: the options of `POST /v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened`. */
export interface PlatsolutionEcommerceInsuranceCompensationContractsBySubMchidCheckOpenedPostOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询保险理赔功能开通状态: what `POST /v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened` answers. */
export type PlatsolutionEcommerceInsuranceCompensationContractsBySubMchidCheckOpenedPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 是否开通成功 */
  opened: boolean
  /** 成功时间 */
  success_time?: string
}

export interface PlatsolutionEcommerceMchTransferCompensateBillsPostJson {
  /** 收款方信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'TRANSACTION_USER'
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
}

/** 请求赔付: the options of `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills`. */
export interface PlatsolutionEcommerceMchTransferCompensateBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferCompensateBillsPostJson
}

/** 请求赔付: what `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills` answers. */
export type PlatsolutionEcommerceMchTransferCompensateBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询赔付结果（按微信支付赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}`. */
export interface PlatsolutionEcommerceMchTransferCompensateBillsByBillIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付单号 */
    bill_id: string
  }
}

/** 查询赔付结果（按微信支付赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}` answers. */
export type PlatsolutionEcommerceMchTransferCompensateBillsByBillIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询赔付结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferCompensateBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 查询赔付结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferCompensateBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 请求撤销赔付: the options of `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel`. */
export interface PlatsolutionEcommerceMchTransferCompensateBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 请求撤销赔付: what `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel` answers. */
export type PlatsolutionEcommerceMchTransferCompensateBillsByOutBillNoCancelPostResponse = {
  /** 商户单号 */
  out_bill_no: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 撤销受理时间 */
  cancel_accept_time: string
}

export interface PlatsolutionEcommerceMchTransferCompensateBillsPreTransferPostJson {
  /** 公众账号ID */
  sp_appid?: string
  /** 收款方信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'TRANSACTION_USER'
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 商户回调地址 */
  notify_url?: string
}

/** 请求赔付预下单: the options of `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer`. */
export interface PlatsolutionEcommerceMchTransferCompensateBillsPreTransferPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferCompensateBillsPreTransferPostJson
}

/** 请求赔付预下单: what `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer` answers. */
export type PlatsolutionEcommerceMchTransferCompensateBillsPreTransferPostResponse = {
  /** 商户单号 */
  out_bill_no: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 受理时间 */
  accept_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

export interface PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 公众账号ID */
  sp_appid?: string
  /** 收款方信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'MERCHANT' | 'TRANSACTION_USER'
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
    /** 转账接收方用户 */
    user_info?: {
      /** 转账接收方用户 openid */
      sp_openid?: string
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
  /** 二级商户AppID */
  sub_appid?: string
}

/** 请求保证金售后赔付: the options of `POST /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills`. */
export interface PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsPostJson
}

/** 请求保证金售后赔付: what `POST /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills` answers. */
export type PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
}

/** 查询保证金售后赔付结果（按微信支付赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}`. */
export interface PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsByBillIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付单号 */
    bill_id: string
  }
  query?: {
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 查询保证金售后赔付结果（按微信支付赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}` answers. */
export type PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsByBillIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
}

/** 查询保证金售后赔付结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query?: {
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 查询保证金售后赔付结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
}

export interface PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 公众账号ID */
  sp_appid?: string
  /** 赔付用户信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'MERCHANT'
    /** 转账接收方商户信息 */
    mch_info?: {
      /** 商户号 */
      mchid?: string
    }
    /** 赔付单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 赔付单类型 */
      type: 'WXPAY' | 'WXVALUE'
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
}

/** 发起保证金赔付保司保费: the options of `POST /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills`. */
export interface PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsPostJson
}

/** 发起保证金赔付保司保费: what `POST /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills` answers. */
export type PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | (string & {})
      /** 转账接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mchid?: string
      }
      /** 赔付单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保证金赔付保司保费结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
}

/** 查询保证金赔付保司保费结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | (string & {})
      /** 转账接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mchid?: string
      }
      /** 赔付单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

export interface PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 公众账号ID */
  sp_appid?: string
  /** 赔付用户信息 */
  receiver: {
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
    /** 转账接收方用户 */
    user_info?: {
      /** 转账接收方用户 openid */
      sp_openid?: string
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 转账场景ID */
  transfer_scene_id?: string
  /** 用户收款感知 */
  user_recv_perception?: string
}

/** 发起保证金赔付用户运费: the options of `POST /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills`. */
export interface PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsPostJson
}

/** 发起保证金赔付用户运费: what `POST /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills` answers. */
export type PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
      /** 转账接收方用户 */
      user_info?: {
        /** 转账接收方用户 openid */
        sp_openid?: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保证金售后赔付运费结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query?: {
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 查询保证金售后赔付运费结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
      /** 转账接收方用户 */
      user_info?: {
        /** 转账接收方用户 openid */
        sp_openid?: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 赔付用户信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'MERCHANT' | 'TRANSACTION_USER'
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
}

/** 请求保险理赔: the options of `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills`. */
export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferInsuranceClaimBillsPostJson
}

/** 请求保险理赔: what `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills` answers. */
export type PlatsolutionEcommerceMchTransferInsuranceClaimBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保险理赔结果（按微信支付赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}`. */
export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsByBillIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付单号 */
    bill_id: string
  }
  query?: {
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 查询保险理赔结果（按微信支付赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}` answers. */
export type PlatsolutionEcommerceMchTransferInsuranceClaimBillsByBillIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    accept_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保险理赔结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query?: {
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 查询保险理赔结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方订单信息 */
      transaction_info?: {
        /** 交易订单号 */
        transaction_id: string
        /** 转账接收方订单类型 */
        type?: 'WXPAY' | 'WXVALUE' | (string & {})
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    accept_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoCancelPostJson {
  /** 二级商户号 */
  sub_mchid?: string
}

/** 请求撤销保险理赔: the options of `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel`. */
export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  json?: PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoCancelPostJson
}

/** 请求撤销保险理赔: what `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel` answers. */
export type PlatsolutionEcommerceMchTransferInsuranceClaimBillsByOutBillNoCancelPostResponse = {
  /** 二级商户号 */
  sub_mchid?: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 撤销受理时间 */
  cancel_accept_time: string
}

export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 收款方信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'MERCHANT' | 'TRANSACTION_USER'
    /** 转账接收方订单信息 */
    transaction_info?: {
      /** 交易订单号 */
      transaction_id: string
      /** 转账接收方订单类型 */
      type?: 'WXPAY' | 'WXVALUE'
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 商户回调地址 */
  notify_url?: string
}

/** 请求保险理赔预下单: the options of `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer`. */
export interface PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferPostJson
}

/** 请求保险理赔预下单: what `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer` answers. */
export type PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferPostResponse = {
  /** 二级商户号 */
  sub_mchid?: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 受理时间 */
  accept_time: string
  /** 跳转领取页面的package信息 */
  package_info: string
}

export interface PlatsolutionEcommerceMchTransferSubMchCompensationBillsPostJson {
  /** 赔付商户信息 */
  receiver: {
    /** 赔付接收方类型 */
    type: 'MERCHANT'
    /** 赔付接收方商户信息 */
    mch_info: {
      /** 商户号 */
      mchid: string
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount: number
  /** 赔付原因 */
  transfer_remark: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 请求赔付: the options of `POST /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills`. */
export interface PlatsolutionEcommerceMchTransferSubMchCompensationBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferSubMchCompensationBillsPostJson
}

/** 请求赔付: what `POST /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills` answers. */
export type PlatsolutionEcommerceMchTransferSubMchCompensationBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 赔付接收方信息 */
  receiver_detail: {
    /** 赔付接收者信息 */
    receiver?: {
      /** 赔付接收方类型 */
      type?: 'MERCHANT' | (string & {})
      /** 赔付接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mchid: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询赔付结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferSubMchCompensationBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query?: {
    /** 出资商户号 */
    sponsor_mchid?: string
  }
}

/** 查询赔付结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferSubMchCompensationBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 赔付接收方信息 */
  receiver_detail: {
    /** 赔付接收者信息 */
    receiver?: {
      /** 赔付接收方类型 */
      type?: 'MERCHANT' | (string & {})
      /** 赔付接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mchid: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount: number
  /** 赔付原因 */
  transfer_remark: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

export interface PlatsolutionEcommerceMchTransferTransferBillsPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 公众账号ID */
  sp_appid?: string
  /** 业务类型 */
  business_type: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION'
  /** 收款方信息 */
  receiver: {
    /** 转账接收方类型 */
    type?: 'MERCHANT' | 'TRANSACTION_USER'
    /** 转账接收方商户信息 */
    mch_info?: {
      /** 商户号 */
      mch_id?: string
      /** 商户号 */
      mchid?: string
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 收款方备注 */
  receiver_remark?: string
}

/** 保证金赔付: the options of `POST /v3/platsolution/ecommerce/mch-transfer/transfer-bills`. */
export interface PlatsolutionEcommerceMchTransferTransferBillsPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceMchTransferTransferBillsPostJson
}

/** 保证金赔付: what `POST /v3/platsolution/ecommerce/mch-transfer/transfer-bills` answers. */
export type PlatsolutionEcommerceMchTransferTransferBillsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 二级商户AppID */
  sub_appid?: string
  /** 业务类型 */
  business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION' | (string & {})
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mch_id?: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark: string
  /** 收款方备注 */
  receiver_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保证金赔付结果（按微信支付赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}`. */
export interface PlatsolutionEcommerceMchTransferTransferBillsByBillIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付单号 */
    bill_id: string
  }
  query?: {
    /** 业务类型 */
    business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION'
  }
}

/** 查询保证金赔付结果（按微信支付赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}` answers. */
export type PlatsolutionEcommerceMchTransferTransferBillsByBillIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 业务类型 */
  business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION' | (string & {})
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mch_id?: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 收款方备注 */
  receiver_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

/** 查询保证金赔付结果（按商户赔付单号）: the options of `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`. */
export interface PlatsolutionEcommerceMchTransferTransferBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query?: {
    /** 业务类型 */
    business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION'
  }
}

/** 查询保证金赔付结果（按商户赔付单号）: what `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` answers. */
export type PlatsolutionEcommerceMchTransferTransferBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 业务类型 */
  business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION' | (string & {})
  /** 转账接收方信息 */
  receiver_detail: {
    /** 转账接收者信息 */
    receiver?: {
      /** 转账接收方类型 */
      type?: 'MERCHANT' | 'TRANSACTION_USER' | (string & {})
      /** 转账接收方商户信息 */
      mch_info?: {
        /** 商户号 */
        mch_id?: string
      }
    }
  }
  /** 商户单号 */
  out_bill_no: string
  /** 赔付金额 */
  amount?: number
  /** 赔付原因 */
  transfer_remark?: string
  /** 收款方备注 */
  receiver_remark?: string
  /** 微信支付转账单号 */
  bill_id: string
  /** 赔付状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 受理时间 */
  accept_time: string
  /** 成功时间 */
  success_time?: string
  /** 关单信息 */
  close_info?: {
    /** 关单时间 */
    close_time?: string
    /** 关单原因 */
    close_reason?: string
  }
  /** 出资商户号 */
  sponsor_mchid?: string
}

export interface PlatsolutionEcommerceRechargeEmployeesPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 员工OpenID */
  sp_openid: string
}

/** 添加二级商户可扫码充值员工: the options of `POST /v3/platsolution/ecommerce/recharge-employees`. */
export interface PlatsolutionEcommerceRechargeEmployeesPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceRechargeEmployeesPostJson
}

/** 添加二级商户可扫码充值员工: what `POST /v3/platsolution/ecommerce/recharge-employees` answers. */
export type PlatsolutionEcommerceRechargeEmployeesPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 员工OpenID */
  sp_openid?: string
  /** 员工状态 */
  state?: 'EFFECTIVE' | 'DELETED' | (string & {})
  /** 添加员工时间 */
  create_time?: string
  /** 最后更新时间 */
  update_time?: string
}

/** 查询二级商户可扫码充值员工列表: the options of `GET /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}`. */
export interface PlatsolutionEcommerceRechargeEmployeesBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询二级商户可扫码充值员工列表: what `GET /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}` answers. */
export type PlatsolutionEcommerceRechargeEmployeesBySubMchidGetResponse = {
  /** 员工列表 */
  employees?: {
    /** 二级商户号 */
    sub_mchid: string
    /** 员工OpenID */
    sp_openid?: string
    /** 员工状态 */
    state?: 'EFFECTIVE' | 'DELETED' | (string & {})
    /** 添加员工时间 */
    create_time?: string
    /** 最后更新时间 */
    update_time?: string
  }[]
}

/** 删除二级商户可扫码充值员工: the options of `POST /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete`. */
export interface PlatsolutionEcommerceRechargeEmployeesBySubMchidBySpOpenidDeletePostOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
    /** 员工OpenID */
    sp_openid: string
  }
}

/** 删除二级商户可扫码充值员工: what `POST /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete` answers. */
export type PlatsolutionEcommerceRechargeEmployeesBySubMchidBySpOpenidDeletePostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 员工OpenID */
  sp_openid?: string
  /** 员工状态 */
  state?: 'EFFECTIVE' | 'DELETED' | (string & {})
  /** 添加员工时间 */
  create_time?: string
  /** 最后更新时间 */
  update_time?: string
}

export interface PlatsolutionEcommerceRechargesApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT'
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION'
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount?: number
    /** 货币类型 */
    currency?: string
  }
  /** 商户回调地址 */
  notify_url?: string
  /** 可用充值渠道列表 */
  available_recharge_channels?: readonly ('BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK')[]
  /** 充值备注 */
  remark?: string
}

/** 申请二级商户充值: the options of `POST /v3/platsolution/ecommerce/recharges/apply`. */
export interface PlatsolutionEcommerceRechargesApplyPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceRechargesApplyPostJson
}

/** 申请二级商户充值: what `POST /v3/platsolution/ecommerce/recharges/apply` answers. */
export type PlatsolutionEcommerceRechargesApplyPostResponse = {
  /** 微信支付充值单号 */
  recharge_id: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值链接 */
  recharge_url: string
}

/** 查询二级商户充值结果: the options of `GET /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}`. */
export interface PlatsolutionEcommerceRechargesByOutRechargeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户充值单号 */
    out_recharge_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询二级商户充值结果: what `GET /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}` answers. */
export type PlatsolutionEcommerceRechargesByOutRechargeNoGetResponse = {
  /** 平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值渠道 */
  recharge_channel?: 'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {})
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION' | (string & {})
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED' | (string & {})
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT' | (string & {})
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
    /** 转入的银行流水单号 */
    bill_no?: string
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
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 扫码充值的付款信息 */
  qr_recharge_info?: {
    /** 用户OpenID */
    openid?: string
    /** 员工类型 */
    employee_type?: 'ADMIN' | 'STAFF' | (string & {})
  }
  /** 网银充值的付款信息 */
  online_bank_recharge_info?: {
    /** 银行交易订单号 */
    bill_no?: string
    /** 网银充值退回时间 */
    return_time?: string
    /** 网银充值退回原因 */
    return_reason?: string
    /** 开户银行名称 */
    bank_name?: string
    /** 网银类型 */
    online_bank_type?: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL' | (string & {})
    /** 银行卡号后四位 */
    bank_card_tail?: string
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 受理充值时间 */
  accept_time?: string
  /** 充值成功时间 */
  success_time?: string
  /** 关闭充值时间 */
  close_time?: string
  /** 可用充值渠道列表 */
  available_recharge_channels?: ('BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {}))[]
}

/** 关闭二级商户充值: the options of `POST /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close`. */
export interface PlatsolutionEcommerceRechargesByOutRechargeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户充值单号 */
    out_recharge_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 关闭二级商户充值: what `POST /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close` answers. */
export type PlatsolutionEcommerceRechargesByOutRechargeNoClosePostResponse = {
  /** 平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 充值渠道 */
  recharge_channel?: 'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {})
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION' | (string & {})
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED' | (string & {})
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT' | (string & {})
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
    /** 转入的银行流水单号 */
    bill_no?: string
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
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 扫码充值的付款信息 */
  qr_recharge_info?: {
    /** 用户OpenID */
    openid?: string
    /** 员工类型 */
    employee_type?: 'ADMIN' | 'STAFF' | (string & {})
  }
  /** 网银充值的付款信息 */
  online_bank_recharge_info?: {
    /** 银行交易订单号 */
    bill_no?: string
    /** 网银充值退回时间 */
    return_time?: string
    /** 网银充值退回原因 */
    return_reason?: string
    /** 开户银行名称 */
    bank_name?: string
    /** 网银类型 */
    online_bank_type?: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL' | (string & {})
    /** 银行卡号后四位 */
    bank_card_tail?: string
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 受理充值时间 */
  accept_time?: string
  /** 充值成功时间 */
  success_time?: string
  /** 关闭充值时间 */
  close_time?: string
  /** 可用充值渠道列表 */
  available_recharge_channels?: ('BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {}))[]
}

export interface PlatsolutionEcommerceSettlePrepaySettleOrdersPostJson {
  /** 发起方AppID */
  appid: string
  /** 商户结算批次单号 */
  out_settle_batch_no: string
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 通知地址 */
  notify_url: string
  /** 收款方描述 */
  description: string
  /** 交易场景 */
  trade_scenario: 'RECOMMERCE'
  /** 结算信息列表 */
  settle_info_list: readonly {
    /** 商户结算单号 */
    out_settle_no: string
    /** 微信支付订单号 */
    transaction_id: string
    /** 结算明细单列表 */
    settle_detail_info_list: readonly {
      /** 商户结算明细单号 */
      out_settle_detail_no: string
      /** 结算类型 */
      settle_type: string
      /** 接收方类型 */
      receiver_type: string
      /** 接收方账号 */
      receiver_account: string
      /** 金额 */
      amount: {
        /** 金额 */
        amount: number
        /** 币种 */
        currency?: string
      }
    }[]
  }[]
  /** 收款类型模板ID */
  receive_type_template_id?: 1 | 2 | (number & {})
}

/** 个人收款-申请批量结算: the options of `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders`. */
export interface PlatsolutionEcommerceSettlePrepaySettleOrdersPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceSettlePrepaySettleOrdersPostJson
}

/** 个人收款-申请批量结算: what `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders` answers. */
export type PlatsolutionEcommerceSettlePrepaySettleOrdersPostResponse = {
  /** 商户结算批次单号 */
  out_settle_batch_no: string
  /** 微信支付结算批次单号 */
  settle_batch_no: string
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 收款方描述 */
  description: string
  /** 批次状态 */
  state: string
  /** 交易场景 */
  trade_scenario: string
  /** 批次创建时间 */
  create_time: string
  /** 批次完成时间 */
  finish_time?: string
}

/** 个人收款-查询批量结算信息: the options of `GET /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}`. */
export interface PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付结算批次单号 */
    settle_batch_no: string
  }
}

/** 个人收款-查询批量结算信息: what `GET /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}` answers. */
export type PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoGetResponse = {
  /** 商户结算批次单号 */
  out_settle_batch_no: string
  /** 微信支付结算批次单号 */
  settle_batch_no: string
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 收款方描述 */
  description: string
  /** 批次状态 */
  state: string
  /** 交易场景 */
  trade_scenario: 'RECOMMERCE' | (string & {})
  /** 批次创建时间 */
  create_time: string
  /** 批次完成时间 */
  finish_time?: string
}

export interface PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoApplyAbnormalSettlePostJson {
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 商户异常结算批次单号 */
  out_abnormal_settle_batch_no: string
  /** 异常结算批次单处理方式 */
  abnormal_settle_type: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER'
  /** 异常处理说明 */
  description?: string
}

/** 个人收款-申请异常结算批次单处理: the options of `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle`. */
export interface PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoApplyAbnormalSettlePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付结算批次单号 */
    settle_batch_no: string
  }
  json: PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoApplyAbnormalSettlePostJson
}

/** 个人收款-申请异常结算批次单处理: what `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle` answers. */
export type PlatsolutionEcommerceSettlePrepaySettleOrdersBySettleBatchNoApplyAbnormalSettlePostResponse = {
  /** 商户结算批次单号 */
  out_settle_batch_no: string
  /** 微信支付结算批次单号 */
  settle_batch_no: string
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 收款方描述 */
  description: string
  /** 批次状态 */
  state: 'ACCEPTED' | 'RECEIVED' | 'SUCCESS' | 'DEDUCT_FEE_FAIL' | 'ABNORMAL' | 'ABNORMAL_SETTLE_SUCCESS' | (string & {})
  /** 交易场景 */
  trade_scenario: 'RECOMMERCE' | 'INDIVIDUALTRADE' | (string & {})
  /** 批次创建时间 */
  create_time: string
  /** 批次完成时间 */
  finish_time?: string
  /** 异常原因类型 */
  abnormal_type?: 'AUTH_RELATIONSHIP_INVALID' | 'USER_PAY_QUOTA_LIMIT' | (string & {})
  /** 异常结算处理结果 */
  abnormal_settle_result?: {
    /** 异常结算批次单处理方式 */
    abnormal_settle_type: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER' | (string & {})
    /** 批次创建时间 */
    apply_success_time: string
    /** 微信支付异常资金付款单号 */
    abnormal_fund_receipt_id: string
    /** 商户异常结算批次单号 */
    out_abnormal_settle_batch_no: string
  }
}

export interface PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawPostJson {
  /** 特约商户号 */
  sub_mchid: string
  /** 商户提现单号 */
  out_request_no: string
  /** 计算提现金额方式 */
  calculate_amount_type: 'ONLY_DAY_END_BALANCE' | 'ALLOW_CURRENT_BALANCE'
  /** 提现备注 */
  remark?: string
  /** 银行附言 */
  bank_memo?: string
  /** 提现结果通知地址 */
  notify_url?: string
  /** 留存额 */
  reserve_amount?: number
}

/** 二级商户按日终余额预约提现: the options of `POST /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw`. */
export interface PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawPostOptions extends RouteCallOptions {
  json: PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawPostJson
}

/** 二级商户按日终余额预约提现: what `POST /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw` answers. */
export type PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawPostResponse = {
  /** 收付通平台商户号 */
  sp_mchid: string
  /** 特约商户号 */
  sub_mchid: string
  /** 单据状态 */
  status: 'CREATED' | 'PROCESSING' | 'FINISHED' | 'ABNORMAL' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  total_amount: number
  /** 提现成功金额 */
  success_amount?: number
  /** 提现失败金额 */
  fail_amount?: number
  /** 提现退票金额 */
  refund_amount?: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason?: string
  /** 提现备注 */
  remark?: string
  /** 银行附言 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number: string
  /** 入账银行 */
  account_bank: string
  /** 入账银行全称（含支行） */
  bank_name?: string
}

/** 查询二级商户按日终余额预约提现状态: the options of `GET /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}`. */
export interface PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户提现单号 */
    out_request_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询二级商户按日终余额预约提现状态: what `GET /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}` answers. */
export type PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawByOutRequestNoGetResponse = {
  /** 收付通平台商户号 */
  sp_mchid: string
  /** 特约商户号 */
  sub_mchid: string
  /** 单据状态 */
  status: 'CREATED' | 'PROCESSING' | 'FINISHED' | 'ABNORMAL' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  total_amount: number
  /** 提现成功金额 */
  success_amount?: number
  /** 提现失败金额 */
  fail_amount?: number
  /** 提现退票金额 */
  refund_amount?: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason?: string
  /** 提现备注 */
  remark?: string
  /** 银行附言 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number: string
  /** 入账银行 */
  account_bank: string
  /** 入账银行全称（含支行） */
  bank_name?: string
}
