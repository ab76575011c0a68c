// ecommerce/combine-papay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 通过商户协议号查询协议: the options of `GET /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface EcommerceCombinePapayContractsByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议模板Id */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
}

/** 通过商户协议号查询协议: what `GET /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type EcommerceCombinePapayContractsByPlanIdByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议Id */
  contract_id: string
  /** 商户APPID */
  appid: string
  /** 委托代扣协议模板Id */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark: string
  }
  /** 用户openid */
  openid: string
}

export interface EcommerceCombinePapayContractsByPlanIdByOutContractCodeTerminatePostJson {
  /** 解约备注 */
  contract_termination_remark: string
}

/** 商户协议号解约协议: the options of `POST /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`. */
export interface EcommerceCombinePapayContractsByPlanIdByOutContractCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议模板Id */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  json: EcommerceCombinePapayContractsByPlanIdByOutContractCodeTerminatePostJson
}

/** 商户协议号解约协议: what `POST /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` answers. */
export type EcommerceCombinePapayContractsByPlanIdByOutContractCodeTerminatePostResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议模板Id */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface EcommerceCombinePapayContractsPreEntrustSignPostJson {
  /** 商户APPID */
  appid: string
  /** 委托代扣协议模板Id */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 回调通知地址 */
  notify_url: string
  /** 返回app标识 */
  return_app?: boolean
  /** 商户数据包 */
  attach?: string
}

/** APP方式预签约: the options of `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign`. */
export interface EcommerceCombinePapayContractsPreEntrustSignPostOptions extends RouteCallOptions {
  json: EcommerceCombinePapayContractsPreEntrustSignPostJson
}

/** APP方式预签约: what `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign` answers. */
export type EcommerceCombinePapayContractsPreEntrustSignPostResponse = {
  /** 预签约Id */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 委托代扣协议模板Id */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface EcommerceCombinePapayContractsPreEntrustSignMiniProgramPostJson {
  /** 商户APPID */
  appid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 回调通知地址 */
  notify_url: string
}

/** 小程序方式预签约: the options of `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program`. */
export interface EcommerceCombinePapayContractsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: EcommerceCombinePapayContractsPreEntrustSignMiniProgramPostJson
}

/** 小程序方式预签约: what `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program` answers. */
export type EcommerceCombinePapayContractsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 商户号 */
  mchid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
}

export interface EcommerceCombinePapayTransactionsPostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 子单信息 */
  sub_orders?: readonly {
    /** 子单商户号 */
    mchid: string
    /** 附加数据 */
    attach?: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 子单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户appid */
    sub_appid?: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
    /** 子单风控信息 */
    sub_risk_info?: string
  }[]
  /** 风控信息 */
  risk_info?: string
}

/** 电商合单委托代扣支付: the options of `POST /v3/ecommerce/combine-papay/transactions`. */
export interface EcommerceCombinePapayTransactionsPostOptions extends RouteCallOptions {
  json: EcommerceCombinePapayTransactionsPostJson
}

/** 电商合单委托代扣支付: what `POST /v3/ecommerce/combine-papay/transactions` answers. */
export type EcommerceCombinePapayTransactionsPostResponse = {
  /** 合单商户APPID */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 子单信息 */
  sub_orders?: {
    /** 子单商户号 */
    mchid: string
    /** 交易类型 */
    trade_type: string
    /** 交易状态 */
    trade_state: string
    /** 付款银行 */
    bank_type?: string
    /** 附加数据 */
    attach?: string
    /** 支付完成时间 */
    success_time?: string
    /** 子单微信订单号 */
    transaction_id: string
    /** 子单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户appid */
    sub_appid?: string
    /** 订单金额 */
    amount?: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
      /** 现金支付金额 */
      payer_amount?: number
      /** 现金支付币种 */
      payer_currency?: string
    }
  }[]
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid: string
  }
}

/** 电商合单委托代扣查询订单: the options of `GET /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}`. */
export interface EcommerceCombinePapayTransactionsByCombineOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 合单商户订单号 */
    combine_out_trade_no: string
  }
}

/** 电商合单委托代扣查询订单: what `GET /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}` answers. */
export type EcommerceCombinePapayTransactionsByCombineOutTradeNoGetResponse = {
  /** 合单商户APPID */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 子单信息 */
  sub_orders?: {
    /** 子单商户号 */
    mchid: string
    /** 交易类型 */
    trade_type: string
    /** 交易状态 */
    trade_state: string
    /** 付款银行 */
    bank_type?: string
    /** 附加数据 */
    attach?: string
    /** 支付完成时间 */
    success_time?: string
    /** 子单微信订单号 */
    transaction_id: string
    /** 子单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户appid */
    sub_appid?: string
    /** 订单金额 */
    amount?: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
      /** 现金支付金额 */
      payer_amount?: number
      /** 现金支付币种 */
      payer_currency?: string
    }
  }[]
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid: string
  }
}

export interface EcommerceCombinePapayTransactionsByCombineOutTradeNoReversePostJson {
  /** 合单商户APPID */
  combine_appid: string
  /** 子单信息 */
  sub_orders?: readonly {
    /** 子单商户号 */
    mchid: string
    /** 子单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 二级商户appid */
    sub_appid?: string
  }[]
}

/** 电商合单委托代扣撤销订单: the options of `POST /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse`. */
export interface EcommerceCombinePapayTransactionsByCombineOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 合单商户订单号 */
    combine_out_trade_no: string
  }
  json: EcommerceCombinePapayTransactionsByCombineOutTradeNoReversePostJson
}

/** 电商合单委托代扣撤销订单: what `POST /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse` answers. */
export type EcommerceCombinePapayTransactionsByCombineOutTradeNoReversePostResponse = undefined
