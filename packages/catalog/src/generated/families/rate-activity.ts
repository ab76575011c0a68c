// rate-activity: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface RateActivityApplicationsPostJson {
  /** 从业机构号 */
  acquiring_bank_id: string
  /** 渠道商户号 */
  channel_id: string
  /** 从业机构特约商户号 */
  sub_mchid: string
  /** 活动报名信息 */
  activity_detail: {
    /** 活动ID */
    activity_id: string
    /** 活动费率 */
    activity_rate?: string
    /** 活动报名材料 */
    activity_apply_information?: readonly {
      /** 材料ID */
      apply_material_id?: string
      /** 材料内容 */
      apply_material_information?: readonly string[]
    }[]
  }
  /** 补充信息 */
  additional_information?: {
    /** 补充说明 */
    additional_message?: string
    /** 补充材料 */
    additional_material?: readonly string[]
  }
}

/** 报名费率优惠活动: the options of `POST /v3/rate-activity/applications`. */
export interface RateActivityApplicationsPostOptions extends RouteCallOptions {
  json: RateActivityApplicationsPostJson
}

/** 报名费率优惠活动: what `POST /v3/rate-activity/applications` answers. */
export type RateActivityApplicationsPostResponse = {
  /** 申请单编号 */
  application_id: string
}

/** 根据申请单ID查询申请单结果: the options of `GET /v3/rate-activity/applications/id/{application_id}`. */
export interface RateActivityApplicationsByApplicationIdGetOptions extends RouteCallOptions {
  params: {
    /** 申请单编号 */
    application_id: string
  }
}

/** 根据申请单ID查询申请单结果: what `GET /v3/rate-activity/applications/id/{application_id}` answers. */
export type RateActivityApplicationsByApplicationIdGetResponse = {
  /** 申请单状态 */
  application_state: string
  /** 从业机构特约商户号 */
  sub_mchid: string
  /** 驳回参数 */
  reject_parameter?: string
  /** 驳回原因 */
  reject_reason?: string
  /** 活动审核通过时间 */
  pass_time?: string
}

export interface RateActivityApplicationsByApplicationIdPatchJson {
  /** 活动报名修改信息 */
  activity_detail_modification?: {
    /** 活动费率 */
    activity_rate?: string
    /** 活动报名材料 */
    activity_apply_information?: readonly {
      /** 材料ID */
      apply_material_id?: string
      /** 材料内容 */
      apply_material_information?: readonly string[]
    }[]
  }
  /** 补充信息 */
  additional_information?: {
    /** 补充说明 */
    additional_message?: string
    /** 补充材料 */
    additional_material?: readonly string[]
  }
}

/** 修改单据信息: the options of `PATCH /v3/rate-activity/applications/id/{application_id}`. */
export interface RateActivityApplicationsByApplicationIdPatchOptions extends RouteCallOptions {
  params: {
    /** 申请单编号 */
    application_id: string
  }
  json?: RateActivityApplicationsByApplicationIdPatchJson
}

/** 修改单据信息: what `PATCH /v3/rate-activity/applications/id/{application_id}` answers. */
export type RateActivityApplicationsByApplicationIdPatchResponse = {
  /** 申请单编号 */
  application_id: string
}
