// discount-card: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface DiscountCardCardsPostJson {
  /** 商户领卡号 */
  out_card_code: string
  /** 卡模板ID */
  card_template_id: string
  /** 公众账号ID */
  appid: string
  /** 通知商户URL */
  notify_url: string
}

/** 预受理领卡请求: the options of `POST /v3/discount-card/cards`. */
export interface DiscountCardCardsPostOptions extends RouteCallOptions {
  json: DiscountCardCardsPostJson
}

/** 预受理领卡请求: what `POST /v3/discount-card/cards` answers. */
export type DiscountCardCardsPostResponse = {
  /** 预领卡请求token */
  prepare_card_token: string
}

/** 查询先享卡订单: the options of `GET /v3/discount-card/cards/{out_card_code}`. */
export interface DiscountCardCardsByOutCardCodeGetOptions extends RouteCallOptions {
  params: {
    /** 商户领卡号 */
    out_card_code: string
  }
}

/** 查询先享卡订单: what `GET /v3/discount-card/cards/{out_card_code}` answers. */
export type DiscountCardCardsByOutCardCodeGetResponse = {
  /** 先享卡ID */
  card_id: string
  /** 先享卡模板ID */
  card_template_id: string
  /** 商户领卡号 */
  out_card_code: string
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 约定时间期限 */
  time_range: {
    /** 约定开始时间 */
    begin_time: string
    /** 约定结束时间 */
    end_time: string
  }
  /** 状态 */
  state: string
  /** 未完成约定原因 */
  unfinished_reason?: string
  /** 享受优惠总金额 */
  total_amount?: number
  /** 用户退回优惠的付款信息 */
  pay_information?: {
    /** 付款金额 */
    pay_amount: number
    /** 付款状态 */
    pay_state: string
    /** 微信支付订单号 */
    transaction_id?: string
    /** 支付时间 */
    pay_time?: string
  }
  /** 创卡时间 */
  create_time: string
  /** 目标列表 */
  objectives?: {
    /** 目标ID */
    objective_id: string
    /** 目标名称 */
    name: string
    /** 目标数量 */
    count: number
    /** 目标单位 */
    unit: string
    /** 目标描述 */
    description?: string
    /** 目标完成记录 */
    objective_completion_records?: {
      /** 目标完成流水号 */
      objective_completion_serial_no: string
      /** 目标ID */
      objective_id: string
      /** 目标完成时间 */
      completion_time: string
      /** 目标完成类型 */
      completion_type: string
      /** 目标完成描述 */
      description: string
      /** 目标完成数量 */
      completion_count: number
      /** 备注说明 */
      remark?: string
    }[]
  }[]
  /** 优惠列表 */
  rewards?: {
    /** 优惠ID */
    reward_id: string
    /** 优惠名称 */
    name: string
    /** 优惠数量类型 */
    count_type: string
    /** 优惠数量 */
    count: number
    /** 优惠单位 */
    unit: string
    /** 优惠金额 */
    amount: number
    /** 优惠描述 */
    description?: string
    /** 优惠使用记录列 */
    reward_usage_records?: {
      /** 优惠使用记录流水号 */
      reward_usage_serial_no: string
      /** 优惠ID */
      reward_id: string
      /** 优惠使用时间 */
      usage_time: string
      /** 优惠使用类型 */
      usage_type: string
      /** 优惠使用描述 */
      description: string
      /** 优惠使用数量 */
      usage_count: number
      /** 优惠金额 */
      amount: number
      /** 备注说明 */
      remark?: string
    }[]
  }[]
  /** 邀请者用户标识 */
  sharer_openid?: string
}

export interface DiscountCardCardsByOutCardCodeAddUserRecordsPostJson {
  /** 卡模板ID */
  card_template_id: string
  /** 目标完成记录 */
  objective_completion_records?: readonly {
    /** 目标完成流水号 */
    objective_completion_serial_no: string
    /** 目标ID */
    objective_id: string
    /** 目标完成时间 */
    completion_time: string
    /** 目标完成类型 */
    completion_type: string
    /** 目标完成描述 */
    description: string
    /** 目标完成数量 */
    completion_count: number
    /** 备注说明 */
    remark?: string
  }[]
  /** 优惠使用记录 */
  reward_usage_records?: readonly {
    /** 优惠使用记录流水号 */
    reward_usage_serial_no: string
    /** 优惠ID */
    reward_id: string
    /** 优惠使用时间 */
    usage_time: string
    /** 优惠使用类型 */
    usage_type: string
    /** 优惠使用描述 */
    description: string
    /** 数量 */
    usage_count: number
    /** 金额 */
    amount: number
    /** 备注说明 */
    remark?: string
  }[]
}

/** 增加用户记录: the options of `POST /v3/discount-card/cards/{out_card_code}/add-user-records`. */
export interface DiscountCardCardsByOutCardCodeAddUserRecordsPostOptions extends RouteCallOptions {
  params: {
    /** 商户领卡号 */
    out_card_code: string
  }
  json: DiscountCardCardsByOutCardCodeAddUserRecordsPostJson
}

/** 增加用户记录: what `POST /v3/discount-card/cards/{out_card_code}/add-user-records` answers. */
export type DiscountCardCardsByOutCardCodeAddUserRecordsPostResponse = undefined

/** 通过先享卡订单号查询订单: the options of `GET /v3/discount-card/orders/out-trade-no/{out_trade_no}`. */
export interface DiscountCardOrdersByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
}

/** 通过先享卡订单号查询订单: what `GET /v3/discount-card/orders/out-trade-no/{out_trade_no}` answers. */
export type DiscountCardOrdersByOutTradeNoGetResponse = {
  /** 先享卡订单号 */
  out_order_no: string
  /** 先享卡ID */
  discount_card_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 微信支付交易单号 */
  transaction_id?: string
  /** 用户标识 */
  openid: string
  /** 先享卡开始时间 */
  card_begin_time: string
  /** 先享卡结束时间 */
  card_end_time: string
  /** 先享卡名称 */
  card_name: string
  /** 目标描述 */
  objective_description: string
  /** 奖励描述 */
  reward_description: string
  /** 预估奖励金额 */
  estimated_reward_amount: number
  /** 线上使用说明 */
  online_instructions?: string
  /** 线下使用说明 */
  offline_instructions?: string
  /** 订单状态 */
  state: string
  /** 总金额 */
  total_amount?: number
  /** 扣除金额 */
  deduction_amount?: number
  /** 结算金额 */
  settlement_amount?: number
  /** 创建时间 */
  create_time: string
  /** 支付时间 */
  pay_time?: string
  /** 目标达成明细列表 */
  objectives?: {
    /** 目标流水号 */
    objective_serial_no: string
    /** 先享卡目标ID */
    objective_id: number
    /** 目标名称 */
    name?: string
    /** 目标单位 */
    unit?: string
    /** 履约描述 */
    performance_description: string
    /** 履约类型 */
    performance_type: string
    /** 目标数量 */
    count: number
    /** 履约时间 */
    performance_time: string
    /** 备注说明 */
    remark?: string
  }[]
  /** 奖励明细列表 */
  rewards?: {
    /** 奖励流水号 */
    reward_serial_no: string
    /** 先享卡奖励ID */
    reward_id: number
    /** 奖励名称 */
    name?: string
    /** 奖励单位 */
    unit?: string
    /** 奖励描述 */
    description: string
    /** 奖励类型 */
    reward_type: string
    /** 奖励数量 */
    count: number
    /** 奖励金额 */
    amount: number
    /** 奖励时间 */
    reward_time: string
    /** 备注说明 */
    remark?: string
  }[]
}

/** 通过先享卡订单号查询订单: the options of `GET /v3/discount-card/orders/{out_order_no}`. */
export interface DiscountCardOrdersByOutOrderNoGetOptions extends RouteCallOptions {
  params: {
    /** 先享卡订单号 */
    out_order_no: string
  }
}

/** 通过先享卡订单号查询订单: what `GET /v3/discount-card/orders/{out_order_no}` answers. */
export type DiscountCardOrdersByOutOrderNoGetResponse = {
  /** 先享卡订单号 */
  out_order_no: string
  /** 先享卡ID */
  discount_card_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 微信支付交易单号 */
  transaction_id?: string
  /** 用户标识 */
  openid: string
  /** 先享卡开始时间 */
  card_begin_time: string
  /** 先享卡结束时间 */
  card_end_time: string
  /** 先享卡名称 */
  card_name: string
  /** 目标描述 */
  objective_description: string
  /** 奖励描述 */
  reward_description: string
  /** 预估奖励金额 */
  estimated_reward_amount: number
  /** 线上使用说明 */
  online_instructions?: string
  /** 线下使用说明 */
  offline_instructions?: string
  /** 订单状态 */
  state: string
  /** 总金额 */
  total_amount?: number
  /** 扣除金额 */
  deduction_amount?: number
  /** 结算金额 */
  settlement_amount?: number
  /** 创建时间 */
  create_time: string
  /** 支付时间 */
  pay_time?: string
  /** 目标达成明细列表 */
  objectives?: {
    /** 目标流水号 */
    objective_serial_no: string
    /** 先享卡目标ID */
    objective_id: number
    /** 目标名称 */
    name?: string
    /** 目标单位 */
    unit?: string
    /** 履约描述 */
    performance_description: string
    /** 履约类型 */
    performance_type: string
    /** 目标数量 */
    count: number
    /** 履约时间 */
    performance_time: string
    /** 备注说明 */
    remark?: string
  }[]
  /** 奖励明细列表 */
  rewards?: {
    /** 奖励流水号 */
    reward_serial_no: string
    /** 先享卡奖励ID */
    reward_id: number
    /** 奖励名称 */
    name?: string
    /** 奖励单位 */
    unit?: string
    /** 奖励描述 */
    description: string
    /** 奖励类型 */
    reward_type: string
    /** 奖励数量 */
    count: number
    /** 奖励金额 */
    amount: number
    /** 奖励时间 */
    reward_time: string
    /** 备注说明 */
    remark?: string
  }[]
}

export interface DiscountCardOrdersByOutOrderNoPatchJson {
  /** 目标达成明细列表 */
  objectives?: readonly {
    /** 目标流水号 */
    objective_serial_no: string
    /** 先享卡目标ID */
    objective_id: number
    /** 履约描述 */
    performance_description: string
    /** 履约类型 */
    performance_type: string
    /** 目标数量 */
    count: number
    /** 履约时间 */
    performance_time: string
    /** 备注说明 */
    remark?: string
  }[]
  /** 奖励明细列表 */
  rewards?: readonly {
    /** 奖励流水号 */
    reward_serial_no: string
    /** 先享卡奖励ID */
    reward_id: number
    /** 奖励描述 */
    description: string
    /** 奖励类型 */
    reward_type: string
    /** 奖励数量 */
    count: number
    /** 奖励金额 */
    amount: number
    /** 奖励时间 */
    reward_time: string
    /** 备注说明 */
    remark?: string
  }[]
}

/** 更新先享卡订单: the options of `PATCH /v3/discount-card/orders/{out_order_no}`. */
export interface DiscountCardOrdersByOutOrderNoPatchOptions extends RouteCallOptions {
  params: {
    /** 先享卡订单号 */
    out_order_no: string
  }
  json?: DiscountCardOrdersByOutOrderNoPatchJson
}

/** 更新先享卡订单: what `PATCH /v3/discount-card/orders/{out_order_no}` answers. */
export type DiscountCardOrdersByOutOrderNoPatchResponse = {
  /** 先享卡订单号 */
  out_order_no: string
  /** 微信支付服务订单号 */
  order_id: string
}
