// payscore/permissions: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayscorePermissionsPostJson {
  /** 服务id */
  service_id: string
  /** 公众号id */
  appid: string
  /** 授权协议号 */
  authorization_code: string
  /** 通知地址 */
  notify_url?: string
}

/** 商户预授权: the options of `POST /v3/payscore/permissions`. */
export interface PayscorePermissionsPostOptions extends RouteCallOptions {
  json: PayscorePermissionsPostJson
}

/** 商户预授权: what `POST /v3/payscore/permissions` answers. */
export type PayscorePermissionsPostResponse = {
  /** 预授权token */
  apply_permissions_token: string
}

export interface PayscorePermissionsAssessUserRiskLevelPostJson {
  /** 服务ID */
  service_id: string
  /** 公众号ID */
  appid: string
  /** 授权协议号 */
  authorization_code?: string
  /** 用户标识 */
  openid?: string
  /** 先用后付商品信息 */
  shopping_info?: {
    /** 商品列表 */
    goods: readonly {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: readonly string[]
    }[]
  }
}

/** 商户评估用户分层: the options of `POST /v3/payscore/permissions/assess-user-risk-level`. */
export interface PayscorePermissionsAssessUserRiskLevelPostOptions extends RouteCallOptions {
  json: PayscorePermissionsAssessUserRiskLevelPostJson
}

/** 商户评估用户分层: what `POST /v3/payscore/permissions/assess-user-risk-level` answers. */
export type PayscorePermissionsAssessUserRiskLevelPostResponse = {
  /** 服务ID */
  service_id: string
  /** 公众号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 授权状态 */
  authorization_state: string
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 子商户商户号 */
  sub_mchid?: string
  /** 子商户的公众号ID */
  sub_appid?: string
  /** 子商户的用户标识 */
  sub_openid?: string
  /** 用户标签 */
  user_label?: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

/** 查询与用户授权记录（授权协议号）: the options of `GET /v3/payscore/permissions/authorization-code/{authorization_code}`. */
export interface PayscorePermissionsByAuthorizationCodeGetOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  query: {
    /** 服务ID */
    service_id: string
  }
}

/** 查询与用户授权记录（授权协议号）: what `GET /v3/payscore/permissions/authorization-code/{authorization_code}` answers. */
export type PayscorePermissionsByAuthorizationCodeGetResponse = {
  /** 服务id */
  service_id: string
  /** 公众号id */
  appid: string
  /** 商户号 */
  mchid: string
  /** 用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code: string
  /** 授权状态 */
  authorization_state: 'UNAVAILABLE' | 'AVAILABLE' | 'UNBINDUSER' | (string & {})
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

export interface PayscorePermissionsByAuthorizationCodeTerminatePostJson {
  /** 服务id */
  service_id: string
  /** 撤销原因 */
  reason: string
}

/** 解除用户授权关系（授权协议号）: the options of `POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate`. */
export interface PayscorePermissionsByAuthorizationCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  json: PayscorePermissionsByAuthorizationCodeTerminatePostJson
}

/** 解除用户授权关系（授权协议号）: what `POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate` answers. */
export type PayscorePermissionsByAuthorizationCodeTerminatePostResponse = undefined

/** 查询与用户授权记录（openid）: the options of `GET /v3/payscore/permissions/openid/{openid}`. */
export interface PayscorePermissionsByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 服务ID */
    service_id: string
    /** 公众号id */
    appid: string
  }
}

/** 查询与用户授权记录（openid）: what `GET /v3/payscore/permissions/openid/{openid}` answers. */
export type PayscorePermissionsByOpenidGetResponse = {
  /** 服务id */
  service_id: string
  /** 公众号id */
  appid: string
  /** 商户号 */
  mchid: string
  /** 用户标识 */
  openid?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 授权状态 */
  authorization_state: 'UNAVAILABLE' | 'AVAILABLE' | 'UNBINDUSER' | (string & {})
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 用户分层 */
  user_risk_level?: number
  /** 分层版本 */
  risk_level_version?: number
}

export interface PayscorePermissionsByOpenidTerminatePostJson {
  /** 服务ID */
  service_id: string
  /** 公众号id */
  appid: string
  /** 撤销原因 */
  reason: string
}

/** 解除用户授权关系（openid）: the options of `POST /v3/payscore/permissions/openid/{openid}/terminate`. */
export interface PayscorePermissionsByOpenidTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  json: PayscorePermissionsByOpenidTerminatePostJson
}

/** 解除用户授权关系（openid）: what `POST /v3/payscore/permissions/openid/{openid}/terminate` answers. */
export type PayscorePermissionsByOpenidTerminatePostResponse = undefined
