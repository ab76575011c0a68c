// lovefeast: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询爱心餐品牌信息: the options of `GET /v3/lovefeast/brands/{brand_id}`. */
export interface LovefeastBrandsByBrandIdGetOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询爱心餐品牌信息: what `GET /v3/lovefeast/brands/{brand_id}` answers. */
export type LovefeastBrandsByBrandIdGetResponse = {
  /** 捐赠数量 */
  donate_count: number
  /** 供餐数量 */
  consume_count: number
}

/** 查询用户捐赠单列表: the options of `GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}`. */
export interface LovefeastUsersByOpenidOrdersByBrandIdGetOptions extends RouteCallOptions {
  params: {
    /** 用户在商户AppID下的唯一标识 */
    openid: string
    /** 品牌ID */
    brand_id: string
  }
  query?: {
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
  }
}

/** 查询用户捐赠单列表: what `GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}` answers. */
export type LovefeastUsersByOpenidOrdersByBrandIdGetResponse = {
  /** 该次请求返回的记录条数 */
  count?: number
  /** 最大记录条数 */
  limit?: number
  /** 起始位置 */
  offset?: number
  /** 全部记录数量 */
  total_count?: number
  /** 结果集 */
  data?: {
    /** 捐赠订单号 */
    welfare_trade_id?: string
    /** 应用ID */
    appid?: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 品牌ID */
    brand_id?: string
    /** 捐赠来源 */
    donate_source?: 'MINIPROGRAM_PAY' | 'ENTRUST_PAY' | (string & {})
    /** 商户订单 */
    merchant_order?: string
    /** 捐赠机构名称 */
    institution_name?: string
    /** 捐赠项目编号 */
    business_id?: string
    /** 捐赠活动名称 */
    business_name?: string
    /** 支付完成时间 */
    success_time?: string
    /** 支付者 */
    payer?: {
      /** 用户标识 */
      openid?: string
      /** 用户子标识 */
      sub_openid?: string
      /** 用户头像URL */
      avatar?: string
      /** 用户昵称 */
      nickname?: string
    }
    /** 订单金额 */
    amount?: {
      /** 总金额 */
      total?: number
      /** 用户支付金额 */
      payer_total?: number
      /** 货币类型 */
      currency?: string
      /** 用户支付币种 */
      payer_currency?: string
    }
    /** 设备编号 */
    device_id?: string
  }[]
}

/** 查询用户捐赠单详情: the options of `GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}`. */
export interface LovefeastUsersByOpenidOrdersByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 用户在商户AppID下的唯一标识 */
    openid: string
    /** 商户系统内部订单号 */
    out_trade_no: string
  }
}

/** 查询用户捐赠单详情: what `GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}` answers. */
export type LovefeastUsersByOpenidOrdersByOutTradeNoGetResponse = {
  /** 捐赠订单号 */
  welfare_trade_id?: string
  /** 应用ID */
  appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 品牌ID */
  brand_id?: string
  /** 捐赠来源 */
  donate_source?: 'MINIPROGRAM_PAY' | 'ENTRUST_PAY' | (string & {})
  /** 商户订单 */
  merchant_order?: string
  /** 捐赠机构名称 */
  institution_name?: string
  /** 捐赠项目编号 */
  business_id?: string
  /** 捐赠活动名称 */
  business_name?: string
  /** 支付完成时间 */
  success_time?: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户子标识 */
    sub_openid?: string
    /** 用户头像URL */
    avatar?: string
    /** 用户昵称 */
    nickname?: string
  }
  /** 订单金额 */
  amount?: Record<string, unknown>
  /** 设备编号 */
  device_id?: string
}
