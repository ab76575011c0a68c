// brand: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询摇优惠活动列表: the options of `GET /v3/brand/marketing/shake-activities/activities`. */
export interface BrandMarketingShakeActivitiesActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 品牌ID */
    brand_id: string
    /** 分页大小 */
    limit: number
    /** 分页页码 */
    offset: number
    /** 活动状态 */
    activity_state?: 'CREATED' | 'DELIVERING' | 'EXPIRED' | 'PAUSED' | 'TERMINATED'
    audit_state?: 'PENDING' | 'APPROVED' | 'REJECTED'
  }
}

/** 查询摇优惠活动列表: what `GET /v3/brand/marketing/shake-activities/activities` answers. */
export type BrandMarketingShakeActivitiesActivitiesGetResponse = {
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 总数 */
  total_count: number
  /** 摇一摇有优惠活动列表 */
  data?: {
    /** 活动id */
    id: string
    /** 活动名称 */
    name: string
    /** 活动状态 */
    activity_state: 'CREATED' | 'DELIVERING' | 'EXPIRED' | 'PAUSED' | 'TERMINATED' | (string & {})
    audit_state: 'PENDING' | 'APPROVED' | 'REJECTED' | (string & {})
    /** 可用库存 */
    available_quota: number
    /** 总库存 */
    total_quota: number
    /** 投放模式 */
    delivery_mode: 'SMART' | 'TARGETED' | (string & {})
    /** 投放时间范围 */
    time_range: {
      /** 开始时间 */
      start_time: string
      /** 结束时间 */
      end_time: string
    }
    /** 商品券 */
    product_coupon?: {
      /** 商品券ID */
      product_coupon_id: string
      /** 商品券批次列表 */
      stock_list?: {
        /** 批次ID */
        stock_id: string
      }[]
    }
  }[]
}
