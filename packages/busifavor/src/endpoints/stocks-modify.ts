import { defineEndpoint, REQUEST } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS, codeDisplayMode, length, useMethod } from './shared.js'
import { DISPLAY_PATTERN_INFO, NOTIFY_CONFIG, STOCK_SEND_RULE, stockIdParam } from './stock-fields.js'
import {
  CODE_DISPLAY_MODE,
  CUSTOM_ENTRANCE,
  displayPatternInfo,
  ENTRANCE_APPID,
  ENTRANCE_WORDS,
  GUIDING_WORDS,
  HALL_ID,
  MINI_PROGRAM_APPID,
  MINI_PROGRAM_PATH,
  MINI_PROGRAMS_INFO,
  notifyConfig,
} from './stock-rules.js'

// Changing a stock: its basic information and its budget.

// "暂不支持修改" on these two fields comes from the Go SDK's model comments only.
const NOT_MODIFIABLE = 'the "cannot be changed yet" remark is from the Go SDK model comment only'

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
