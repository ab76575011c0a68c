// catering: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface CateringOrdersSyncStatusPostJson {
  /** 微信支付分配的服务商商户号 */
  sp_mchid?: string
  /** 子商户在微信公众平台申请服务号对应的APPID */
  sp_appid?: string
  /** 微信支付分配的渠道商商户号 */
  channel_id: string
  /** 微信支付分配子商户商户号 */
  sub_mchid: string
  /** 子商户在微信公众平台申请服务号对应的APPID */
  sub_appid: string
  /** 商户旗下门店的唯一编号 */
  out_shop_no: string
  /** 用户子标识 */
  sub_openid: string
  /** 微信用户登录接口返回的登录票据 */
  login_token: string
  /** 点餐入口 */
  order_entry: string
  /** 总价，单位为分 */
  total_amount: number
  /** 优惠金额，单位为分 */
  discount_amount: number
  /** 实际支付金额，单位为分 */
  user_amount: number
  /** 订单状态 */
  status: 'CREATE_DEAL' | 'PAY_SUCCESS'
  /** 状态发生变化的时间 */
  action_time: string
  /** 支付时间 */
  pay_time?: string
  /** 支付订单号 */
  transaction_id?: string
  /** 渠道商系统内部支付订单号 */
  out_trade_no?: string
  /** 渠道商系统内部订单号 */
  out_order_no: string
  /** 桌位号 */
  out_table_no?: string
  /** 消费人数 */
  people_count?: number
  /** 商户菜品信息 */
  dish_list: readonly {
    /** 商户菜品ID */
    out_dish_no: string
    /** 菜品名称 */
    name: string
    /** 菜品单价，单位为分 */
    price: number
    /** 菜品单位 */
    unit: 'BY_SHARE' | 'BY_WEIGHT'
    /** 菜品数量，保留小数点后2位有效数字 */
    count: number
    /** 菜品折扣，百分值，8折填80 */
    discount?: number
    /** 菜品分类，如等 */
    type?: string
    /** 当前菜品在服务商平台的顺序 */
    priority?: number
    /** 菜品属性 */
    properties?: {
      /** 口味 */
      taste: string
      /** 做法 */
      cuisine: string
      /** 主料 */
      main_material: string
      /** 配料 */
      ingredients: string
      /** 其他 */
      others?: string
    }
  }[]
}

/** 点餐订单信息同步（渠道商/服务商）: the options of `POST /v3/catering/orders/sync-status`. */
export interface CateringOrdersSyncStatusPostOptions extends RouteCallOptions {
  json: CateringOrdersSyncStatusPostJson
}

/** 点餐订单信息同步（渠道商/服务商）: what `POST /v3/catering/orders/sync-status` answers. */
export type CateringOrdersSyncStatusPostResponse = undefined
