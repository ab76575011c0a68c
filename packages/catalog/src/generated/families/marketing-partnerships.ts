// marketing/partnerships: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, RouteHeaders } from '@core/client'

/** 查询合作关系列表: the options of `GET /v3/marketing/partnerships`. */
export interface MarketingPartnershipsGetOptions extends RouteCallOptions {
  query?: {
    /** 合作方信息JSON格式字符串 */
    partner?: string
    /** 被授权数据JSON格式字符串 */
    authorized_data?: string
    /** 分页大小 */
    limit?: number
    /** 分页页码 */
    offset?: number
  }
}

/** 查询合作关系列表: what `GET /v3/marketing/partnerships` answers. */
export type MarketingPartnershipsGetResponse = {
  /** 合作关系结果集 */
  data?: {
    /** 合作方信息 */
    partner: {
      /** 合作方类别 */
      type: string
      /** 合作方APPID */
      appid?: string
      /** 合作方商户ID */
      merchant_id?: string
    }
    /** 被授权数据 */
    authorized_data: {
      /** 授权业务类别 */
      business_type: string
      /** 授权批次ID */
      stock_id?: string
    }
    /** 建立合作关系时间 */
    build_time: string
    /** 终止合作关系时间 */
    terminate_time?: string
    /** 创建时间 */
    create_time: string
    /** 更新时间 */
    update_time: string
  }[]
  /** 分页大小 */
  limit: number
  /** 分页页码 */
  offset: number
  /** 总数量 */
  total_count?: number
}

export interface MarketingPartnershipsBuildPostJson {
  /** 合作方信息 */
  partner: {
    /** 合作方类别 */
    type: 'APPID' | 'MERCHANT'
    /** 合作方APPID */
    appid?: string
    /** 合作方商户ID */
    merchant_id?: string
  }
  /** 被授权数据 */
  authorized_data: {
    /** 授权业务类别 */
    business_type: 'FAVOR_STOCK' | 'BUSIFAVOR_STOCK'
    /** 授权批次ID */
    stock_id?: string
  }
}

/** 建立合作关系: the options of `POST /v3/marketing/partnerships/build`. */
export interface MarketingPartnershipsBuildPostOptions extends RouteCallOptions {
  headers: RouteHeaders & {
    /** 业务请求幂等值 */
    'Idempotency-Key': string
  }
  json: MarketingPartnershipsBuildPostJson
}

/** 建立合作关系: what `POST /v3/marketing/partnerships/build` answers. */
export type MarketingPartnershipsBuildPostResponse = {
  /** 合作方信息 */
  partner: {
    /** 合作方类别 */
    type: 'APPID' | 'MERCHANT' | (string & {})
    /** 合作方APPID */
    appid?: string
    /** 合作方商户ID */
    merchant_id?: string
  }
  /** 被授权数据 */
  authorized_data: {
    /** 授权业务类别 */
    business_type: 'FAVOR_STOCK' | 'BUSIFAVOR_STOCK' | (string & {})
    /** 授权批次ID */
    stock_id?: string
  }
  /** 合作状态 */
  state: 'ESTABLISHED' | 'TERMINATED' | (string & {})
  /** 建立合作关系时间 */
  build_time: string
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  update_time: string
}

export interface MarketingPartnershipsTerminatePostJson {
  /** 合作方信息 */
  partner: {
    /** 合作方类别 */
    type: 'APPID' | 'MERCHANT'
    /** 合作方APPID */
    appid?: string
    /** 合作方商户ID */
    merchant_id?: string
  }
  /** 被授权数据 */
  authorized_data: {
    /** 授权业务类别 */
    business_type: 'FAVOR_STOCK' | 'BUSIFAVOR_STOCK'
    /** 授权批次ID */
    stock_id?: string
  }
}

/** 终止合作关系: the options of `POST /v3/marketing/partnerships/terminate`. */
export interface MarketingPartnershipsTerminatePostOptions extends RouteCallOptions {
  headers: RouteHeaders & {
    /** 业务请求幂等值 */
    'Idempotency-Key': string
  }
  json: MarketingPartnershipsTerminatePostJson
}

/** 终止合作关系: what `POST /v3/marketing/partnerships/terminate` answers. */
export type MarketingPartnershipsTerminatePostResponse = {
  /** 终止合作关系时间 */
  terminate_time: string
}
