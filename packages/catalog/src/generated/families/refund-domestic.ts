// refund/domestic: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface RefundDomesticRefundsPostJson {
  /** 微信支付订单号 */
  transaction_id?: string
  /** 商户订单号（商户系统内部订单号，同一商户号下唯一） */
  out_trade_no?: string
  /** 商户退款单号（商户系统内部退款单号，同一商户号下唯一） */
  out_refund_no: string
  /** 退款原因（会在退款消息中展示给用户） */
  reason?: string
  /** 退款结果回调url（不填时使用商户平台配置的地址） */
  notify_url?: string
  /** 退款资金来源（如 AVAILABLE：可用余额账户） */
  funds_account?: string
  /** 金额信息 */
  amount: {
    /** 退款金额（分，不能超过原订单金额） */
    refund: number
    /** 退款出资账户及金额 */
    from?: readonly {
      /** 出资账户类型（AVAILABLE 可用余额，UNAVAILABLE 不可用余额） */
      account: string
      /** 出资金额（分） */
      amount: number
    }[]
    /** 原订单金额（分） */
    total: number
    /** 退款币种 */
    currency: string
  }
  /** 退款商品（单品退款时填写） */
  goods_detail?: readonly {
    /** 商户侧商品编码 */
    merchant_goods_id: string
    /** 微信侧商品编码 */
    wechatpay_goods_id?: string
    /** 商品名称 */
    goods_name?: string
    /** 商品单价（分） */
    unit_price: number
    /** 商品退款金额（分） */
    refund_amount: number
    /** 商品退货数量 */
    refund_quantity: number
  }[]
}

/** 申请退款: the options of `POST /v3/refund/domestic/refunds`. */
export interface RefundDomesticRefundsPostOptions extends RouteCallOptions {
  json: RefundDomesticRefundsPostJson
}

/** 申请退款: what `POST /v3/refund/domestic/refunds` answers. */
export type RefundDomesticRefundsPostResponse = {
  /** 微信支付退款号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道（ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡） */
  channel: string
  /** 退款入账账户（如 招商银行信用卡0403、支付用户零钱） */
  user_received_account: string
  /** 退款成功时间（退款成功后返回） */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态（PROCESSING 处理中，SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'
  /** 资金账户（退款所用资金的来源账户，如 UNSETTLED、AVAILABLE） */
  funds_account?: string
  /** 金额信息 */
  amount: {
    /** 订单金额（分） */
    total: number
    /** 退款金额（分） */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: string
      /** 出资金额（分） */
      amount: number
    }[]
    /** 用户支付金额（分） */
    payer_total: number
    /** 用户退款金额（分，退给用户的金额） */
    payer_refund: number
    /** 应结退款金额（分） */
    settlement_refund: number
    /** 应结订单金额（分） */
    settlement_total: number
    /** 优惠退款金额（分） */
    discount_refund: number
    /** 退款币种 */
    currency: string
    /** 手续费退款金额（分） */
    refund_fee?: number
  }
  /** 优惠退款信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope: string
    /** 优惠类型（COUPON 代金券，DISCOUNT 优惠券） */
    type: string
    /** 优惠券面额（分） */
    amount: number
    /** 优惠退款金额（分） */
    refund_amount: number
    /** 商品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品单价（分） */
      unit_price: number
      /** 商品退款金额（分） */
      refund_amount: number
      /** 商品退货数量 */
      refund_quantity: number
    }[]
  }[]
}

/** 查询单笔退款（按商户退款单号）: the options of `GET /v3/refund/domestic/refunds/{out_refund_no}`. */
export interface RefundDomesticRefundsByOutRefundNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户退款单号（商户系统内部退款单号，同一商户号下唯一） */
    out_refund_no: string
  }
}

/** 查询单笔退款（按商户退款单号）: what `GET /v3/refund/domestic/refunds/{out_refund_no}` answers. */
export type RefundDomesticRefundsByOutRefundNoGetResponse = {
  /** 微信支付退款号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道（ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡） */
  channel: string
  /** 退款入账账户（如 招商银行信用卡0403、支付用户零钱） */
  user_received_account: string
  /** 退款成功时间（退款成功后返回） */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态（PROCESSING 处理中，SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'
  /** 资金账户（退款所用资金的来源账户，如 UNSETTLED、AVAILABLE） */
  funds_account?: string
  /** 金额信息 */
  amount: {
    /** 订单金额（分） */
    total: number
    /** 退款金额（分） */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: string
      /** 出资金额（分） */
      amount: number
    }[]
    /** 用户支付金额（分） */
    payer_total: number
    /** 用户退款金额（分，退给用户的金额） */
    payer_refund: number
    /** 应结退款金额（分） */
    settlement_refund: number
    /** 应结订单金额（分） */
    settlement_total: number
    /** 优惠退款金额（分） */
    discount_refund: number
    /** 退款币种 */
    currency: string
    /** 手续费退款金额（分） */
    refund_fee?: number
  }
  /** 优惠退款信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope: string
    /** 优惠类型（COUPON 代金券，DISCOUNT 优惠券） */
    type: string
    /** 优惠券面额（分） */
    amount: number
    /** 优惠退款金额（分） */
    refund_amount: number
    /** 商品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品单价（分） */
      unit_price: number
      /** 商品退款金额（分） */
      refund_amount: number
      /** 商品退货数量 */
      refund_quantity: number
    }[]
  }[]
}

export interface RefundDomesticRefundsByRefundIdApplyAbnormalRefundPostJson {
  /** 商户退款单号（商户系统内部退款单号，同一商户号下唯一） */
  out_refund_no: string
  /** 异常退款处理方式（USER_BANK_CARD 退款到用户银行卡，MERCHANT_BANK_CARD 退款至交易商户银行账户） */
  type: 'USER_BANK_CARD' | 'MERCHANT_BANK_CARD'
  /** 开户银行 */
  bank_type?: 'CMB_DEBIT' | 'COMM_DEBIT' | 'ABC_DEBIT' | 'CCB_DEBIT' | 'ICBC_DEBIT' | 'BOC_DEBIT' | 'PAB_DEBIT' | 'SPDB_DEBIT' | 'CITIC_DEBIT' | 'CEB_DEBIT' | 'CMBC_DEBIT' | 'CIB_DEBIT' | 'GDB_DEBIT' | 'PSBC_DEBIT' | 'NBCB_DEBIT'
  /** 收款银行卡号（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
  bank_account?: Encrypted
  /** 收款用户姓名（用 client.encrypt() 加密） (encrypt with `client.encrypt()`) */
  real_name?: Encrypted
}

/** 发起异常退款: the options of `POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund`. */
export interface RefundDomesticRefundsByRefundIdApplyAbnormalRefundPostOptions extends RouteCallOptions {
  params: {
    /** 微信退款单号（refund_id） */
    refund_id: string
  }
  json: RefundDomesticRefundsByRefundIdApplyAbnormalRefundPostJson
}

/** 发起异常退款: what `POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund` answers. */
export type RefundDomesticRefundsByRefundIdApplyAbnormalRefundPostResponse = {
  /** 微信支付退款号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 退款渠道（ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡） */
  channel: string
  /** 退款入账账户（如 招商银行信用卡0403、支付用户零钱） */
  user_received_account: string
  /** 退款成功时间（退款成功后返回） */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态（PROCESSING 处理中，SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'
  /** 资金账户（退款所用资金的来源账户，如 UNSETTLED、AVAILABLE） */
  funds_account?: string
  /** 金额信息 */
  amount: {
    /** 订单金额（分） */
    total: number
    /** 退款金额（分） */
    refund: number
    /** 退款出资账户及金额 */
    from?: {
      /** 出资账户类型 */
      account: string
      /** 出资金额（分） */
      amount: number
    }[]
    /** 用户支付金额（分） */
    payer_total: number
    /** 用户退款金额（分，退给用户的金额） */
    payer_refund: number
    /** 应结退款金额（分） */
    settlement_refund: number
    /** 应结订单金额（分） */
    settlement_total: number
    /** 优惠退款金额（分） */
    discount_refund: number
    /** 退款币种 */
    currency: string
    /** 手续费退款金额（分） */
    refund_fee?: number
  }
  /** 优惠退款信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope: string
    /** 优惠类型（COUPON 代金券，DISCOUNT 优惠券） */
    type: string
    /** 优惠券面额（分） */
    amount: number
    /** 优惠退款金额（分） */
    refund_amount: number
    /** 商品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品单价（分） */
      unit_price: number
      /** 商品退款金额（分） */
      refund_amount: number
      /** 商品退货数量 */
      refund_quantity: number
    }[]
  }[]
}
