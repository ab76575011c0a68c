// bill: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 申请资金账单: the options of `GET /v3/bill/fundflowbill`. */
export interface BillFundflowbillGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期（YYYY-MM-DD） */
    bill_date: string
    /** 资金账户类型（BASIC 基本账户，OPERATION 运营账户，FEES 手续费账户；不填时为 BASIC） */
    account_type?: 'BASIC' | 'OPERATION' | 'FEES'
    /** 压缩类型（GZIP；不填时返回未压缩的账单） */
    tar_type?: 'GZIP'
  }
}

/** 申请资金账单: what `GET /v3/bill/fundflowbill` answers. */
export type BillFundflowbillGetResponse = {
  /** 哈希类型（SHA1） */
  hash_type: string
  /** 哈希值（原始账单的摘要） */
  hash_value: string
  /** 账单下载地址（有效期 30 秒） */
  download_url: string
}

/** 申请单个子商户资金账单: the options of `GET /v3/bill/sub-merchant-fundflowbill`. */
export interface BillSubMerchantFundflowbillGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid: string
    /** 账单日期 */
    bill_date: string
    /** 压缩类型 */
    tar_type?: 'GZIP'
    /** 加密算法 */
    algorithm: 'AEAD_AES_256_GCM' | 'SM4_GCM'
    /** 资金账户类型 */
    account_type: 'BASIC' | 'OPERATION' | 'FEES' | 'DEPOSIT'
  }
}

/** 申请单个子商户资金账单: what `GET /v3/bill/sub-merchant-fundflowbill` answers. */
export type BillSubMerchantFundflowbillGetResponse = {
  /** 下载信息总数 */
  download_bill_count: number
  /** 下载信息明细 */
  download_bill_list?: {
    /** 账单文件序号 */
    bill_sequence: number
    /** 下载地址 */
    download_url: string
    /** 加密密钥 */
    encrypt_key: string
    /** 哈希类型 */
    hash_type: string
    /** 哈希值 */
    hash_value: string
    /** 随机字符串 */
    nonce: string
  }[]
}

/** 申请交易账单: the options of `GET /v3/bill/tradebill`. */
export interface BillTradebillGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期（YYYY-MM-DD） */
    bill_date: string
    /** 账单类型（ALL 全部，SUCCESS 成功支付的订单，REFUND 退款订单…；不填时为 ALL） */
    bill_type?: 'ALL' | 'SUCCESS' | 'REFUND' | 'RECHARGE_REFUND' | 'ALL_SPECIAL' | 'SUC_SPECIAL' | 'REF_SPECIAL'
    /** 压缩类型（GZIP；不填时返回未压缩的账单） */
    tar_type?: 'GZIP'
  }
}

/** 申请交易账单: what `GET /v3/bill/tradebill` answers. */
export type BillTradebillGetResponse = {
  /** 哈希类型（SHA1） */
  hash_type: string
  /** 哈希值（原始账单的摘要） */
  hash_value: string
  /** 账单下载地址（有效期 30 秒） */
  download_url: string
}
