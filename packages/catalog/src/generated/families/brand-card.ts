// brand/card: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询商家名片配置申请状态: the options of `GET /v3/brand/card/card-configs`. */
export interface BrandCardCardConfigsGetOptions extends RouteCallOptions {
  query: {
    /** 业务申请编号 */
    business_code?: string
    /** 微信支付申请单号 */
    applyment_id?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询商家名片配置申请状态: what `GET /v3/brand/card/card-configs` answers. */
export type BrandCardCardConfigsGetResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 微信支付申请单号 */
  applyment_id: string
  /** 品牌ID */
  brand_id: string
  /** 申请单状态 */
  applyment_state: 'STATE_UNKNOWN' | 'DRAFTING' | 'AUDITING' | 'AUDIT_REJECTED' | 'PENDING_PUBLISH' | 'PUBLISHED' | 'CANCELED' | (string & {})
  /** 定时发布时间 */
  scheduled_publish_time?: string
  /** 驳回原因 */
  reject_reason?: string
  /** 实际发布时间 */
  actual_publish_time?: string
}

export interface BrandCardCardConfigsPostJson {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
  /** 品牌小程序信息 */
  brand_mini_program_info?: {
    /** 公众账号ID */
    appid: string
    /** 小程序默认跳转路径 */
    default_jump_path?: string
  }
  /** 品牌客服信息 */
  brand_customer_service: {
    /** 客服类型 */
    customer_service_type: 'MINI_PROGRAM' | 'CUSTOMIZE_WEB' | 'CUSTOMIZE_MP' | 'SERVICE_PHONE'
    /** 客服电话 */
    customer_service_phone?: string
    /** 客服路径 */
    customer_service_path?: string
    /** 公众账号ID */
    appid?: string
  }
  /** 服务列表 */
  service_list?: readonly {
    /** 服务分类名称 */
    service_classify_name?: string
    /** 服务名称 */
    service_name?: string
    /** 服务跳转类型 */
    service_jump_type: 'JUMP_MINI_PROGRAM' | 'JUMP_WEB_PAGE'
    /** 服务跳转路径 */
    service_jump_path: string
    /** 公众账号ID */
    appid?: string
  }[]
}

/** 提交商家名片配置申请: the options of `POST /v3/brand/card/card-configs`. */
export interface BrandCardCardConfigsPostOptions extends RouteCallOptions {
  json: BrandCardCardConfigsPostJson
}

/** 提交商家名片配置申请: what `POST /v3/brand/card/card-configs` answers. */
export type BrandCardCardConfigsPostResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
  /** 微信支付申请单号 */
  applyment_id: string
  /** 商家名片预览二维码链接 */
  card_preview_url: string
}

export interface BrandCardCardConfigsCancelApplymentPostJson {
  /** 业务申请编号 */
  business_code?: string
  /** 微信支付申请单号 */
  applyment_id?: string
  /** 品牌ID */
  brand_id: string
}

/** 撤销商家名片配置申请: the options of `POST /v3/brand/card/card-configs/cancel-applyment`. */
export interface BrandCardCardConfigsCancelApplymentPostOptions extends RouteCallOptions {
  json: BrandCardCardConfigsCancelApplymentPostJson
}

/** 撤销商家名片配置申请: what `POST /v3/brand/card/card-configs/cancel-applyment` answers. */
export type BrandCardCardConfigsCancelApplymentPostResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 微信支付申请单号 */
  applyment_id: string
  /** 品牌ID */
  brand_id: string
  /** 申请单状态 */
  applyment_state: 'STATE_UNKNOWN' | 'DRAFTING' | 'AUDITING' | 'AUDIT_REJECTED' | 'PENDING_PUBLISH' | 'PUBLISHED' | 'CANCELED' | (string & {})
}

/** 获取商家名片预览二维码: the options of `GET /v3/brand/card/card-configs/preview-url`. */
export interface BrandCardCardConfigsPreviewUrlGetOptions extends RouteCallOptions {
  query: {
    /** 业务申请编号 */
    business_code?: string
    /** 微信支付申请单号 */
    applyment_id?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 获取商家名片预览二维码: what `GET /v3/brand/card/card-configs/preview-url` answers. */
export type BrandCardCardConfigsPreviewUrlGetResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 微信支付申请单号 */
  applyment_id: string
  /** 品牌ID */
  brand_id: string
  /** 商家名片预览二维码链接 */
  card_preview_url: string
  /** 预览二维码链接过期时间 */
  url_expired_time: string
}

export interface BrandCardCardConfigsPublishPostJson {
  /** 业务申请编号 */
  business_code?: string
  /** 微信支付申请单号 */
  applyment_id?: string
  /** 品牌ID */
  brand_id: string
  /** 发布方式 */
  publish_type: 'IMMEDIATE_PUBLISH' | 'SCHEDULED_PUBLISH'
  /** 定时发布时间 */
  scheduled_publish_time?: string
}

/** 发布商家名片配置: the options of `POST /v3/brand/card/card-configs/publish`. */
export interface BrandCardCardConfigsPublishPostOptions extends RouteCallOptions {
  json: BrandCardCardConfigsPublishPostJson
}

/** 发布商家名片配置: what `POST /v3/brand/card/card-configs/publish` answers. */
export type BrandCardCardConfigsPublishPostResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 微信支付申请单号 */
  applyment_id: string
  /** 品牌ID */
  brand_id: string
  /** 发布方式 */
  publish_type: 'IMMEDIATE_PUBLISH' | 'SCHEDULED_PUBLISH' | (string & {})
  /** 定时发布时间 */
  scheduled_publish_time?: string
}

/** 查询已生效交易连接名片规则: the options of `GET /v3/brand/card/card-links`. */
export interface BrandCardCardLinksGetOptions extends RouteCallOptions {
  query: {
    /** 品牌ID */
    brand_id: string
    /** 交易场景类型 */
    payment_scene?: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE'
    /** 查询页码 */
    page_index?: number
    /** 查询页大小 */
    page_size?: number
  }
}

/** 查询已生效交易连接名片规则: what `GET /v3/brand/card/card-links` answers. */
export type BrandCardCardLinksGetResponse = {
  /** 品牌ID */
  brand_id?: string
  /** 查询页码 */
  page_index?: number
  /** 查询页大小 */
  page_size?: number
  /** 总数 */
  total_num?: number
  /** 已生效连接列表 */
  active_link_list?: {
    /** 交易场景类型 */
    payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE' | (string & {})
    /** 公众账号ID */
    appid_list?: string[]
    /** 商户号 */
    card_link_mchid?: string
    /** 服务ID */
    service_id?: string
  }[]
}

export interface BrandCardCardLinksPostJson {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE'
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  card_link_mchid?: string
  /** 服务ID */
  service_id?: string
}

/** 添加交易连接名片规则申请: the options of `POST /v3/brand/card/card-links`. */
export interface BrandCardCardLinksPostOptions extends RouteCallOptions {
  json: BrandCardCardLinksPostJson
}

/** 添加交易连接名片规则申请: what `POST /v3/brand/card/card-links` answers. */
export type BrandCardCardLinksPostResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE' | (string & {})
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  card_link_mchid?: string
  /** 服务ID */
  service_id?: string
}

/** 根据业务申请编号查询添加申请状态: the options of `GET /v3/brand/card/card-links/business-code/{business_code}`. */
export interface BrandCardCardLinksByBusinessCodeGetOptions extends RouteCallOptions {
  params: {
    /** 业务申请编号 */
    business_code: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 根据业务申请编号查询添加申请状态: what `GET /v3/brand/card/card-links/business-code/{business_code}` answers. */
export type BrandCardCardLinksByBusinessCodeGetResponse = {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE' | (string & {})
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  card_link_mchid?: string
  /** 服务ID */
  service_id?: string
  /** 交易连接名片配置状态 */
  configuration_state: 'WAITING_AUDIT' | 'AUDIT_REJECT' | 'WAITING_CONFIRMATION' | 'MERCHANT_ADMIN_REJECT' | 'IN_EFFECT' | (string & {})
  /** 驳回原因 */
  reject_reason?: string
}

export interface BrandCardCardLinksCancelApplymentPostJson {
  /** 业务申请编号 */
  business_code: string
  /** 品牌ID */
  brand_id: string
}

/** 撤销交易连接名片配置申请: the options of `POST /v3/brand/card/card-links/cancel-applyment`. */
export interface BrandCardCardLinksCancelApplymentPostOptions extends RouteCallOptions {
  json: BrandCardCardLinksCancelApplymentPostJson
}

/** 撤销交易连接名片配置申请: what `POST /v3/brand/card/card-links/cancel-applyment` answers. */
export type BrandCardCardLinksCancelApplymentPostResponse = {
  /** 业务申请编号 */
  business_code: string
}

export interface BrandCardCardLinksUnbindCardLinkPostJson {
  /** 品牌ID */
  brand_id: string
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE'
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  card_link_mchid?: string
  /** 服务ID */
  service_id?: string
}

/** 解除已生效交易连接名片场景: the options of `POST /v3/brand/card/card-links/unbind-card-link`. */
export interface BrandCardCardLinksUnbindCardLinkPostOptions extends RouteCallOptions {
  json: BrandCardCardLinksUnbindCardLinkPostJson
}

/** 解除已生效交易连接名片场景: what `POST /v3/brand/card/card-links/unbind-card-link` answers. */
export type BrandCardCardLinksUnbindCardLinkPostResponse = {
  /** 品牌ID */
  brand_id: string
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE' | (string & {})
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  card_link_mchid?: string
  /** 服务ID */
  service_id?: string
}
