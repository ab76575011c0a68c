// smartguide: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 服务人员查询: the options of `GET /v3/smartguide/guides`. */
export interface SmartguideGuidesGetOptions extends RouteCallOptions {
  query: {
    /** 子商户ID */
    sub_mchid?: string
    /** 门店ID */
    store_id: number
    /** 企业微信的员工ID */
    userid?: string
    /** 手机号码 (encrypt with `client.encrypt()`) */
    mobile?: Encrypted
    /** 工号 */
    work_id?: string
    /** 最大资源条数 */
    limit?: number
    /** 请求资源起始位置 */
    offset?: number
  }
}

/** 服务人员查询: what `GET /v3/smartguide/guides` answers. */
export type SmartguideGuidesGetResponse = {
  /** 服务人员数量 */
  total_count?: number
  /** 最大资源条数 */
  limit?: number
  /** 请求资源起始位置 */
  offset?: number
  /** 服务人员信息 */
  data?: {
    /** 服务人员ID */
    guide_id?: string
    /** 门店ID */
    store_id?: number
    /** 企业微信的员工姓名 (encrypted to your merchant API key) */
    name?: string
    /** 手机号码 (encrypted to your merchant API key) */
    mobile?: string
    /** 企业微信的员工ID */
    userid?: string
    /** 工号 */
    work_id?: string
  }[]
}

export interface SmartguideGuidesPostJson {
  /** 子商户ID */
  sub_mchid?: string
  /** 企业ID */
  corpid: string
  /** 门店ID */
  store_id: number
  /** 企业微信的员工ID */
  userid: string
  /** 企业微信的员工姓名 (encrypt with `client.encrypt()`) */
  name: Encrypted
  /** 手机号码 (encrypt with `client.encrypt()`) */
  mobile: Encrypted
  /** 员工个人二维码 */
  qr_code: string
  /** 头像URL */
  avatar: string
  /** 群二维码URL */
  group_qrcode?: string
}

/** 服务人员注册: the options of `POST /v3/smartguide/guides`. */
export interface SmartguideGuidesPostOptions extends RouteCallOptions {
  json: SmartguideGuidesPostJson
}

/** 服务人员注册: what `POST /v3/smartguide/guides` answers. */
export type SmartguideGuidesPostResponse = {
  /** 服务人员ID */
  guide_id: string
}

export interface SmartguideGuidesByGuideIdPatchJson {
  /** 子商户ID */
  sub_mchid?: string
  /** 企业微信的员工姓名 (encrypt with `client.encrypt()`) */
  name?: Encrypted
  /** 手机号码 (encrypt with `client.encrypt()`) */
  mobile?: Encrypted
  /** 员工个人二维码 */
  qr_code?: string
  /** 头像URL */
  avatar?: string
  /** 群二维码URL */
  group_qrcode?: string
}

/** 服务人员信息更新: the options of `PATCH /v3/smartguide/guides/{guide_id}`. */
export interface SmartguideGuidesByGuideIdPatchOptions extends RouteCallOptions {
  params: {
    /** 服务人员ID */
    guide_id: string
  }
  json?: SmartguideGuidesByGuideIdPatchJson
}

/** 服务人员信息更新: what `PATCH /v3/smartguide/guides/{guide_id}` answers. */
export type SmartguideGuidesByGuideIdPatchResponse = undefined

export interface SmartguideGuidesByGuideIdAssignPostJson {
  /** 子商户ID */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no: string
}

/** 服务人员分配: the options of `POST /v3/smartguide/guides/{guide_id}/assign`. */
export interface SmartguideGuidesByGuideIdAssignPostOptions extends RouteCallOptions {
  params: {
    /** 服务人员ID */
    guide_id: string
  }
  json: SmartguideGuidesByGuideIdAssignPostJson
}

/** 服务人员分配: what `POST /v3/smartguide/guides/{guide_id}/assign` answers. */
export type SmartguideGuidesByGuideIdAssignPostResponse = undefined
