// merchant-risk-manage: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface MerchantRiskManageEcTradeRiskQueryRiskTradesPostJson {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户号 */
  mchid?: string
  /** 开始时间 */
  start_time?: string
  /** 结束时间 */
  end_time?: string
  /** 查询页码 */
  page_index?: number
  /** 查询页大小 */
  page_size?: number
}

/** 查询风险订单: the options of `POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades`. */
export interface MerchantRiskManageEcTradeRiskQueryRiskTradesPostOptions extends RouteCallOptions {
  json?: MerchantRiskManageEcTradeRiskQueryRiskTradesPostJson
}

/** 查询风险订单: what `POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades` answers. */
export type MerchantRiskManageEcTradeRiskQueryRiskTradesPostResponse = {
  /** 总风险订单数 */
  total_num?: number
  /** 风险订单列表 */
  risk_trade_list?: {
    /** 商户号 */
    mchid?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 风险类型 */
    risk_type?: 1 | 2 | 3 | 4 | (number & {})
    /** 风险等级 */
    risk_level?: 1 | 2 | 3 | (number & {})
    /** 投诉单状态 */
    risk_discove_time?: string
  }[]
}

export interface MerchantRiskManageEcTradeRiskRecvDisposeResultPostJson {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户号 */
  mchid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 最终风险结论 */
  final_risk_result?: 1 | 2
  /** 最终风险类型 */
  final_risk_type?: 1 | 2 | 3 | 4
  /** 处置结论 */
  disp_conclusion?: readonly (1 | 2 | 3)[]
  /** 处置补充 */
  disp_addition?: string
  /** 是否有投诉 */
  exist_complaint?: boolean
  /** 退款金额 */
  refund_amount?: number
}

/** 回传处置结果: the options of `POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result`. */
export interface MerchantRiskManageEcTradeRiskRecvDisposeResultPostOptions extends RouteCallOptions {
  json: MerchantRiskManageEcTradeRiskRecvDisposeResultPostJson
}

/** 回传处置结果: what `POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result` answers. */
export type MerchantRiskManageEcTradeRiskRecvDisposeResultPostResponse = {
  /** 返回描述 */
  rsp_msg?: string
}

export interface MerchantRiskManageReportTradeUnionInformationPostJson {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 从业机构商户号 */
  acquiring_bank_id?: string
  /** 渠道号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 用户标识 */
  openid?: string
  /** 用户手机号 (encrypt with `client.encrypt()`) */
  phone?: Encrypted
  /** 用户实名证件号 (encrypt with `client.encrypt()`) */
  certificates_number?: Encrypted
  /** 用户终端ip */
  client_ip?: string
  /** 商户判定交易的风险等级 */
  risk_level?: number
  /** 线上线下标识 */
  line_type?: 1 | 2
  /** 虚拟实物标识 */
  goods_type?: 1 | 2
  /** 物品发布类型 */
  seller_type?: 1 | 2
  /** 是否需要物流发货 */
  is_need_deliver?: boolean
  /** 用户设备类型 */
  device_type?: 1 | 2 | 3
  /** 付款方用户标识 */
  userid?: string
  /** 手机号来源 */
  phone_from?: number
  /** 收款方用户标识 */
  seller_userid?: string
  /** 业务场景 */
  scene?: 0 | 1 | 2
  /** 充值业务场景独有字段 */
  recharge_fields?: {
    /** 充值账号类型 */
    account_type?: number
    /** 充值账号 */
    account?: string
  }
  /** 生活缴费场景独有字段 */
  living_expenses_fields?: {
    /** 户号 */
    acc_no?: string
    /** 费种 */
    type?: number
    /** 缴费城市 */
    city?: string
    /** 户号对应的地址信息 */
    address?: string
    /** 缴费户名 */
    acc_name?: string
    /** 机构名称 */
    company_name?: string
    /** 缴费金额 */
    amount?: number
  }
  /** 扩展字段1，json格式 */
  extra_fields1?: string
  /** 扩展字段2，json格式 */
  extra_fields2?: string
  /** 扩展字段3，json格式 */
  extra_fields3?: string
  /** 高风险商品标签 */
  high_risk_goods?: number
  /** 用户下单设备与支付设备是否一致 */
  same_deviced?: boolean
  /** 用户下单设备是否是常用设备 */
  reliable_device?: boolean
  /** 收货省份 */
  delivery_province?: string
  /** 收货城市 */
  delivery_city?: string
  /** 收货人地址是否新增 */
  new_address?: boolean
  /** 上一笔支付openid */
  last_pay_openid?: string
  /** 高风险类目 */
  risky_goods?: 1 | 2 | 3 | 4 | 5 | 6
  /** 订单识别标识：小时购/自提等枚举值 */
  offline_delivery_label?: 1 | 2
  /** 是否为代付订单 */
  proxy_payment?: boolean
  /** 下单人手机号：手机号前3后4 */
  order_phone_number?: string
  /** 下单人风险等级 */
  user_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  /** 商户风险等级 */
  sp_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  /** 手机号所属地 */
  phone_number_location?: string
  /** 商品类目 */
  goods_category?: string
  /** 前置打开行为异常 */
  pre_opening_behavior?: string
  /** 卖家是否是新账号 */
  new_store?: boolean
  /** 店铺标识 */
  store_identifier?: string
  /** 商品上架时间 */
  goods_listing_time?: string
  /** 合单商户订单号 */
  combine_out_trade_no?: string
  /** 合单商户号 */
  combine_mchid?: string
  /** 子单列表 */
  sub_orders?: readonly {
    /** 子单商户订单号 */
    out_trade_no?: string
    /** 子单发起方商户号 */
    mch_id?: string
    /** 收货省份 */
    delivery_province?: string
    /** 收货城市 */
    delivery_city?: string
    /** 高风险类目 */
    risky_goods?: 1 | 2 | 3 | 4 | 5 | 6
    /** 下单人风险等级 */
    user_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7
    /** 商户风险等级 */
    sp_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  }[]
}

/** 上报订单关联信息: the options of `POST /v3/merchant-risk-manage/report-trade-union-information`. */
export interface MerchantRiskManageReportTradeUnionInformationPostOptions extends RouteCallOptions {
  json?: MerchantRiskManageReportTradeUnionInformationPostJson
}

/** 上报订单关联信息: what `POST /v3/merchant-risk-manage/report-trade-union-information` answers. */
export type MerchantRiskManageReportTradeUnionInformationPostResponse = {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 从业机构商户号 */
  acquiring_bank_id?: string
  /** 渠道号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no?: string
}

/** 查询风险信息: the options of `GET /v3/merchant-risk-manage/trade-risk-information`. */
export interface MerchantRiskManageTradeRiskInformationGetOptions extends RouteCallOptions {
  query: {
    /** 服务商商户号 */
    sp_mchid?: string
    /** 从业机构号 */
    acquiring_bank_id?: string
    /** 渠道号 */
    channel_id?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 商户订单号 */
    out_trade_no: string
    /** 投诉信息 */
    complaints_information?: string
  }
}

/** 查询风险信息: what `GET /v3/merchant-risk-manage/trade-risk-information` answers. */
export type MerchantRiskManageTradeRiskInformationGetResponse = {
  /** 风险系数值 */
  risk_score: number
  /** 风险类型 */
  risk_type?: 'OTHER_RISK' | 'INDUCE_PAYMENT' | 'FRAUD' | 'GAMBLING' | 'CYBERSEX' | (string & {})
  /** 处置手段 */
  punish_type?: 'OTHER_PUNISH' | 'DISABLE_PAYMENT' | 'SUSPEND_SETTLEMENT' | 'DISABLE_WITHDRAW' | 'REMOVE_MERCHANTS' | 'ADD_MERCHANTS_BLACKLIST' | 'REFUND' | 'FREEZING_FUND_BY_TRANSACTION' | 'FREEZING_FUND_BY_MERCHANTS' | 'BLOCKED_USER' | (string & {})
  /** 处置手段描述 */
  punish_description?: string
}

export interface MerchantRiskManageTradeRiskResultPostJson {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 从业机构商户号 */
  acquiring_bank_id?: string
  /** 渠道号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 风险类型 */
  risk_type?: 'OTHER_RISK' | 'INDUCE_PAYMENT' | 'FRAUD' | 'GAMBLING' | 'CYBERSEX'
  /** 处置手段 */
  punish_type: 'OTHER_PUNISH' | 'DISABLE_PAYMENT' | 'SUSPEND_SETTLEMENT' | 'DISABLE_WITHDRAW' | 'REMOVE_MERCHANTS' | 'ADD_MERCHANTS_BLACKLIST' | 'REFUND' | 'FREEZING_FUND_BY_TRANSACTION' | 'FREEZING_FUND_BY_MERCHANTS' | 'BLOCKED_USER'
  /** 处置手段补充 */
  additional_punish_type?: string
  /** 投诉信息 */
  complaints_information?: string
}

/** 处置结果回传: the options of `POST /v3/merchant-risk-manage/trade-risk-result`. */
export interface MerchantRiskManageTradeRiskResultPostOptions extends RouteCallOptions {
  json: MerchantRiskManageTradeRiskResultPostJson
}

/** 处置结果回传: what `POST /v3/merchant-risk-manage/trade-risk-result` answers. */
export type MerchantRiskManageTradeRiskResultPostResponse = {
  /** 服务商商户号 */
  sp_mchid?: string
  /** 从业机构商户号 */
  acquiring_bank_id?: string
  /** 渠道号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 风险类型 */
  risk_type?: 'OTHER_RISK' | 'INDUCE_PAYMENT' | 'FRAUD' | 'GAMBLING' | 'CYBERSEX' | (string & {})
  /** 处置手段 */
  punish_type: 'OTHER_PUNISH' | 'DISABLE_PAYMENT' | 'SUSPEND_SETTLEMENT' | 'DISABLE_WITHDRAW' | 'REMOVE_MERCHANTS' | 'ADD_MERCHANTS_BLACKLIST' | 'REFUND' | 'FREEZING_FUND_BY_TRANSACTION' | 'FREEZING_FUND_BY_MERCHANTS' | 'BLOCKED_USER' | (string & {})
  /** 处置手段补充 */
  additional_punish_type?: string
  /** 处置手段描述 */
  punish_description?: string
}

/** 删除商户违规通知回调地址: the options of `DELETE /v3/merchant-risk-manage/violation-notifications`. */
export interface MerchantRiskManageViolationNotificationsDeleteOptions extends RouteCallOptions {}

/** 删除商户违规通知回调地址: what `DELETE /v3/merchant-risk-manage/violation-notifications` answers. */
export type MerchantRiskManageViolationNotificationsDeleteResponse = undefined

/** 查询商户违规通知回调地址: the options of `GET /v3/merchant-risk-manage/violation-notifications`. */
export interface MerchantRiskManageViolationNotificationsGetOptions extends RouteCallOptions {}

/** 查询商户违规通知回调地址: what `GET /v3/merchant-risk-manage/violation-notifications` answers. */
export type MerchantRiskManageViolationNotificationsGetResponse = {
  /** 通知地址 */
  notify_url?: string
}

export interface MerchantRiskManageViolationNotificationsPostJson {
  /** 通知地址 */
  notify_url?: string
}

/** 创建商户违规通知回调地址: the options of `POST /v3/merchant-risk-manage/violation-notifications`. */
export interface MerchantRiskManageViolationNotificationsPostOptions extends RouteCallOptions {
  json?: MerchantRiskManageViolationNotificationsPostJson
}

/** 创建商户违规通知回调地址: what `POST /v3/merchant-risk-manage/violation-notifications` answers. */
export type MerchantRiskManageViolationNotificationsPostResponse = {
  /** 通知地址 */
  notify_url?: string
}

export interface MerchantRiskManageViolationNotificationsPutJson {
  /** 通知链接 */
  notify_url?: string
}

/** 修改商户违规通知回调地址: the options of `PUT /v3/merchant-risk-manage/violation-notifications`. */
export interface MerchantRiskManageViolationNotificationsPutOptions extends RouteCallOptions {
  json?: MerchantRiskManageViolationNotificationsPutJson
}

/** 修改商户违规通知回调地址: what `PUT /v3/merchant-risk-manage/violation-notifications` answers. */
export type MerchantRiskManageViolationNotificationsPutResponse = {
  /** 通知地址 */
  notify_url?: string
}
