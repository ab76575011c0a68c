import { defineEndpoint, queryInt, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { codeInformation, couponEntity, couponStateField } from './coupon-entity.js'
import { COMMON_ERRORS, codeStatus, length, NO_OFFICIAL_PAGE, NO_PAGE_NOTE, PRODUCT_INTRODUCTION } from './shared.js'

const STOCK_ID = { description: '批次号', en: 'Stock ID' }
const UPLOADED = { description: '商户上传的code', en: 'The uploaded code' }
const APPID = { description: '公众账号ID', en: 'AppID' }

/** Characters WeChat Pay accepts in a merchant-uploaded code. */
const UPLOADED_CODE = /^[0-9a-zA-Z _\-\\/=|]+$/

export const uploadCouponCodes = defineEndpoint({
  id: 'upload_coupon_codes',
  method: 'POST',
  path: '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes',
  encoding: 'json',
  pathParams: z.strictObject({
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ ...STOCK_ID, ...length(1, 20) }),
  }),
  query: undefined,
  body: z.strictObject({
    coupon_code_list: z
      .array(z.string().min(1).max(32).regex(UPLOADED_CODE, 'may contain only 0-9 a-z A-Z, space and - _ \\ / = |'))
      .min(1)
      .max(200)
      .meta({
        description: '券code列表',
        en: 'The codes to upload',
        constraints: '1..200 条；单个code 1..32 字符，允许 0-9 a-z A-Z 空格 - _ \\ / = |',
        constraintsEn: '1 to 200 codes; each 1 to 32 characters of 0-9 a-z A-Z, space and - _ \\ / = |',
        uncertain: 'Go/Java mark required; wechatpay.im and the 2019 doc text mark optional (否)',
      }),
    upload_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '请求业务单据号（商户侧唯一）',
        en: 'Your request number (unique on your side)',
        ...length(1, 128),
      }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta(STOCK_ID),
    total_count: z.int().meta({ description: '去重后实际上传的code总数', en: 'Codes uploaded, duplicates removed' }),
    success_count: z.int().meta({ description: '上传成功code个数', en: 'Codes uploaded successfully' }),
    success_codes: z
      .array(z.string())
      .optional()
      .meta({ description: '本次新增上传成功的code列表', en: 'The codes this call added' }),
    success_time: rfc3339.meta({ description: '上传操作完成时间', en: 'When the upload completed' }),
    fail_count: z.int().optional().meta({ description: '上传失败code个数', en: 'Codes that failed' }),
    fail_codes: z
      .array(
        z.looseObject({
          coupon_code: z.string().meta({ description: '上传失败的券code', en: 'The code that failed' }),
          code: z
            .string()
            .meta({ description: '上传失败错误码（示例 LENGTH_LIMIT）', en: 'Error code (e.g. LENGTH_LIMIT)' }),
          message: z.string().meta({ description: '上传失败错误信息', en: 'Error message' }),
        }),
      )
      .optional()
      .meta({ description: '上传失败的code及原因', en: 'The codes that failed, and why' }),
    exist_codes: z.array(z.string()).optional().meta({
      description: '历史已存在的code列表（本次不会重复导入）',
      en: 'Codes uploaded before (not imported again)',
    }),
    duplicate_codes: z.array(z.string()).optional().meta({
      description: '本次请求中重复的code列表（仅保留一个导入）',
      en: 'Codes given more than once in this call (imported once)',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'upload_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '上传预存code',
      summary: '为券code模式为 MERCHANT_UPLOAD 的批次上传预存券code（每次最多200个）',
      description: ['单个code的失败在应答的 `fail_codes` 里返回，而不是作为错误抛出。'],
      notes: ['仅 coupon_code_mode=MERCHANT_UPLOAD 的批次需要；发券时系统从已导入code中随机取（不能指定）'],
    },
    en: {
      title: 'Upload pre-stored coupon codes',
      summary: 'Upload up to 200 codes to a `MERCHANT_UPLOAD` stock.',
      description: ['Per-code failures come back in `fail_codes`, not as an error.'],
      notes: [
        'Only MERCHANT_UPLOAD stocks need it (coupon_code_mode); issuing a coupon picks one of the uploaded codes at random, you cannot choose which.',
      ],
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
    stock_id: z.string().min(1).meta(STOCK_ID),
  }),
  query: z.strictObject({
    status: codeStatus.optional().meta({
      description: '券code状态（不填查所有状态）',
      en: 'Status of the codes to list (all when left out)',
      uncertain:
        'Go/Java type it CouponCodeStatus (AVAILABLE|DISPATCHED); wechatpay.im lists SENDED|USED|EXPIRED|DELETED|' +
        'DEACTIVATED (looks copied from coupon_state)',
    }),
    appid: z.string().optional().meta(APPID),
    offset: queryInt
      .optional()
      .meta({ description: '分页起始位置（分页页码）', en: 'Where the page starts (page number)' }),
    limit: queryInt.optional().meta({ description: '分页大小（最大size）', en: 'Page size (the most items)' }),
  }),
  body: undefined,
  response: z.looseObject({
    stock_id: z.string().meta(STOCK_ID),
    total_count: z.int().meta({ description: '该批次已上传code总个数', en: 'Codes uploaded to the stock' }),
    limit: z.int().meta({ description: '返回数据的实际个数（分页大小）', en: 'Items in this page (the page size)' }),
    offset: z.int().meta({ description: '分页起始位置，与请求相同', en: 'Where the page starts, as requested' }),
    data: z.array(codeInformation).optional().meta({ description: '券code信息列表', en: 'The codes' }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: `${NO_OFFICIAL_PAGE}; wechatpay.im links only the product introduction page`,
  docs: {
    zh: {
      title: '查询预存code列表',
      summary: '分页查询批次已上传的预存code及其分配状态',
      notes: [NO_PAGE_NOTE.zh],
    },
    en: {
      title: 'List pre-stored coupon codes',
      summary: "Page through a stock's uploaded codes and whether each is dispatched.",
      notes: [NO_PAGE_NOTE.en],
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
    stock_id: z.string().min(1).meta(STOCK_ID),
    coupon_code: z.string().min(1).meta(UPLOADED),
  }),
  query: z.strictObject({
    appid: z.string().optional().meta(APPID),
  }),
  body: undefined,
  response: z.looseObject({
    code_information: codeInformation.meta({
      description: '商户上传code信息（状态、上传时间等）',
      en: 'The uploaded code (status, upload time…)',
    }),
    coupon_information: couponEntity(couponStateField).optional().meta({
      description: '用户券信息（仅当code状态为 DISPATCHED 时返回）',
      en: 'The user coupon it became (only when the code is DISPATCHED)',
      uncertain: 'Go/Java optional; wechatpay.im marks required',
    }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: `${NO_OFFICIAL_PAGE}; coupon_information is the Go/Java CouponEntity`,
  docs: {
    zh: {
      title: '查询预存code详情',
      summary: '查询一个预存code的分配状态；已分配给用户时同时返回用户券信息',
      notes: [NO_PAGE_NOTE.zh, 'coupon_information 的结构与查询用户单张券详情的应答相同'],
    },
    en: {
      title: 'Get a pre-stored coupon code',
      summary: 'Read one uploaded code and, once dispatched, the user coupon it became.',
      notes: [NO_PAGE_NOTE.en, 'coupon_information has the shape of the answer of Get one user coupon.'],
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
    stock_id: z.string().min(1).meta(STOCK_ID),
    coupon_code: z.string().min(1).meta(UPLOADED),
  }),
  query: z.strictObject({
    delete_request_no: z.string().min(1).meta({
      description: '请求业务单据号（删除凭据号，商户侧唯一）',
      en: 'Your request number for the deletion (unique on your side)',
    }),
  }),
  body: undefined,
  response: z.looseObject({
    stock_id: z.string().meta(STOCK_ID),
    delete_time: rfc3339.meta({ description: '删除时间', en: 'Deletion time' }),
  }),
  responseStatus: 200,
  // Carried in the query string, not in a body (Go/Java/wechatpay.im agree).
  idempotency: { field: 'delete_request_no', generate: true },
  uncertain: `${NO_OFFICIAL_PAGE}; Go/Java and wechatpay.im agree that delete_request_no is a query parameter`,
  docs: {
    zh: {
      title: '删除预存code',
      summary: '删除一个尚未分配的预存code',
      description: ['`delete_request_no` 在查询串（query string）中传递。'],
      notes: [NO_PAGE_NOTE.zh],
    },
    en: {
      title: 'Delete a pre-stored coupon code',
      summary: 'Delete an uploaded code that is not dispatched yet.',
      description: ['`delete_request_no` travels in the query string.'],
      notes: [NO_PAGE_NOTE.en],
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
