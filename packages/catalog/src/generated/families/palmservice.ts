// palmservice: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询刷掌授权: the options of `GET /v3/palmservice/authorization/openid/{openid}`. */
export interface PalmserviceAuthorizationByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** OpenID */
    openid: string
  }
  query: {
    /** 机构ID */
    organization_id: string
  }
}

/** 查询刷掌授权: what `GET /v3/palmservice/authorization/openid/{openid}` answers. */
export type PalmserviceAuthorizationByOpenidGetResponse = {
  /** OpenID */
  openid?: string
  /** 机构ID */
  organization_id?: string
  /** 授权状态 */
  state?: 'AUTHORIZATION_STATE_NONE' | 'AUTHORIZATION_STATE_ON' | 'AUTHORIZATION_STATE_OFF' | (string & {})
  /** 授权时间 */
  authorize_time?: string
}

export interface PalmserviceAuthorizationPreauthorizePostJson {
  /** OpenID */
  openid: string
  /** 预授权会话ID */
  preauthorize_session_id?: string
  /** 机构ID */
  organization_id?: string
}

/** 服务关联预授权: the options of `POST /v3/palmservice/authorization/preauthorize`. */
export interface PalmserviceAuthorizationPreauthorizePostOptions extends RouteCallOptions {
  json: PalmserviceAuthorizationPreauthorizePostJson
}

/** 服务关联预授权: what `POST /v3/palmservice/authorization/preauthorize` answers. */
export type PalmserviceAuthorizationPreauthorizePostResponse = {
  /** 预授权token */
  permission_token: string
}
