// businesscircle: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface BusinesscircleParkingsPostJson {
  /** 商圈商户ID */
  sub_mchid?: string
  /** 品牌ID */
  brandid: number
  /** 应用ID */
  appid: string
  /** 用户标识 */
  openid: string
  /** 车牌号 */
  plate_number: string
  /** 状态 */
  state: string
  /** 时间 */
  time: string
}

/** 商圈会员停车状态同步: the options of `POST /v3/businesscircle/parkings`. */
export interface BusinesscircleParkingsPostOptions extends RouteCallOptions {
  json: BusinesscircleParkingsPostJson
}

/** 商圈会员停车状态同步: what `POST /v3/businesscircle/parkings` answers. */
export type BusinesscircleParkingsPostResponse = undefined

export interface BusinesscirclePointsNotifyPostJson {
  /** 商圈商户ID */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 小程序appid */
  appid: string
  /** 顾客openid */
  openid: string
  /** 是否获得积分 */
  earn_points: boolean
  /** 订单新增积分值 */
  increased_points: number
  /** 积分更新时间 */
  points_update_time: string
  /** 未获得积分的备注信息 */
  no_points_remarks?: string
  /** 顾客积分总额 */
  total_points?: number
}

/** 商圈会员积分同步: the options of `POST /v3/businesscircle/points/notify`. */
export interface BusinesscirclePointsNotifyPostOptions extends RouteCallOptions {
  json: BusinesscirclePointsNotifyPostJson
}

/** 商圈会员积分同步: what `POST /v3/businesscircle/points/notify` answers. */
export type BusinesscirclePointsNotifyPostResponse = undefined

/** 商圈积分授权查询: the options of `GET /v3/businesscircle/user-authorizations/{openid}`. */
export interface BusinesscircleUserAuthorizationsByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 顾客openid */
    openid: string
  }
  query: {
    /** 商圈商户ID */
    sub_mchid?: string
    /** 小程序appid */
    appid: string
  }
}

/** 商圈积分授权查询: what `GET /v3/businesscircle/user-authorizations/{openid}` answers. */
export type BusinesscircleUserAuthorizationsByOpenidGetResponse = {
  /** 顾客openid */
  openid: string
  /** 授权状态 */
  authorize_state: string
  /** 授权时间 */
  authorize_time?: string
  /** 取消授权时间 */
  deauthorize_time?: string
}

/** 商圈会员待积分状态查询: the options of `GET /v3/businesscircle/users/{openid}/points/commit_status`. */
export interface BusinesscircleUsersByOpenidPointsCommitStatusGetOptions extends RouteCallOptions {
  params: {
    /** 顾客openid */
    openid: string
  }
  query: {
    /** 商圈商户ID */
    sub_mchid?: string
    /** 品牌ID */
    brandid: number
    /** 应用ID */
    appid: string
  }
}

/** 商圈会员待积分状态查询: what `GET /v3/businesscircle/users/{openid}/points/commit_status` answers. */
export type BusinesscircleUsersByOpenidPointsCommitStatusGetResponse = undefined
