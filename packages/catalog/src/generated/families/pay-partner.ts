// pay/partner: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface PayPartnerTransactionsAppPostJson {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者 */
  payer?: {
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

/** APP下单: the options of `POST /v3/pay/partner/transactions/app`. */
export interface PayPartnerTransactionsAppPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsAppPostJson
}

/** APP下单: what `POST /v3/pay/partner/transactions/app` answers. */
export type PayPartnerTransactionsAppPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayPartnerTransactionsAppWithContractPostJson {
  /** 服务商应用ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户/二级商户应用ID */
  sub_appid?: string
  /** 子商户号/二级商户号 */
  sub_mchid: string
  /** 商品描述 */
  description: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易结束时间 */
  time_expire?: string
  /** 附加数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信支付商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name?: string
      /** 地区编码 */
      area_code?: string
      /** 详细地址 */
      address?: string
    }
  }
  /** 签约授权信息 */
  contract_info: {
    /** 模板ID */
    plan_id: string
    /** 签约商户号 */
    contract_mchid: string
    /** 签约AppID */
    contract_appid: string
    /** 签约协议号 */
    contract_code: string
    /** 请求序列号 */
    request_serial: string
    /** 用户账户展示名称 */
    contract_display_account: string
    /** 签约信息通知URL */
    contract_notify_url?: string
  }
}

/** APP下单并签约: the options of `POST /v3/pay/partner/transactions/app-with-contract`. */
export interface PayPartnerTransactionsAppWithContractPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsAppWithContractPostJson
}

/** APP下单并签约: what `POST /v3/pay/partner/transactions/app-with-contract` answers. */
export type PayPartnerTransactionsAppWithContractPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayPartnerTransactionsCodepayPostJson {
  /** 合作伙伴应用AppID */
  sp_appid?: string
  /** 合作伙伴商户号 */
  sp_mchid: string
  /** 特约商户应用AppID */
  sub_appid?: string
  /** 特约商户商户号 */
  sub_mchid: string
  /** 商品描述 */
  description: string
  /** 商户订单号 */
  out_trade_no: string
  /** 附加数据 */
  attach?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 支付者 */
  payer: {
    /** 授权码 */
    auth_code: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备 IP */
    device_ip?: string
    /** 商户门店信息 */
    store_info: {
      /** 门店编号 */
      id?: string
      /** 商家自定义编码 */
      out_id?: string
    }
  }
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail: readonly {
      /** 商品编码 */
      merchant_goods_id: string
      /** 微信支付商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
}

/** 付款码支付: the options of `POST /v3/pay/partner/transactions/codepay`. */
export interface PayPartnerTransactionsCodepayPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsCodepayPostJson
}

/** 付款码支付: what `POST /v3/pay/partner/transactions/codepay` answers. */
export type PayPartnerTransactionsCodepayPostResponse = {
  /** 合作伙伴应用AppID */
  sp_appid?: string
  /** 合作伙伴商户号 */
  sp_mchid: string
  /** 特约商户应用AppID */
  sub_appid?: string
  /** 特约商户商户号 */
  sub_mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 银行类型 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 附加数据 */
  attach?: string
  /** 支付者 */
  payer?: {
    /** 合作伙伴用户标识 */
    sp_openid?: string
    /** 特约商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount?: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total?: number
    /** 订单金额货币类型 */
    currency?: string
    /** 用户支付货币类型 */
    payer_currency?: string
  }
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
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
    /** 优惠货币类型 */
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
      discount_amount: number
      /** 商品备注 */
      goods_remark?: string
    }[]
  }[]
}

export interface PayPartnerTransactionsExposurePostJson {
  /** 服务商应用ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户/二级商户应用ID */
  sub_appid: string
  /** 子商户号/二级商户号 */
  sub_mchid?: string
  /** 支付者 */
  payer: {
    /** 用户服务商标识 */
    sp_openid?: string
    /** 用户手机号的哈希值 */
    phone_number_hash?: string
    /** 用户子商户标识 */
    sub_openid?: string
  }
  /** 商户订单号 */
  out_trade_no: string
}

/** 微信分付-支付方式前置服务: the options of `POST /v3/pay/partner/transactions/exposure`. */
export interface PayPartnerTransactionsExposurePostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsExposurePostJson
}

/** 微信分付-支付方式前置服务: what `POST /v3/pay/partner/transactions/exposure` answers. */
export type PayPartnerTransactionsExposurePostResponse = {
  /** 是否建议曝光微信分付 */
  fqf_exposure: boolean
  /** 曝光凭证 */
  market_exposure_token?: string
}

export interface PayPartnerTransactionsH5PostJson {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
    /** H5场景信息 */
    h5_info?: {
      /** 场景类型 */
      type?: string
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
  /** 支付者 */
  payer?: {
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

/** H5下单: the options of `POST /v3/pay/partner/transactions/h5`. */
export interface PayPartnerTransactionsH5PostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsH5PostJson
}

/** H5下单: what `POST /v3/pay/partner/transactions/h5` answers. */
export type PayPartnerTransactionsH5PostResponse = {
  /** 支付跳转链接 */
  h5_url: string
}

/** 微信支付订单号查询: the options of `GET /v3/pay/partner/transactions/id/{transaction_id}`. */
export interface PayPartnerTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 服务商户号 */
    sp_mchid: string
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 微信支付订单号查询: what `GET /v3/pay/partner/transactions/id/{transaction_id}` answers. */
export type PayPartnerTransactionsByTransactionIdGetResponse = {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态 */
  trade_state?: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only' | (string & {}))[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者 */
  payer?: {
    /** 用户服务标识 */
    sp_openid: string
    /** 用户子标识 */
    sub_openid?: string
  }
}

export interface PayPartnerTransactionsJsapiPostJson {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者 */
  payer: {
    /** 用户服务标识 */
    sp_openid: string
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

/** JSAPI下单: the options of `POST /v3/pay/partner/transactions/jsapi`. */
export interface PayPartnerTransactionsJsapiPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsJsapiPostJson
}

/** JSAPI下单: what `POST /v3/pay/partner/transactions/jsapi` answers. */
export type PayPartnerTransactionsJsapiPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayPartnerTransactionsJsapiWithContractPostJson {
  /** 服务商应用ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户/二级商户应用ID */
  sub_appid?: string
  /** 子商户号/二级商户号 */
  sub_mchid: string
  /** 商品描述 */
  description: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易结束时间 */
  time_expire?: string
  /** 附加数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 支付者 */
  payer: {
    /** 用户服务标识 */
    sp_openid?: string
    /** 用户子标识 */
    sub_openid?: string
  }
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信支付商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name?: string
      /** 地区编码 */
      area_code?: string
      /** 详细地址 */
      address?: string
    }
  }
  /** 签约授权信息 */
  contract_info: {
    /** 免密协议ID */
    password_free_contract_id?: string
    /** 扣费服务预授权token */
    token?: string
    /** 模板ID */
    plan_id?: string
    /** 签约商户号 */
    contract_mchid?: string
    /** 签约AppID */
    contract_appid?: string
    /** 签约协议号 */
    contract_code?: string
    /** 请求序列号 */
    request_serial?: string
    /** 用户账户展示名称 */
    contract_display_account?: string
    /** 签约信息通知URL */
    contract_notify_url?: string
  }
}

/** JSAPI下单并授权/签约: the options of `POST /v3/pay/partner/transactions/jsapi-with-contract`. */
export interface PayPartnerTransactionsJsapiWithContractPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsJsapiWithContractPostJson
}

/** JSAPI下单并授权/签约: what `POST /v3/pay/partner/transactions/jsapi-with-contract` answers. */
export type PayPartnerTransactionsJsapiWithContractPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayPartnerTransactionsMiniprogramPostJson {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 商品描述 */
  description: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易结束时间 */
  time_expire?: string
  /** 附加数据 */
  attach?: string
  /** 通知地址 */
  notify_url?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 支付者 */
  payer: {
    /** 用户标识 */
    sp_openid?: string
    /** 用户子标识 */
    sub_openid?: string
  }
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 商家自定义编码 */
      out_id?: string
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
}

/** 小程序支付下单: the options of `POST /v3/pay/partner/transactions/miniprogram`. */
export interface PayPartnerTransactionsMiniprogramPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsMiniprogramPostJson
}

/** 小程序支付下单: what `POST /v3/pay/partner/transactions/miniprogram` answers. */
export type PayPartnerTransactionsMiniprogramPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayPartnerTransactionsNativePostJson {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者 */
  payer?: {
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

/** Native下单: the options of `POST /v3/pay/partner/transactions/native`. */
export interface PayPartnerTransactionsNativePostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsNativePostJson
}

/** Native下单: what `POST /v3/pay/partner/transactions/native` answers. */
export type PayPartnerTransactionsNativePostResponse = {
  /** 二维码链接 */
  code_url: string
}

/** 商户订单号查询: the options of `GET /v3/pay/partner/transactions/out-trade-no/{out_trade_no}`. */
export interface PayPartnerTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query: {
    /** 服务商户号 */
    sp_mchid: string
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 商户订单号查询: what `GET /v3/pay/partner/transactions/out-trade-no/{out_trade_no}` answers. */
export type PayPartnerTransactionsByOutTradeNoGetResponse = {
  /** 服务商公众号ID */
  sp_appid: string
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
    /** 补差金额 */
    subsidy_amount?: number
  }
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态 */
  trade_state?: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 商品描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only' | (string & {}))[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者 */
  payer?: {
    /** 用户服务标识 */
    sp_openid: string
    /** 用户子标识 */
    sub_openid?: string
  }
  /** 使用的商户贴息信息(微信分付) */
  installment_info?: {
    /** 是否使用了商户贴息 */
    use_subsidy: boolean
    /** 用户实际选择分期期数 */
    selected_installment_number: number
  }
}

export interface PayPartnerTransactionsByOutTradeNoClosePostJson {
  /** 服务商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
}

/** 关单: the options of `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close`. */
export interface PayPartnerTransactionsByOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: PayPartnerTransactionsByOutTradeNoClosePostJson
}

/** 关单: what `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close` answers. */
export type PayPartnerTransactionsByOutTradeNoClosePostResponse = undefined

export interface PayPartnerTransactionsByOutTradeNoReversePostJson {
  /** 合作伙伴应用AppID */
  sp_appid?: string
  /** 合作伙伴商户号 */
  sp_mchid: string
  /** 特约商户应用AppID */
  sub_appid?: string
  /** 特约商户商户号 */
  sub_mchid: string
}

/** 撤销: the options of `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse`. */
export interface PayPartnerTransactionsByOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: PayPartnerTransactionsByOutTradeNoReversePostJson
}

/** 撤销: what `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse` answers. */
export type PayPartnerTransactionsByOutTradeNoReversePostResponse = {
  /** 合作伙伴应用AppID */
  sp_appid?: string
  /** 合作伙伴商户号 */
  sp_mchid: string
  /** 特约商户应用AppID */
  sub_appid?: string
  /** 特约商户商户号 */
  sub_mchid: string
  /** 商户订单号 */
  out_trade_no: string
}

export interface PayPartnerTransactionsScannedposPostJson {
  /** 合作伙伴应用AppID */
  sp_appid?: string
  /** 合作伙伴商户号 */
  sp_mchid: string
  /** 特约商户应用AppID */
  sub_appid?: string
  /** 特约商户号 */
  sub_mchid: string
  /** 商品描述 */
  description: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易结束时间 */
  time_expire?: string
  /** 附加数据 */
  attach?: string
  /** 通知地址 */
  notify_url?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 支付者 */
  payer: {
    /** 用户标识 */
    sp_openid?: string
    /** 用户子标识 */
    sub_openid?: string
  }
  /** 优惠功能 */
  detail?: {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票 ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info: {
    /** 用户终端IP */
    payer_client_ip: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info: {
      /** 门店ID */
      id?: string
      /** 商家自定义编码 */
      out_id?: string
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
}

/** 扫码支付下单: the options of `POST /v3/pay/partner/transactions/scannedpos`. */
export interface PayPartnerTransactionsScannedposPostOptions extends RouteCallOptions {
  json: PayPartnerTransactionsScannedposPostJson
}

/** 扫码支付下单: what `POST /v3/pay/partner/transactions/scannedpos` answers. */
export type PayPartnerTransactionsScannedposPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}
