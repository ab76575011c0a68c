// payscore/partner: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayscorePartnerPermissionsPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 授权协议号 */
  authorization_code: string
  /** 商户回调地址 */
  notify_url?: string
}

/** 商户预授权: the options of `POST /v3/payscore/partner/permissions`. */
export interface PayscorePartnerPermissionsPostOptions extends RouteCallOptions {
  json: PayscorePartnerPermissionsPostJson
}

/** 商户预授权: what `POST /v3/payscore/partner/permissions` answers. */
export type PayscorePartnerPermissionsPostResponse = {
  /** 预授权token */
  apply_permissions_token: string
}

export interface PayscorePartnerPermissionsApplyForScenePostJson {
  /** 服务ID */
  service_id: string
  /** 服务商的公众号ID */
  appid: string
  /** 子商户的公众号ID */
  sub_appid?: string
  /** 子商户的商户号 */
  sub_mchid: string
  /** 授权协议号 */
  authorization_code: string
  /** 通知地址 */
  notify_url?: string
  /** 授权场景 */
  scene: string
  /** 微信支付交易中授权附带的参数 */
  transaction_scene_info?: {
    /** 支付下单的商户号 */
    mchid: string
    /** 支付下单的子商户号 */
    sub_mchid: string
  }
}

/** 服务商场景中预授权: the options of `POST /v3/payscore/partner/permissions/apply-for-scene`. */
export interface PayscorePartnerPermissionsApplyForScenePostOptions extends RouteCallOptions {
  json: PayscorePartnerPermissionsApplyForScenePostJson
}

/** 服务商场景中预授权: what `POST /v3/payscore/partner/permissions/apply-for-scene` answers. */
export type PayscorePartnerPermissionsApplyForScenePostResponse = {
  /** 授权场景, 与输入中一致 */
  scene: string
  /** 微信支付交易中授权token */
  transaction_permissions_token?: string
}

export interface PayscorePartnerPermissionsAssessUserRiskLevelPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商的公众号ID */
  appid: string
  /** 子商户的公众号ID */
  sub_appid?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 服务商的用户标识 */
  openid?: string
  /** 子商户的用户标识 */
  sub_openid?: string
  /** 先用后付商品信息 */
  shopping_info?: {
    /** 商品列表 */
    goods: readonly {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: readonly string[]
    }[]
  }
}

/** 服务商评估用户分层: the options of `POST /v3/payscore/partner/permissions/assess-user-risk-level`. */
export interface PayscorePartnerPermissionsAssessUserRiskLevelPostOptions extends RouteCallOptions {
  query: {
    /** 子商户商户号 */
    sub_mchid: string
  }
  json: PayscorePartnerPermissionsAssessUserRiskLevelPostJson
}

/** 服务商评估用户分层: what `POST /v3/payscore/partner/permissions/assess-user-risk-level` answers. */
export type PayscorePartnerPermissionsAssessUserRiskLevelPostResponse = {
  /** 服务ID */
  service_id: string
  /** 公众号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 授权状态 */
  authorization_state: string
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 子商户商户号 */
  sub_mchid?: string
  /** 子商户的公众号ID */
  sub_appid?: string
  /** 子商户的用户标识 */
  sub_openid?: string
  /** 用户标签 */
  user_label?: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

/** 查询与用户授权记录（授权协议号）: the options of `GET /v3/payscore/partner/permissions/authorization-code/{authorization_code}`. */
export interface PayscorePartnerPermissionsByAuthorizationCodeGetOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  query: {
    /** 服务ID */
    service_id: string
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询与用户授权记录（授权协议号）: what `GET /v3/payscore/partner/permissions/authorization-code/{authorization_code}` answers. */
export type PayscorePartnerPermissionsByAuthorizationCodeGetResponse = {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code: string
  /** 授权状态 */
  authorization_state: string
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

export interface PayscorePartnerPermissionsByAuthorizationCodeTerminatePostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 解除用户授权关系（授权协议号）: the options of `POST /v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate`. */
export interface PayscorePartnerPermissionsByAuthorizationCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  json: PayscorePartnerPermissionsByAuthorizationCodeTerminatePostJson
}

/** 解除用户授权关系（授权协议号）: what `POST /v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate` answers. */
export type PayscorePartnerPermissionsByAuthorizationCodeTerminatePostResponse = undefined

/** 查询与用户授权记录（openid）: the options of `GET /v3/payscore/partner/permissions/search`. */
export interface PayscorePartnerPermissionsSearchGetOptions extends RouteCallOptions {
  query: {
    /** 服务ID */
    service_id: string
    /** 服务商应用ID */
    appid: string
    /** 子商户商户号 */
    sub_mchid: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 用户标识 */
    openid?: string
    /** 子商户公众号下openid */
    sub_openid?: string
  }
}

/** 查询与用户授权记录（openid）: what `GET /v3/payscore/partner/permissions/search` answers. */
export type PayscorePartnerPermissionsSearchGetResponse = {
  /** 服务ID */
  service_id: string
  /** 应用ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 授权状态 */
  authorization_state: string
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

export interface PayscorePartnerPermissionsTerminatePostJson {
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下openid */
  sub_openid?: string
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 解除用户授权关系（openid）: the options of `POST /v3/payscore/partner/permissions/terminate`. */
export interface PayscorePartnerPermissionsTerminatePostOptions extends RouteCallOptions {
  json: PayscorePartnerPermissionsTerminatePostJson
}

/** 解除用户授权关系（openid）: what `POST /v3/payscore/partner/permissions/terminate` answers. */
export type PayscorePartnerPermissionsTerminatePostResponse = undefined

export interface PayscorePartnerServiceAccountApplicationsPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商户申请绑定单号 */
  out_apply_no: string
  /** 绑定结果回调通知地址 */
  result_notify_url?: string
}

/** 收付通子商户申请绑定支付分服务: the options of `POST /v3/payscore/partner/service-account-applications`. */
export interface PayscorePartnerServiceAccountApplicationsPostOptions extends RouteCallOptions {
  json: PayscorePartnerServiceAccountApplicationsPostJson
}

/** 收付通子商户申请绑定支付分服务: what `POST /v3/payscore/partner/service-account-applications` answers. */
export type PayscorePartnerServiceAccountApplicationsPostResponse = {
  /** 服务ID */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 服务商应用ID */
  appid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 申请单号 */
  out_apply_no: string
  /** 绑定结果回调通知地址 */
  result_notify_url?: string
  /** 受理状态 */
  apply_state: string
  /** 拒绝原因 */
  reject_reason?: string
}

/** 查询收付通子商户服务绑定结果: the options of `GET /v3/payscore/partner/service-account-applications/{out_apply_no}`. */
export interface PayscorePartnerServiceAccountApplicationsByOutApplyNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户申请绑定单号 */
    out_apply_no: string
  }
}

/** 查询收付通子商户服务绑定结果: what `GET /v3/payscore/partner/service-account-applications/{out_apply_no}` answers. */
export type PayscorePartnerServiceAccountApplicationsByOutApplyNoGetResponse = {
  /** 服务ID */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 服务商应用ID */
  appid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 申请单号 */
  out_apply_no: string
  /** 绑定结果回调通知地址 */
  result_notify_url?: string
  /** 受理状态 */
  apply_state: string
  /** 拒绝原因 */
  reject_reason?: string
}

/** 查询支付分订单: the options of `GET /v3/payscore/partner/serviceorder`. */
export interface PayscorePartnerServiceorderGetOptions extends RouteCallOptions {
  query: {
    /** 服务ID */
    service_id: string
    /** 子商户号 */
    sub_mchid: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 回跳查询ID */
    query_id?: string
  }
}

/** 查询支付分订单: what `GET /v3/payscore/partner/serviceorder` answers. */
export type PayscorePartnerServiceorderGetResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 订单风险金 */
  risk_fund?: {
    /** 风险金名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 总金额 */
  total_amount?: number
  /** 是否需要收款 */
  need_collection?: boolean
  /** 收款信息 */
  collection?: {
    /** 收款状态 */
    state: 'USER_PAYING' | 'USER_PAID' | (string & {})
    /** 总收款金额 */
    total_amount?: number
    /** 待收金额 */
    paying_amount?: number
    /** 已收金额 */
    paid_amount?: number
    /** 收款明细列表 */
    details?: {
      /** 收款序号 */
      seq?: number
      /** 单笔收款金额 */
      amount?: number
      /** 收款成功渠道 */
      paid_type?: 'NEWTON' | 'MCH' | (string & {})
      /** 收款成功时间 */
      paid_time?: string
      /** 微信支付交易单号 */
      transaction_id?: string
      /** 优惠功能 */
      promotion_detail?: {
        /** 券ID */
        coupon_id: string
        /** 优惠名称 */
        name?: string
        /** 优惠范围 */
        scope?: 'SINGLE' | 'GLOBAL' | (string & {})
        /** 优惠类型 */
        type?: 'CASH' | 'NOCASH' | (string & {})
        /** 优惠券面额 */
        amount: number
        /** 活动ID */
        stock_id?: string
        /** 微信出资 */
        wechatpay_contribute?: number
        /** 商户出资 */
        merchant_contribute?: number
        /** 其他出资 */
        other_contribute?: number
        /** 优惠币种 */
        currency?: string
        /** 单品列表 */
        goods_detail?: {
          /** 商品编码 */
          goods_id: string
          /** 商品数量 */
          quantity?: number
          /** 商品价格 */
          unit_price?: number
          /** 商品优惠金额 */
          discount_amount?: number
          /** 商品备注 */
          goods_remark?: string
        }[]
      }[]
    }[]
    /** 收款银行 */
    bank_type?: string
  }
  /** 服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
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
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 微信支付服务订单号 */
  order_id?: string
}

export interface PayscorePartnerServiceorderPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费项目名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 订单风险金 */
  risk_fund: {
    /** 风险金名称 */
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST'
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间 */
  time_range: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 预计服务结束时间 */
    end_time?: string
    /** 预计服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 预计服务结束地点 */
    end_location?: string
  }
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
  /** 商户回调地址 */
  notify_url: string
  /** 商户数据包 */
  attach?: string
  /** 设备信息 */
  device?: {
    /** 服务开始的设备ID */
    start_device_id?: string
    /** 服务结束的设备ID */
    end_device_id?: string
    /** 物料URL */
    materiel_no?: string
  }
}

/** 创建支付分订单: the options of `POST /v3/payscore/partner/serviceorder`. */
export interface PayscorePartnerServiceorderPostOptions extends RouteCallOptions {
  json: PayscorePartnerServiceorderPostJson
}

/** 创建支付分订单: what `POST /v3/payscore/partner/serviceorder` answers. */
export type PayscorePartnerServiceorderPostResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
  /** 后付费项目 */
  post_payments?: {
    /** 付费项目名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 订单风险金 */
  risk_fund?: {
    /** 风险金名称 */
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST' | (string & {})
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range?: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 预计服务结束时间 */
    end_time?: string
    /** 预计服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 预计服务结束地点 */
    end_location: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 跳转微信侧数据包 */
  package?: string
}

export interface PayscorePartnerServiceorderDirectCompletePostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
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
  /** 微信支付服务分账标记 */
  profit_sharing?: boolean
  /** 订单优惠标记 */
  goods_tag?: string
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url: string
  /** 服务商公众号下的用户标识 */
  openid?: string
}

/** 创单结单合并: the options of `POST /v3/payscore/partner/serviceorder/direct-complete`. */
export interface PayscorePartnerServiceorderDirectCompletePostOptions extends RouteCallOptions {
  json: PayscorePartnerServiceorderDirectCompletePostJson
}

/** 创单结单合并: what `POST /v3/payscore/partner/serviceorder/direct-complete` answers. */
export type PayscorePartnerServiceorderDirectCompletePostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoCancelPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 取消支付分订单: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/cancel`. */
export interface PayscorePartnerServiceorderByOutOrderNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoCancelPostJson
}

/** 取消支付分订单: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/cancel` answers. */
export type PayscorePartnerServiceorderByOutOrderNoCancelPostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoCompletePostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 后付费项目 */
  post_payments: readonly {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 实际服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 实际服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 微信支付服务分账标记 */
  profit_sharing?: boolean
  /** 完结服务时间 */
  complete_time?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 设备信息 */
  device?: {
    /** 服务开始的设备ID */
    start_device_id?: string
    /** 服务结束的设备ID */
    end_device_id?: string
    /** 物料URL */
    materiel_no?: string
  }
}

/** 完结支付分订单: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/complete`. */
export interface PayscorePartnerServiceorderByOutOrderNoCompletePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoCompletePostJson
}

/** 完结支付分订单: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/complete` answers. */
export type PayscorePartnerServiceorderByOutOrderNoCompletePostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoModifyPostJson {
  /** 服务ID */
  service_id?: string
  /** 子商户号 */
  sub_mchid: string
  /** 后付费项目 */
  post_payments: readonly {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 修改原因 */
  reason: string
  /** 设备信息 */
  device?: {
    /** 服务开始的设备ID */
    start_device_id?: string
    /** 服务结束的设备ID */
    end_device_id?: string
    /** 物料URL */
    materiel_no?: string
  }
}

/** 修改订单金额: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/modify`. */
export interface PayscorePartnerServiceorderByOutOrderNoModifyPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoModifyPostJson
}

/** 修改订单金额: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/modify` answers. */
export type PayscorePartnerServiceorderByOutOrderNoModifyPostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoPayPostJson {
  /** 服务ID */
  service_id?: string
  /** 子商户号 */
  sub_mchid: string
}

/** 商户发起催收扣款: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/pay`. */
export interface PayscorePartnerServiceorderByOutOrderNoPayPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoPayPostJson
}

/** 商户发起催收扣款: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/pay` answers. */
export type PayscorePartnerServiceorderByOutOrderNoPayPostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoSendPendingmessagePostJson {
  /** 服务ID */
  service_id: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 后付费项目 */
  post_payments: readonly {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 预计扣费时间 */
  prepaid_time: string
}

/** 下发服务费用待处理消息: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage`. */
export interface PayscorePartnerServiceorderByOutOrderNoSendPendingmessagePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoSendPendingmessagePostJson
}

/** 下发服务费用待处理消息: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage` answers. */
export type PayscorePartnerServiceorderByOutOrderNoSendPendingmessagePostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoSendPrepaidmessagePostJson {
  /** 服务ID */
  service_id: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 后付费项目 */
  post_payments: readonly {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 预计扣费时间 */
  prepaid_time: string
}

/** 下发服务预扣费消息: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage`. */
export interface PayscorePartnerServiceorderByOutOrderNoSendPrepaidmessagePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoSendPrepaidmessagePostJson
}

/** 下发服务预扣费消息: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage` answers. */
export type PayscorePartnerServiceorderByOutOrderNoSendPrepaidmessagePostResponse = undefined

export interface PayscorePartnerServiceorderByOutOrderNoSyncPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 场景类型 */
  type: string
  /** 内容信息详情 */
  detail: {
    /** 收款序号 */
    seq?: number
    /** 收款成功时间 */
    paid_time: string
    /** 收款金额 */
    paid_amount?: number
  }
}

/** 同步订单信息: the options of `POST /v3/payscore/partner/serviceorder/{out_order_no}/sync`. */
export interface PayscorePartnerServiceorderByOutOrderNoSyncPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePartnerServiceorderByOutOrderNoSyncPostJson
}

/** 同步订单信息: what `POST /v3/payscore/partner/serviceorder/{out_order_no}/sync` answers. */
export type PayscorePartnerServiceorderByOutOrderNoSyncPostResponse = undefined

export interface PayscorePartnerServicepayondeliveryorderPostJson {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费项目名称 */
    name?: string
    /** 金额 */
    amount?: number
    /** 计费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务时间 */
  time_range: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
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
  /** 订单风险金 */
  risk_fund: {
    /** 风险金名称 */
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST'
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url: string
  /** 用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
  /** 商户号 */
  mchid?: string
  /** 先用后付购物详情 */
  shopping_info: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link?: {
      /** 跳转链接类型 */
      jump_link_type?: 'JUMP_LINK_MINI_PROGRAM'
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods?: readonly {
      /** 商品名称 */
      name?: string
      /** 商品图片链接 */
      picture?: string
      /** 商品单价金额 */
      amount?: number
      /** 商品数量 */
      count?: number
      /** 商品品类ID */
      category_id?: readonly string[]
    }[]
  }
}

/** 创建先用后付订单: the options of `POST /v3/payscore/partner/servicepayondeliveryorder`. */
export interface PayscorePartnerServicepayondeliveryorderPostOptions extends RouteCallOptions {
  json: PayscorePartnerServicepayondeliveryorderPostJson
}

/** 创建先用后付订单: what `POST /v3/payscore/partner/servicepayondeliveryorder` answers. */
export type PayscorePartnerServicepayondeliveryorderPostResponse = {
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
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务风险金 */
  risk_fund?: {
    /** 风险名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time?: string
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
  /** 跳转微信侧数据包 */
  package?: string
  /** 先用后付购物详情 */
  shopping_info?: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link: {
      /** 跳转链接类型 */
      jump_link_type: string
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods: {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: string[]
    }[]
  }
}

/** 查询用户分层对应建议先享金额: the options of `GET /v3/payscore/partner/servicequotas/service-id/{service_id}`. */
export interface PayscorePartnerServicequotasByServiceIdGetOptions extends RouteCallOptions {
  params: {
    /** 服务ID */
    service_id: string
  }
  query: {
    /** 子商户商户号 */
    sub_mchid: string
    /** 服务商的公众号ID */
    appid: string
    /** 子商户的公众号ID */
    sub_appid?: string
    /** 分层版本 */
    risk_level_version: number
  }
}

/** 查询用户分层对应建议先享金额: what `GET /v3/payscore/partner/servicequotas/service-id/{service_id}` answers. */
export type PayscorePartnerServicequotasByServiceIdGetResponse = {
  /** 服务ID */
  service_id: string
  /** 商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 公众号ID */
  appid: string
  /** 子商户的公众号ID */
  sub_appid?: string
  /** 分层版本 */
  risk_level_version: number
  /** 先享金额列表 */
  quotas: {
    /** 用户分层 */
    risk_level: number
    /** 建议先享金额 */
    suggested_quota: number
  }[]
}
