// marketing/goods-subsidy-activity: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 按区域查询品牌加价购活动: the options of `GET /v3/marketing/goods-subsidy-activity/activities`. */
export interface MarketingGoodsSubsidyActivityActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 活动所属城市的ID */
    city_id: string
    /** 分页页码 */
    offset: number
    /** 最大返回的活动数 */
    limit: number
  }
}

/** 按区域查询品牌加价购活动: what `GET /v3/marketing/goods-subsidy-activity/activities` answers. */
export type MarketingGoodsSubsidyActivityActivitiesGetResponse = {
  /** 小店活动门店总数 */
  total_count?: number
  /** 小店活动门店集合 */
  data?: {
    /** 活动ID */
    activity_id?: string
    /** 品牌ID */
    brand_id?: string
    /** 活动创建方商户号 */
    creator_merchant_id?: string
    /** 活动信息 */
    activity_info?: {
      /** 活动名称 */
      activity_name?: string
      /** 活动报名开始时间 */
      apply_start_time?: string
      /** 活动报名结束时间 */
      apply_end_time?: string
      /** 活动开始时间 */
      activity_start_time?: string
      /** 活动结束时间 */
      activity_end_time?: string
      /** 活动描述 */
      activity_description?: string
    }
    /** 活动商品信息 */
    goods_information?: {
      /** 商品ID */
      goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品图片URL */
      goods_picture_url?: string
    }
    /** 活动规则 */
    rule_information?: {
      /** 购买单件商品，补贴给门店的金额 */
      store_subsidy?: string
      /** 购买单件商品，补贴给服务商的佣金 */
      service_provider_subsidy?: string
      /** 活动门店补贴商品数上限 */
      store_subsidy_quota?: string
      /** 单用户享受加价购优惠次数上限 */
      user_subsidy_quota?: string
      /** 活动区域列表 */
      areas?: {
        /** 省名称 */
        province?: string
        /** 市名称 */
        city?: string
        /** 区名称 */
        district?: string
      }[]
    }
  }[]
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
}

export interface MarketingGoodsSubsidyActivityActivityByActivityIdApplyPostJson {
  /** 调用报名活动API的商户的商户号 */
  caller_merchant_id: string
  /** 门店报名信息 */
  apply_infos: readonly {
    /** 门店信息 */
    store_info?: {
      /** 门店ID */
      store_id?: string
      /** 门店补贴入账商户号 */
      accounting_merchant_id?: string
      /** 门店商户号 */
      merchant_id?: string
    }
    /** 商品原价 */
    goods_original_price?: number
  }[]
}

/** 门店报名品牌加价购活动: the options of `POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply`. */
export interface MarketingGoodsSubsidyActivityActivityByActivityIdApplyPostOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
  json: MarketingGoodsSubsidyActivityActivityByActivityIdApplyPostJson
}

/** 门店报名品牌加价购活动: what `POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply` answers. */
export type MarketingGoodsSubsidyActivityActivityByActivityIdApplyPostResponse = {
  /** 返回结果文案 */
  return_message?: string
  /** 失败的报名记录 */
  failed_apply_infos?: {
    /** 门店信息 */
    store_info?: {
      /** 门店ID */
      store_id?: string
      /** 门店补贴入账商户号 */
      accounting_merchant_id?: string
      /** 门店商户号 */
      merchant_id?: string
    }
    /** 商品原价 */
    goods_original_price?: number
  }[]
  /** 成功的报名记录 */
  succeed_apply_infos?: {
    /** 门店信息 */
    store_info?: {
      /** 门店ID */
      store_id?: string
      /** 门店补贴入账商户号 */
      accounting_merchant_id?: string
      /** 门店商户号 */
      merchant_id?: string
    }
    /** 商品原价 */
    goods_original_price?: number
  }[]
}

export interface MarketingGoodsSubsidyActivityQualificationLockPostJson {
  /** 订单信息 */
  order_information: {
    /** 支付订单的微信用户OpenID */
    payer_openid?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 订单总金额 */
    total_fee?: number
    /** 门店ID */
    store_id?: string
    /** 门店商户号 */
    store_merchant_id?: string
  }
  /** 待锁定的加价购资格ID列表 */
  qualification_ids: readonly string[]
}

/** 锁定品牌加价购活动资格: the options of `POST /v3/marketing/goods-subsidy-activity/qualification/lock`. */
export interface MarketingGoodsSubsidyActivityQualificationLockPostOptions extends RouteCallOptions {
  json: MarketingGoodsSubsidyActivityQualificationLockPostJson
}

/** 锁定品牌加价购活动资格: what `POST /v3/marketing/goods-subsidy-activity/qualification/lock` answers. */
export type MarketingGoodsSubsidyActivityQualificationLockPostResponse = {
  /** 返回结果文案 */
  return_message?: string
  /** 锁定失败的资格ID列表 */
  failed_qualification_ids?: string[]
  /** 锁定成功的资格ID列表 */
  succeed_qualification_ids?: string[]
}

export interface MarketingGoodsSubsidyActivityQualificationUnlockPostJson {
  /** 订单信息 */
  order_information: {
    /** 支付订单的微信用户OpenID */
    payer_openid?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 订单总金额 */
    total_fee?: number
    /** 门店ID */
    store_id?: string
    /** 门店商户号 */
    store_merchant_id?: string
  }
  /** 待锁定的加价购资格ID列表 */
  qualification_ids: readonly string[]
}

/** 解锁品牌加价购活动资格: the options of `POST /v3/marketing/goods-subsidy-activity/qualification/unlock`. */
export interface MarketingGoodsSubsidyActivityQualificationUnlockPostOptions extends RouteCallOptions {
  json: MarketingGoodsSubsidyActivityQualificationUnlockPostJson
}

/** 解锁品牌加价购活动资格: what `POST /v3/marketing/goods-subsidy-activity/qualification/unlock` answers. */
export type MarketingGoodsSubsidyActivityQualificationUnlockPostResponse = {
  /** 返回结果文案 */
  return_message?: string
  /** 锁定失败的资格ID列表 */
  failed_qualification_ids?: string[]
  /** 锁定成功的资格ID列表 */
  succeed_qualification_ids?: string[]
}

export interface MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativeDeleteJson {
  /** 业务代理信息列表 */
  representative_info_list: readonly {
    /** 业务代理的OpenID */
    openid: string
  }[]
  /** 请求业务单据号 */
  out_request_no: string
  /** 删除时间 */
  delete_time: string
}

/** 删除零售小店活动业务代理: the options of `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativeDeleteOptions extends RouteCallOptions {
  params: {
    /** 零售小店活动ID */
    activity_id: string
  }
  json: MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativeDeleteJson
}

/** 删除零售小店活动业务代理: what `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativeDeleteResponse = {
  /** 零售小店活动ID */
  activity_id: string
  /** 删除失败业务代理信息列表 */
  failed_representative_info_list?: {
    /** 业务代理的OpenID */
    openid: string
  }[]
  /** 删除时间 */
  delete_time: string
}

export interface MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativePutJson {
  /** 业务代理信息列表 */
  representative_info_list: readonly {
    /** 业务代理的OpenID */
    openid: string
  }[]
  /** 请求业务单据号 */
  out_request_no: string
  /** 添加时间 */
  add_time?: string
}

/** 添加零售小店活动业务代理: the options of `PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativePutOptions extends RouteCallOptions {
  params: {
    /** 零售小店活动ID */
    activity_id: string
  }
  json: MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativePutJson
}

/** 添加零售小店活动业务代理: what `PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativePutResponse = {
  /** 零售小店活动ID */
  activity_id: string
  /** 添加失败业务代理信息列表 */
  failed_representative_info_list?: {
    /** 业务代理的OpenID */
    openid: string
  }[]
  /** 添加时间 */
  add_time: string
}

/** 查询零售小店活动业务代理: the options of `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativesGetOptions extends RouteCallOptions {
  params: {
    /** 零售小店活动ID */
    activity_id: string
  }
  query: {
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询零售小店活动业务代理: what `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByActivityIdRepresentativesGetResponse = {
  /** 小店活动业代总数 */
  total_count?: number
  /** 小店活动业代集合 */
  data?: {
    /** 业务代理的OpenID */
    openid: string
  }[]
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
}

export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdMaterialsPostJson {
  /** 请求业务单据 */
  out_request_no: string
  /** 生成物料码数量 */
  material_num: number
}

/** 生成小店活动物料码: the options of `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdMaterialsPostOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
  json: MarketingGoodsSubsidyActivityRetailStoreActByBrandIdMaterialsPostJson
}

/** 生成小店活动物料码: what `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByBrandIdMaterialsPostResponse = {
  /** 成功的物料码列表 */
  material_list?: {
    /** 物料码ID */
    material_id?: string
    /** 物料码链接 */
    material_url?: string
  }[]
}

export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresDeleteJson {
  /** 请求业务单据 */
  out_request_no: string
  /** 删除时间 */
  delete_time: string
  /** 待删除的小店活动门店列表 */
  stores: readonly {
    /** 门店编码 */
    store_code?: string
    /** 门店名称 */
    store_name?: string
  }[]
}

/** 删除小店活动门店: the options of `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresDeleteOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
  json: MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresDeleteJson
}

/** 删除小店活动门店: what `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresDeleteResponse = {
  /** 删除时间 */
  delete_time?: string
  /** 删除失败的小店活动门店列表 */
  failed_stores?: {
    /** 门店编码 */
    store_code?: string
    /** 门店名称 */
    store_name?: string
  }[]
}

/** 查询小店活动门店列表: the options of `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresGetOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
  query: {
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询小店活动门店列表: what `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresGetResponse = {
  /** 小店活动门店总数 */
  total_count?: number
  /** 小店活动门店集合 */
  data?: {
    /** 门店编码 */
    store_code?: string
    /** 门店名称 */
    store_name?: string
  }[]
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
}

export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresPostJson {
  /** 请求业务单据 */
  out_request_no: string
  /** 添加时间 */
  add_time: string
  /** 待新增的小店活动门店列表 */
  stores: readonly {
    /** 门店编码 */
    store_code?: string
    /** 门店名称 */
    store_name?: string
  }[]
}

/** 添加小店活动门店: the options of `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresPostOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
  json: MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresPostJson
}

/** 添加小店活动门店: what `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresPostResponse = {
  /** 添加时间 */
  add_time?: string
  /** 添加失败的小店活动门店列表 */
  failed_stores?: {
    /** 门店编码 */
    store_code?: string
    /** 门店名称 */
    store_name?: string
  }[]
}

/** 查询小店活动门店详情: the options of `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}`. */
export interface MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresByStoreCodeGetOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
    /** 门店编码 */
    store_code: string
  }
}

/** 查询小店活动门店详情: what `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}` answers. */
export type MarketingGoodsSubsidyActivityRetailStoreActByBrandIdStoresByStoreCodeGetResponse = {
  /** 门店编码 */
  store_code?: string
  /** 门店名称 */
  store_name?: string
}
