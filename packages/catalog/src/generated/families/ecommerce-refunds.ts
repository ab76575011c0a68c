// ecommerce/refunds: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface EcommerceRefundsApplyPostJson {
  /** 商品单个人收款方受理授权ID */
  individual_auth_id?: string
  /** 二级商户号 */
  sub_mchid?: string
  /** 电商平台APPID */
  sp_appid: string
  /** 二级商户APPID */
  sub_appid?: string
  /** 还款服务商商户号 */
  combine_mchid?: string
  /** 还款订单号 */
  combine_out_trade_no?: string
  /** 交易单微信支付订单号 */
  combine_transaction_id: string
  /** 微信订单号 */
  transaction_id: string
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
    /** 退款出资账户及金额 */
    from?: readonly {
      /** 出资账户类型 */
      account: 'AVAILABLE' | 'UNAVAILABLE'
      /** 出资金额 */
      amount: number
    }[]
    /** 原订单金额 */
    total: number
    /** 退款币种 */
    currency?: string
  }
  /** 退款结果回调url */
  notify_url?: string
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_SUB_MERCHANT' | 'REFUND_SOURCE_PARTNER_ADVANCE'
  /** 资金账户 */
  funds_account: 'AVAILABLE' | 'UNSETTLED' | 'PREPAID'
}

/** 退款申请: the options of `POST /v3/ecommerce/refunds/apply`. */
export interface EcommerceRefundsApplyPostOptions extends RouteCallOptions {
  json: EcommerceRefundsApplyPostJson
}

/** 退款申请: what `POST /v3/ecommerce/refunds/apply` answers. */
export type EcommerceRefundsApplyPostResponse = {
  /** 微信退款单号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 退款创建时间 */
  create_time: string
  /** 订单金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: string
      /** 出资金额 */
      amount: number
    }[]
    /** 用户退款金额 */
    payer_refund: number
    /** 优惠退款金额 */
    discount_refund?: number
    /** 退款币种 */
    currency?: string
    /** 垫付金额 */
    advance?: number
  }
  /** 优惠退款详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope: string
    /** 优惠类型 */
    type: string
    /** 优惠券面额 */
    amount: number
    /** 优惠退款金额 */
    refund_amount: number
  }[]
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_SUB_MERCHANT' | 'REFUND_SOURCE_PARTNER_ADVANCE' | (string & {})
}

/** 通过微信支付退款单号查询退款: the options of `GET /v3/ecommerce/refunds/id/{refund_id}`. */
export interface EcommerceRefundsByRefundIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信退款单号 */
    refund_id: string
  }
  query?: {
    /** 商品单个人收款方受理授权ID */
    individual_auth_id?: string
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 通过微信支付退款单号查询退款: what `GET /v3/ecommerce/refunds/id/{refund_id}` answers. */
export type EcommerceRefundsByRefundIdGetResponse = {
  /** 微信退款单号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: string
  /** 退款入账账户 */
  user_received_account?: string
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: string
  /** 退款金额信息 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: 'AVAILABLE' | 'UNAVAILABLE' | (string & {})
      /** 出资金额 */
      amount: number
    }[]
    /** 用户退款金额 */
    payer_refund: number
    /** 优惠退款金额 */
    discount_refund?: number
    /** 退款币种 */
    currency?: string
    /** 垫付金额 */
    advance?: number
  }
  /** 营销详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope: string
    /** 优惠类型 */
    type: string
    /** 优惠券面额 */
    amount: number
    /** 优惠退款金额 */
    refund_amount: number
  }[]
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_SUB_MERCHANT' | 'REFUND_SOURCE_PARTNER_ADVANCE' | (string & {})
  /** 资金账户 */
  funds_account?: 'AVAILABLE' | 'UNSETTLED' | 'OPERATION' | 'BASIC' | 'ECNY_BASIC' | (string & {})
}

/** 通过商户退款单号查询退款: the options of `GET /v3/ecommerce/refunds/out-refund-no/{out_refund_no}`. */
export interface EcommerceRefundsByOutRefundNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户退款单号 */
    out_refund_no: string
  }
  query?: {
    /** 商品单个人收款方受理授权ID */
    individual_auth_id?: string
    /** 二级商户号 */
    sub_mchid?: string
  }
}

/** 通过商户退款单号查询退款: what `GET /v3/ecommerce/refunds/out-refund-no/{out_refund_no}` answers. */
export type EcommerceRefundsByOutRefundNoGetResponse = {
  /** 微信退款单号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: string
  /** 退款入账账户 */
  user_received_account?: string
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: string
  /** 退款金额信息 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: 'AVAILABLE' | 'UNAVAILABLE' | (string & {})
      /** 出资金额 */
      amount: number
    }[]
    /** 用户退款金额 */
    payer_refund: number
    /** 优惠退款金额 */
    discount_refund?: number
    /** 退款币种 */
    currency?: string
    /** 垫付金额 */
    advance?: number
  }
  /** 营销详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope: string
    /** 优惠类型 */
    type: string
    /** 优惠券面额 */
    amount: number
    /** 优惠退款金额 */
    refund_amount: number
  }[]
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_SUB_MERCHANT' | 'REFUND_SOURCE_PARTNER_ADVANCE' | (string & {})
  /** 资金账户 */
  funds_account?: 'AVAILABLE' | 'UNSETTLED' | 'OPERATION' | 'BASIC' | 'ECNY_BASIC' | (string & {})
}

export interface EcommerceRefundsByRefundIdApplyAbnormalRefundPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 个人收款方受理授权ID */
  individual_auth_id?: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 异常退款处理方式 */
  type: 'USER_BANK_CARD' | 'MERCHANT_BANK_CARD'
  /** 开户银行 */
  bank_type?: 'CMB_DEBIT' | 'COMM_DEBIT' | 'ABC_DEBIT' | 'CCB_DEBIT' | 'ICBC_DEBIT' | 'BOC_DEBIT' | 'PAB_DEBIT' | 'SPDB_DEBIT' | 'CITIC_DEBIT' | 'CEB_DEBIT' | 'CMBC_DEBIT' | 'CIB_DEBIT' | 'GDB_DEBIT' | 'PSBC_DEBIT' | 'NBCB_DEBIT'
  /** 收款银行卡号 (encrypt with `client.encrypt()`) */
  bank_account?: Encrypted
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  real_name?: Encrypted
}

/** 发起异常退款: the options of `POST /v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund`. */
export interface EcommerceRefundsByRefundIdApplyAbnormalRefundPostOptions extends RouteCallOptions {
  params: {
    /** 微信退款单号 */
    refund_id: string
  }
  json: EcommerceRefundsByRefundIdApplyAbnormalRefundPostJson
}

/** 发起异常退款: what `POST /v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund` answers. */
export type EcommerceRefundsByRefundIdApplyAbnormalRefundPostResponse = {
  /** 微信支付退款号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: string
  /** 退款入账账户 */
  user_received_account?: string
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: string
  /** 资金账户 */
  funds_account?: 'AVAILABLE' | 'UNSETTLED' | (string & {})
  /** 金额信息 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: string
      /** 出资金额 */
      amount: number
    }[]
    /** 用户退款金额 */
    payer_refund: number
    /** 优惠退款金额 */
    discount_refund: number
    /** 退款币种 */
    currency: string
    /** 手续费退款金额 */
    refund_fee?: number
  }
  /** 优惠退款信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope: string
    /** 优惠类型 */
    type: string
    /** 优惠券面额 */
    amount: number
    /** 优惠退款金额 */
    refund_amount: number
    /** 商品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品单价 */
      unit_price: number
      /** 商品退款金额 */
      refund_amount: number
      /** 商品退货数量 */
      refund_quantity: number
    }[]
  }[]
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_PARTNER_ADVANCE' | 'REFUND_SOURCE_SUB_MERCHANT' | (string & {})
}

/** 查询垫付回补结果: the options of `GET /v3/ecommerce/refunds/{refund_id}/return-advance`. */
export interface EcommerceRefundsByRefundIdReturnAdvanceGetOptions extends RouteCallOptions {
  params: {
    /** 微信退款单号 */
    refund_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询垫付回补结果: what `GET /v3/ecommerce/refunds/{refund_id}/return-advance` answers. */
export type EcommerceRefundsByRefundIdReturnAdvanceGetResponse = {
  /** 微信退款单号 */
  refund_id: string
  /** 微信回补单号 */
  advance_return_id: string
  /** 垫付回补金额 */
  return_amount: number
  /** 出款方商户号 */
  payer_mchid: string
  /** 出款方账户 */
  payer_account: string
  /** 入账方商户号 */
  payee_mchid: string
  /** 入账方账户 */
  payee_account: string
  /** 垫付回补结果 */
  result: string
  /** 垫付回补完成时间 */
  success_time?: string
}

export interface EcommerceRefundsByRefundIdReturnAdvancePostJson {
  /** 二级商户号 */
  sub_mchid: string
}

/** 垫付退款回补: the options of `POST /v3/ecommerce/refunds/{refund_id}/return-advance`. */
export interface EcommerceRefundsByRefundIdReturnAdvancePostOptions extends RouteCallOptions {
  params: {
    /** 微信退款单号 */
    refund_id: string
  }
  json: EcommerceRefundsByRefundIdReturnAdvancePostJson
}

/** 垫付退款回补: what `POST /v3/ecommerce/refunds/{refund_id}/return-advance` answers. */
export type EcommerceRefundsByRefundIdReturnAdvancePostResponse = {
  /** 微信退款单号 */
  refund_id: string
  /** 微信回补单号 */
  advance_return_id: string
  /** 垫付回补金额 */
  return_amount: number
  /** 出款方商户号 */
  payer_mchid: string
  /** 出款方账户 */
  payer_account: string
  /** 入账方商户号 */
  payee_mchid: string
  /** 入账方账户 */
  payee_account: string
  /** 垫付回补结果 */
  result: string
  /** 垫付回补完成时间 */
  success_time?: string
}
