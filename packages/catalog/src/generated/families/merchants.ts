// merchants: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface MerchantsPostJson {
  /** 机构appid */
  sp_appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户简称 */
  shortname: string
  /** 公司电话 */
  office_phone: string
  /** 联系人信息 */
  contact: {
    /** 联系人名称 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 联系人电话 (encrypt with `client.encrypt()`) */
    phone: Encrypted
    /** 联系人邮箱 (encrypt with `client.encrypt()`) */
    email: Encrypted
  }
  /** 类目 */
  business_category: number
  /** 渠道号 */
  channel_id?: string
  /** 注册国家或区域 */
  merchant_country_code: string
  /** 商户类型 */
  merchant_type: 'ENTERPRISE' | 'INDIVIDUAL'
  /** 公司注册文件编号 */
  registration_certificate_number?: string
  /** 公司注册文件过期时间 */
  registration_certificate_date?: string
  /** 公司注册文件照片 */
  registration_certificate_copy?: string
  /** 子商户银行结算账户信息 */
  settlement_bank_number?: string
  /** 业务信息 */
  business: {
    /** 业务类型 */
    business_type: 'ONLINE' | 'OFFLINE' | 'BOTH'
    /** APP下载链接 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** 门店照片JSON格式字符串 (JSON text) */
    store_photos?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号 */
    number?: string
  }
}

/** 子商户进件（融合钱包）: the options of `POST /v3/merchants`. */
export interface MerchantsPostOptions extends RouteCallOptions {
  json: MerchantsPostJson
}

/** 子商户进件（融合钱包）: what `POST /v3/merchants` answers. */
export type MerchantsPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 验证状态 */
  verification_status?: 'Under Review' | 'Approved' | (string & {})
  /** 验证状态描述 */
  description?: string
}

export interface MerchantsPutJson {
  /** 机构appid */
  sp_appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户简称 */
  shortname: string
  /** 公司电话 */
  office_phone: string
  /** 联系人信息 */
  contact?: {
    /** 联系人名称 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 联系人电话 (encrypt with `client.encrypt()`) */
    phone: Encrypted
    /** 联系人邮箱 (encrypt with `client.encrypt()`) */
    email: Encrypted
  }
  /** 类目 */
  business_category: number
  /** 渠道号 */
  channel_id?: string
  /** 注册国家或区域 */
  merchant_country_code: string
  /** 商户类型 */
  merchant_type: 'ENTERPRISE' | 'INDIVIDUAL'
  /** 公司注册文件编号 */
  registration_certificate_number?: string
  /** 公司注册文件过期时间 */
  registration_certificate_date?: string
  /** 公司注册文件照片 */
  registration_certificate_copy?: string
  /** 子商户银行结算账户信息 */
  settlement_bank_number?: string
  /** 业务信息 */
  business: {
    /** 业务类型 */
    business_type: 'ONLINE' | 'OFFLINE' | 'BOTH'
    /** APP下载链接 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** 门店照片JSON格式字符串 (JSON text) */
    store_photos?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号 */
    number?: string
  }
}

/** 修改子商户（融合钱包）: the options of `PUT /v3/merchants`. */
export interface MerchantsPutOptions extends RouteCallOptions {
  json: MerchantsPutJson
}

/** 修改子商户（融合钱包）: what `PUT /v3/merchants` answers. */
export type MerchantsPutResponse = {
  /** 子商户号 */
  sub_mchid: string
}

/** 查询子商户（融合钱包）: the options of `GET /v3/merchants/{sub_mchid}`. */
export interface MerchantsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  query: {
    /** 机构appid */
    sp_appid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询子商户（融合钱包）: what `GET /v3/merchants/{sub_mchid}` answers. */
export type MerchantsBySubMchidGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户简称 */
  shortname: string
  /** 公司联系方式 */
  office_phone: string
  /** 册国家或区域 */
  merchant_country_code: string
  /** 类目 */
  business_category: number
  /** 联系人信息 */
  contact?: {
    /** 联系人名称 (encrypted to your merchant API key) */
    name?: string
    /** 联系人电话 (encrypted to your merchant API key) */
    phone?: string
    /** 联系人邮箱 (encrypted to your merchant API key) */
    email?: string
  }
  /** 商户类型 */
  merchant_type?: 'ENTERPRISE' | 'INDIVIDUAL' | (string & {})
  /** 公司注册文件编号 */
  registration_certificate_number?: string
  /** 公司注册文件过期时间 */
  registration_certificate_date?: string
  /** 子商户结算账户 */
  settlement_bank_number?: string
  /** 业务信息 */
  business?: {
    /** 业务类型 */
    business_type?: 'ONLINE' | 'OFFLINE' | 'BOTH' | (string & {})
    /** APP下载地址 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号码 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号码 */
    number?: string
  }
}
