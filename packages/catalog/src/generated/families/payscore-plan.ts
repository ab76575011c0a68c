// payscore/plan: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayscorePlanPartnerPayscorePlansPostJson {
  /** 计划所属服务 */
  service_id: string
  /** 服务商的AppID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: readonly {
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
    /** 计划明细名称 */
    plan_detail_name: string
  }[]
  /** 商户侧计划号 */
  merchant_plan_no: string
}

/** 创建支付分计划: the options of `POST /v3/payscore/plan/partner/payscore-plans`. */
export interface PayscorePlanPartnerPayscorePlansPostOptions extends RouteCallOptions {
  json: PayscorePlanPartnerPayscorePlansPostJson
}

/** 创建支付分计划: what `POST /v3/payscore/plan/partner/payscore-plans` answers. */
export type PayscorePlanPartnerPayscorePlansPostResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}

/** 查询支付分计划: the options of `GET /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}`. */
export interface PayscorePlanPartnerPayscorePlansByMerchantPlanNoGetOptions extends RouteCallOptions {
  params: {
    /** 支付分计划商户侧单号 */
    merchant_plan_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询支付分计划: what `GET /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}` answers. */
export type PayscorePlanPartnerPayscorePlansByMerchantPlanNoGetResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}

export interface PayscorePlanPartnerPayscorePlansByMerchantPlanNoStopPostJson {
  /** 子商户号 */
  sub_mchid: string
}

/** 停止支付分计划: the options of `POST /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop`. */
export interface PayscorePlanPartnerPayscorePlansByMerchantPlanNoStopPostOptions extends RouteCallOptions {
  params: {
    /** 商户支付分计划对应的计划号 */
    merchant_plan_no: string
  }
  json: PayscorePlanPartnerPayscorePlansByMerchantPlanNoStopPostJson
}

/** 停止支付分计划: what `POST /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop` answers. */
export type PayscorePlanPartnerPayscorePlansByMerchantPlanNoStopPostResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}

export interface PayscorePlanPayscorePlansPostJson {
  /** 计划所属服务 */
  service_id: string
  /** AppID */
  appid: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: readonly {
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
    /** 计划明细名称 */
    plan_detail_name: string
  }[]
  /** 商户侧计划号 */
  merchant_plan_no: string
}

/** 创建支付分计划: the options of `POST /v3/payscore/plan/payscore-plans`. */
export interface PayscorePlanPayscorePlansPostOptions extends RouteCallOptions {
  json: PayscorePlanPayscorePlansPostJson
}

/** 创建支付分计划: what `POST /v3/payscore/plan/payscore-plans` answers. */
export type PayscorePlanPayscorePlansPostResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 商户号 */
  mchid: string
  /** AppID */
  appid: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}

/** 查询支付分计划: the options of `GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}`. */
export interface PayscorePlanPayscorePlansByMerchantPlanNoGetOptions extends RouteCallOptions {
  params: {
    /** 支付分计划商户侧单号 */
    merchant_plan_no: string
  }
}

/** 查询支付分计划: what `GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}` answers. */
export type PayscorePlanPayscorePlansByMerchantPlanNoGetResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 商户号 */
  mchid: string
  /** AppID */
  appid: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}

/** 停止支付分计划: the options of `POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop`. */
export interface PayscorePlanPayscorePlansByMerchantPlanNoStopPostOptions extends RouteCallOptions {
  params: {
    /** 商户支付分计划对应的计划号 */
    merchant_plan_no: string
  }
}

/** 停止支付分计划: what `POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop` answers. */
export type PayscorePlanPayscorePlansByMerchantPlanNoStopPostResponse = {
  /** 支付分计划ID */
  plan_id: string
  /** 计划所属服务 */
  service_id: string
  /** 商户号 */
  mchid: string
  /** AppID */
  appid: string
  /** 商户侧计划号 */
  merchant_plan_no: string
  /** 支付分计划名称 */
  plan_name: string
  /** 支付分计划有效期(单位天) */
  plan_duration: number
  /** 支付分计划状态 */
  plan_state: string
  /** 支付分计划原总金额(单位分) */
  total_original_price: number
  /** 支付分计划扣费次数 */
  deduction_quantity: number
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number
  /** 支付分计划明细列表 */
  plan_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细名称 */
    plan_detail_name: string
    /** 计划明细原支付金额(单位分) */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额(单位分) */
    actual_price: number
  }[]
  /** 终止方商户号 */
  stop_mchid?: string
  /** 终止时间 */
  stop_time?: string
}
