// refunds: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询所有退款: the options of `GET /v3/refunds`. */
export interface RefundsGetOptions extends RouteCallOptions {
  query?: {
    /** 微信支付订单号 */
    transaction_id?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 商户号 */
    mchid?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 机构商户号 */
    sp_mchid?: string
    /** 记录起始位置 */
    offset?: number
    /** 每页笔数 */
    count?: number
  }
}

/** 查询所有退款: what `GET /v3/refunds` answers. */
export type RefundsGetResponse = {
  /** 微信支付交易订单号 */
  id: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额 */
    payer_total: number
    /** 支付币种 */
    payer_currency: string
  }
  /** 退款单列表 */
  data: {
    /** 微信退款单号 */
    id: string
    /** 商户退款单号 */
    out_refund_no: string
    /** 退款渠道 */
    channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
    /** 退款入账账户 */
    recv_account?: string
    /** 退款资金来源 */
    fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
    /** 退款成功时间 */
    success_time?: string
    /** 退款创建时间 */
    create_time: string
    /** 退款状态 */
    status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
    /** 退款金额 */
    amount: {
      /** 退款金额 */
      refund: number
      /** 货币类型 */
      currency?: string
      /** 用户退款金额 */
      payer_refund: number
      /** 支付币种 */
      payer_currency: string
      /** 汇率 */
      exchange_rate: {
        /** 汇率类型 */
        type?: 'SETTLEMENT_RATE' | (string & {})
        /** 汇率值 */
        rate?: number
      }
    }
    /** 优惠退款详情 */
    refund_detail?: {
      /** 券ID */
      promotion_id: string
      /** 优惠范围 */
      scope?: 'GLOBAL' | 'SINGLE' | (string & {})
      /** 优惠类型 */
      type?: 'COUPON' | 'DISCOUNT' | (string & {})
      /** 优惠券面额 */
      amount?: number
      /** 优惠券退款额 */
      refund_amount?: number
      /** 货币类型 */
      currency: string
    }
  }[]
  /** 订单总退款次数 */
  total_num: number
  /** 本次返回退款单数 */
  current_total_num: number
}

export interface RefundsPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 退款原因 */
  reason?: string
  /** 订单金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 原订单金额 */
    total: number
    /** 退款币种 */
    currency: string
  }
  /** 退款通知地址 */
  notify_url?: string
}

/** 申请退款: the options of `POST /v3/refunds`. */
export interface RefundsPostOptions extends RouteCallOptions {
  json: RefundsPostJson
}

/** 申请退款: what `POST /v3/refunds` answers. */
export type RefundsPostResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 退款创建时间 */
  create_time: string
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款币种 */
    currency: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}

/** 查询单笔退款(微信支付退款订单号): the options of `GET /v3/refunds/id/{refund_id}`. */
export interface RefundsByRefundIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付退款订单号 */
    refund_id: string
  }
  query?: {
    /** 商户号 */
    mchid?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 机构商户号 */
    sp_mchid?: string
  }
}

/** 查询单笔退款(微信支付退款订单号): what `GET /v3/refunds/id/{refund_id}` answers. */
export type RefundsByRefundIdGetResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付交易订单号 */
  transaction_id: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
  /** 退款入账账户 */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 货币类型 */
    currency?: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}

/** 查询单笔退款(商户退款订单号): the options of `GET /v3/refunds/out-refund-no/{out_refund_no}`. */
export interface RefundsByOutRefundNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户退款订单号 */
    out_refund_no: string
  }
  query?: {
    /** 商户号 */
    mchid?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 机构商户号 */
    sp_mchid?: string
  }
}

/** 查询单笔退款(商户退款订单号): what `GET /v3/refunds/out-refund-no/{out_refund_no}` answers. */
export type RefundsByOutRefundNoGetResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付交易订单号 */
  transaction_id: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
  /** 退款入账账户 */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 货币类型 */
    currency?: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}
