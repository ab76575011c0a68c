import { fen, REQUEST, RESPONSE, rfc3339, type Style } from '@core/kit/define'
import { z } from 'zod'
import { ids, RFC3339_TEXT } from './shared.js'

// The order (交易) as the four prepay requests send it and as the queries and the TRANSACTION.SUCCESS callback answer
// it. A structure that appears on both sides is a function of its `Style`: strict objects in requests (unknown keys
// are reported), loose ones in answers (fields WeChat Pay adds later are kept).

/** 支付方式限制 (`limit_pay`) values. */
export const LIMIT_PAY = ['no_balance', 'no_credit', 'no_debit', 'balance_only'] as const

/** 交易状态 as protocol.md §6 lists them. */
export const TRADE_STATES = ['SUCCESS', 'REFUND', 'NOTPAY', 'CLOSED', 'REVOKED', 'USERPAYING', 'PAYERROR'] as const

/** 证件类型 of 实名支付. */
const ID_TYPES = [
  'IDCARD',
  'HONGKONG_MACAO',
  'HONGKONG_MACAO_RESIDENT',
  'TAIWAN_RESIDENT',
  'FOREIGN_RESIDENT',
  'OVERSEA_PASSPORT',
  'PHONE_NUMBER',
] as const

function amount<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style
    .object({
      total: fen.meta({ description: '总金额（分）', en: 'Order amount in 分 (fen, 1/100 元)' }),
      currency: z
        .string()
        .min(1)
        .optional()
        .meta({
          ...(style.request
            ? {
                description: '货币类型（不填时微信支付按 CNY 处理）',
                en: 'Currency (WeChat Pay uses CNY when left out)',
              }
            : { description: '货币类型', en: 'Currency' }),
          constraints: 'CNY：人民币，境内商户号仅支持人民币',
          constraintsEn: 'CNY: renminbi, the only currency of a mainland merchant',
        }),
    })
    .meta({ description: '订单金额', en: 'Order amount' })
}

function detail<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style
    .object({
      cost_price: fen.optional().meta({ description: '订单原价（分）', en: 'Original price in 分' }),
      invoice_id: z.string().optional().meta({ description: '商品小票ID', en: 'Receipt id' }),
      goods_detail: z
        .array(
          style.object({
            merchant_goods_id: z.string().min(1).meta({ description: '商户侧商品编码', en: 'Your goods id' }),
            wechatpay_goods_id: z
              .string()
              .optional()
              .meta({ description: '微信侧商品编码', en: 'WeChat Pay goods id' }),
            goods_name: z.string().optional().meta({ description: '商品名称', en: 'Goods name' }),
            quantity: z.int().meta({ description: '商品数量', en: 'Quantity' }),
            unit_price: fen.meta({ description: '商品单价（分）', en: 'Unit price in 分' }),
          }),
        )
        .optional()
        .meta({ description: '单品列表', en: 'Goods list' }),
    })
    .optional()
    .meta({ description: '优惠功能（单品优惠信息）', en: 'Discount details (goods-level promotions)' })
}

function storeInfo<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style
    .object({
      id: z.string().optional().meta({ description: '门店编号', en: 'Store id' }),
      name: z.string().min(1).meta({ description: '门店名称', en: 'Store name' }),
      area_code: z.string().min(1).meta({ description: '地区编码', en: 'Area code' }),
      address: z.string().min(1).meta({ description: '详细地址', en: 'Address' }),
    })
    .optional()
    .meta({ description: '商户门店信息', en: 'Store information' })
}

const h5Info = REQUEST.object({
  type: z.string().optional().meta({
    description: '场景类型（如 iOS、Android、Wap）',
    en: 'Scene type (e.g. iOS, Android, Wap)',
  }),
  app_name: z.string().optional().meta({ description: '应用名称', en: 'App name' }),
  app_url: z.string().optional().meta({ description: '网站URL', en: 'Website URL' }),
  bundle_id: z.string().optional().meta({ description: 'iOS平台BundleID', en: 'iOS bundle id' }),
  package_name: z.string().optional().meta({ description: 'Android平台PackageName', en: 'Android package name' }),
})
  .optional()
  .meta({ description: 'H5场景信息', en: 'H5 scene' })

function sceneFields<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return {
    payer_client_ip: z.string().optional().meta({ description: '用户终端IP', en: 'Payer’s client IP' }),
    device_id: z.string().optional().meta({ description: '商户端设备号', en: 'Your device id' }),
    store_info: storeInfo(style),
  }
}

const SCENE_INFO = { description: '场景信息', en: 'Scene' } as const

const identity = REQUEST.object({
  type: z.enum(ID_TYPES).meta({ description: '证件类型', en: 'ID type' }),
  number: z.string().min(1).meta({
    description: '加密后的证件号（用 client.encrypt() 以微信支付公钥加密）',
    en: 'Encrypted ID number (encrypt it with client.encrypt(), the WeChat Pay public key)',
  }),
  name: z.string().min(1).meta({
    description: '加密后的姓名（用 client.encrypt() 加密）',
    en: 'Encrypted name (encrypt it with client.encrypt())',
  }),
})
  .optional()
  .meta({ description: '实名支付(需单独申请权限)', en: 'Real-name payment (a separate permission)' })

const settleInfo = REQUEST.object({
  profit_sharing: z.boolean().optional().meta({ description: '是否指定分账', en: 'Profit sharing on this order' }),
})
  .optional()
  .meta({ description: '结算信息', en: 'Settlement' })

const subsidyInfo = REQUEST.object({
  subsidy_detail: z
    .array(
      REQUEST.object({
        subsidy_period_type: z.enum(['DAILY', 'PERIOD']).meta({ description: '贴息方案类型', en: 'Subsidy plan type' }),
        subsidy_plan: z
          .array(
            REQUEST.object({
              subsidy_installment_num: z
                .literal([3, 6, 12])
                .meta({ description: '贴息期数', en: 'Number of subsidised instalments' }),
              subsidy_percent: z.literal([0, 100]).meta({ description: '贴息比例', en: 'Subsidy percentage' }),
            }),
          )
          .meta({ description: '贴息方案列表', en: 'Subsidy plans' }),
      }),
    )
    .optional()
    .meta({ description: '贴息详情列表', en: 'Subsidy details' }),
})
  .optional()
  .meta({ description: '贴息信息(微信分付)', en: 'Instalment subsidy (WeChat Pay Later)' })

/** Which prepay request: the four differ in the appid, the payer, the scene and the subsidy fields. */
type PrepayKind = 'jsapi' | 'app' | 'h5' | 'native'

const APPID_TEXT = {
  jsapi: {
    description: '公众号ID（公众号或小程序的 AppID，须与 mchid 绑定）',
    en: 'Official Account or Mini Program AppID bound to mchid',
  },
  app: {
    description: '应用ID（开放平台移动应用的 AppID，须与 mchid 绑定）',
    en: 'Mobile app AppID (Open Platform) bound to mchid',
  },
  h5: { description: '公众号ID（与 mchid 绑定的 AppID）', en: 'AppID bound to mchid' },
  native: { description: '公众号ID（与 mchid 绑定的 AppID）', en: 'AppID bound to mchid' },
} as const

/** The fields all four prepay requests share, in the order of the reference. */
function prepayFields(kind: PrepayKind) {
  return {
    appid: z.string().min(1).meta(APPID_TEXT[kind]),
    mchid: ids.mchid(),
    description: z.string().min(1).meta({
      description: '商品描述（用户在微信账单中看到的商品信息）',
      en: 'Goods description (shown to the payer in their WeChat bill)',
    }),
    attach: z.string().optional().meta({
      description: '附加数据（用户不可见，在查询与回调中原样返回）',
      en: 'Attached data (not shown to the payer; returned as sent by the queries and the callback)',
    }),
    out_trade_no: ids.outTradeNo(),
    amount: amount(REQUEST),
    time_expire: rfc3339.optional().meta({
      description: '交易结束时间（超过后用户不能再支付该订单）',
      en: 'Payment deadline (the payer cannot pay the order after it)',
      ...RFC3339_TEXT,
    }),
    notify_url: z.string().min(1).meta({
      description: '通知地址（接收支付成功回调的 HTTPS 地址）',
      en: 'Notify URL (the HTTPS address the payment callback is posted to)',
    }),
    goods_tag: z.string().optional().meta({ description: '订单优惠标记', en: 'Order discount tag' }),
    limit_pay: z
      .array(z.enum(LIMIT_PAY))
      .optional()
      .meta({ description: '指定支付方式', en: 'Payment method restrictions' }),
    support_fapiao: z
      .boolean()
      .optional()
      .meta({ description: '电子发票入口开放标识', en: 'Offer the e-invoice entry after payment' }),
    detail: detail(REQUEST),
  }
}

const optionalScene = REQUEST.object(sceneFields(REQUEST)).optional().meta(SCENE_INFO)
const optionalPayer = REQUEST.object({ identity }).optional().meta({ description: '支付者', en: 'Payer' })

/** JSAPI / 小程序: the payer's openid is required. */
export const jsapiPrepayBody = REQUEST.object({
  ...prepayFields('jsapi'),
  scene_info: optionalScene,
  payer: REQUEST.object({
    openid: z.string().min(1).meta({
      description: '用户标识（用户在 appid 下的 openid）',
      en: 'The payer’s openid under appid',
    }),
    identity,
  }).meta({ description: '支付者', en: 'Payer' }),
  settle_info: settleInfo,
  subsidy_info: subsidyInfo,
})

export const appPrepayBody = REQUEST.object({
  ...prepayFields('app'),
  scene_info: optionalScene,
  payer: optionalPayer,
  settle_info: settleInfo,
  subsidy_info: subsidyInfo,
})

/** H5: the scene (with the payer's client IP) is required. */
export const h5PrepayBody = REQUEST.object({
  ...prepayFields('h5'),
  scene_info: REQUEST.object({ ...sceneFields(REQUEST), h5_info: h5Info }).meta(SCENE_INFO),
  payer: optionalPayer,
  settle_info: settleInfo,
})

export const nativePrepayBody = REQUEST.object({
  ...prepayFields('native'),
  scene_info: optionalScene,
  payer: optionalPayer,
  settle_info: settleInfo,
})

const promotion = RESPONSE.object({
  coupon_id: z.string().meta({ description: '券ID', en: 'Coupon id' }),
  name: z.string().optional().meta({ description: '优惠名称', en: 'Promotion name' }),
  scope: z
    .enum(['GLOBAL', 'SINGLE'])
    .optional()
    .meta({ description: '优惠范围（GLOBAL 全场，SINGLE 单品）', en: 'Scope (GLOBAL: whole order, SINGLE: goods)' }),
  type: z
    .enum(['CASH', 'NOCASH'])
    .optional()
    .meta({ description: '优惠类型（CASH 充值型，NOCASH 免充值型）', en: 'Type (CASH: funded, NOCASH: unfunded)' }),
  amount: fen.meta({ description: '优惠券面额（分）', en: 'Coupon amount in 分' }),
  stock_id: z.string().optional().meta({ description: '活动ID（批次ID）', en: 'Stock (campaign) id' }),
  wechatpay_contribute: fen.optional().meta({ description: '微信出资（分）', en: 'WeChat Pay’s share in 分' }),
  merchant_contribute: fen.optional().meta({ description: '商户出资（分）', en: 'Merchant’s share in 分' }),
  other_contribute: fen.optional().meta({ description: '其他出资（分）', en: 'Other parties’ share in 分' }),
  currency: z.string().optional().meta({ description: '优惠币种', en: 'Currency' }),
  goods_detail: z
    .array(
      RESPONSE.object({
        goods_id: z.string().meta({ description: '商品编码', en: 'Goods id' }),
        quantity: z.int().meta({ description: '商品数量', en: 'Quantity' }),
        unit_price: fen.meta({ description: '商品单价（分）', en: 'Unit price in 分' }),
        discount_amount: fen.meta({ description: '商品优惠金额（分）', en: 'Discount in 分' }),
        goods_remark: z.string().optional().meta({ description: '商品备注', en: 'Remark' }),
      }),
    )
    .optional()
    .meta({ description: '单品列表', en: 'Goods' }),
})

/**
 * The order as the two queries answer it — and, decrypted, as TRANSACTION.SUCCESS carries it (protocol.md §6).
 * `transaction_id`, `payer` and `success_time` appear once the order is paid.
 */
export const transaction = RESPONSE.object({
  transaction_id: z
    .string()
    .optional()
    .meta({ description: '微信支付订单号（支付后返回）', en: 'WeChat Pay order number (once paid)' }),
  trade_type: z.string().optional().meta({
    description: '交易类型（JSAPI、NATIVE、APP、MWEB 等）',
    en: 'Trade type (JSAPI, NATIVE, APP, MWEB…)',
  }),
  trade_state: z.enum(TRADE_STATES).optional().meta({
    description:
      '交易状态（SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，USERPAYING 用户支付中，PAYERROR 支付失败，REVOKED 已撤销）',
    en: 'Trade state (SUCCESS paid, REFUND refunded, NOTPAY not paid, CLOSED closed, USERPAYING paying, PAYERROR failed, REVOKED revoked)',
  }),
  trade_state_desc: z.string().optional().meta({ description: '交易状态描述', en: 'Trade state description' }),
  bank_type: z.string().optional().meta({ description: '付款银行', en: 'Paying bank' }),
  success_time: rfc3339
    .optional()
    .meta({ description: '支付完成时间', en: 'Time the payment completed', ...RFC3339_TEXT }),
  appid: z.string().meta({ description: '公众号ID（下单时的 AppID）', en: 'AppID the order was placed with' }),
  mchid: z.string().meta({ description: '直连商户号', en: 'Merchant ID (mchid)' }),
  description: z.string().optional().meta({ description: '商品描述', en: 'Goods description' }),
  attach: z.string().optional().meta({ description: '附加数据（下单时传入，原样返回）', en: 'Attached data, as sent' }),
  out_trade_no: z.string().meta({ description: '商户订单号', en: 'Your order number (out_trade_no)' }),
  amount: amount(RESPONSE)
    .extend({
      payer_total: fen.optional().meta({ description: '用户支付金额（分）', en: 'Amount the payer paid in 分' }),
      payer_currency: z.string().optional().meta({ description: '用户支付币种', en: 'Payer’s currency' }),
    })
    .meta({ description: '订单金额', en: 'Order amount' }),
  time_expire: rfc3339.optional().meta({ description: '交易结束时间', en: 'Payment deadline', ...RFC3339_TEXT }),
  notify_url: z.string().optional().meta({ description: '通知地址', en: 'Notify URL' }),
  goods_tag: z.string().optional().meta({ description: '订单优惠标记', en: 'Order discount tag' }),
  limit_pay: z
    .array(z.enum(LIMIT_PAY))
    .optional()
    .meta({ description: '指定支付方式', en: 'Payment method restrictions' }),
  support_fapiao: z.boolean().optional().meta({ description: '电子发票入口开放标识', en: 'E-invoice entry offered' }),
  detail: detail(RESPONSE),
  scene_info: RESPONSE.object(sceneFields(RESPONSE)).optional().meta(SCENE_INFO),
  payer: RESPONSE.object({
    openid: z
      .string()
      .meta({ description: '用户标识（用户在 appid 下的 openid）', en: 'The payer’s openid under appid' }),
  })
    .optional()
    .meta({ description: '支付者（支付后返回）', en: 'Payer (once paid)' }),
  installment_info: RESPONSE.object({
    use_subsidy: z.boolean().meta({ description: '是否使用了商户贴息', en: 'Whether the merchant subsidy was used' }),
    selected_installment_number: z
      .int()
      .meta({ description: '用户实际选择分期期数', en: 'Number of instalments the payer chose' }),
  })
    .optional()
    .meta({ description: '使用的商户贴息信息(微信分付)', en: 'Instalment subsidy used (WeChat Pay Later)' }),
  promotion_detail: z
    .array(promotion)
    .optional()
    .meta({ description: '优惠功能（享受的代金券等优惠）', en: 'Promotions applied (coupons…)' }),
})
