// payscore/oversea: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询支付分订单: the options of `GET /v3/payscore/oversea/partner/serviceorder`. */
export interface PayscoreOverseaPartnerServiceorderGetOptions extends RouteCallOptions {
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

/** 查询支付分订单: what `GET /v3/payscore/oversea/partner/serviceorder` answers. */
export type PayscoreOverseaPartnerServiceorderGetResponse = {
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
    /** 付费名称 */
    name: string
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
    /** 收款银行 */
    bank_type?: string
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
        scope?: 'GLOBAL' | 'SINGLE' | (string & {})
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
  }
  /** 服务时间段 */
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
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 货币类型 */
  currency?: string
  /** 汇率值 */
  currency_price?: number
  /** 汇率 */
  currency_rate_info?: string
}

export interface PayscoreOverseaPartnerServiceorderPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 商户订单号 */
  out_order_no: string
  /** 货币类型 */
  currency: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费名称 */
    name: string
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
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务风险金 */
  risk_fund: {
    /** 风险名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
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
}

/** 创建支付分订单: the options of `POST /v3/payscore/oversea/partner/serviceorder`. */
export interface PayscoreOverseaPartnerServiceorderPostOptions extends RouteCallOptions {
  json: PayscoreOverseaPartnerServiceorderPostJson
}

/** 创建支付分订单: what `POST /v3/payscore/oversea/partner/serviceorder` answers. */
export type PayscoreOverseaPartnerServiceorderPostResponse = {
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
  /** 货币类型 */
  currency?: string
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
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
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
  /** 服务时间段 */
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

export interface PayscoreOverseaPartnerServiceorderByOutOrderNoCancelPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 取消支付分订单: the options of `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel`. */
export interface PayscoreOverseaPartnerServiceorderByOutOrderNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreOverseaPartnerServiceorderByOutOrderNoCancelPostJson
}

/** 取消支付分订单: what `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel` answers. */
export type PayscoreOverseaPartnerServiceorderByOutOrderNoCancelPostResponse = undefined

export interface PayscoreOverseaPartnerServiceorderByOutOrderNoCompletePostJson {
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
  /** 商户优惠 */
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
  /** 货币类型 */
  currency?: string
  /** 实际服务时间 */
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
}

/** 完结支付分订单: the options of `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete`. */
export interface PayscoreOverseaPartnerServiceorderByOutOrderNoCompletePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreOverseaPartnerServiceorderByOutOrderNoCompletePostJson
}

/** 完结支付分订单: what `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete` answers. */
export type PayscoreOverseaPartnerServiceorderByOutOrderNoCompletePostResponse = undefined

export interface PayscoreOverseaPartnerServiceorderByOutOrderNoSyncPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 场景类型 */
  type: 'Order_Paid'
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

/** 同步支付分订单信息: the options of `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync`. */
export interface PayscoreOverseaPartnerServiceorderByOutOrderNoSyncPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreOverseaPartnerServiceorderByOutOrderNoSyncPostJson
}

/** 同步支付分订单信息: what `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync` answers. */
export type PayscoreOverseaPartnerServiceorderByOutOrderNoSyncPostResponse = undefined
