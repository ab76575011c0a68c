import { defineEndpoint, queryInt, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import {
  COMMON_ERRORS,
  codeInformation,
  codeStatus,
  couponEntity,
  couponStateField,
  NO_OFFICIAL_PAGE,
  PRODUCT_INTRODUCTION,
} from './shared.js'

/** Characters WeChat Pay accepts in a merchant-uploaded code. */
const UPLOADED_CODE = /^[0-9a-zA-Z _\-\\/=|]+$/

export const uploadCouponCodes = defineEndpoint({
  id: 'upload_coupon_codes',
  method: 'POST',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes',
  encoding: 'json',
  pathParams: z.strictObject({
    stock_id: z.string().min(1).max(20).meta({ description: '批次号', constraints: '1..20' }),
  }),
  query: undefined,
  body: z.strictObject({
    coupon_code_list: z
      .array(z.string().min(1).max(32).regex(UPLOADED_CODE, 'may contain only 0-9 a-z A-Z, space and - _ \\ / = |'))
      .min(1)
      .max(200)
      .meta({
        description: '券code列表',
        constraints: '1..200 条；单个code 1..32 字符，允许 0-9 a-z A-Z 空格 - _ \\ / = |',
        uncertain: 'Go/Java mark required; wechatpay.im and the 2019 doc text mark optional (否)',
      }),
    upload_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '请求业务单据号（商户侧唯一）', constraints: '1..128' }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta({ description: '批次号' }),
    total_count: z.int().meta({ description: '去重后实际上传的code总数' }),
    success_count: z.int().meta({ description: '上传成功code个数' }),
    success_codes: z.array(z.string()).optional().meta({ description: '本次新增上传成功的code列表' }),
    success_time: rfc3339.meta({ description: '上传操作完成时间' }),
    fail_count: z.int().optional().meta({ description: '上传失败code个数' }),
    fail_codes: z
      .array(
        z.looseObject({
          coupon_code: z.string().meta({ description: '上传失败的券code' }),
          code: z.string().meta({ description: '上传失败错误码（示例 LENGTH_LIMIT）' }),
          message: z.string().meta({ description: '上传失败错误信息' }),
        }),
      )
      .optional()
      .meta({ description: '上传失败的code及原因' }),
    exist_codes: z.array(z.string()).optional().meta({ description: '历史已存在的code列表（本次不会重复导入）' }),
    duplicate_codes: z.array(z.string()).optional().meta({ description: '本次请求中重复的code列表（仅保留一个导入）' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'upload_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '上传预存code',
      summary: '为券code模式为 MERCHANT_UPLOAD 的批次上传预存券code（每次最多200个）',
      notes: ['仅 coupon_code_mode=MERCHANT_UPLOAD 的批次需要；发券时系统从已导入code中随机取（不能指定）'],
    },
    en: {
      title: 'Upload pre-stored coupon codes',
      summary: 'Upload up to 200 codes to a `MERCHANT_UPLOAD` stock.',
      description: ['Per-code failures come back in `fail_codes`, not as an error.'],
    },
    example: {
      stock_id: '98065001',
      coupon_code_list: ['ABC9588200', 'ABC9588201'],
      upload_request_no: '1002600620019090123143254440',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012487038',
        zh: '直连商户：上传预存code',
        en: 'Direct merchant: Upload pre-stored coupon codes',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012492853',
        zh: '服务商：上传预存code',
        en: 'Partner: Upload pre-stored coupon codes',
      },
    ],
  },
})

export const listCouponCodes = defineEndpoint({
  id: 'list_coupon_codes',
  method: 'GET',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes',
  encoding: undefined,
  pathParams: z.strictObject({
    stock_id: z.string().min(1).meta({ description: '批次号' }),
  }),
  query: z.strictObject({
    status: codeStatus.optional().meta({
      description: '券code状态（不填查所有状态）',
      uncertain:
        'Go/Java type it CouponCodeStatus (AVAILABLE|DISPATCHED); wechatpay.im lists SENDED|USED|EXPIRED|DELETED|' +
        'DEACTIVATED (looks copied from coupon_state)',
    }),
    appid: z.string().optional().meta({ description: '公众账号ID' }),
    offset: queryInt.optional().meta({ description: '分页起始位置（分页页码）' }),
    limit: queryInt.optional().meta({ description: '分页大小（最大size）' }),
  }),
  body: undefined,
  response: z.looseObject({
    stock_id: z.string().meta({ description: '批次号' }),
    total_count: z.int().meta({ description: '该批次已上传code总个数' }),
    limit: z.int().meta({ description: '返回数据的实际个数（分页大小）' }),
    offset: z.int().meta({ description: '分页起始位置，与请求相同' }),
    data: z.array(codeInformation).optional().meta({ description: '券code信息列表' }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: NO_OFFICIAL_PAGE,
  docs: {
    zh: {
      title: '查询预存code列表',
      summary: '分页查询批次已上传的预存code及其分配状态',
      notes: ['无公开的独立官方文档页（wechatpay.im 仅链接产品介绍页），字段取自 Go/Java 生成模型'],
    },
    en: {
      title: 'List pre-stored coupon codes',
      summary: "Page through a stock's uploaded codes.",
    },
    example: {
      stock_id: '1212',
      limit: 10,
      offset: 0,
    },
    errors: COMMON_ERRORS,
    links: [PRODUCT_INTRODUCTION],
  },
})

export const getCouponCode = defineEndpoint({
  id: 'get_coupon_code',
  method: 'GET',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}',
  encoding: undefined,
  pathParams: z.strictObject({
    stock_id: z.string().min(1).meta({ description: '批次号' }),
    coupon_code: z.string().min(1).meta({ description: '商户上传的code' }),
  }),
  query: z.strictObject({
    appid: z.string().optional().meta({ description: '公众账号ID' }),
  }),
  body: undefined,
  response: z.looseObject({
    code_information: codeInformation.meta({ description: '商户上传code信息（状态、上传时间等）' }),
    coupon_information: couponEntity(couponStateField).optional().meta({
      description: '用户券信息（仅当code状态为 DISPATCHED 时返回）',
      uncertain: 'Go/Java optional; wechatpay.im marks required',
    }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: NO_OFFICIAL_PAGE,
  docs: {
    zh: {
      title: '查询预存code详情',
      summary: '查询一个预存code的分配状态；已分配给用户时同时返回用户券信息',
      notes: ['无公开的独立官方文档页；coupon_information 结构同用户券详情（CouponEntity）'],
    },
    en: {
      title: 'Get a pre-stored coupon code',
      summary: 'Read one uploaded code and, once dispatched, the user coupon it became.',
    },
    example: {
      stock_id: '1212',
      coupon_code: '1212',
    },
    errors: COMMON_ERRORS,
    links: [PRODUCT_INTRODUCTION],
  },
})

export const deleteCouponCode = defineEndpoint({
  id: 'delete_coupon_code',
  method: 'DELETE',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}',
  encoding: undefined,
  pathParams: z.strictObject({
    stock_id: z.string().min(1).meta({ description: '批次号' }),
    coupon_code: z.string().min(1).meta({ description: '商户上传的code' }),
  }),
  query: z.strictObject({
    delete_request_no: z.string().min(1).meta({ description: '请求业务单据号（删除凭据号，商户侧唯一）' }),
  }),
  body: undefined,
  response: z.looseObject({
    stock_id: z.string().meta({ description: '批次号' }),
    delete_time: rfc3339.meta({ description: '删除时间' }),
  }),
  responseStatus: 200,
  // Carried in the query string, not in a body (Go/Java/wechatpay.im agree).
  idempotency: { field: 'delete_request_no', generate: true },
  uncertain: NO_OFFICIAL_PAGE,
  docs: {
    zh: {
      title: '删除预存code',
      summary: '删除一个尚未分配的预存code',
      notes: ['delete_request_no 在 query string 中传递（Go/Java/wechatpay.im 一致）', '无公开的独立官方文档页'],
    },
    en: {
      title: 'Delete a pre-stored coupon code',
      summary: 'Delete an uploaded code that is not dispatched yet.',
      description: ['`delete_request_no` travels in the query string.'],
    },
    example: {
      stock_id: '1212',
      coupon_code: '1212',
      delete_request_no: '1002600620019090123143254442',
    },
    errors: COMMON_ERRORS,
    links: [PRODUCT_INTRODUCTION],
  },
})
