// marketing/weekly-discount: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询周周惠活动列表: the options of `GET /v3/marketing/weekly-discount/activities`. */
export interface MarketingWeeklyDiscountActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 最大资源条数 */
    limit: number
    /** 请求资源起始位置 */
    offset: number
    /** 报名商户号 */
    applying_merchant_id: number
    /** 报名商户门店号 */
    store_id?: number
    /** 活动投放区域编码 */
    activity_area_code: number
    /** 投放场景 */
    activity_scene: string
  }
}

/** 查询周周惠活动列表: what `GET /v3/marketing/weekly-discount/activities` answers. */
export type MarketingWeeklyDiscountActivitiesGetResponse = {
  /** 周周惠活动详情 */
  data: {
    /** 活动ID */
    activity_id?: string
    /** 活动名称 */
    activity_name: string
    /** 活动投放场景 */
    activity_scene: string
    /** 活动投放区域编码 */
    activity_area_code: string[]
    /** 活动指定付款方式 */
    activity_limit_pay?: string
    /** 活动优惠门槛 */
    activity_transaction_minimum_amount: number
    /** 活动优惠金额 */
    activity_coupon_amount: number
    /** 活动可使用周期 */
    activity_available_week: string[]
    /** 活动预算 */
    activity_max_amount: number
    /** 活动单天预算 */
    activity_max_amount_per_day?: number
    /** 活动开始时间 */
    activity_available_begin_time: string
    /** 活动结束时间 */
    activity_available_end_time: string
    /** 活动状态 */
    activity_state: string
    /** 活动备注 */
    activity_remark?: string
    /** 活动logo */
    activity_logo: string
  }[]
  /** 请求资源起始位置 */
  offset: number
  /** 最大资源条数 */
  limit: number
  /** 资源总条数 */
  total_count: number
}

/** 查询周周惠活动详情: the options of `GET /v3/marketing/weekly-discount/activities/{activity_id}`. */
export interface MarketingWeeklyDiscountActivitiesByActivityIdGetOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
}

/** 查询周周惠活动详情: what `GET /v3/marketing/weekly-discount/activities/{activity_id}` answers. */
export type MarketingWeeklyDiscountActivitiesByActivityIdGetResponse = {
  /** 活动ID */
  activity_id?: string
  /** 活动名称 */
  activity_name: string
  /** 活动投放场景 */
  activity_scene: string
  /** 活动投放区域编码 */
  activity_area_code: string[]
  /** 活动指定付款方式 */
  activity_limit_pay?: string
  /** 活动优惠门槛 */
  activity_transaction_minimum_amount: number
  /** 活动优惠金额 */
  activity_coupon_amount: number
  /** 活动可使用周期 */
  activity_available_week: string[]
  /** 活动预算 */
  activity_max_amount: number
  /** 活动单天预算 */
  activity_max_amount_per_day?: number
  /** 活动开始时间 */
  activity_available_begin_time: string
  /** 活动结束时间 */
  activity_available_end_time: string
  /** 活动状态 */
  activity_state: string
  /** 活动备注 */
  activity_remark?: string
  /** 活动logo */
  activity_logo: string
}

export interface MarketingWeeklyDiscountActivitiesByActivityIdApplyPostJson {
  /** 报名商户号 */
  applying_merchant_id: number
  /** 报名商户门店号 */
  store_id: number
}

/** 报名周周惠活动: the options of `POST /v3/marketing/weekly-discount/activities/{activity_id}/apply`. */
export interface MarketingWeeklyDiscountActivitiesByActivityIdApplyPostOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
  json: MarketingWeeklyDiscountActivitiesByActivityIdApplyPostJson
}

/** 报名周周惠活动: what `POST /v3/marketing/weekly-discount/activities/{activity_id}/apply` answers. */
export type MarketingWeeklyDiscountActivitiesByActivityIdApplyPostResponse = {
  /** 报名成功的活动ID */
  activity_id: number
  /** 报名成功时间 */
  success_time: string
}
