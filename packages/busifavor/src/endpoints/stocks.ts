import { defineEndpoint, exampleCode, REQUEST, RESPONSE, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import {
  CODE_DISPLAY_MODE,
  COMMON_ERRORS,
  CUSTOM_ENTRANCE,
  codeDisplayMode,
  couponAvailableTime,
  couponUseRule,
  customEntrance,
  displayPatternInfo,
  ENTRANCE_APPID,
  ENTRANCE_WORDS,
  GUIDING_WORDS,
  HALL_ID,
  length,
  MINI_PROGRAM_APPID,
  MINI_PROGRAM_PATH,
  MINI_PROGRAMS_INFO,
  notifyConfig,
  stockType,
  useMethod,
} from './shared.js'

const stockIdParam = z.strictObject({
  stock_id: z
    .string()
    .min(1)
    .max(20)
    .meta({ description: '批次号', en: 'Stock ID', ...length(1, 20) }),
})

const NOT_OPEN = { constraints: '该字段暂未开放', constraintsEn: 'Not open yet' }
const DEFAULT_FALSE = { constraints: '默认 false', constraintsEn: 'Default false' }
const DEFAULT_FALSE_NOT_OPEN = { constraints: '默认 false；暂未开放', constraintsEn: 'Default false; not open yet' }
const STOCK_SEND_RULE = { description: '发放规则', en: 'Issuance rule' }
const NOTIFY_CONFIG = { description: '事件通知配置', en: 'Event notification settings' }
const DISPLAY_PATTERN_INFO = { description: '样式信息', en: 'Display style' }
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

// "暂不支持修改" on these two fields comes from the Go SDK's model comments only.
const NOT_MODIFIABLE = 'the "cannot be changed yet" remark is from the Go SDK model comment only'

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

const MODIFY_MINI_APP = 'Go/Java ModifyMiniAppInfo mark it optional'

const BEFORE_END = {
  zh: '前置条件：已创建批次，且修改时间位于有效期结束时间前',
  en: 'The stock must exist, and the change must come before the end of its validity period.',
}

export const modifyStock = defineEndpoint({
  id: 'modify_stock',
  method: 'PATCH',
  path: '/v3/marketing/busifavor/stocks/{stock_id}',
  encoding: 'json',
  pathParams: stockIdParam,
  query: undefined,
  body: z.strictObject({
    custom_entrance: z
      .strictObject({
        mini_programs_info: z
          .strictObject({
            mini_programs_appid: z
              .string()
              .min(1)
              .meta({ ...MINI_PROGRAM_APPID, uncertain: MODIFY_MINI_APP }),
            mini_programs_path: z
              .string()
              .min(1)
              .meta({ ...MINI_PROGRAM_PATH, uncertain: MODIFY_MINI_APP }),
            entrance_words: z
              .string()
              .min(1)
              .max(5)
              .meta({ ...ENTRANCE_WORDS, uncertain: MODIFY_MINI_APP }),
            guiding_words: z.string().max(6).optional().meta(GUIDING_WORDS),
          })
          .optional()
          .meta(MINI_PROGRAMS_INFO),
        appid: z.string().optional().meta(ENTRANCE_APPID),
        hall_id: z.string().optional().meta(HALL_ID),
        code_display_mode: codeDisplayMode.optional().meta(CODE_DISPLAY_MODE),
      })
      .optional()
      .meta(CUSTOM_ENTRANCE),
    stock_name: z.string().min(1).max(21).optional().meta({
      description: '批次名称',
      en: 'Stock name',
      constraints: '1..21字；暂不支持修改',
      constraintsEn: '1 to 21 characters; cannot be changed yet',
      uncertain: NOT_MODIFIABLE,
    }),
    comment: z.string().min(1).max(20).optional().meta({
      description: '批次备注',
      en: 'Stock comment',
      constraints: '1..20字',
      constraintsEn: '1 to 20 characters',
    }),
    goods_name: z.string().min(1).max(15).optional().meta({
      description: '适用商品范围',
      en: 'Goods it applies to',
      constraints: '1..15字',
      constraintsEn: '1 to 15 characters',
    }),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '商户请求单号（修改批次凭据号，商户侧唯一）',
        en: 'Your request number for this change (unique on your side)',
        ...length(1, 128),
      }),
    display_pattern_info: displayPatternInfo(REQUEST).optional().meta(DISPLAY_PATTERN_INFO),
    coupon_use_rule: z
      .strictObject({
        use_method: useMethod.optional().meta({ description: '核销方式', en: 'How the coupon is redeemed' }),
        mini_programs_appid: z.string().optional().meta({
          description: '小程序appid（核销方式为线上小程序时有效）',
          en: 'Mini Program AppID (applies when the coupon is redeemed in a Mini Program)',
        }),
        mini_programs_path: z.string().optional().meta({
          description: '小程序path（核销方式为线上小程序时有效）',
          en: 'Mini Program page path (applies when the coupon is redeemed in a Mini Program)',
        }),
      })
      .optional()
      .meta({
        description: '核销规则（仅可修改核销方式与小程序信息）',
        en: 'Redemption rule (only the method and the Mini Program can change)',
      }),
    stock_send_rule: z
      .strictObject({
        natural_person_limit: z.boolean().optional().meta({
          description: '是否开启自然人限领',
          en: 'Apply the per-user limit per natural person',
          constraints: '暂不支持修改',
          constraintsEn: 'Cannot be changed yet',
          uncertain: NOT_MODIFIABLE,
        }),
        prevent_api_abuse: z
          .boolean()
          .optional()
          .meta({ description: '可疑账号拦截', en: 'Block suspicious accounts' }),
      })
      .optional()
      .meta(STOCK_SEND_RULE),
    notify_config: notifyConfig(REQUEST).optional().meta(NOTIFY_CONFIG),
    subsidy: z.boolean().optional().meta({
      description: '是否允许营销补差',
      en: 'Whether marketing subsidies are allowed',
      constraints: '只允许 false→true；暂未开放',
      constraintsEn: 'Only false → true is allowed; not open yet',
    }),
  }),
  response: undefined,
  responseStatus: 204,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '修改商家券基本信息',
      summary: '修改商家券批次的基本信息（名称、备注、入口、样式、核销方式等），成功时无应答体',
      notes: [BEFORE_END.zh, '成功返回 HTTP 204，无应答体'],
    },
    en: {
      title: 'Update stock basic info',
      summary:
        "Change a stock's name, comment, entrance, style or redemption method; resolves with `undefined` (WeChat Pay answers 204).",
      notes: [BEFORE_END.en, 'Success is HTTP 204 without a body.'],
    },
    example: {
      stock_id: '101156451224',
      out_request_no: '1002600620019090123143254435',
      stock_name: '8月1日活动券',
      comment: '活动使用',
      goods_name: '全场通用',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012535020',
        zh: '直连商户：修改商家券基本信息',
        en: 'Direct merchant: Update stock basic info',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012696764',
        zh: '服务商：修改商家券基本信息',
        en: 'Partner: Update stock basic info',
      },
    ],
  },
})

export const modifyBudget = defineEndpoint({
  id: 'modify_budget',
  method: 'PATCH',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/budget',
  encoding: 'json',
  pathParams: stockIdParam,
  query: undefined,
  body: z.strictObject({
    target_max_coupons: z.int().optional().meta({
      description: '目标批次最大发放个数',
      en: 'The new maximum coupon count of the stock',
      constraints: '与 target_max_coupons_by_day 二选一',
      constraintsEn: 'Give either this or target_max_coupons_by_day',
    }),
    target_max_coupons_by_day: z.int().optional().meta({
      description: '目标单天发放上限个数',
      en: 'The new daily limit in coupons',
      constraints: '与 target_max_coupons 二选一',
      constraintsEn: 'Give either this or target_max_coupons',
    }),
    current_max_coupons: z.int().optional().meta({
      description: '当前批次最大发放个数',
      en: 'The current maximum coupon count',
      constraints: 'target_max_coupons>0 时必传',
      constraintsEn: 'Required when target_max_coupons > 0',
    }),
    current_max_coupons_by_day: z.int().optional().meta({
      description: '当前单天发放上限个数',
      en: 'The current daily limit in coupons',
      constraints: 'target_max_coupons_by_day>0 时必传',
      constraintsEn: 'Required when target_max_coupons_by_day > 0',
    }),
    modify_budget_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '修改预算请求单据号',
        en: 'Your request number for this budget change',
        ...length(1, 128),
      }),
  }),
  response: z.looseObject({
    max_coupons: z.int().meta({ description: '批次当前最大发放个数', en: 'The maximum coupon count now' }),
    max_coupons_by_day: z.int().optional().meta({ description: '当前单天发放上限个数', en: 'The daily limit now' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'modify_budget_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '修改批次预算',
      summary: '修改批次的最大发放个数或单天发放上限（带上当前值，防止并发修改相互覆盖）',
      notes: [BEFORE_END.zh],
    },
    en: {
      title: 'Update stock budget',
      summary:
        "Change the stock's maximum coupon count (or its daily limit), passing the current value so that concurrent changes cannot overwrite each other.",
      notes: [BEFORE_END.en],
    },
    example: {
      stock_id: '98065001',
      modify_budget_request_no: '1002600620019090123143254441',
      target_max_coupons: 800,
      current_max_coupons: 500,
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465739',
        zh: '直连商户：修改批次预算',
        en: 'Direct merchant: Update stock budget',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465809',
        zh: '服务商：修改批次预算',
        en: 'Partner: Update stock budget',
      },
    ],
  },
})
