// ecommerce: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 申请二级商户资金账单: the options of `GET /v3/ecommerce/bill/fundflowbill`. */
export interface EcommerceBillFundflowbillGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期 */
    bill_date: string
    /** 资金账户类型 */
    account_type: 'ALL'
    /** 压缩类型 */
    tar_type?: 'GZIP'
    /** 加密算法 */
    algorithm: 'AEAD_AES_256_GCM' | 'SM4_GCM'
  }
}

/** 申请二级商户资金账单: what `GET /v3/ecommerce/bill/fundflowbill` answers. */
export type EcommerceBillFundflowbillGetResponse = {
  /** 下载信息总数 */
  download_bill_count: number
  /** 下载信息明细 */
  download_bill_list?: {
    /** 账单文件序号 */
    bill_sequence: number
    /** 哈希类型 */
    hash_type: 'SHA1' | (string & {})
    /** 哈希值 */
    hash_value: string
    /** 账单下载地址 */
    download_url: string
    /** 加密密钥 */
    encrypt_key: string
    /** 随机字符串 */
    nonce: string
  }[]
}

/** 查询指定主体子商户列表: the options of `GET /v3/ecommerce/subject-sub-merchants`. */
export interface EcommerceSubjectSubMerchantsGetOptions extends RouteCallOptions {
  query: {
    /** 主体类型 */
    organization_type: 'SUBJECT_TYPE_ENTERPRISE' | 'SUBJECT_TYPE_INSTITUTIONS_CLONED' | 'SUBJECT_TYPE_INDIVIDUAL' | 'SUBJECT_TYPE_OTHERS' | 'SUBJECT_TYPE_GOVERNMENT' | 'SUBJECT_TYPE_MICRO'
    /** 证件号码 (encrypt with `client.encrypt()`) */
    cert_number: Encrypted
    /** 分页大小 */
    limit?: number
    /** 分页偏移 */
    offset?: number
  }
}

/** 查询指定主体子商户列表: what `GET /v3/ecommerce/subject-sub-merchants` answers. */
export type EcommerceSubjectSubMerchantsGetResponse = {
  /** 子商户列表 */
  data: {
    /** 子商户号 */
    sub_mchid: string
    /** 商户简称 */
    merchant_shortname: string
    /** 签约时间 */
    sign_time: string
  }[]
  /** 分页偏移 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 总条数 */
  total_count: number
}
