// edu-star: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 通过QQ账号查询核销订单列表: the options of `GET /v3/edu-star/orders`. */
export interface EduStarOrdersGetOptions extends RouteCallOptions {
  query: {
    /** appid */
    appid: string
    /** 用户在appid下的唯一标识 */
    wechat_openid?: string
    /** 用户QQ账号 */
    qq?: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 通过QQ账号查询核销订单列表: what `GET /v3/edu-star/orders` answers. */
export type EduStarOrdersGetResponse = {
  /** 结果集 */
  data: {
    /** appid */
    appid: string
    /** 用户在appid下的唯一标识 */
    wechat_openid: string
    /** 用户QQ账号 */
    qq?: string
    /** 权益ID */
    right_id: string
    /** 权益核销时间 */
    create_time: string
    /** 订单状态 */
    order_state: string
    /** 订单号 */
    order_id: string
  }[]
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
}

export interface EduStarOrdersPostJson {
  /** appid */
  appid: string
  /** 用户在appid下的唯一标识 */
  wechat_openid?: string
  /** 用户QQ账号 */
  qq?: string
  /** 权益ID */
  right_id: string
  /** 权益核销时间 */
  create_time: string
}

/** 创建核销订单: the options of `POST /v3/edu-star/orders`. */
export interface EduStarOrdersPostOptions extends RouteCallOptions {
  json: EduStarOrdersPostJson
}

/** 创建核销订单: what `POST /v3/edu-star/orders` answers. */
export type EduStarOrdersPostResponse = {
  /** appid */
  appid: string
  /** 用户在appid下的唯一标识 */
  wechat_openid: string
  /** 用户QQ账号 */
  qq?: string
  /** 权益ID */
  right_id: string
  /** 权益核销时间 */
  create_time: string
  /** 订单状态 */
  order_state: string
  /** 订单号 */
  order_id: string
}

/** 通过微信用户标识查询用户信息: the options of `GET /v3/edu-star/users/openid/{wechat_openid}`. */
export interface EduStarUsersByWechatOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 用户在appid下的唯一标识 */
    wechat_openid: string
  }
  query: {
    /** 商户appid */
    appid: string
  }
}

/** 通过微信用户标识查询用户信息: what `GET /v3/edu-star/users/openid/{wechat_openid}` answers. */
export type EduStarUsersByWechatOpenidGetResponse = {
  /** 是否学生 */
  education_star_student: boolean
  /** appid */
  appid: string
  /** 用户在appid下的唯一标识 */
  wechat_openid: string
  /** 用户QQ账号 */
  qq?: string
  /** 注册时间 */
  register_time?: string
}

/** 通过QQ账号查询用户信息: the options of `GET /v3/edu-star/users/qq/{qq}`. */
export interface EduStarUsersByQqGetOptions extends RouteCallOptions {
  params: {
    /** 用户QQ账号 */
    qq: string
  }
  query: {
    /** 商户appid */
    appid: string
  }
}

/** 通过QQ账号查询用户信息: what `GET /v3/edu-star/users/qq/{qq}` answers. */
export type EduStarUsersByQqGetResponse = {
  /** 学生标识 */
  education_star_student: boolean
  /** 商户appid */
  appid: string
  /** 用户在appid下的唯一标识 */
  wechat_openid: string
  /** 用户QQ账号 */
  qq: string
  /** 注册时间 */
  register_time?: string
}
