// pay/transactions: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface PayTransactionsAppPostJson {
  /** 应用ID（开放平台移动应用的 AppID，须与 mchid 绑定） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述（用户在微信账单中看到的商品信息） */
  description: string
  /** 附加数据（用户不可见，在查询与回调中原样返回） */
  attach?: string
  /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型（不填时微信支付按 CNY 处理） */
    currency?: string
  }
  /** 交易结束时间（超过后用户不能再支付该订单） */
  time_expire?: string
  /** 通知地址（接收支付成功回调的 HTTPS 地址） */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
      /** 加密后的证件号（用 client.encrypt() 以微信支付公钥加密） (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
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

/** APP下单: the options of `POST /v3/pay/transactions/app`. */
export interface PayTransactionsAppPostOptions extends RouteCallOptions {
  json: PayTransactionsAppPostJson
}

/** APP下单: what `POST /v3/pay/transactions/app` answers. */
export type PayTransactionsAppPostResponse = {
  /** 预支付交易会话标识（调起支付时使用） */
  prepay_id: string
}

export interface PayTransactionsAppWithContractPostJson {
  /** 公众号ID */
  appid: string
  /** 直连商户号 */
  mchid: string
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
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
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

/** APP下单并签约: the options of `POST /v3/pay/transactions/app-with-contract`. */
export interface PayTransactionsAppWithContractPostOptions extends RouteCallOptions {
  json: PayTransactionsAppWithContractPostJson
}

/** APP下单并签约: what `POST /v3/pay/transactions/app-with-contract` answers. */
export type PayTransactionsAppWithContractPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayTransactionsCodepayPostJson {
  /** 应用AppID */
  appid: string
  /** 直连商户号 */
  mchid: string
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

/** 付款码支付: the options of `POST /v3/pay/transactions/codepay`. */
export interface PayTransactionsCodepayPostOptions extends RouteCallOptions {
  json: PayTransactionsCodepayPostJson
}

/** 付款码支付: what `POST /v3/pay/transactions/codepay` answers. */
export type PayTransactionsCodepayPostResponse = {
  /** 应用AppID */
  appid?: string
  /** 直连商户号 */
  mchid: string
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
    /** 用户标识 */
    openid?: string
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

export interface PayTransactionsExposurePostJson {
  /** 直连商户号 */
  mchid?: string
  /** 应用AppID */
  appid: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 用户手机号的哈希值 */
    phone_number_hash?: string
  }
  /** 商户订单号 */
  out_trade_no: string
}

/** 微信分付-支付方式前置服务: the options of `POST /v3/pay/transactions/exposure`. */
export interface PayTransactionsExposurePostOptions extends RouteCallOptions {
  json: PayTransactionsExposurePostJson
}

/** 微信分付-支付方式前置服务: what `POST /v3/pay/transactions/exposure` answers. */
export type PayTransactionsExposurePostResponse = {
  /** 是否建议曝光微信分付 */
  fqf_exposure: boolean
  /** 曝光凭证 */
  market_exposure_token?: string
}

export interface PayTransactionsH5PostJson {
  /** 公众号ID（与 mchid 绑定的 AppID） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述（用户在微信账单中看到的商品信息） */
  description: string
  /** 附加数据（用户不可见，在查询与回调中原样返回） */
  attach?: string
  /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型（不填时微信支付按 CNY 处理） */
    currency?: string
  }
  /** 交易结束时间（超过后用户不能再支付该订单） */
  time_expire?: string
  /** 通知地址（接收支付成功回调的 HTTPS 地址） */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
      /** 场景类型（如 iOS、Android、Wap） */
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
      /** 加密后的证件号（用 client.encrypt() 以微信支付公钥加密） (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
}

/** H5下单: the options of `POST /v3/pay/transactions/h5`. */
export interface PayTransactionsH5PostOptions extends RouteCallOptions {
  json: PayTransactionsH5PostJson
}

/** H5下单: what `POST /v3/pay/transactions/h5` answers. */
export type PayTransactionsH5PostResponse = {
  /** 支付跳转链接（在手机浏览器中打开以调起微信支付） */
  h5_url: string
}

/** 微信支付订单号查询订单: the options of `GET /v3/pay/transactions/id/{transaction_id}`. */
export interface PayTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 直连商户号 */
    mchid: string
  }
}

/** 微信支付订单号查询订单: what `GET /v3/pay/transactions/id/{transaction_id}` answers. */
export type PayTransactionsByTransactionIdGetResponse = {
  /** 微信支付订单号（支付后返回） */
  transaction_id?: string
  /** 交易类型（JSAPI、NATIVE、APP、MWEB 等） */
  trade_type?: string
  /** 交易状态（SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，USERPAYING 用户支付中，PAYERROR 支付失败，REVOKED 已撤销） */
  trade_state?: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 公众号ID（下单时的 AppID） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述 */
  description?: string
  /** 附加数据（下单时传入，原样返回） */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额（分） */
    payer_total?: number
    /** 用户支付币种 */
    payer_currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
  /** 支付者（支付后返回） */
  payer?: {
    /** 用户标识（用户在 appid 下的 openid） */
    openid: string
  }
  /** 使用的商户贴息信息(微信分付) */
  installment_info?: {
    /** 是否使用了商户贴息 */
    use_subsidy: boolean
    /** 用户实际选择分期期数 */
    selected_installment_number: number
  }
  /** 优惠功能（享受的代金券等优惠） */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope?: 'GLOBAL' | 'SINGLE'
    /** 优惠类型（CASH 充值型，NOCASH 免充值型） */
    type?: 'CASH' | 'NOCASH'
    /** 优惠券面额（分） */
    amount: number
    /** 活动ID（批次ID） */
    stock_id?: string
    /** 微信出资（分） */
    wechatpay_contribute?: number
    /** 商户出资（分） */
    merchant_contribute?: number
    /** 其他出资（分） */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品数量 */
      quantity: number
      /** 商品单价（分） */
      unit_price: number
      /** 商品优惠金额（分） */
      discount_amount: number
      /** 商品备注 */
      goods_remark?: string
    }[]
  }[]
}

export interface PayTransactionsJsapiPostJson {
  /** 公众号ID（公众号或小程序的 AppID，须与 mchid 绑定） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述（用户在微信账单中看到的商品信息） */
  description: string
  /** 附加数据（用户不可见，在查询与回调中原样返回） */
  attach?: string
  /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型（不填时微信支付按 CNY 处理） */
    currency?: string
  }
  /** 交易结束时间（超过后用户不能再支付该订单） */
  time_expire?: string
  /** 通知地址（接收支付成功回调的 HTTPS 地址） */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
    /** 用户标识（用户在 appid 下的 openid） */
    openid: string
    /** 实名支付(需单独申请权限) */
    identity?: {
      /** 证件类型 */
      type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER'
      /** 加密后的证件号（用 client.encrypt() 以微信支付公钥加密） (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
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

/** JSAPI/小程序下单: the options of `POST /v3/pay/transactions/jsapi`. */
export interface PayTransactionsJsapiPostOptions extends RouteCallOptions {
  json: PayTransactionsJsapiPostJson
}

/** JSAPI/小程序下单: what `POST /v3/pay/transactions/jsapi` answers. */
export type PayTransactionsJsapiPostResponse = {
  /** 预支付交易会话标识（调起支付时使用） */
  prepay_id: string
}

export interface PayTransactionsJsapiWithContractPostJson {
  /** 公众号ID */
  appid: string
  /** 直连商户号 */
  mchid: string
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
    openid: string
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
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
  /** 签约授权信息 */
  contract_info: {
    /** 扣费服务预授权token */
    token?: string
    /** 免密协议ID */
    password_free_contract_id?: string
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

/** JSAPI下单并授权/签约: the options of `POST /v3/pay/transactions/jsapi-with-contract`. */
export interface PayTransactionsJsapiWithContractPostOptions extends RouteCallOptions {
  json: PayTransactionsJsapiWithContractPostJson
}

/** JSAPI下单并授权/签约: what `POST /v3/pay/transactions/jsapi-with-contract` answers. */
export type PayTransactionsJsapiWithContractPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface PayTransactionsNativePostJson {
  /** 公众号ID（与 mchid 绑定的 AppID） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述（用户在微信账单中看到的商品信息） */
  description: string
  /** 附加数据（用户不可见，在查询与回调中原样返回） */
  attach?: string
  /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型（不填时微信支付按 CNY 处理） */
    currency?: string
  }
  /** 交易结束时间（超过后用户不能再支付该订单） */
  time_expire?: string
  /** 通知地址（接收支付成功回调的 HTTPS 地址） */
  notify_url: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: readonly ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
      /** 加密后的证件号（用 client.encrypt() 以微信支付公钥加密） (encrypt with `client.encrypt()`) */
      number: Encrypted
      /** 加密后的姓名（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
      name: Encrypted
    }
  }
  /** 结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
}

/** Native下单: the options of `POST /v3/pay/transactions/native`. */
export interface PayTransactionsNativePostOptions extends RouteCallOptions {
  json: PayTransactionsNativePostJson
}

/** Native下单: what `POST /v3/pay/transactions/native` answers. */
export type PayTransactionsNativePostResponse = {
  /** 二维码链接（转成二维码图片供用户扫码支付） */
  code_url: string
}

/** 商户订单号查询订单: the options of `GET /v3/pay/transactions/out-trade-no/{out_trade_no}`. */
export interface PayTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
    out_trade_no: string
  }
  query: {
    /** 直连商户号 */
    mchid: string
  }
}

/** 商户订单号查询订单: what `GET /v3/pay/transactions/out-trade-no/{out_trade_no}` answers. */
export type PayTransactionsByOutTradeNoGetResponse = {
  /** 微信支付订单号（支付后返回） */
  transaction_id?: string
  /** 交易类型（JSAPI、NATIVE、APP、MWEB 等） */
  trade_type?: string
  /** 交易状态（SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，USERPAYING 用户支付中，PAYERROR 支付失败，REVOKED 已撤销） */
  trade_state?: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 公众号ID（下单时的 AppID） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述 */
  description?: string
  /** 附加数据（下单时传入，原样返回） */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额（分） */
    payer_total?: number
    /** 用户支付币种 */
    payer_currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
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
      /** 商品单价（分） */
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
  /** 支付者（支付后返回） */
  payer?: {
    /** 用户标识（用户在 appid 下的 openid） */
    openid: string
  }
  /** 使用的商户贴息信息(微信分付) */
  installment_info?: {
    /** 是否使用了商户贴息 */
    use_subsidy: boolean
    /** 用户实际选择分期期数 */
    selected_installment_number: number
  }
  /** 优惠功能（享受的代金券等优惠） */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope?: 'GLOBAL' | 'SINGLE'
    /** 优惠类型（CASH 充值型，NOCASH 免充值型） */
    type?: 'CASH' | 'NOCASH'
    /** 优惠券面额（分） */
    amount: number
    /** 活动ID（批次ID） */
    stock_id?: string
    /** 微信出资（分） */
    wechatpay_contribute?: number
    /** 商户出资（分） */
    merchant_contribute?: number
    /** 其他出资（分） */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品数量 */
      quantity: number
      /** 商品单价（分） */
      unit_price: number
      /** 商品优惠金额（分） */
      discount_amount: number
      /** 商品备注 */
      goods_remark?: string
    }[]
  }[]
}

export interface PayTransactionsByOutTradeNoClosePostJson {
  /** 直连商户号 */
  mchid: string
}

/** 关闭订单: the options of `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close`. */
export interface PayTransactionsByOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
    out_trade_no: string
  }
  json: PayTransactionsByOutTradeNoClosePostJson
}

/** 关闭订单: what `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close` answers. */
export type PayTransactionsByOutTradeNoClosePostResponse = undefined

export interface PayTransactionsByOutTradeNoReversePostJson {
  /** 应用AppID */
  appid: string
  /** 直连商户号 */
  mchid: string
}

/** 撤销: the options of `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse`. */
export interface PayTransactionsByOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: PayTransactionsByOutTradeNoReversePostJson
}

/** 撤销: what `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse` answers. */
export type PayTransactionsByOutTradeNoReversePostResponse = {
  /** 应用AppID */
  appid?: string
  /** 直连商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
}
