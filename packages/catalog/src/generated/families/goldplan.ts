// goldplan: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface GoldplanMerchantsChangecustompagestatusPostJson {
  /** 子商户ID */
  sub_mchid: string
  /** 操作类型 */
  operation_type: 'OPEN' | 'CLOSE'
}

/** 商家小票管理: the options of `POST /v3/goldplan/merchants/changecustompagestatus`. */
export interface GoldplanMerchantsChangecustompagestatusPostOptions extends RouteCallOptions {
  json: GoldplanMerchantsChangecustompagestatusPostJson
}

/** 商家小票管理: what `POST /v3/goldplan/merchants/changecustompagestatus` answers. */
export type GoldplanMerchantsChangecustompagestatusPostResponse = {
  /** 子商户ID */
  sub_mchid: string
  /** 操作类型 */
  operation_type: 'OPEN' | 'CLOSE' | (string & {})
}

export interface GoldplanMerchantsChangegoldplanstatusPostJson {
  /** 子商户ID */
  sub_mchid: string
  /** 操作类型 */
  operation_type: 'OPEN' | 'CLOSE'
  /** 支付场景 */
  operation_pay_scene?: 'JSAPI_AND_MINIPROGRAM' | 'JSAPI' | 'MINIPROGRAM'
}

/** 点金计划管理: the options of `POST /v3/goldplan/merchants/changegoldplanstatus`. */
export interface GoldplanMerchantsChangegoldplanstatusPostOptions extends RouteCallOptions {
  json: GoldplanMerchantsChangegoldplanstatusPostJson
}

/** 点金计划管理: what `POST /v3/goldplan/merchants/changegoldplanstatus` answers. */
export type GoldplanMerchantsChangegoldplanstatusPostResponse = {
  /** 子商户ID */
  sub_mchid: string
}

export interface GoldplanMerchantsCloseAdvertisingShowPostJson {
  /** 特约商户号 */
  sub_mchid: string
}

/** 关闭广告展示: the options of `POST /v3/goldplan/merchants/close-advertising-show`. */
export interface GoldplanMerchantsCloseAdvertisingShowPostOptions extends RouteCallOptions {
  json: GoldplanMerchantsCloseAdvertisingShowPostJson
}

/** 关闭广告展示: what `POST /v3/goldplan/merchants/close-advertising-show` answers. */
export type GoldplanMerchantsCloseAdvertisingShowPostResponse = undefined

export interface GoldplanMerchantsOpenAdvertisingShowPatchJson {
  /** 特约商户号 */
  sub_mchid: string
  /** 同业过滤标签值 */
  advertising_industry_filters?: readonly ('E_COMMERCE' | 'LOVE_MARRIAGE' | 'POTOGRAPHY' | 'EDUCATION' | 'FINANCE' | 'TOURISM' | 'SKINCARE' | 'FOOD' | 'SPORT' | 'JEWELRY_WATCH' | 'HEALTHCARE' | 'BUSSINESS' | 'PARENTING' | 'CATERING' | 'RETAIL' | 'SERVICES' | 'LAW' | 'ESTATE' | 'TRANSPORTATION' | 'ENERGY_SAVING' | 'SECURITY' | 'BUILDING_MATERIAL' | 'COMMUNICATION' | 'MERCHANDISE' | 'ASSOCIATION' | 'COMMUNITY' | 'ONLINE_AVR' | 'WE_MEDIA' | 'CAR' | 'SOFTWARE' | 'GAME' | 'CLOTHING' | 'INDUSTY' | 'AGRICULTURE' | 'PUBLISHING_MEDIA' | 'HOME_DIGITAL')[]
}

/** 开通广告展示: the options of `PATCH /v3/goldplan/merchants/open-advertising-show`. */
export interface GoldplanMerchantsOpenAdvertisingShowPatchOptions extends RouteCallOptions {
  json: GoldplanMerchantsOpenAdvertisingShowPatchJson
}

/** 开通广告展示: what `PATCH /v3/goldplan/merchants/open-advertising-show` answers. */
export type GoldplanMerchantsOpenAdvertisingShowPatchResponse = undefined

export interface GoldplanMerchantsSetAdvertisingIndustryFilterPostJson {
  /** 特约子商户号 */
  sub_mchid: string
  /** 同业过滤标签值 */
  advertising_industry_filters?: readonly ('E_COMMERCE' | 'LOVE_MARRIAGE' | 'POTOGRAPHY' | 'EDUCATION' | 'FINANCE' | 'TOURISM' | 'SKINCARE' | 'FOOD' | 'SPORT' | 'JEWELRY_WATCH' | 'HEALTHCARE' | 'BUSSINESS' | 'PARENTING' | 'CATERING' | 'RETAIL' | 'SERVICES' | 'LAW' | 'ESTATE' | 'TRANSPORTATION' | 'ENERGY_SAVING' | 'SECURITY' | 'BUILDING_MATERIAL' | 'COMMUNICATION' | 'MERCHANDISE' | 'ASSOCIATION' | 'COMMUNITY' | 'ONLINE_AVR' | 'WE_MEDIA' | 'CAR' | 'SOFTWARE' | 'GAME' | 'CLOTHING' | 'INDUSTY' | 'AGRICULTURE' | 'PUBLISHING_MEDIA' | 'HOME_DIGITAL')[]
}

/** 同业过滤标签管理: the options of `POST /v3/goldplan/merchants/set-advertising-industry-filter`. */
export interface GoldplanMerchantsSetAdvertisingIndustryFilterPostOptions extends RouteCallOptions {
  json: GoldplanMerchantsSetAdvertisingIndustryFilterPostJson
}

/** 同业过滤标签管理: what `POST /v3/goldplan/merchants/set-advertising-industry-filter` answers. */
export type GoldplanMerchantsSetAdvertisingIndustryFilterPostResponse = undefined
