import { defineEndpoint, exampleCode, REQUEST, RESPONSE, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import {
  COMMON_ERRORS,
  codeDisplayMode,
  couponAvailableTime,
  couponUseRule,
  customEntrance,
  displayPatternInfo,
  notifyConfig,
  stockType,
  useMethod,
} from './shared.js'

const stockIdParam = z.strictObject({
  stock_id: z.string().min(1).max(20).meta({ description: '批次号', constraints: '1..20' }),
})

export const createStock = defineEndpoint({
  id: 'create_stock',
  method: 'POST',
  path: '/v3/marketing/busifavor/stocks',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_name: z
      .string()
      .min(1)
      .max(21)
      .meta({ description: '商家券批次名称', constraints: '1..21字（中文/字母/数字均计1字）' }),
    belong_merchant: z
      .string()
      .min(8)
      .max(15)
      .meta({ description: '批次归属商户号', constraints: '8..15；直连=直连商户号，服务商/间连=子商户号' }),
    comment: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .meta({ description: '批次备注（仅商户可见）', constraints: '1..20字' }),
    goods_name: z.string().min(1).max(15).meta({ description: '适用商品范围（展示在卡包）', constraints: '1..15字' }),
    stock_type: stockType.meta({ description: '批次类型' }),
    coupon_use_rule: couponUseRule(
      REQUEST,
      couponAvailableTime(REQUEST).extend({
        available_second_after_receive: z.int().optional().meta({
          description: '领取后N秒内有效',
          uncertain: 'only on wechatpay.im (2025.07.25 update); absent from Go/Java SDK and the 2020 doc text',
        }),
      }),
    ).meta({ description: '核销规则' }),
    stock_send_rule: z
      .strictObject({
        max_amount: z.int().optional().meta({ description: '批次总预算（分）', constraints: '该字段暂未开放' }),
        max_coupons: z.int().min(1).max(1000000000).meta({
          description: '批次最大发放个数',
          constraints: '1..1000000000',
          uncertain: 'required per 2020 doc text, WxJava and wechatpay.im; Go/Java SDK mark it optional',
        }),
        max_coupons_per_user: z.int().min(1).max(100).meta({ description: '用户最大可领个数', constraints: '1..100' }),
        max_amount_by_day: z
          .int()
          .optional()
          .meta({ description: '单天发放上限金额（分）', constraints: '该字段暂未开放' }),
        max_coupons_by_day: z.int().min(1).max(1000000000).optional().meta({
          description: '单天发放上限个数',
          constraints: '1..1000000000；stock_type 为 DISCOUNT 或 EXCHANGE 时可传',
        }),
        natural_person_limit: z
          .boolean()
          .optional()
          .meta({ description: '是否开启自然人限领', constraints: '默认 false' }),
        prevent_api_abuse: z.boolean().optional().meta({ description: '可疑账号拦截', constraints: '默认 false' }),
        transferable: z.boolean().optional().meta({ description: '是否允许转赠', constraints: '默认 false；暂未开放' }),
        shareable: z
          .boolean()
          .optional()
          .meta({ description: '是否允许分享领券链接', constraints: '默认 false；暂未开放' }),
      })
      .meta({ description: '发放规则' }),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '商户请求单号（商户ID+日期+流水号，商户侧唯一）', constraints: '1..128' }),
    custom_entrance: customEntrance(REQUEST).optional().meta({ description: '自定义入口（卡详情页入口）' }),
    display_pattern_info: displayPatternInfo(REQUEST).optional().meta({ description: '样式信息' }),
    coupon_code_mode: z.enum(['WECHATPAY_MODE', 'MERCHANT_API', 'MERCHANT_UPLOAD']).meta({
      description: '券code模式',
      constraints:
        'WECHATPAY_MODE=系统分配（22位纯数字）；MERCHANT_API=发券时接口指定；MERCHANT_UPLOAD=需先上传预存code',
    }),
    notify_config: notifyConfig(REQUEST).optional().meta({ description: '事件通知配置' }),
    subsidy: z.boolean().optional().meta({ description: '是否允许营销补差', constraints: '默认 false；暂未开放' }),
  }),
  response: z.looseObject({
    stock_id: z.string().min(1).max(20).meta({ description: '批次号', constraints: '1..20' }),
    create_time: rfc3339.meta({ description: '创建时间' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '创建商家券',
      summary: '创建商家券批次：设置券的核销规则、发放规则、样式与券code模式，返回批次号 stock_id',
      notes: [
        '跳转小程序时链接会带 stock_id、openid、nonce、associate=COUPON_CODE、ciphertext；ciphertext 用 APIv3 密钥 AEAD_AES_256_GCM 解密得 coupon_code（2020 doc text）',
      ],
    },
    en: {
      title: 'Create a merchant-coupon stock (batch)',
      summary: 'Create a stock (批次) with its use rule, issuance rule, style and code mode; resolves with `stock_id`.',
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
    stock_name: z.string().meta({ description: '商家券批次名称' }),
    belong_merchant: z.string().meta({ description: '批次归属商户号' }),
    comment: z.string().optional().meta({ description: '批次备注' }),
    goods_name: z.string().meta({ description: '适用商品范围' }),
    stock_type: stockType.meta({ description: '批次类型' }),
    coupon_use_rule: couponUseRule(RESPONSE, couponAvailableTime(RESPONSE)).meta({ description: '核销规则' }),
    stock_send_rule: z
      .looseObject({
        max_amount: z.int().optional().meta({
          description: '批次总预算（分）',
          uncertain: 'wechatpay.im marks required in the query response; Go/Java optional (字段暂未开放)',
        }),
        max_coupons: z.int().optional().meta({ description: '批次最大发放个数' }),
        max_coupons_per_user: z.int().min(1).max(100).meta({ description: '用户最大可领个数', constraints: '1..100' }),
        max_amount_by_day: z
          .int()
          .optional()
          .meta({ description: '单天发放上限金额（分）', constraints: '该字段暂未开放' }),
        max_coupons_by_day: z.int().min(1).max(1000000000).optional().meta({
          description: '单天发放上限个数',
          constraints: '1..1000000000；stock_type 为 DISCOUNT 或 EXCHANGE 时可传',
        }),
        natural_person_limit: z
          .boolean()
          .optional()
          .meta({ description: '是否开启自然人限领', constraints: '默认 false' }),
        prevent_api_abuse: z.boolean().optional().meta({ description: '可疑账号拦截', constraints: '默认 false' }),
        transferable: z.boolean().optional().meta({ description: '是否允许转赠', constraints: '默认 false；暂未开放' }),
        shareable: z
          .boolean()
          .optional()
          .meta({ description: '是否允许分享领券链接', constraints: '默认 false；暂未开放' }),
      })
      .meta({ description: '发放规则' }),
    custom_entrance: customEntrance(RESPONSE).optional().meta({ description: '自定义入口（卡详情页入口）' }),
    display_pattern_info: displayPatternInfo(RESPONSE).optional().meta({ description: '样式信息' }),
    stock_state: z
      .enum(['UNAUDIT', 'RUNNING', 'STOPED', 'PAUSED'])
      .meta({ description: '批次状态（审核中/运行中/已停止/暂停发放）' }),
    coupon_code_mode: z.enum(['WECHATPAY_MODE', 'MERCHANT_API', 'MERCHANT_UPLOAD']).meta({ description: '券code模式' }),
    stock_id: z.string().meta({ description: '批次号' }),
    coupon_code_count: z
      .looseObject({
        total_count: z.int().meta({ description: '该批次总共已上传的code总数' }),
        available_count: z.int().meta({ description: '该批次当前可用的code数' }),
      })
      .optional()
      .meta({ description: '券code数量（仅 MERCHANT_UPLOAD 模式返回）' }),
    notify_config: notifyConfig(RESPONSE).optional().meta({ description: '事件通知配置' }),
    send_count_information: z
      .looseObject({
        total_send_num: z.int().optional().meta({ description: '已发放券张数' }),
        total_send_amount: z.int().optional().meta({ description: '已发放券金额（分，满减券返回）' }),
        today_send_num: z.int().optional().meta({ description: '单天已发放券张数（设置了单天上限时返回）' }),
        today_send_amount: z.int().optional().meta({ description: '单天已发放券金额（分）' }),
      })
      .optional()
      .meta({ description: '批次发放情况' }),
    subsidy: z.boolean().optional().meta({ description: '是否允许营销补差（暂未开放）' }),
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
              .meta({ description: '商家小程序appid（须与归属商户号有绑定关系）', uncertain: MODIFY_MINI_APP }),
            mini_programs_path: z.string().min(1).meta({ description: '商家小程序path', uncertain: MODIFY_MINI_APP }),
            entrance_words: z
              .string()
              .min(1)
              .max(5)
              .meta({ description: '入口文案', constraints: '最多5个字', uncertain: MODIFY_MINI_APP }),
            guiding_words: z.string().max(6).optional().meta({ description: '引导文案', constraints: '最多6个字' }),
          })
          .optional()
          .meta({ description: '小程序入口' }),
        appid: z.string().optional().meta({ description: '商户公众号appid（券详情可跳转公众号）' }),
        hall_id: z.string().optional().meta({ description: '营销馆id（更多优惠入口）' }),
        code_display_mode: codeDisplayMode.optional().meta({ description: 'code展示模式' }),
      })
      .optional()
      .meta({ description: '自定义入口（卡详情页入口）' }),
    stock_name: z
      .string()
      .min(1)
      .max(21)
      .optional()
      .meta({ description: '批次名称', constraints: '1..21字；Go 注明暂不支持修改' }),
    comment: z.string().min(1).max(20).optional().meta({ description: '批次备注', constraints: '1..20字' }),
    goods_name: z.string().min(1).max(15).optional().meta({ description: '适用商品范围', constraints: '1..15字' }),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '商户请求单号（修改批次凭据号，商户侧唯一）', constraints: '1..128' }),
    display_pattern_info: displayPatternInfo(REQUEST).optional().meta({ description: '样式信息' }),
    coupon_use_rule: z
      .strictObject({
        use_method: useMethod.optional().meta({ description: '核销方式' }),
        mini_programs_appid: z.string().optional().meta({ description: '小程序appid（核销方式为线上小程序时有效）' }),
        mini_programs_path: z.string().optional().meta({ description: '小程序path（核销方式为线上小程序时有效）' }),
      })
      .optional()
      .meta({ description: '核销规则（仅可修改核销方式与小程序信息）' }),
    stock_send_rule: z
      .strictObject({
        natural_person_limit: z
          .boolean()
          .optional()
          .meta({ description: '是否开启自然人限领', constraints: 'Go 注明暂不支持修改' }),
        prevent_api_abuse: z.boolean().optional().meta({ description: '可疑账号拦截' }),
      })
      .optional()
      .meta({ description: '发放规则' }),
    notify_config: notifyConfig(REQUEST).optional().meta({ description: '事件通知配置' }),
    subsidy: z
      .boolean()
      .optional()
      .meta({ description: '是否允许营销补差', constraints: '只允许 false→true；暂未开放' }),
  }),
  response: undefined,
  responseStatus: 204,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '修改商家券基本信息',
      summary: '修改商家券批次的基本信息（名称、备注、入口、样式、核销方式等），成功时无应答体',
      notes: ['前置条件：已创建批次，且修改时间位于有效期结束时间前', '成功返回 HTTP 204，无应答体'],
    },
    en: {
      title: 'Update stock basic info',
      summary:
        "Change a stock's name, comment, entrance, style or use method; resolves with `undefined` (WeChat Pay answers 204).",
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
    target_max_coupons: z
      .int()
      .optional()
      .meta({ description: '目标批次最大发放个数', constraints: '与 target_max_coupons_by_day 二选一' }),
    target_max_coupons_by_day: z
      .int()
      .optional()
      .meta({ description: '目标单天发放上限个数', constraints: '与 target_max_coupons 二选一' }),
    current_max_coupons: z
      .int()
      .optional()
      .meta({ description: '当前批次最大发放个数', constraints: 'target_max_coupons>0 时必传' }),
    current_max_coupons_by_day: z
      .int()
      .optional()
      .meta({ description: '当前单天发放上限个数', constraints: 'target_max_coupons_by_day>0 时必传' }),
    modify_budget_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '修改预算请求单据号', constraints: '1..128' }),
  }),
  response: z.looseObject({
    max_coupons: z.int().meta({ description: '批次当前最大发放个数' }),
    max_coupons_by_day: z.int().optional().meta({ description: '当前单天发放上限个数' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'modify_budget_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '修改批次预算',
      summary: '修改批次的最大发放个数或单天发放上限（带上当前值，防止并发修改相互覆盖）',
      notes: ['前置条件：已创建批次，且修改时间位于有效期结束时间前'],
    },
    en: {
      title: 'Update stock budget',
      summary:
        "Change the stock's maximum coupon count (or the daily maximum), passing the current value so that concurrent changes cannot overwrite each other.",
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
