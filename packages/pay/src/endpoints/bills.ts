import { defineEndpoint } from '@core/kit/define'
import { z } from 'zod'
import { PAY_EXAMPLES as X } from '../examples.js'
import { errorsOf, productLinks } from './shared.js'

// Asking for a bill (申请账单) answers where to fetch it and its digest. The file itself comes from `download_url`
// (under /v3/billdownload/file), a signed GET whose answer is NOT signed: `downloadBill` (../bill-download.ts) streams
// it through the client's `download()`, gunzipped when tar_type=GZIP, its SHA1 checked against hash_value.

const billDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2019-06-11')
  .meta({
    description: '账单日期（YYYY-MM-DD）',
    en: 'Bill date (YYYY-MM-DD)',
    constraints: 'YYYY-MM-DD，如 2019-06-11',
    constraintsEn: 'YYYY-MM-DD, e.g. 2019-06-11',
  })

const tarType = z.enum(['GZIP']).optional().meta({
  description: '压缩类型（GZIP；不填时返回未压缩的账单）',
  en: 'Compression (GZIP; uncompressed when left out)',
})

/** Where the bill is and how to check it. */
const billLink = z.looseObject({
  hash_type: z.string().meta({ description: '哈希类型（SHA1）', en: 'Digest algorithm (SHA1)' }),
  hash_value: z.string().meta({ description: '哈希值（原始账单的摘要）', en: 'Digest of the original bill' }),
  download_url: z.string().meta({
    description: '账单下载地址（有效期 30 秒）',
    en: 'Download URL of the bill (valid for 30 seconds)',
  }),
})

const BILL_ERRORS = errorsOf('NO_AUTH', 'NO_STATEMENT_EXIST', 'STATEMENT_CREATING')

const WINDOW = {
  zh: '每天上午 10 点后可申请前一天的账单；只能申请三个月以内的账单',
  en: 'The previous day’s bill is available after 10:00 (China time); bills of the last three months can be requested.',
}
const DOWNLOAD = {
  zh: '用 downloadBill(client, 本接口的应答, { to }) 下载：流式写入文件，GZIP 时边下边解压，边下边校验 SHA1，不符时抛出 IntegrityError 且不留下文件',
  en: 'Download it with downloadBill(client, this answer, { to }): streamed to the file, gunzipped on the way for GZIP, its SHA1 checked as it streams; a mismatch throws an IntegrityError and leaves no file.',
}
const URL_TTL = {
  zh: 'download_url 有效期为 30 秒，取得后应立即下载',
  en: 'The download_url is valid for 30 seconds: download right away.',
}

export const tradeBill = defineEndpoint({
  id: 'trade_bill',
  method: 'GET',
  path: '/v3/bill/tradebill',
  encoding: undefined,
  pathParams: undefined,
  query: z.strictObject({
    bill_date: billDate,
    bill_type: z
      .enum(['ALL', 'SUCCESS', 'REFUND', 'RECHARGE_REFUND', 'ALL_SPECIAL', 'SUC_SPECIAL', 'REF_SPECIAL'])
      .optional()
      .meta({
        description: '账单类型（ALL 全部，SUCCESS 成功支付的订单，REFUND 退款订单…；不填时为 ALL）',
        en: 'Bill type (ALL, SUCCESS paid orders, REFUND refunds…; ALL when left out)',
      }),
    tar_type: tarType,
  }),
  body: undefined,
  response: billLink,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '申请交易账单',
      summary: '申请某一天的交易账单，取得账单下载地址与摘要',
      notes: [
        WINDOW.zh,
        URL_TTL.zh,
        DOWNLOAD.zh,
        '账单中的金额以元为单位（不是分）',
        '未成功下单的交易不会出现在账单中',
      ],
    },
    en: {
      title: 'Request the trade bill',
      summary: 'Ask for one day’s trade bill: its download URL and digest.',
      notes: [
        WINDOW.en,
        URL_TTL.en,
        DOWNLOAD.en,
        'Amounts in the bill are in 元 (yuan), not 分.',
        'Orders that were never placed successfully are not in the bill.',
      ],
    },
    example: { bill_date: X.bill_date, bill_type: 'ALL', tar_type: 'GZIP' },
    errors: BILL_ERRORS,
    links: productLinks('申请交易账单', 'Request the trade bill', {
      jsapi: '4012791866',
      app: '4013070395',
      native: '4012791887',
      miniprogram: '4012791907',
    }),
  },
})

export const fundFlowBill = defineEndpoint({
  id: 'fund_flow_bill',
  method: 'GET',
  path: '/v3/bill/fundflowbill',
  encoding: undefined,
  pathParams: undefined,
  query: z.strictObject({
    bill_date: billDate,
    account_type: z.enum(['BASIC', 'OPERATION', 'FEES']).optional().meta({
      description: '资金账户类型（BASIC 基本账户，OPERATION 运营账户，FEES 手续费账户；不填时为 BASIC）',
      en: 'Account (BASIC, OPERATION or FEES; BASIC when left out)',
    }),
    tar_type: tarType,
  }),
  body: undefined,
  response: billLink,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '申请资金账单',
      summary: '申请某一天某个资金账户的资金账单，取得账单下载地址与摘要',
      notes: [WINDOW.zh, URL_TTL.zh, DOWNLOAD.zh, '账单中的金额以元为单位（不是分）'],
    },
    en: {
      title: 'Request the fund flow bill',
      summary: 'Ask for one day’s fund flow bill of an account: its download URL and digest.',
      notes: [WINDOW.en, URL_TTL.en, DOWNLOAD.en, 'Amounts in the bill are in 元 (yuan), not 分.'],
    },
    example: { bill_date: X.bill_date, account_type: 'BASIC', tar_type: 'GZIP' },
    errors: BILL_ERRORS,
    links: productLinks('申请资金账单', 'Request the fund flow bill', {
      jsapi: '4012791867',
      app: '4013070400',
      native: '4012791888',
      miniprogram: '4012791908',
    }),
  },
})
