// vehicle: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 通过商户ETC绑定号查询签约状态: the options of `GET /v3/vehicle/etc/contracts/{contract_id}`. */
export interface VehicleEtcContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 商户etc绑定号 */
    contract_id: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 通过商户ETC绑定号查询签约状态: what `GET /v3/vehicle/etc/contracts/{contract_id}` answers. */
export type VehicleEtcContractsByContractIdGetResponse = {
  /** 发起签约的appid */
  appid: string
  /** 服务商商户号 */
  sp_mchid: string
  /** 用户在发起签约APP的标识 */
  sp_openid: string
  /** 子商户appid */
  sub_appid?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** ETC扣费授权协议号 */
  contract_id: string
  /** ETC绑定状态 */
  bind_state: string
  /** 绑定的车牌号 */
  plate_number: string
  /** 用户在发起签约子APP的标识 */
  sub_openid?: string
}

export interface VehicleEtcPreopenPostJson {
  /** 服务商appid */
  sp_appid: string
  /** 子商户appid */
  sub_appid?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 用户标识 */
  openid: string
  /** ETC授权扣费模板ID */
  plan_id: string
  /** ETC设备号 */
  etc_device_id?: string
  /** 车牌号 */
  plate_number: string
  /** 实名信息 */
  identify: {
    /** 姓名 (encrypt with `client.encrypt()`) */
    encrypted_real_name: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    encrypted_credential_id: Encrypted
    /** 证件类型 */
    credential_type: string
  }
  /** 用户开通ETC时绑定的银行卡 (encrypt with `client.encrypt()`) */
  bank_card_no?: Encrypted
}

/** 预开通用户ETC指定卡扣费: the options of `POST /v3/vehicle/etc/preopen`. */
export interface VehicleEtcPreopenPostOptions extends RouteCallOptions {
  json: VehicleEtcPreopenPostJson
}

/** 预开通用户ETC指定卡扣费: what `POST /v3/vehicle/etc/preopen` answers. */
export type VehicleEtcPreopenPostResponse = {
  /** 预开通ID */
  preopen_id: string
}

export interface VehicleEtcTransactionsHighwayPostJson {
  /** 商户订单号 */
  out_trade_no: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 商户appid */
  appid: string
  /** 特约商户appid */
  sub_appid?: string
  /** ETC扣费授权协议号 */
  contract_id: string
  /** 商品信息 */
  description: string
  /** 附加信息 */
  attach?: string
  /** 营销信息 */
  goods_tag?: string
  /** 高速场景信息 */
  highway_info: {
    /** 车牌号 */
    plate_number: string
    /** 入站时间 */
    start_time: string
    /** 出站时间 */
    end_time: string
    /** 通道类型 */
    channel_type: string
    /** 车辆类型 */
    car_type?: string
    /** 入口名称 */
    entrance: string
    /** 出口名称 */
    exit?: string
    /** 承载人数 */
    carrying_capacity?: number
    /** 荷载范围 */
    carrying_range?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total?: number
    /** 货币类型 */
    currency?: string
  }
  /** 设备信息 */
  device_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip: string
  }
}

/** 高速场景商户扣款: the options of `POST /v3/vehicle/etc/transactions/highway`. */
export interface VehicleEtcTransactionsHighwayPostOptions extends RouteCallOptions {
  json: VehicleEtcTransactionsHighwayPostJson
}

/** 高速场景商户扣款: what `POST /v3/vehicle/etc/transactions/highway` answers. */
export type VehicleEtcTransactionsHighwayPostResponse = {
  /** 商户号 */
  mchid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 商户appid */
  appid: string
  /** 特约商户appid */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 支付者 */
  payer?: {
    /** 用户在服务商APP的标识 */
    sp_openid?: string
    /** 用户在特约商户APP的标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 设备信息 */
  device_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    activity_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wxpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 查询订单: the options of `GET /v3/vehicle/etc/transactions/id/{transaction_id}`. */
export interface VehicleEtcTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/vehicle/etc/transactions/id/{transaction_id}` answers. */
export type VehicleEtcTransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 商户appid */
  appid: string
  /** 特约商户appid */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 支付者 */
  payer?: {
    /** 用户在服务商APP的标识 */
    sp_openid?: string
    /** 用户在特约商户APP的标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 设备信息 */
  device_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    activity_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wxpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 查询订单: the options of `GET /v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}`. */
export interface VehicleEtcTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}` answers. */
export type VehicleEtcTransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 商户appid */
  appid: string
  /** 特约商户appid */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 支付者 */
  payer?: {
    /** 用户在服务商APP的标识 */
    sp_openid?: string
    /** 用户在特约商户APP的标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 设备信息 */
  device_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    activity_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wxpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 查询ETC签约状态: the options of `GET /v3/vehicle/etc/users/{openid}/contracts`. */
export interface VehicleEtcUsersByOpenidContractsGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 特约商户号 */
    sub_mchid?: string
    /** ETC授权扣费模板ID */
    plan_id: string
    /** 车牌号 */
    plate_number: string
  }
}

/** 查询ETC签约状态: what `GET /v3/vehicle/etc/users/{openid}/contracts` answers. */
export type VehicleEtcUsersByOpenidContractsGetResponse = {
  /** 发起签约的appid */
  appid: string
  /** 服务商商户号 */
  sp_mchid: string
  /** 用户在发起签约APP的标识 */
  sp_openid: string
  /** 子商户appid */
  sub_appid?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** ETC扣费授权协议号 */
  contract_id: string
  /** ETC绑定状态 */
  bind_state: string
  /** 绑定的车牌号 */
  plate_number: string
  /** 用户在发起签约子APP的标识 */
  sub_openid?: string
}

export interface VehicleParkingParkingsPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 商户入场id */
  out_parking_no: string
  /** 车牌号 */
  plate_number: string
  /** 车牌颜色 */
  plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN'
  /** 回调通知url */
  notify_url: string
  /** 入场时间 */
  start_time: string
  /** 停车场名称 */
  parking_name: string
  /** 免费时长 */
  free_duration: number
}

/** 创建停车入场: the options of `POST /v3/vehicle/parking/parkings`. */
export interface VehicleParkingParkingsPostOptions extends RouteCallOptions {
  json: VehicleParkingParkingsPostJson
}

/** 创建停车入场: what `POST /v3/vehicle/parking/parkings` answers. */
export type VehicleParkingParkingsPostResponse = {
  /** 停车入场id */
  id: string
  /** 商户入场id */
  out_parking_no: string
  /** 车牌号 */
  plate_number: string
  /** 车牌颜色 */
  plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
  /** 入场时间 */
  start_time: string
  /** 停车场名称 */
  parking_name: string
  /** 免费时长 */
  free_duration: number
  /** 停车入场状态 */
  state: 'NORMAL' | 'BLOCKED' | (string & {})
  /** 不可用状态描述 */
  block_reason?: 'PAUSE' | 'OVERDUE' | 'OUT_SERVICE' | 'EVALUATION_FAILED' | (string & {})
}

/** 查询车牌服务开通信息: the options of `GET /v3/vehicle/parking/services/find`. */
export interface VehicleParkingServicesFindGetOptions extends RouteCallOptions {
  query: {
    /** 应用ID */
    appid: string
    /** 子商户号 */
    sub_mchid: string
    /** 车牌号 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN'
    /** 用户标识 */
    openid: string
  }
}

/** 查询车牌服务开通信息: what `GET /v3/vehicle/parking/services/find` answers. */
export type VehicleParkingServicesFindGetResponse = {
  /** 车牌号 */
  plate_number: string
  /** 车牌颜色 */
  plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
  /** 车牌服务开通时间 */
  service_open_time?: string
  /** 用户标识 */
  openid: string
  /** 车牌服务开通状态 */
  service_state: 'NORMAL' | 'PAUSE' | 'OUT_SERVICE' | (string & {})
}

/** 查询订单: the options of `GET /v3/vehicle/transactions/out-trade-no/{out_trade_no}`. */
export interface VehicleTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/vehicle/transactions/out-trade-no/{out_trade_no}` answers. */
export type VehicleTransactionsByOutTradeNoGetResponse = {
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid: string
  /** 商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 服务描述 */
  description: string
  /** 订单创建时间 */
  create_time: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付完成时间 */
  success_time?: string
  /** 付款银行 */
  bank_type?: string
  /** 用户是否已还款 */
  user_repaid?: string
  /** 附加数据 */
  attach?: string
  /** 交易场景 */
  trade_scene: string
  /** 停车场景信息 */
  parking_info?: {
    /** 停车入场id */
    parking_id: string
    /** 车牌号 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
    /** 入场时间 */
    start_time: string
    /** 出场时间 */
    end_time: string
    /** 停车场名称 */
    parking_name: string
    /** 计费时长 */
    charging_duration: number
    /** 停车场设备id */
    device_id: string
  }
  /** 支付者信息 */
  payer: {
    /** 用户在appid下的标识 */
    openid: string
    /** 用户在sub_appid下的标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    stock_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
  }[]
}

export interface VehicleTransactionsParkingPostJson {
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 服务描述 */
  description: string
  /** 附加数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易场景 */
  trade_scene: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 回调通知url */
  notify_url: string
  /** 分账标识 */
  profit_sharing?: 'Y' | 'N'
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: 'CNY'
  }
  /** 停车场景信息 */
  parking_info?: {
    /** 停车入场id */
    parking_id: string
    /** 车牌号 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN'
    /** 入场时间 */
    start_time: string
    /** 出场时间 */
    end_time: string
    /** 停车场名称 */
    parking_name: string
    /** 计费时长 */
    charging_duration: number
    /** 停车场设备id */
    device_id: string
  }
}

/** 扣费受理: the options of `POST /v3/vehicle/transactions/parking`. */
export interface VehicleTransactionsParkingPostOptions extends RouteCallOptions {
  json: VehicleTransactionsParkingPostJson
}

/** 扣费受理: what `POST /v3/vehicle/transactions/parking` answers. */
export type VehicleTransactionsParkingPostResponse = {
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 服务描述 */
  description: string
  /** 订单创建时间 */
  create_time: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'ACCEPTED' | 'PAY_FAIL' | 'REFUND' | (string & {})
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付完成时间 */
  success_time?: string
  /** 付款银行 */
  bank_type?: string
  /** 用户是否已还款 */
  user_repaid?: 'Y' | 'N' | (string & {})
  /** 附加数据 */
  attach?: string
  /** 交易场景 */
  trade_scene: 'PARKING' | (string & {})
  /** 停车场景信息 */
  parking_info?: {
    /** 停车入场id */
    parking_id: string
    /** 车牌号 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
    /** 入场时间 */
    start_time: string
    /** 出场时间 */
    end_time: string
    /** 停车场名称 */
    parking_name: string
    /** 计费时长 */
    charging_duration: number
    /** 停车场设备id */
    device_id: string
  }
  /** 支付者信息 */
  payer: {
    /** 用户在appid下的标识 */
    openid: string
    /** 用户在sub_appid下的标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY' | (string & {})
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'SINGLE' | 'GLOBAL' | (string & {})
    /** 优惠类型 */
    type?: 'CASH' | 'NOCASH' | (string & {})
    /** 活动ID */
    stock_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
    /** 优惠币种 */
    currency?: 'CNY' | (string & {})
  }[]
}
