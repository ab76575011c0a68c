// offlinefacemch: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询机构信息接口: the options of `GET /v3/offlinefacemch/organizations`. */
export interface OfflinefacemchOrganizationsGetOptions extends RouteCallOptions {
  query?: {
    /** 机构ID */
    organization_id?: string
    /** 机构名称 */
    organization_name?: string
  }
}

/** 查询机构信息接口: what `GET /v3/offlinefacemch/organizations` answers. */
export type OfflinefacemchOrganizationsGetResponse = {
  /** 机构ID */
  organization_id?: string
  /** 机构名称 */
  organization_name?: string
}

/** 刷脸用户信息查询接口: the options of `GET /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}`. */
export interface OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdGetOptions extends RouteCallOptions {
  params: {
    /** 机构ID */
    organization_id: string
    /** 商户刷脸用户ID */
    out_user_id: string
  }
}

/** 刷脸用户信息查询接口: what `GET /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}` answers. */
export type OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdGetResponse = {
  /** 刷脸用户ID */
  use_id?: string
  /** 商户刷脸用户ID */
  out_user_id?: string
  /** 机构ID */
  organization_id?: string
  /** 姓名 */
  user_name?: string
  /** 用户类型 */
  user_type?: 'STUDENT' | 'STUFF' | (string & {})
  /** 学生信息 */
  student_info?: {
    /** 班级名 */
    class_name?: string
  }
  /** 职工信息 */
  staff_info?: {
    /** 职业 */
    occupation?: string
  }
  /** 用户状态 */
  status?: 'NORMAL' | 'DISABLED' | (string & {})
  /** 签约状态 */
  contract_state?: 'NOT_CONTRACTED' | 'TERMINATED' | 'CONTRACTED' | (string & {})
  /** 人脸图片上传状态 */
  face_image_ok?: boolean
  /** 签约ID */
  contract_id?: string
}

export interface OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdPatchJson {
  /** 姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 用户类型 */
  user_type?: 'STUDENT' | 'STUFF'
  /** 学生信息 */
  student_info?: {
    /** 班级名 */
    class_name?: string
  }
  /** 职工信息 */
  staff_info?: {
    /** 职业 */
    occupation?: string
  }
  /** 状态 */
  status?: 'NORMAL' | 'DISABLED'
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone?: Encrypted
}

/** 刷脸用户信息修改接口: the options of `PATCH /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}`. */
export interface OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdPatchOptions extends RouteCallOptions {
  params: {
    /** 机构ID */
    organization_id: string
    /** 商户刷脸用户ID */
    out_user_id: string
  }
  json?: OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdPatchJson
}

/** 刷脸用户信息修改接口: what `PATCH /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}` answers. */
export type OfflinefacemchOrganizationsByOrganizationIdUsersByOutUserIdPatchResponse = undefined

/** 解除刷脸用户签约关系接口: the options of `POST /v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract`. */
export interface OfflinefacemchOrganizationsByOrganizationIdUsersByUserIdTerminateContractPostOptions extends RouteCallOptions {
  params: {
    /** 机构ID */
    organization_id: string
    user_id: string
  }
}

/** 解除刷脸用户签约关系接口: what `POST /v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract` answers. */
export type OfflinefacemchOrganizationsByOrganizationIdUsersByUserIdTerminateContractPostResponse = undefined

export interface OfflinefacemchTokensPostJson {
  /** 使用场景 */
  scene?: string
  /** 小程序/h5鉴权场景初始化数据 */
  web_init_data?: {
    /** 商户刷脸用户ID */
    out_user_id?: string
    /** 机构ID */
    organization_id?: string
  }
}

/** 获取凭证授权接口: the options of `POST /v3/offlinefacemch/tokens`. */
export interface OfflinefacemchTokensPostOptions extends RouteCallOptions {
  json?: OfflinefacemchTokensPostJson
}

/** 获取凭证授权接口: what `POST /v3/offlinefacemch/tokens` answers. */
export type OfflinefacemchTokensPostResponse = {
  /** 授权凭证 */
  token?: string
}
