// merchant-store: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface MerchantStoreStoresPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 品牌名称 */
    brand_name?: string
    /** 门店名称 */
    store_name: string
    /** 分店名称 */
    branch_name?: string
    /** 品牌ID */
    brand_id?: number
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
  /** 门店收款信息 */
  store_recipient?: readonly {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
  }[]
}

/** 创建门店: the options of `POST /v3/merchant-store/stores`. */
export interface MerchantStoreStoresPostOptions extends RouteCallOptions {
  json?: MerchantStoreStoresPostJson
}

/** 创建门店: what `POST /v3/merchant-store/stores` answers. */
export type MerchantStoreStoresPostResponse = {
  /** 微信支付商户门店ID */
  store_id: number
}

/** 查询门店: the options of `GET /v3/merchant-store/stores/{store_id}`. */
export interface MerchantStoreStoresByStoreIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户门店ID */
    store_id: number
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询门店: what `GET /v3/merchant-store/stores/{store_id}` answers. */
export type MerchantStoreStoresByStoreIdGetResponse = {
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 品牌名称 */
    brand_name?: string
    /** 门店名称 */
    store_name: string
    /** 分店名称 */
    branch_name?: string
    /** 品牌ID */
    brand_id?: number
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
  /** 门店收款信息 */
  store_recipient?: {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
  }[]
  /** 门店状态 */
  store_state?: {
    /** 门店状态描述 */
    store_state_message?: string
    /** 地址核实失败原因 */
    address_failed_reason?: string
    /** STORE_STATE_VALID */
    store_state_value?: string
  }
}

export interface MerchantStoreStoresByStoreIdPatchJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 品牌名称 */
    brand_name?: string
    /** 门店名称 */
    store_name: string
    /** 分店名称 */
    branch_name?: string
    /** 品牌ID */
    brand_id?: number
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
}

/** 修改门店: the options of `PATCH /v3/merchant-store/stores/{store_id}`. */
export interface MerchantStoreStoresByStoreIdPatchOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户门店ID */
    store_id: number
  }
  json?: MerchantStoreStoresByStoreIdPatchJson
}

/** 修改门店: what `PATCH /v3/merchant-store/stores/{store_id}` answers. */
export type MerchantStoreStoresByStoreIdPatchResponse = undefined

export interface MerchantStoreStoresByStoreIdRecipientsBindPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 收款门店信息 */
  store_recipient: readonly {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
  }[]
}

/** 绑定门店收款信息: the options of `POST /v3/merchant-store/stores/{store_id}/recipients/bind`. */
export interface MerchantStoreStoresByStoreIdRecipientsBindPostOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户门店ID */
    store_id: number
  }
  json: MerchantStoreStoresByStoreIdRecipientsBindPostJson
}

/** 绑定门店收款信息: what `POST /v3/merchant-store/stores/{store_id}/recipients/bind` answers. */
export type MerchantStoreStoresByStoreIdRecipientsBindPostResponse = {
  /** 收款门店信息 */
  failed_store_recipient?: {
    /** 门店收款商户号 */
    mchid?: string
    /** 绑定当前收款信息失败的原因 */
    failed_reason?: string
  }[]
}

export interface MerchantStoreStoresByStoreIdRecipientsUnbindPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 收款门店信息 */
  store_recipient?: readonly {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
  }[]
}

/** 解除门店收款信息绑定: the options of `POST /v3/merchant-store/stores/{store_id}/recipients/unbind`. */
export interface MerchantStoreStoresByStoreIdRecipientsUnbindPostOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户门店ID */
    store_id: number
  }
  json?: MerchantStoreStoresByStoreIdRecipientsUnbindPostJson
}

/** 解除门店收款信息绑定: what `POST /v3/merchant-store/stores/{store_id}/recipients/unbind` answers. */
export type MerchantStoreStoresByStoreIdRecipientsUnbindPostResponse = {
  /** 收款门店信息 */
  failed_store_recipient?: {
    /** 门店收款商户号 */
    mchid?: string
    /** 绑定当前收款信息失败的原因 */
    failed_reason?: string
  }[]
}
