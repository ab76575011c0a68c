import { defineEndpoint, exampleCode, REQUEST, RESPONSE, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS, length, stockType } from './shared.js'
import { DISPLAY_PATTERN_INFO, NOTIFY_CONFIG, STOCK_SEND_RULE, stockIdParam } from './stock-fields.js'
import {
  CUSTOM_ENTRANCE,
  couponAvailableTime,
  couponUseRule,
  customEntrance,
  displayPatternInfo,
  notifyConfig,
} from './stock-rules.js'

// Creating a stock and reading it back.

const NOT_OPEN = { constraints: '该字段暂未开放', constraintsEn: 'Not open yet' }
const DEFAULT_FALSE = { constraints: '默认 false', constraintsEn: 'Default false' }
const DEFAULT_FALSE_NOT_OPEN = { constraints: '默认 false；暂未开放', constraintsEn: 'Default false; not open yet' }
const COUPON_CODE_MODE = ['WECHATPAY_MODE', 'MERCHANT_API', 'MERCHANT_UPLOAD'] as const

/** The issuance-rule fields a stock's answer and its creation share (creation requires max_coupons). */
const sendRuleFields = {
  max_coupons_per_user: z.int().min(1).max(100).meta({
    description: '用户最大可领个数',
    en: 'Most coupons one user may receive',
    constraints: '1..100',
    constraintsEn: '1 to 100',
  }),
  max_amount_by_day: z
    .int()
    .optional()
    .meta({ description: '单天发放上限金额（分）', en: 'Daily issuance limit in money (fen)', ...NOT_OPEN }),
  max_coupons_by_day: z.int().min(1).max(1000000000).optional().meta({
    description: '单天发放上限个数',
    en: 'Daily issuance limit in coupons',
    constraints: '1..1000000000；stock_type 为 DISCOUNT 或 EXCHANGE 时可传',
    constraintsEn: '1 to 1000000000; may be set when stock_type is DISCOUNT or EXCHANGE',
  }),
  natural_person_limit: z
    .boolean()
    .optional()
    .meta({ description: '是否开启自然人限领', en: 'Apply the per-user limit per natural person', ...DEFAULT_FALSE }),
  prevent_api_abuse: z
    .boolean()
    .optional()
    .meta({ description: '可疑账号拦截', en: 'Block suspicious accounts', ...DEFAULT_FALSE }),
  transferable: z
    .boolean()
    .optional()
    .meta({ description: '是否允许转赠', en: 'Whether it can be given to someone else', ...DEFAULT_FALSE_NOT_OPEN }),
  shareable: z
    .boolean()
    .optional()
    .meta({
      description: '是否允许分享领券链接',
      en: 'Whether the claim link can be shared',
      ...DEFAULT_FALSE_NOT_OPEN,
    }),
}

export const createStock = defineEndpoint({
  id: 'create_stock',
  method: 'POST',
  path: '/v3/marketing/busifavor/stocks',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_name: z.string().min(1).max(21).meta({
      description: '商家券批次名称',
      en: 'Stock name',
      constraints: '1..21字（中文/字母/数字均计1字）',
      constraintsEn: '1 to 21 characters (a Chinese character, a letter and a digit count one each)',
    }),
    belong_merchant: z.string().min(8).max(15).meta({
      description: '批次归属商户号',
      en: 'Merchant ID the stock belongs to',
      constraints: '8..15；直连=直连商户号，服务商/间连=子商户号',
      constraintsEn:
        '8 to 15 characters; a direct merchant gives its own merchant ID, a partner or an indirect merchant the sub-merchant ID',
    }),
    comment: z.string().min(1).max(20).optional().meta({
      description: '批次备注（仅商户可见）',
      en: 'Stock comment (only the merchant sees it)',
      constraints: '1..20字',
      constraintsEn: '1 to 20 characters',
    }),
    goods_name: z.string().min(1).max(15).meta({
      description: '适用商品范围（展示在卡包）',
      en: 'Goods it applies to (shown in the card wallet)',
      constraints: '1..15字',
      constraintsEn: '1 to 15 characters',
    }),
    stock_type: stockType.meta({ description: '批次类型', en: 'Stock type' }),
    coupon_use_rule: couponUseRule(
      REQUEST,
      couponAvailableTime(REQUEST).extend({
        available_second_after_receive: z.int().optional().meta({
          description: '领取后N秒内有效',
          en: 'Valid for N seconds after the user receives it',
          uncertain: 'only on wechatpay.im (2025.07.25 update); absent from Go/Java SDK and the 2020 doc text',
        }),
      }),
    ).meta({ description: '核销规则', en: 'Redemption rule' }),
    stock_send_rule: z
      .strictObject({
        max_amount: z
          .int()
          .optional()
          .meta({ description: '批次总预算（分）', en: 'Total budget (fen)', ...NOT_OPEN }),
        max_coupons: z.int().min(1).max(1000000000).meta({
          description: '批次最大发放个数',
          en: 'Most coupons the stock may issue',
          constraints: '1..1000000000',
          constraintsEn: '1 to 1000000000',
          uncertain: 'required per 2020 doc text, WxJava and wechatpay.im; Go/Java SDK mark it optional',
        }),
        ...sendRuleFields,
      })
      .meta(STOCK_SEND_RULE),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '商户请求单号（商户ID+日期+流水号，商户侧唯一）',
        en: 'Your request number (e.g. merchant ID + date + sequence number; unique on your side)',
        ...length(1, 128),
      }),
    custom_entrance: customEntrance(REQUEST).optional().meta(CUSTOM_ENTRANCE),
    display_pattern_info: displayPatternInfo(REQUEST).optional().meta(DISPLAY_PATTERN_INFO),
    coupon_code_mode: z.enum(COUPON_CODE_MODE).meta({
      description: '券code模式',
      en: 'Source of the coupon codes',
      constraints:
        'WECHATPAY_MODE=系统分配（22位纯数字）；MERCHANT_API=发券时接口指定；MERCHANT_UPLOAD=需先上传预存code',
      constraintsEn:
        'WECHATPAY_MODE: assigned by WeChat Pay (22 digits); MERCHANT_API: given in each issuance call; MERCHANT_UPLOAD: uploaded in advance (pre-stored codes)',
    }),
    notify_config: notifyConfig(REQUEST).optional().meta(NOTIFY_CONFIG),
    subsidy: z
      .boolean()
      .optional()
      .meta({
        description: '是否允许营销补差',
        en: 'Whether marketing subsidies are allowed',
        ...DEFAULT_FALSE_NOT_OPEN,
      }),
  }),
  response: z.looseObject({
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ description: '批次号', en: 'Stock ID', ...length(1, 20) }),
    create_time: rfc3339.meta({ description: '创建时间', en: 'Creation time' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: 'the Mini Program link parameters (note) are from the 2020 doc text',
  docs: {
    zh: {
      title: '创建商家券',
      summary: '创建商家券批次：设置券的核销规则、发放规则、样式与券code模式，返回批次号 stock_id',
      notes: [
        '跳转小程序时链接会带 stock_id、openid、nonce、associate=COUPON_CODE、ciphertext；ciphertext 用 APIv3 密钥 AEAD_AES_256_GCM 解密得 coupon_code',
      ],
    },
    en: {
      title: 'Create a merchant-coupon stock (batch)',
      summary:
        'Create a stock (a batch of coupons) with its redemption rule, issuance rule, style and code mode; resolves with `stock_id`.',
      notes: [
        'When a coupon opens your Mini Program, the link carries stock_id, openid, nonce, associate=COUPON_CODE and ciphertext; decrypt ciphertext with the APIv3 key (AEAD_AES_256_GCM) to get the coupon_code.',
      ],
    },
    example: {
      stock_name: '8月1日活动券',
      belong_merchant: '1900000001',
      goods_name: '填写商品名称',
      stock_type: 'NORMAL',
      coupon_use_rule: {
        coupon_available_time: {
          available_begin_time: exampleCode('new Date().toISOString()'),
          available_end_time: exampleCode('new Date(Date.now() + 30 * 86_400_000).toISOString()'),
        },
        use_method: 'OFF_LINE',
        fixed_normal_coupon: {
          discount_amount: 500,
          transaction_minimum: 2000,
        },
      },
      stock_send_rule: {
        max_coupons: 100,
        max_coupons_per_user: 5,
      },
      out_request_no: '1002600620019090123143254435',
      coupon_code_mode: 'WECHATPAY_MODE',
      comment: '活动使用',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012534855',
        zh: '直连商户：创建商家券',
        en: 'Direct merchant: Create a merchant-coupon stock (batch)',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012692931',
        zh: '服务商：创建商家券',
        en: 'Partner: Create a merchant-coupon stock (batch)',
      },
    ],
  },
})

export const getStock = defineEndpoint({
  id: 'get_stock',
  method: 'GET',
  path: '/v3/marketing/busifavor/stocks/{stock_id}',
  encoding: undefined,
  pathParams: stockIdParam,
  query: undefined,
  body: undefined,
  response: z.looseObject({
    stock_name: z.string().meta({ description: '商家券批次名称', en: 'Stock name' }),
    belong_merchant: z.string().meta({ description: '批次归属商户号', en: 'Merchant ID the stock belongs to' }),
    comment: z.string().optional().meta({ description: '批次备注', en: 'Stock comment' }),
    goods_name: z.string().meta({ description: '适用商品范围', en: 'Goods it applies to' }),
    stock_type: stockType.meta({ description: '批次类型', en: 'Stock type' }),
    coupon_use_rule: couponUseRule(RESPONSE, couponAvailableTime(RESPONSE)).meta({
      description: '核销规则',
      en: 'Redemption rule',
    }),
    stock_send_rule: z
      .looseObject({
        max_amount: z.int().optional().meta({
          description: '批次总预算（分）',
          en: 'Total budget (fen)',
          uncertain: 'wechatpay.im marks required in the query response; Go/Java optional (the field is not open yet)',
        }),
        max_coupons: z
          .int()
          .optional()
          .meta({ description: '批次最大发放个数', en: 'Most coupons the stock may issue' }),
        ...sendRuleFields,
      })
      .meta(STOCK_SEND_RULE),
    custom_entrance: customEntrance(RESPONSE).optional().meta(CUSTOM_ENTRANCE),
    display_pattern_info: displayPatternInfo(RESPONSE).optional().meta(DISPLAY_PATTERN_INFO),
    stock_state: z.enum(['UNAUDIT', 'RUNNING', 'STOPED', 'PAUSED']).meta({
      description: '批次状态（审核中/运行中/已停止/暂停发放）',
      en: 'Stock state (under review / running / stopped / issuance paused)',
    }),
    coupon_code_mode: z.enum(COUPON_CODE_MODE).meta({ description: '券code模式', en: 'Source of the coupon codes' }),
    stock_id: z.string().meta({ description: '批次号', en: 'Stock ID' }),
    coupon_code_count: z
      .looseObject({
        total_count: z
          .int()
          .meta({ description: '该批次总共已上传的code总数', en: 'Codes uploaded to the stock in all' }),
        available_count: z.int().meta({ description: '该批次当前可用的code数', en: 'Codes available now' }),
      })
      .optional()
      .meta({
        description: '券code数量（仅 MERCHANT_UPLOAD 模式返回）',
        en: 'Code counts (MERCHANT_UPLOAD stocks only)',
      }),
    notify_config: notifyConfig(RESPONSE).optional().meta(NOTIFY_CONFIG),
    send_count_information: z
      .looseObject({
        total_send_num: z.int().optional().meta({ description: '已发放券张数', en: 'Coupons issued' }),
        total_send_amount: z.int().optional().meta({
          description: '已发放券金额（分，满减券返回）',
          en: 'Money issued (fen; fixed-amount coupons)',
        }),
        today_send_num: z.int().optional().meta({
          description: '单天已发放券张数（设置了单天上限时返回）',
          en: 'Coupons issued today (when a daily limit is set)',
        }),
        today_send_amount: z
          .int()
          .optional()
          .meta({ description: '单天已发放券金额（分）', en: 'Money issued today (fen)' }),
      })
      .optional()
      .meta({ description: '批次发放情况', en: 'Issuance so far' }),
    subsidy: z.boolean().optional().meta({
      description: '是否允许营销补差（暂未开放）',
      en: 'Whether marketing subsidies are allowed (not open yet)',
    }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询商家券详情',
      summary: '查询商家券批次的详情：规则、样式、状态与发放情况',
    },
    en: {
      title: 'Get stock details',
      summary: "Read a stock's rules, style, state (`stock_state`) and issuance counts.",
    },
    example: {
      stock_id: '1212',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012534928',
        zh: '直连商户：查询商家券详情',
        en: 'Direct merchant: Get stock details',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012693047',
        zh: '服务商：查询商家券详情',
        en: 'Partner: Get stock details',
      },
    ],
  },
})
