// combine-transactions: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface CombineTransactionsAppPostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 用户终端IP */
    payer_client_ip: string
  }
  /** 商品单信息 */
  sub_orders: readonly {
    /** 子单商户号 */
    mchid: string
    /** 商品单个人收款方受理授权ID */
    individual_auth_id?: string
    /** 商品单个人收款方平台昵称 */
    individual_name?: string
    /** 附加数据 */
    attach: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid?: string
    /** 商品详情 */
    detail?: string
    /** 订单优惠标记 */
    goods_tag?: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
    /** 子商户应用ID */
    sub_appid?: string
    /** 是否指定分账 */
    profit_sharing?: boolean
  }[]
  /** 支付者 */
  combine_payer_info?: {
    /** 实名支付(需单独申请权限) */
    identity?: {
      /** 证件类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER'
      /** 加密后的证件号 (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名 (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** 预支付交易会话标识 */
  prepay_id?: string
  /** 通知地址 */
  notify_url: string
  /** 交易场景 */
  trade_scenario?: 'RECOMMERCE'
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_debit' | 'balance_only')[]
  /** 预签约信息 */
  contract_info?: {
    /** 签约商户号 */
    mchid: string
    /** 签约商户AppID */
    appid: string
    /** 签约商户协议号 */
    out_contract_code: string
    /** 委托代扣协议模板ID */
    plan_id: number
    /** 用户账户展示名称 */
    contract_display_account: string
    /** 回调通知地址 */
    notify_url: string
  }
  /** 贴息信息(微信分付) */
  subsidy_info?: {
    /** 贴息详情列表 */
    subsidy_detail?: readonly {
      /** 贴息方案类型 */
      subsidy_period_type: 'DAILY' | 'PERIOD'
      /** 贴息方案列表 */
      subsidy_plan: readonly {
        /** 贴息期数 */
        subsidy_installment_num: 3 | 6 | 12
        /** 贴息比例 */
        subsidy_percent: 0 | 100
      }[]
    }[]
  }
}

/** 合单下单-APP支付: the options of `POST /v3/combine-transactions/app`. */
export interface CombineTransactionsAppPostOptions extends RouteCallOptions {
  json: CombineTransactionsAppPostJson
}

/** 合单下单-APP支付: what `POST /v3/combine-transactions/app` answers. */
export type CombineTransactionsAppPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
  /** 预签约结果 */
  contract_result?: {
    /** 签约结果码 */
    code: string
    /** 签约结果描述信息 */
    message?: string
  }
}

export interface CombineTransactionsH5PostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 场景信息 */
  scene_info: {
    /** 商户端设备号 */
    device_id: string
    /** 用户终端IP */
    payer_client_ip: string
    /** H5场景信息 */
    h5_info: {
      /** 场景类型 */
      type: string
      /** 应用名称 */
      app_name?: string
      /** 网站URL */
      app_url?: string
      /** iOS平台BundleID */
      bundle_id?: string
      /** Android平台PackageName */
      package_name?: string
    }
  }
  /** 商品单信息 */
  sub_orders: readonly {
    /** 子单商户号 */
    mchid: string
    /** 附加数据 */
    attach: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 订单优惠标记 */
    goods_tag?: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
    /** 子商户应用ID */
    sub_appid?: string
  }[]
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_debit' | 'balance_only')[]
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 实名支付(需单独申请权限) */
    identity?: {
      /** 证件类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER'
      /** 加密后的证件号 (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名 (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
}

/** 合单下单-H5支付: the options of `POST /v3/combine-transactions/h5`. */
export interface CombineTransactionsH5PostOptions extends RouteCallOptions {
  json: CombineTransactionsH5PostJson
}

/** 合单下单-H5支付: what `POST /v3/combine-transactions/h5` answers. */
export type CombineTransactionsH5PostResponse = {
  /** 支付跳转链接 */
  h5_url: string
}

/** 个人收款交易通过微信支付订单号查单: the options of `GET /v3/combine-transactions/id/{combine_transaction_id}`. */
export interface CombineTransactionsByCombineTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 交易单微信支付订单号 */
    combine_transaction_id: string
  }
}

/** 个人收款交易通过微信支付订单号查单: what `GET /v3/combine-transactions/id/{combine_transaction_id}` answers. */
export type CombineTransactionsByCombineTransactionIdGetResponse = {
  /** 平台商户应用ID */
  combine_appid: string
  /** 平台商户号 */
  combine_mchid: string
  /** 交易单订单号 */
  combine_out_trade_no: string
  /** 交易单微信支付订单号 */
  combine_transaction_id: string
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
  }
  /** 商品单信息 */
  sub_orders?: {
    /** 商品单发起商户号 */
    mchid: string
    /** 商品单个人收款方受理授权ID */
    individual_auth_id: string
    /** 商品单个人收款方平台昵称 */
    individual_name?: string
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 微信支付订单号 */
    transaction_id?: string
    /** 交易类型 */
    trade_type?: string
    /** 交易状态 */
    trade_state: string
    /** 付款银行 */
    bank_type?: string
    /** 附加数据 */
    attach?: string
    /** 支付完成时间 */
    success_time?: string
    /** 订单金额 */
    amount?: {
      /** 标价金额 */
      total_amount: number
      /** 现金支付金额 */
      payer_amount: number
      /** 标价币种 */
      currency: string
      /** 现金支付币种 */
      payer_currency: string
      /** 结算汇率 */
      settlement_rate?: number
    }
  }[]
  /** 交易场景 */
  trade_scenario?: 'RECOMMERCE' | (string & {})
}

export interface CombineTransactionsJsapiPostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 用户终端IP */
    payer_client_ip: string
  }
  /** 商品单信息 */
  sub_orders: readonly {
    /** 子单商户号 */
    mchid: string
    /** 附加数据 */
    attach: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 商品详情 */
    detail?: string
    /** 订单优惠标记 */
    goods_tag?: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
    /** 子商户应用ID */
    sub_appid?: string
    /** 是否指定分账 */
    profit_sharing?: boolean
  }[]
  /** 支付者 */
  combine_payer_info: {
    /** 用户标识 */
    openid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 实名支付(需单独申请权限) */
    identity?: {
      /** 证件类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER'
      /** 加密后的证件号 (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名 (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_debit' | 'balance_only')[]
  /** 贴息信息(微信分付) */
  subsidy_info?: {
    /** 贴息详情列表 */
    subsidy_detail?: readonly {
      /** 贴息方案类型 */
      subsidy_period_type: 'DAILY' | 'PERIOD'
      /** 贴息方案列表 */
      subsidy_plan: readonly {
        /** 贴息期数 */
        subsidy_installment_num: 3 | 6 | 12
        /** 贴息比例 */
        subsidy_percent: 0 | 100
      }[]
    }[]
  }
}

/** 合单下单-JSAPI支付: the options of `POST /v3/combine-transactions/jsapi`. */
export interface CombineTransactionsJsapiPostOptions extends RouteCallOptions {
  json: CombineTransactionsJsapiPostJson
}

/** 合单下单-JSAPI支付: what `POST /v3/combine-transactions/jsapi` answers. */
export type CombineTransactionsJsapiPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface CombineTransactionsMiniprogramPostJson {
  /** 平台商户应用ID */
  combine_appid: string
  /** 平台商户号 */
  combine_mchid: string
  /** 交易单订单号 */
  combine_out_trade_no: string
  /** 支付者 */
  combine_payer_info: {
    /** 用户标识 */
    openid: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 用户终端IP */
    payer_client_ip: string
  }
  /** 商品单信息 */
  sub_orders: readonly {
    /** 商品单发起商户号 */
    mchid: string
    /** 商品服务类型 */
    order_service_type?: 'INDIVIDUALTRADE'
    /** 商品单个人收款方受理授权ID */
    individual_auth_id: string
    /** 商品单个人收款方平台昵称 */
    individual_name?: string
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 商品单金额 */
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
  }[]
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url?: string
  /** 交易场景 */
  trade_scenario?: 'RECOMMERCE'
}

/** 个人收款交易下单-小程序: the options of `POST /v3/combine-transactions/miniprogram`. */
export interface CombineTransactionsMiniprogramPostOptions extends RouteCallOptions {
  json: CombineTransactionsMiniprogramPostJson
}

/** 个人收款交易下单-小程序: what `POST /v3/combine-transactions/miniprogram` answers. */
export type CombineTransactionsMiniprogramPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface CombineTransactionsNativePostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 用户终端IP */
    payer_client_ip: string
  }
  /** 商品单信息 */
  sub_orders: readonly {
    /** 子单商户号 */
    mchid: string
    /** 附加数据 */
    attach: string
    /** 订单金额 */
    amount: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency: string
    }
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid: string
    /** 订单优惠标记 */
    goods_tag?: string
    /** 商品描述 */
    description: string
    /** 结算信息 */
    settle_info?: {
      /** 是否指定分账 */
      profit_sharing?: boolean
      /** 补差金额 */
      subsidy_amount?: number
    }
    /** 子商户应用ID */
    sub_appid?: string
  }[]
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_debit' | 'balance_only')[]
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 实名支付(需单独申请权限) */
    identity?: {
      /** 证件类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER'
      /** 加密后的证件号 (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名 (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
}

/** 合单下单-Native支付: the options of `POST /v3/combine-transactions/native`. */
export interface CombineTransactionsNativePostOptions extends RouteCallOptions {
  json: CombineTransactionsNativePostJson
}

/** 合单下单-Native支付: what `POST /v3/combine-transactions/native` answers. */
export type CombineTransactionsNativePostResponse = {
  /** 二维码链接 */
  code_url: string
}

/** 合单查询订单: the options of `GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}`. */
export interface CombineTransactionsByCombineOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 合单商户订单号 */
    combine_out_trade_no: string
  }
}

/** 合单查询订单: what `GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}` answers. */
export type CombineTransactionsByCombineOutTradeNoGetResponse = {
  /** 合单商户appid */
  combine_appid: string
  /** 合单商户号 */
  combine_mchid: string
  /** 合单商户订单号 */
  combine_out_trade_no: string
  /** 交易单微信支付订单号 */
  combine_transaction_id: string
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
  }
  /** 商品单信息 */
  sub_orders?: {
    /** 子单商户号 */
    mchid: string
    /** 商品单个人收款方受理授权ID */
    individual_auth_id?: string
    /** 商品单个人收款方平台昵称 */
    individual_name?: string
    /** 交易类型 */
    trade_type?: 'NATIVE' | 'JSAPI' | 'APP' | 'MWEB' | (string & {})
    /** 交易状态 */
    trade_state?: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'PAYERROR' | (string & {})
    /** 付款银行 */
    bank_type?: string
    /** 附加数据 */
    attach?: string
    /** 支付完成时间 */
    success_time?: string
    /** 微信订单号 */
    transaction_id?: string
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 二级商户号 */
    sub_mchid?: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 优惠信息列表 */
    promotion_detail?: {
      /** 券ID */
      coupon_id?: string
      /** 优惠名称 */
      name?: string
      /** 优惠范围 */
      scope?: 'GLOBAL' | 'SINGLE' | (string & {})
      /** 优惠类型 */
      type?: 'CASH' | 'NOCASH' | (string & {})
      /** 优惠券面额 */
      amount?: number
      /** 活动批次ID */
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
        quantity: number
        /** 商品单价 */
        unit_price: number
        /** 商品优惠金额 */
        discount_amount?: number
        /** 商品备注 */
        goods_remark?: string
      }[]
    }[]
    /** 订单金额 */
    amount?: {
      /** 标价金额 */
      total_amount: number
      /** 标价币种 */
      currency?: string
      /** 现金支付金额 */
      payer_amount: number
      /** 现金支付币种 */
      payer_currency?: string
      /** 结算汇率(汇率值是汇率乘以10的8次方) */
      settlement_rate?: number
    }
  }[]
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid: string
  }
  /** 交易场景 */
  trade_scenario?: 'RECOMMERCE' | (string & {})
  /** 使用的商户贴息信息(微信分付) */
  installment_info?: {
    /** 是否使用了商户贴息 */
    use_subsidy: boolean
    /** 用户实际选择分期期数 */
    selected_installment_number: number
  }
}

export interface CombineTransactionsByCombineOutTradeNoClosePostJson {
  /** 合单商户appid */
  combine_appid: string
  /** 商品单信息 */
  sub_orders: readonly {
    /** 子单商户号 */
    mchid: string
    /** 商品单商户订单号 */
    out_trade_no: string
    /** 商品单个人收款方受理授权ID */
    individual_auth_id?: string
    /** 二级商户号 */
    sub_mchid?: string
    /** 子商户应用ID */
    sub_appid?: string
  }[]
}

/** 合单关闭订单: the options of `POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close`. */
export interface CombineTransactionsByCombineOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 合单商户订单号 */
    combine_out_trade_no: string
  }
  json: CombineTransactionsByCombineOutTradeNoClosePostJson
}

/** 合单关闭订单: what `POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close` answers. */
export type CombineTransactionsByCombineOutTradeNoClosePostResponse = undefined
