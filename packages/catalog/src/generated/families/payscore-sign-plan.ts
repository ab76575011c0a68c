// payscore/sign-plan: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayscoreSignPlanPartnerServiceorderPostJson {
  /** 支付分服务ID */
  service_id: string
  /** 待创建服务订单对应的用户的签约计划 */
  sign_plan_id: string
  /** 待创建服务订单对应的用户的签约计划详情序号 */
  plan_detail_no: number
  /** 服务商的AppID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 商户扣款成功回调通知的地址 */
  notify_url: string
  /** 服务信息 */
  service_introduction: string
  /** 服务时间 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 附加数据 */
  attach?: string
  /** 商户侧订单号 */
  out_trade_no: string
}

/** 创建用户的签约计划详情对应的服务订单: the options of `POST /v3/payscore/sign-plan/partner/serviceorder`. */
export interface PayscoreSignPlanPartnerServiceorderPostOptions extends RouteCallOptions {
  json: PayscoreSignPlanPartnerServiceorderPostJson
}

/** 创建用户的签约计划详情对应的服务订单: what `POST /v3/payscore/sign-plan/partner/serviceorder` answers. */
export type PayscoreSignPlanPartnerServiceorderPostResponse = {
  /** 商户订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠金额 */
    amount?: number
  }[]
  /** 服务风险金 */
  risk_fund?: {
    /** 风险金额 */
    amount: number
  }
  /** 服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 附加数据 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id?: string
}

export interface PayscoreSignPlanPartnerUserSignPlansPostJson {
  /** 支付分服务ID */
  service_id: string
  /** 支付分计划ID */
  plan_id: string
  /** 服务商的AppID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 待签约用户在服务商应用下的OpenID */
  openid?: string
  /** 待签约用户在子商户应用下的OpenID */
  sub_openid?: string
  /** 商户签约计划单号 */
  merchant_sign_plan_no: string
  /** 签约成功事件通知回调地址 */
  notify_url: string
  /** 签约计划对应的计划详情列表的商户侧单号信息 */
  sign_plan_detail: readonly {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
  }[]
}

/** 创建用户的签约计划: the options of `POST /v3/payscore/sign-plan/partner/user-sign-plans`. */
export interface PayscoreSignPlanPartnerUserSignPlansPostOptions extends RouteCallOptions {
  json: PayscoreSignPlanPartnerUserSignPlansPostJson
}

/** 创建用户的签约计划: what `POST /v3/payscore/sign-plan/partner/user-sign-plans` answers. */
export type PayscoreSignPlanPartnerUserSignPlansPostResponse = {
  /** 用户的签约计划 */
  sign_plan: {
    /** 计划签约ID */
    sign_plan_id: string
    /** 签约计划用户服务商应用下的OpenID */
    openid?: string
    /** 签约计划用户子商户应用下的OpenID */
    sub_openid?: string
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
    /** 商户侧签约计划号 */
    merchant_sign_plan_no: string
    /** 商户回调地址 */
    merchant_callback_url: string
    /** 签约所属计划ID */
    plan_id: string
    /** 目前用户进行到的计划详情序号 */
    going_detail_no: number
    /** 计划签约状态 */
    sign_state: string
    /** 签约计划取消时间 */
    cancel_sign_time?: string
    /** 签约计划取消类型 */
    cancel_sign_type?: string
    /** 签约计划取消原因 */
    cancel_reason?: string
    /** 签约计划的名称 */
    plan_name: string
    /** 签约计划的过期时间 */
    plan_over_time: string
    /** 签约计划原总金额(单位分) */
    total_origin_price: number
    /** 签约计划扣费次数 */
    deduction_quantity: number
    /** 签约计划实际总金额（单位分） */
    total_actual_price: number
    /** 签约计划明细列表 */
    signed_detail_list?: {
      /** 计划明细序号 */
      plan_detail_no: number
      /** 计划明细原支付金额（单位分） */
      original_price: number
      /** 计划明细优惠说明 */
      plan_discount_description?: string
      /** 计划明细实际支付金额（单位分） */
      actual_price: number
      /** 计划明细状态 */
      plan_detail_state: string
      /** 计划明细对应的支付分服务单号 */
      order_id?: string
      /** 商户侧计划明细使用订单号 */
      merchant_plan_detail_no: string
      /** 计划详情名称 */
      plan_detail_name: string
      /** 计划明细对应订单实际支付金额（单位分） */
      actual_pay_price?: number
      /** 详情使用时间 */
      use_time?: string
      /** 详情完成时间 */
      complete_time?: string
      /** 详情取消时间 */
      cancel_time?: string
    }[]
    /** 签约时间 */
    sign_time?: string
  }
  /** 跳转微信侧确认签约小程序的数据 */
  package: string
}

/** 查询用户的签约计划: the options of `GET /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}`. */
export interface PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户签约计划号 */
    merchant_sign_plan_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询用户的签约计划: what `GET /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}` answers. */
export type PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoGetResponse = {
  /** 计划签约ID */
  sign_plan_id: string
  /** 签约计划用户服务商应用下的OpenID */
  openid?: string
  /** 签约计划用户子商户应用下的OpenID */
  sub_openid?: string
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
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string
  /** 商户回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: string
  /** 签约计划取消时间 */
  cancel_sign_time?: string
  /** 签约计划取消类型 */
  cancel_sign_type?: string
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划的过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: string
    /** 计划明细对应的支付分服务单号 */
    order_id?: string
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 计划明细对应订单实际支付金额（单位分） */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time?: string
    /** 详情完成时间 */
    complete_time?: string
    /** 详情取消时间 */
    cancel_time?: string
  }[]
  /** 签约时间 */
  sign_time?: string
}

export interface PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoStopPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 停止签约计划原因 */
  stop_reason: string
}

/** 取消用户的签约计划: the options of `POST /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop`. */
export interface PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoStopPostOptions extends RouteCallOptions {
  params: {
    /** 商户侧签约计划号 */
    merchant_sign_plan_no: string
  }
  json: PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoStopPostJson
}

/** 取消用户的签约计划: what `POST /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop` answers. */
export type PayscoreSignPlanPartnerUserSignPlansByMerchantSignPlanNoStopPostResponse = {
  /** 计划签约ID */
  sign_plan_id: string
  /** 签约计划用户服务商应用下的OpenID */
  openid?: string
  /** 签约计划用户子商户应用下的OpenID */
  sub_openid?: string
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
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string
  /** 商户回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: string
  /** 签约计划取消时间 */
  cancel_sign_time?: string
  /** 签约计划取消类型 */
  cancel_sign_type?: string
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划的过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: string
    /** 计划明细对应的支付分服务单号 */
    order_id?: string
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 计划明细对应订单实际支付金额（单位分） */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time?: string
    /** 详情完成时间 */
    complete_time?: string
    /** 详情取消时间 */
    cancel_time?: string
  }[]
  /** 签约时间 */
  sign_time?: string
}

export interface PayscoreSignPlanServiceorderPostJson {
  /** 支付分服务ID */
  service_id: string
  /** 待创建服务订单对应的用户的签约计划 */
  sign_plan_id: string
  /** 待创建服务订单对应的用户的签约计划详情序号 */
  plan_detail_no: number
  /** 商户的AppID */
  appid: string
  /** 商户公众号下的用户标识 */
  openid: string
  /** 商户扣款成功回调通知的地址 */
  notify_url: string
  /** 服务信息 */
  service_introduction: string
  /** 服务时间 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 附加数据 */
  attach?: string
  /** 商户侧订单号 */
  out_trade_no: string
}

/** 创建用户的签约计划详情对应的服务订单: the options of `POST /v3/payscore/sign-plan/serviceorder`. */
export interface PayscoreSignPlanServiceorderPostOptions extends RouteCallOptions {
  json: PayscoreSignPlanServiceorderPostJson
}

/** 创建用户的签约计划详情对应的服务订单: what `POST /v3/payscore/sign-plan/serviceorder` answers. */
export type PayscoreSignPlanServiceorderPostResponse = {
  /** 商户订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 商户公众号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠金额 */
    amount?: number
  }[]
  /** 服务风险金 */
  risk_fund?: {
    /** 风险金额 */
    amount: number
  }
  /** 服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 附加数据 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id?: string
}

export interface PayscoreSignPlanUserSignPlansPostJson {
  /** 支付分服务ID */
  service_id: string
  /** 支付分计划ID */
  plan_id: string
  /** AppID */
  appid: string
  /** 待签约用户在商户应用下的OpenID */
  openid: string
  /** 商户签约计划单号 */
  merchant_sign_plan_no: string
  /** 签约成功事件通知回调地址 */
  notify_url: string
  /** 签约计划对应的计划详情列表的商户侧单号信息 */
  sign_plan_detail: readonly {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
  }[]
}

/** 创建用户的签约计划: the options of `POST /v3/payscore/sign-plan/user-sign-plans`. */
export interface PayscoreSignPlanUserSignPlansPostOptions extends RouteCallOptions {
  json: PayscoreSignPlanUserSignPlansPostJson
}

/** 创建用户的签约计划: what `POST /v3/payscore/sign-plan/user-sign-plans` answers. */
export type PayscoreSignPlanUserSignPlansPostResponse = {
  /** 用户的签约计划 */
  sign_plan: {
    /** 计划签约ID */
    sign_plan_id: string
    /** 签约计划用户应用下的OpenID */
    openid?: string
    /** 计划所属服务 */
    service_id: string
    /** 商户号 */
    mchid: string
    /** AppID */
    appid: string
    /** 商户侧签约计划号 */
    merchant_sign_plan_no: string
    /** 商户回调地址 */
    merchant_callback_url: string
    /** 签约所属计划ID */
    plan_id: string
    /** 目前用户进行到的计划详情序号 */
    going_detail_no: number
    /** 计划签约状态 */
    sign_state: string
    /** 签约计划取消时间 */
    cancel_sign_time?: string
    /** 签约计划取消类型 */
    cancel_sign_type?: string
    /** 签约计划取消原因 */
    cancel_reason?: string
    /** 签约计划的名称 */
    plan_name: string
    /** 签约计划的过期时间 */
    plan_over_time: string
    /** 签约计划原总金额(单位分) */
    total_origin_price: number
    /** 签约计划扣费次数 */
    deduction_quantity: number
    /** 签约计划实际总金额（单位分） */
    total_actual_price: number
    /** 签约计划明细列表 */
    signed_detail_list?: {
      /** 计划明细序号 */
      plan_detail_no: number
      /** 计划明细原支付金额（单位分） */
      original_price: number
      /** 计划明细优惠说明 */
      plan_discount_description?: string
      /** 计划明细实际支付金额（单位分） */
      actual_price: number
      /** 计划明细状态 */
      plan_detail_state: string
      /** 计划明细对应的支付分服务单号 */
      order_id?: string
      /** 商户侧计划明细使用订单号 */
      merchant_plan_detail_no: string
      /** 计划详情名称 */
      plan_detail_name: string
      /** 计划明细对应订单实际支付金额（单位分） */
      actual_pay_price?: number
      /** 详情使用时间 */
      use_time?: string
      /** 详情完成时间 */
      complete_time?: string
      /** 详情取消时间 */
      cancel_time?: string
    }[]
    /** 签约时间 */
    sign_time?: string
  }
  /** 跳转微信侧确认签约小程序的数据 */
  package: string
}

/** 查询用户的签约计划: the options of `GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}`. */
export interface PayscoreSignPlanUserSignPlansByMerchantSignPlanNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户签约计划号 */
    merchant_sign_plan_no: string
  }
}

/** 查询用户的签约计划: what `GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}` answers. */
export type PayscoreSignPlanUserSignPlansByMerchantSignPlanNoGetResponse = {
  /** 计划签约ID */
  sign_plan_id: string
  /** 签约计划用户应用下的OpenID */
  openid?: string
  /** 计划所属服务 */
  service_id: string
  /** 商户号 */
  mchid: string
  /** AppID */
  appid: string
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string
  /** 商户回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: string
  /** 签约计划取消时间 */
  cancel_sign_time?: string
  /** 签约计划取消类型 */
  cancel_sign_type?: string
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划的过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: string
    /** 计划明细对应的支付分服务单号 */
    order_id?: string
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 计划明细对应订单实际支付金额（单位分） */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time?: string
    /** 详情完成时间 */
    complete_time?: string
    /** 详情取消时间 */
    cancel_time?: string
  }[]
  /** 签约时间 */
  sign_time?: string
}

export interface PayscoreSignPlanUserSignPlansByMerchantSignPlanNoStopPostJson {
  /** 停止签约计划原因 */
  stop_reason: string
}

/** 直连商户取消用户的签约计划: the options of `POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop`. */
export interface PayscoreSignPlanUserSignPlansByMerchantSignPlanNoStopPostOptions extends RouteCallOptions {
  params: {
    /** 商户侧签约计划号 */
    merchant_sign_plan_no: string
  }
  json: PayscoreSignPlanUserSignPlansByMerchantSignPlanNoStopPostJson
}

/** 直连商户取消用户的签约计划: what `POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop` answers. */
export type PayscoreSignPlanUserSignPlansByMerchantSignPlanNoStopPostResponse = {
  /** 计划签约ID */
  sign_plan_id: string
  /** 签约计划用户应用下的OpenID */
  openid?: string
  /** 计划所属服务 */
  service_id: string
  /** 商户号 */
  mchid: string
  /** AppID */
  appid: string
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string
  /** 商户回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: string
  /** 签约计划取消时间 */
  cancel_sign_time?: string
  /** 签约计划取消类型 */
  cancel_sign_type?: string
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划的过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list?: {
    /** 计划明细序号 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: string
    /** 计划明细对应的支付分服务单号 */
    order_id?: string
    /** 商户侧计划明细使用订单号 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 计划明细对应订单实际支付金额（单位分） */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time?: string
    /** 详情完成时间 */
    complete_time?: string
    /** 详情取消时间 */
    cancel_time?: string
  }[]
  /** 签约时间 */
  sign_time?: string
}
