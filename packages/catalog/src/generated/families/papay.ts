// papay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface PapayContractsByContractIdFailNotifyPostJson {
  /** 直连商户号 */
  mchid: string
  /** 公众号ID */
  appid: string
}

/** 重试扣费通知: the options of `POST /v3/papay/contracts/{contract_id}/fail-notify`. */
export interface PapayContractsByContractIdFailNotifyPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayContractsByContractIdFailNotifyPostJson
}

/** 重试扣费通知: what `POST /v3/papay/contracts/{contract_id}/fail-notify` answers. */
export type PapayContractsByContractIdFailNotifyPostResponse = undefined

export interface PapayContractsByContractIdNotifyPostJson {
  /** 直连商户号 */
  mchid: string
  /** 公众号ID */
  appid: string
  /** 扣费持续时间 */
  deduct_duration?: {
    /** 扣费持续时间数 */
    count: 1 | 2 | 3
    /** 单位 */
    unit?: 'DAY'
  }
  /** 预计扣费金额信息 */
  estimated_amount: {
    /** 预计扣费金额 */
    amount: number
    /** 预计扣费货币类型 */
    currency?: string
  }
}

/** 直连商户预扣费通知: the options of `POST /v3/papay/contracts/{contract_id}/notify`. */
export interface PapayContractsByContractIdNotifyPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayContractsByContractIdNotifyPostJson
}

/** 直连商户预扣费通知: what `POST /v3/papay/contracts/{contract_id}/notify` answers. */
export type PapayContractsByContractIdNotifyPostResponse = undefined

/** 保险商户查询保险自动续费预约: the options of `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`. */
export interface PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
    /** 保单的扣费周期编号 */
    policy_period_id: number
  }
}

/** 保险商户查询保险自动续费预约: what `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}` answers. */
export type PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdGetResponse = {
  /** 保单的扣费周期编号 */
  policy_period_id: number
  /** 当前扣费周期的状态 */
  policy_period_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdSchedulePostJson {
  /** 应用ID */
  appid: string
  /** 预约扣费金额信息 */
  scheduled_amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

/** 保险商户预约保险自动续费: the options of `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`. */
export interface PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdSchedulePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
    /** 保单的扣费周期编号 */
    policy_period_id: number
  }
  json: PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdSchedulePostJson
}

/** 保险商户预约保险自动续费: what `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule` answers. */
export type PapayInsurancePayPolicyPeriodsByContractIdByPolicyPeriodIdSchedulePostResponse = {
  /** 保单的扣费周期编号 */
  policy_period_id: number
  /** 当前扣费周期的状态 */
  policy_period_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayInsurancePayTransactionsApplyPostJson {
  /** 应用ID */
  appid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品描述 */
  description: string
  /** 通知地址 */
  transaction_notify_url: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 保单的扣费周期编号 */
  policy_period_id: number
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
}

/** 保险商户受理保险自动续费扣款: the options of `POST /v3/papay/insurance-pay/transactions/apply`. */
export interface PapayInsurancePayTransactionsApplyPostOptions extends RouteCallOptions {
  json: PapayInsurancePayTransactionsApplyPostJson
}

/** 保险商户受理保险自动续费扣款: what `POST /v3/papay/insurance-pay/transactions/apply` answers. */
export type PapayInsurancePayTransactionsApplyPostResponse = {
  /** 商户订单号 */
  out_trade_no: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

export interface PapayInsuranceSignContractsByPlanIdByContractIdRenewPostJson {
  /** 应用ID */
  appid: string
  /** 续期的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
  }[]
}

/** 保险商户受理续期自动续费协议: the options of `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`. */
export interface PapayInsuranceSignContractsByPlanIdByContractIdRenewPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayInsuranceSignContractsByPlanIdByContractIdRenewPostJson
}

/** 保险商户受理续期自动续费协议: what `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew` answers. */
export type PapayInsuranceSignContractsByPlanIdByContractIdRenewPostResponse = undefined

/** 保险商户查询保险自动续费协议: the options of `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface PapayInsuranceSignContractsByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
}

/** 保险商户查询保险自动续费协议: what `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type PapayInsuranceSignContractsByPlanIdByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人姓名 */
  insured_display_name?: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING' | (string & {})
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 用户OpenID */
  openid: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 跳转撤销解约小程序的路径 */
  revoke_terminate_contract_redirect_url?: string
  /** 跳转撤销解约小程序的appid */
  revoke_terminate_contract_redirect_appid?: string
}

export interface PapayInsuranceSignContractsByPlanIdByOutContractCodeTerminatePostJson {
  /** 解约备注 */
  contract_termination_remark: string
}

/** 保险商户通过商户协议号解除保险自动续费协议: the options of `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`. */
export interface PapayInsuranceSignContractsByPlanIdByOutContractCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  json: PapayInsuranceSignContractsByPlanIdByOutContractCodeTerminatePostJson
}

/** 保险商户通过商户协议号解除保险自动续费协议: what `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` answers. */
export type PapayInsuranceSignContractsByPlanIdByOutContractCodeTerminatePostResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人姓名 */
  insured_display_name?: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING' | (string & {})
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 用户OpenID */
  openid: string
  /** 商户侧用户标识 */
  out_user_code?: string
}

export interface PapayInsuranceSignContractsPreEntrustSignAppPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人的展示名称 */
  insured_display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 保险保单的开始日期 */
  policy_start_date: string
  /** 保险保单的结束日期 */
  policy_end_date: string
  /** 保单的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
  }[]
  /** 扣费金额信息 */
  amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 商户订单号 */
  out_trade_no?: string
  /** 商品描述 */
  description?: string
  /** 支付结果通知地址 */
  transaction_notify_url?: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
  /** 是否自动续保 */
  can_auto_insure?: boolean
  /** 是否自动重新投保 */
  can_auto_reinsure?: boolean
  /** 用户实名信息 */
  real_identity?: {
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
    /** 自然人身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 实名验证类型 */
    identity_type?: 'ID_CARD'
  }
  /** 合并扣费期数 */
  combined_deduct_period_count?: number
}

/** 保险商户App预签约: the options of `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`. */
export interface PapayInsuranceSignContractsPreEntrustSignAppPostOptions extends RouteCallOptions {
  json: PapayInsuranceSignContractsPreEntrustSignAppPostJson
}

/** 保险商户App预签约: what `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app` answers. */
export type PapayInsuranceSignContractsPreEntrustSignAppPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
}

export interface PapayInsuranceSignContractsPreEntrustSignH5PostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人的展示名称 */
  insured_display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 保险保单的开始日期 */
  policy_start_date: string
  /** 保险保单的结束日期 */
  policy_end_date: string
  /** 保单的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 保障详情 */
    policy_coverage_detail?: {
      /** 保单额度 */
      policy_amount?: string
      /** 保险条款列表 */
      policy_clauses?: readonly {
        /** 条款内容 */
        clause_name?: string
        /** 条款额度 */
        clause_quota?: string
      }[]
    }
  }[]
  /** 扣费金额信息 */
  amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 商户订单号 */
  out_trade_no?: string
  /** 商品描述 */
  description?: string
  /** 支付结果通知地址 */
  transaction_notify_url?: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
  /** 是否自动续保 */
  can_auto_insure?: boolean
  /** 是否自动重新投保 */
  can_auto_reinsure?: boolean
  /** 用户实名信息 */
  real_identity?: {
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
    /** 自然人身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 实名验证类型 */
    identity_type?: 'ID_CARD'
  }
  /** 跳转控制信息 */
  jump_control?: {
    /** 跳转的应用AppID */
    jump_appid?: string
  }
  /** 合并扣费期数 */
  combined_deduct_period_count?: number
}

/** 保险商户H5预签约: the options of `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`. */
export interface PapayInsuranceSignContractsPreEntrustSignH5PostOptions extends RouteCallOptions {
  json: PapayInsuranceSignContractsPreEntrustSignH5PostJson
}

/** 保险商户H5预签约: what `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5` answers. */
export type PapayInsuranceSignContractsPreEntrustSignH5PostResponse = {
  /** 拉起微信支付客户端的URL */
  redirect_url: string
}

export interface PapayInsuranceSignContractsPreEntrustSignJsapiPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人的展示名称 */
  insured_display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 保险保单的开始日期 */
  policy_start_date: string
  /** 保险保单的结束日期 */
  policy_end_date: string
  /** 保单的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 保障详情 */
    policy_coverage_detail?: {
      /** 保单额度 */
      policy_amount?: string
      /** 保险条款列表 */
      policy_clauses?: readonly {
        /** 条款内容 */
        clause_name?: string
        /** 条款额度 */
        clause_quota?: string
      }[]
    }
  }[]
  /** 扣费金额信息 */
  amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 商户订单号 */
  out_trade_no?: string
  /** 商品描述 */
  description?: string
  /** 支付结果通知地址 */
  transaction_notify_url?: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
  /** 是否自动续保 */
  can_auto_insure?: boolean
  /** 是否自动重新投保 */
  can_auto_reinsure?: boolean
  /** 用户实名信息 */
  real_identity?: {
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
    /** 自然人身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 实名验证类型 */
    identity_type?: 'ID_CARD'
  }
  /** 合并扣费期数 */
  combined_deduct_period_count?: number
}

/** 保险商户JSAPI预签约: the options of `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`. */
export interface PapayInsuranceSignContractsPreEntrustSignJsapiPostOptions extends RouteCallOptions {
  json: PapayInsuranceSignContractsPreEntrustSignJsapiPostJson
}

/** 保险商户JSAPI预签约: what `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi` answers. */
export type PapayInsuranceSignContractsPreEntrustSignJsapiPostResponse = {
  /** 跳转签约并支付流程的URL */
  redirect_url: string
}

export interface PapayInsuranceSignContractsPreEntrustSignMiniProgramPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 被保人的展示名称 */
  insured_display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 保险保单的开始日期 */
  policy_start_date: string
  /** 保险保单的结束日期 */
  policy_end_date: string
  /** 保单的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 保障详情 */
    policy_coverage_detail?: {
      /** 保单额度 */
      policy_amount?: string
      /** 保险条款列表 */
      policy_clauses?: readonly {
        /** 条款内容 */
        clause_name?: string
        /** 条款额度 */
        clause_quota?: string
      }[]
    }
  }[]
  /** 扣费金额信息 */
  amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 商户订单号 */
  out_trade_no?: string
  /** 商品描述 */
  description?: string
  /** 支付结果通知地址 */
  transaction_notify_url?: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
  /** 是否自动续保 */
  can_auto_insure?: boolean
  /** 是否自动重新投保 */
  can_auto_reinsure?: boolean
  /** 用户实名信息 */
  real_identity?: {
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
    /** 自然人身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 实名验证类型 */
    identity_type?: 'ID_CARD'
  }
  /** 合并扣费期数 */
  combined_deduct_period_count?: number
}

/** 保险商户小程序预签约: the options of `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`. */
export interface PapayInsuranceSignContractsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostJson
}

/** 保险商户小程序预签约: what `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program` answers. */
export type PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的AppID */
  redirect_appid: string
  /** 跳转签约小程序的路径 */
  redirect_path: string
}

export interface PapayInsuranceSignPolicyPeriodsByPlanIdByContractIdModifyPostJson {
  /** 应用ID */
  appid: string
  /** 续期的扣费周期列表 */
  policy_periods: readonly {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
  }[]
  /** 是否允许取消预约 */
  allow_cancel_scheduled?: boolean
}

/** 保险商户修改保险扣费周期列表: the options of `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`. */
export interface PapayInsuranceSignPolicyPeriodsByPlanIdByContractIdModifyPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayInsuranceSignPolicyPeriodsByPlanIdByContractIdModifyPostJson
}

/** 保险商户修改保险扣费周期列表: what `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify` answers. */
export type PapayInsuranceSignPolicyPeriodsByPlanIdByContractIdModifyPostResponse = {
  /** 最新的扣费周期列表 */
  policy_periods?: {
    /** 保险扣费周期编号 */
    policy_period_id: number
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
  }[]
  /** 发生了取消预约的扣费计划项编号 */
  cancel_scheduled_policy_period_id?: number
}

/** 保险商户查询保险扣费周期列表: the options of `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface PapayInsuranceSignPolicyPeriodsByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  query?: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
  }
}

/** 保险商户查询保险扣费周期列表: what `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type PapayInsuranceSignPolicyPeriodsByPlanIdByOutContractCodeGetResponse = {
  /** 扣费周期列表，包括每个扣费周期项详情 */
  data?: {
    /** 保单的扣费周期编号 */
    policy_period_id: number
    /** 扣费周期预计的扣费的日期 */
    estimated_deduct_date: string
    /** 扣费周期预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 扣费周期预约状态 */
    policy_period_state: string
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费金额 */
    deduct_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费的日期 */
    deduct_date?: string
  }[]
  /** 分页大小 */
  limit: number
  /** 分页开始位置 */
  offset: number
  /** 扣费周期总条数 */
  total_count?: number
}

export interface PapayPayHarmonyTransactionsApplyPostJson {
  /** 应用ID */
  appid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品描述 */
  description: string
  /** 通知地址 */
  transaction_notify_url: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
  /** 鸿蒙账户id */
  harmony_account_id: string
  /** 商户类别码 */
  mcc?: string
}

/** 代扣受理扣款: the options of `POST /v3/papay/pay/harmony/transactions/apply`. */
export interface PapayPayHarmonyTransactionsApplyPostOptions extends RouteCallOptions {
  json: PapayPayHarmonyTransactionsApplyPostJson
}

/** 代扣受理扣款: what `POST /v3/papay/pay/harmony/transactions/apply` answers. */
export type PapayPayHarmonyTransactionsApplyPostResponse = {
  /** 商户订单号 */
  out_trade_no: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

/** 查询扣费预约: the options of `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`. */
export interface PapayPayPartnerSchedulesByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  query: {
    /** 子商户号商户号 */
    sub_mchid: string
  }
}

/** 查询扣费预约: what `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}` answers. */
export type PapayPayPartnerSchedulesByContractIdGetResponse = {
  /** 扣费预约的状态 */
  schedule_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayPayPartnerSchedulesByContractIdSchedulePostJson {
  /** 应用ID */
  sp_appid: string
  /** 子商户号商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 预约的金额信息 */
  schedule_amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

/** 预约扣费: the options of `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`. */
export interface PapayPayPartnerSchedulesByContractIdSchedulePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayPayPartnerSchedulesByContractIdSchedulePostJson
}

/** 预约扣费: what `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule` answers. */
export type PapayPayPartnerSchedulesByContractIdSchedulePostResponse = {
  /** 扣费预约的状态 */
  schedule_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayPayPartnerTransactionsApplyPostJson {
  /** 应用ID */
  sp_appid: string
  /** 子商户号商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品描述 */
  description: string
  /** 通知地址 */
  transaction_notify_url: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
}

/** 受理扣款: the options of `POST /v3/papay/pay/partner/transactions/apply`. */
export interface PapayPayPartnerTransactionsApplyPostOptions extends RouteCallOptions {
  json: PapayPayPartnerTransactionsApplyPostJson
}

/** 受理扣款: what `POST /v3/papay/pay/partner/transactions/apply` answers. */
export type PapayPayPartnerTransactionsApplyPostResponse = {
  /** 商户订单号 */
  out_trade_no: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

/** 查询扣费预约: the options of `GET /v3/papay/pay/schedules/contract-id/{contract_id}`. */
export interface PapayPaySchedulesByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
}

/** 查询扣费预约: what `GET /v3/papay/pay/schedules/contract-id/{contract_id}` answers. */
export type PapayPaySchedulesByContractIdGetResponse = {
  /** 扣费预约的状态 */
  schedule_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayPaySchedulesByContractIdSchedulePostJson {
  /** 应用ID */
  appid: string
  /** 预约的金额信息 */
  schedule_amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

/** 预约扣费: the options of `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`. */
export interface PapayPaySchedulesByContractIdSchedulePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  json: PapayPaySchedulesByContractIdSchedulePostJson
}

/** 预约扣费: what `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule` answers. */
export type PapayPaySchedulesByContractIdSchedulePostResponse = {
  /** 扣费预约的状态 */
  schedule_state: string
  /** 可扣费开始日期 */
  deduct_start_date?: string
  /** 可扣费结束日期 */
  deduct_end_date?: string
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 实际扣费的日期 */
  deduct_date?: string
}

export interface PapayPayTransactionsApplyPostJson {
  /** 应用ID */
  appid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品描述 */
  description: string
  /** 通知地址 */
  transaction_notify_url: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 订单优惠标记 */
  goods_tag?: string
  /** 附加数据 */
  attach?: string
}

/** 受理扣款: the options of `POST /v3/papay/pay/transactions/apply`. */
export interface PapayPayTransactionsApplyPostOptions extends RouteCallOptions {
  json: PapayPayTransactionsApplyPostJson
}

/** 受理扣款: what `POST /v3/papay/pay/transactions/apply` answers. */
export type PapayPayTransactionsApplyPostResponse = {
  /** 商户订单号 */
  out_trade_no: string
  /** 扣费金额信息 */
  amount: {
    /** 金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
}

export interface PapayScheduledDeductSignContractsPreEntrustSignAppPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** App场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`. */
export interface PapayScheduledDeductSignContractsPreEntrustSignAppPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignContractsPreEntrustSignAppPostJson
}

/** App场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app` answers. */
export type PapayScheduledDeductSignContractsPreEntrustSignAppPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的username */
  miniprogram_username?: string
  /** 跳转签约小程序的path */
  miniprogram_path?: string
}

export interface PapayScheduledDeductSignContractsPreEntrustSignH5PostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
  /** 跳转控制信息 */
  jump_control?: {
    /** 跳转的应用AppID */
    jump_appid?: string
  }
}

/** H5场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`. */
export interface PapayScheduledDeductSignContractsPreEntrustSignH5PostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignContractsPreEntrustSignH5PostJson
}

/** H5场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5` answers. */
export type PapayScheduledDeductSignContractsPreEntrustSignH5PostResponse = {
  /** 拉起微信支付客户端的URL */
  redirect_url: string
}

export interface PapayScheduledDeductSignContractsPreEntrustSignJsapiPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** JSAPI场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`. */
export interface PapayScheduledDeductSignContractsPreEntrustSignJsapiPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignContractsPreEntrustSignJsapiPostJson
}

/** JSAPI场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi` answers. */
export type PapayScheduledDeductSignContractsPreEntrustSignJsapiPostResponse = {
  /** 跳转签约流程的URL */
  redirect_url: string
}

export interface PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostJson {
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** 小程序场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`. */
export interface PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostJson
}

/** 小程序场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program` answers. */
export type PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的AppID */
  redirect_appid: string
  /** 跳转签约小程序的路径 */
  redirect_path: string
}

export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostJson {
  /** 应用ID */
  sp_appid: string
  /** 用户在服务商商户应用下的用户标示 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** App场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`. */
export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostJson
}

/** App场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app` answers. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的username */
  miniprogram_username?: string
  /** 跳转签约小程序的path */
  miniprogram_path?: string
}

export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostJson {
  /** 应用ID */
  sp_appid: string
  /** 用户在服务商商户应用下的用户标示 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
  /** 跳转控制信息 */
  jump_control?: {
    /** 跳转的应用AppID */
    jump_appid?: string
  }
}

/** H5场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`. */
export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostJson
}

/** H5场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5` answers. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostResponse = {
  /** 拉起微信支付客户端的URL */
  redirect_url: string
}

export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostJson {
  /** 应用ID */
  sp_appid: string
  /** 用户在服务商商户应用下的用户标示 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** JSAPI场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`. */
export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostJson
}

/** JSAPI场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi` answers. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostResponse = {
  /** 跳转签约流程的URL */
  redirect_url: string
}

export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostJson {
  /** 应用ID */
  sp_appid: string
  /** 用户在服务商商户应用下的用户标示 */
  sp_openid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 商品描述 */
    description: string
  }
}

/** 小程序场景预约扣费类型签约的预签约: the options of `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`. */
export interface PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostOptions extends RouteCallOptions {
  json: PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostJson
}

/** 小程序场景预约扣费类型签约的预签约: what `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program` answers. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的AppID */
  redirect_appid: string
  /** 跳转签约小程序的路径 */
  redirect_path: string
}

/** 通过商户协议号查询委托代扣签约协议: the options of `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface PapaySignContractsHarmonyPlanIdByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
}

/** 通过商户协议号查询委托代扣签约协议: what `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type PapaySignContractsHarmonyPlanIdByPlanIdByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 用户OpenID */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 鸿蒙代扣场景的用户微信号掩码 */
  mask_wxid?: string
}

/** 通过商户协议号查询委托代扣签约协议: the options of `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface PapaySignContractsByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
}

/** 通过商户协议号查询委托代扣签约协议: what `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type PapaySignContractsByPlanIdByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 用户OpenID */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 扣费预约状态 */
    schedule_state: string
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费金额 */
    deduct_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费的日期 */
    deduct_date?: string
  }
}

export interface PapaySignContractsByPlanIdByOutContractCodeTerminatePostJson {
  /** 解约备注 */
  contract_termination_remark: string
}

/** 通过商户协议号解除委托代扣签约协议: the options of `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`. */
export interface PapaySignContractsByPlanIdByOutContractCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  json: PapaySignContractsByPlanIdByOutContractCodeTerminatePostJson
}

/** 通过商户协议号解除委托代扣签约协议: what `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` answers. */
export type PapaySignContractsByPlanIdByOutContractCodeTerminatePostResponse = {
  /** 商户号 */
  mchid: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 用户OpenID */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 扣费预约状态 */
    schedule_state: string
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费金额 */
    deduct_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费的日期 */
    deduct_date?: string
  }
}

export interface PapaySignContractsPreEntrustSignPostJson {
  /** 签约场景 */
  sign_scene: 'SIGN_SCENE_APP' | 'SIGN_SCENE_QRCODE'
  /** 应用ID */
  appid: string
  /** 用户在直连商户应用下的用户标示 */
  openid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 商户侧用户标识 */
  out_user_code: string
  /** 回跳地址的url */
  return_url?: string
  /** 发起预签约的用户，其设备信息 */
  device_info: {
    /** 设备类型 */
    device_type: 'DEVICE_TYPE_UNKNOW' | 'DEVICE_TYPE_PHONE' | 'DEVICE_TYPE_PAD' | 'DEVICE_TYPE_TV' | 'DEVICE_TYPE_WATCH'
    /** 设备的OS版本 */
    device_os: string
    /** 设备ID */
    device_id: string
    /** 设备是否以root身份运行 */
    device_running_as_root: boolean
    /** 设备的IP */
    device_ip: string
    /** 设备上是否安装微信 */
    weixin_installed: boolean
    /** 设备上微信的版本 */
    weixin_version: string
    /** 发起预签约的用户首次登录该设备的时间 */
    days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_UNKNOW' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS'
  }
}

/** 代扣预签约: the options of `POST /v3/papay/sign/contracts/pre-entrust-sign`. */
export interface PapaySignContractsPreEntrustSignPostOptions extends RouteCallOptions {
  json: PapaySignContractsPreEntrustSignPostJson
}

/** 代扣预签约: what `POST /v3/papay/sign/contracts/pre-entrust-sign` answers. */
export type PapaySignContractsPreEntrustSignPostResponse = {
  /** 预签约ID */
  pre_entrustweb_id: string
  /** 跳转签约小程序的username */
  mini_program_username?: string
  /** 跳转签约小程序的path */
  mini_program_path?: string
  /** 展示扫码签约的二维码的URL */
  redirect_url?: string
}

/** 通过商户协议号查询委托代扣签约协议: the options of `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`. */
export interface PapaySignPartnerContractsByPlanIdByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  query: {
    /** 子商户号商户号 */
    sub_mchid: string
  }
}

/** 通过商户协议号查询委托代扣签约协议: what `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` answers. */
export type PapaySignPartnerContractsByPlanIdByOutContractCodeGetResponse = {
  /** 委托代扣协议ID */
  contract_id: string
  /** 普通服务商商户号 */
  sp_mchid: string
  /** 普通服务商的AppID */
  sp_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 用户OpenID */
  sp_openid: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 扣费预约状态 */
    schedule_state: string
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费金额 */
    deduct_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费的日期 */
    deduct_date?: string
  }
}

export interface PapaySignPartnerContractsByPlanIdByOutContractCodeTerminatePostJson {
  /** 子商户号商户号 */
  sub_mchid: string
  /** 解约备注 */
  contract_termination_remark: string
}

/** 通过商户协议号解除委托代扣签约协议: the options of `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`. */
export interface PapaySignPartnerContractsByPlanIdByOutContractCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣模板ID */
    plan_id: number
    /** 商户签约协议号 */
    out_contract_code: string
  }
  json: PapaySignPartnerContractsByPlanIdByOutContractCodeTerminatePostJson
}

/** 通过商户协议号解除委托代扣签约协议: what `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` answers. */
export type PapaySignPartnerContractsByPlanIdByOutContractCodeTerminatePostResponse = {
  /** 委托代扣协议ID */
  contract_id: string
  /** 普通服务商商户号 */
  sp_mchid: string
  /** 普通服务商的AppID */
  sp_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 委托代扣模板ID */
  plan_id: number
  /** 商户签约协议号 */
  out_contract_code: string
  /** 用户账户展示名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: string
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 用户OpenID */
  sp_openid: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 协议解约信息 */
  contract_terminate_info?: {
    /** 协议解约方式 */
    contract_termination_mode: string
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约备注 */
    contract_termination_remark?: string
  }
  /** 商户侧用户标识 */
  out_user_code?: string
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预计扣费的日期 */
    estimated_deduct_date: string
    /** 预计的扣费金额 */
    estimated_deduct_amount: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 扣费预约状态 */
    schedule_state: string
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费金额 */
    deduct_amount?: {
      /** 金额 */
      total: number
      /** 货币类型 */
      currency?: string
    }
    /** 实际扣费的日期 */
    deduct_date?: string
  }
}
