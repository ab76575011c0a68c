// payscore/serviceorder: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询支付分订单: the options of `GET /v3/payscore/serviceorder`. */
export interface PayscoreServiceorderGetOptions extends RouteCallOptions {
  query: {
    /** 商户服务订单号 */
    out_order_no?: string
    /** 回跳查询ID */
    query_id?: string
    /** 服务ID */
    service_id: string
    /** 公众账号ID */
    appid: string
  }
}

/** 查询支付分订单: what `GET /v3/payscore/serviceorder` answers. */
export type PayscoreServiceorderGetResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
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
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST' | (string & {})
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
  notify_url: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 微信支付服务订单号 */
  order_id?: string
}

export interface PayscoreServiceorderPostJson {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
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
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务时间段 */
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
  /** 服务风险金 */
  risk_fund: {
    /** 风险名称 */
    name: string
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
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
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

/** 创建支付分订单: the options of `POST /v3/payscore/serviceorder`. */
export interface PayscoreServiceorderPostOptions extends RouteCallOptions {
  json: PayscoreServiceorderPostJson
}

/** 创建支付分订单: what `POST /v3/payscore/serviceorder` answers. */
export type PayscoreServiceorderPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
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
  /** 后付费商户优惠 */
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
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST' | (string & {})
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
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
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 跳转微信侧小程序订单数据 */
  package: string
}

export interface PayscoreServiceorderDirectCompletePostJson {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
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
  /** 后付费商户优惠 */
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
  /** 服务信息 */
  service_introduction?: string
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 用户标识 */
  openid?: string
  /** 总金额 */
  total_amount?: number
  /** 微信支付服务分账标记 */
  profit_sharing?: boolean
  /** 订单优惠标记 */
  goods_tag?: string
}

/** 创单结单合并: the options of `POST /v3/payscore/serviceorder/direct-complete`. */
export interface PayscoreServiceorderDirectCompletePostOptions extends RouteCallOptions {
  json: PayscoreServiceorderDirectCompletePostJson
}

/** 创单结单合并: what `POST /v3/payscore/serviceorder/direct-complete` answers. */
export type PayscoreServiceorderDirectCompletePostResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费项目名称 */
    name?: string
    /** 金额 */
    amount?: number
    /** 计费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
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
  /** 服务信息 */
  service_introduction: string
  /** 商户号 */
  mchid: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 总金额 */
  total_amount?: number
}

export interface PayscoreServiceorderByOutOrderNoCancelPostJson {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 取消原因 */
  reason: string
}

/** 取消支付分订单: the options of `POST /v3/payscore/serviceorder/{out_order_no}/cancel`. */
export interface PayscoreServiceorderByOutOrderNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoCancelPostJson
}

/** 取消支付分订单: what `POST /v3/payscore/serviceorder/{out_order_no}/cancel` answers. */
export type PayscoreServiceorderByOutOrderNoCancelPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
}

export interface PayscoreServiceorderByOutOrderNoCompletePostJson {
  /** 公众账号ID */
  appid: string
  /** 服务订单号 */
  service_id: string
  /** 后付费项目 */
  post_payments: readonly {
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
    description?: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 实际服务时间段 */
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
    /** 服务结束地点 */
    end_location?: string
  }
  /** 微信支付服务分账标记 */
  profit_sharing?: boolean
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

/** 完结支付分订单: the options of `POST /v3/payscore/serviceorder/{out_order_no}/complete`. */
export interface PayscoreServiceorderByOutOrderNoCompletePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoCompletePostJson
}

/** 完结支付分订单: what `POST /v3/payscore/serviceorder/{out_order_no}/complete` answers. */
export type PayscoreServiceorderByOutOrderNoCompletePostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
  /** 商户收款总金额 */
  total_amount: number
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
    description?: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务风险金 */
  risk_fund: {
    /** 风险名称 */
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST' | (string & {})
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
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
    /** 服务结束地点 */
    end_location?: string
  }
  /** 微信支付服务订单号 */
  order_id?: string
  /** 是否需要收款 */
  need_collection?: boolean
}

export interface PayscoreServiceorderByOutOrderNoModifyPostJson {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 后付费项目 */
  post_payments: readonly {
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

/** 修改订单金额: the options of `POST /v3/payscore/serviceorder/{out_order_no}/modify`. */
export interface PayscoreServiceorderByOutOrderNoModifyPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoModifyPostJson
}

/** 修改订单金额: what `POST /v3/payscore/serviceorder/{out_order_no}/modify` answers. */
export type PayscoreServiceorderByOutOrderNoModifyPostResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 订单状态说明 */
  state_description?: 'USER_CONFIRM' | 'MCH_COMPLETE' | (string & {})
  /** 后付费项目 */
  post_payments: {
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
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST' | (string & {})
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
    }[]
    /** 收款银行 */
    bank_type?: string
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
}

export interface PayscoreServiceorderByOutOrderNoPayPostJson {
  /** 公众账号ID */
  appid?: string
  /** 服务ID */
  service_id?: string
}

/** 商户发起催收扣款: the options of `POST /v3/payscore/serviceorder/{out_order_no}/pay`. */
export interface PayscoreServiceorderByOutOrderNoPayPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json?: PayscoreServiceorderByOutOrderNoPayPostJson
}

/** 商户发起催收扣款: what `POST /v3/payscore/serviceorder/{out_order_no}/pay` answers. */
export type PayscoreServiceorderByOutOrderNoPayPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid?: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
}

export interface PayscoreServiceorderByOutOrderNoSendPendingmessagePostJson {
  /** 服务ID */
  service_id: string
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

/** 下发服务费用待处理消息: the options of `POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage`. */
export interface PayscoreServiceorderByOutOrderNoSendPendingmessagePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoSendPendingmessagePostJson
}

/** 下发服务费用待处理消息: what `POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage` answers. */
export type PayscoreServiceorderByOutOrderNoSendPendingmessagePostResponse = undefined

export interface PayscoreServiceorderByOutOrderNoSendPrepaidmessagePostJson {
  /** 服务ID */
  service_id: string
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

/** 下发服务预扣费消息: the options of `POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage`. */
export interface PayscoreServiceorderByOutOrderNoSendPrepaidmessagePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoSendPrepaidmessagePostJson
}

/** 下发服务预扣费消息: what `POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage` answers. */
export type PayscoreServiceorderByOutOrderNoSendPrepaidmessagePostResponse = undefined

export interface PayscoreServiceorderByOutOrderNoSyncPostJson {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 场景类型 */
  type: string
  /** 内容信息详情 */
  detail: {
    /** 收款成功时间 */
    paid_time: string
  }
}

/** 同步服务订单信息: the options of `POST /v3/payscore/serviceorder/{out_order_no}/sync`. */
export interface PayscoreServiceorderByOutOrderNoSyncPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreServiceorderByOutOrderNoSyncPostJson
}

/** 同步服务订单信息: what `POST /v3/payscore/serviceorder/{out_order_no}/sync` answers. */
export type PayscoreServiceorderByOutOrderNoSyncPostResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 服务商商户号 */
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
  /** 总金额 */
  total_amount?: number
  /** 是否需要收款 */
  need_collection?: boolean
  /** 收款信息 */
  collection?: {
    /** 收款状态 */
    state: string
    /** 总收款金额 */
    total_amount?: number
    /** 待收金额 */
    paying_amount?: number
    /** 已收金额 */
    paid_amount?: number
    /** 收款明细列表 */
    details?: {
      /** 单笔收款金额 */
      amount?: number
      /** 收款成功渠道 */
      paid_type?: string
      /** 收款成功时间 */
      paid_time?: string
      /** 微信支付交易单号 */
      transaction_id?: string
    }[]
    /** 收款银行 */
    bank_type?: string
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
  /** 服务商公众号下的用户标识 */
  openid: string
  /** 微信支付服务订单号 */
  order_id: string
}
