// repayment: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 还款单查询: the options of `GET /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}`. */
export interface RepaymentCombineTransactionsPartnerByCombineOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 还款单订单号 */
    combine_out_trade_no: string
  }
}

/** 还款单查询: what `GET /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}` answers. */
export type RepaymentCombineTransactionsPartnerByCombineOutTradeNoGetResponse = {
  /** 还款服务商APPID */
  combine_appid: string
  /** 还款服务商商户号 */
  combine_mchid: string
  /** 还款单订单号 */
  combine_out_trade_no: string
  /** 还款单微信支付订单号 */
  combine_transaction_id: string
  /** 还款支付者信息 */
  combine_payer_info?: {
    /** 用户服务商标识 */
    openid: string
  }
  /** 还款明细单信息列表 */
  sub_orders?: {
    /** 还款单发起商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 还款明细单订单号 */
    out_trade_no: string
    /** 还款明细单微信支付订单号 */
    transaction_id?: string
    /** 交易类型 */
    trade_type?: 'REPAYMENT' | (string & {})
    /** 交易状态 */
    trade_state?: 'SUCCESS' | 'NOTPAY' | 'CLOSED' | (string & {})
    /** 付款银行 */
    bank_type?: string
    /** 附加数据 */
    attach?: string
    /** 支付完成时间 */
    success_time?: string
    /** 子单金额信息 */
    amount?: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency?: string
      /** 现金支付金额 */
      payer_amount: number
      /** 现金支付币种 */
      payer_currency?: string
    }
  }[]
}

export interface RepaymentCombineTransactionsPartnerByCombineOutTradeNoClosePostJson {
  /** 还款明细单信息列表 */
  sub_orders: readonly {
    /** 还款单发起商户号 */
    mchid: string
    /** 还款明细单订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid?: string
  }[]
}

/** 商户关单: the options of `POST /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close`. */
export interface RepaymentCombineTransactionsPartnerByCombineOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 还款单订单号 */
    combine_out_trade_no: string
  }
  json: RepaymentCombineTransactionsPartnerByCombineOutTradeNoClosePostJson
}

/** 商户关单: what `POST /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close` answers. */
export type RepaymentCombineTransactionsPartnerByCombineOutTradeNoClosePostResponse = undefined

export interface RepaymentCombineTransactionsPartnerPrepayPostJson {
  /** 还款单订单号 */
  combine_out_trade_no: string
  /** 还款服务商商户号 */
  combine_mchid: string
  /** 还款明细单信息列表 */
  sub_orders: readonly {
    /** 还款单发起商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 还款明细单订单号 */
    out_trade_no: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 附加数据 */
    attach: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
  }[]
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url?: string
  /** H5调起支付场景信息 */
  h5_info?: {
    /** 还款服务商APPID */
    combine_appid: string
    /** 用户终端IP */
    payer_client_ip: string
    /** 场景类型 */
    type: 'iOS' | 'Android' | 'Wap'
    /** 应用名称 */
    app_name?: string
    /** 网站URL */
    app_url: string
    /** iOS平台BundleID */
    bundle_id?: string
    /** Android平台PackageName */
    package_name?: string
  }
  /** APP调起支付场景信息 */
  app_info?: {
    /** 还款服务商APPID */
    combine_appid: string
  }
  /** 小程序调起支付场景信息 */
  miniprogram_info?: {
    /** 还款服务商APPID */
    combine_appid: string
    /** 用户标识 */
    openid: string
  }
  /** 支付者信息 */
  combine_payer_info?: {
    /** 实名支付 */
    identity?: {
      /** 类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'TAIWAN_COMPATRIOT_PERMIT'
      /** 加密后的证件号 (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名 (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 微信内网页调起支付场景信息 */
  wechat_web_info?: {
    /** 还款服务商APPID */
    combine_appid?: string
    /** 用户标识 */
    openid?: string
    /** 网页经营场景URL */
    webview_url?: string
  }
}

/** 还款下单: the options of `POST /v3/repayment/combine-transactions/partner/prepay`. */
export interface RepaymentCombineTransactionsPartnerPrepayPostOptions extends RouteCallOptions {
  json: RepaymentCombineTransactionsPartnerPrepayPostJson
}

/** 还款下单: what `POST /v3/repayment/combine-transactions/partner/prepay` answers. */
export type RepaymentCombineTransactionsPartnerPrepayPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id?: string
  /** 支付跳转链接 */
  h5_url?: string
}
