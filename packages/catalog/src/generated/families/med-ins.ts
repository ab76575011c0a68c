// med-ins: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface MedInsOrdersPostJson {
  /** 混合支付类型 */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE'
  /** 订单类型 */
  order_type: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY'
  /** 从业机构的公众号ID */
  appid: string
  /** 医疗机构的公众号ID */
  sub_appid?: string
  /** 医疗机构的商户号 */
  sub_mchid?: string
  /** 用户在appid下的唯一标识 */
  openid?: string
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string
  /** 支付人身份信息 */
  payer: {
    /** 真实姓名 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 个人身份ID摘要 (encrypt with `client.encrypt()`) */
    id_digest: Encrypted
    /** 证件类型 */
    card_type: 'UNKNOWN_USER_CARD_TYPE' | 'ID_CARD' | 'HOUSEHOLD_REGISTRATION' | 'FOREIGNER_PASSPORT' | 'MAINLAND_TRAVEL_PERMIT_FOR_TW' | 'MAINLAND_TRAVEL_PERMIT_FOR_MO' | 'MAINLAND_TRAVEL_PERMIT_FOR_HK' | 'FOREIGN_PERMANENT_RESIDENT'
  }
  /** 是否代亲属支付 */
  pay_for_relatives?: boolean
  /** 亲属身份信息 */
  relative?: {
    /** 真实姓名 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 个人身份ID摘要 (encrypt with `client.encrypt()`) */
    id_digest: Encrypted
    /** 证件类型 */
    card_type: 'UNKNOWN_USER_CARD_TYPE' | 'ID_CARD' | 'HOUSEHOLD_REGISTRATION' | 'FOREIGNER_PASSPORT' | 'MAINLAND_TRAVEL_PERMIT_FOR_TW' | 'MAINLAND_TRAVEL_PERMIT_FOR_MO' | 'MAINLAND_TRAVEL_PERMIT_FOR_HK' | 'FOREIGN_PERMANENT_RESIDENT'
  }
  /** 从业机构订单号 */
  out_trade_no: string
  /** 医疗机构订单号 */
  serial_no: string
  /** 医保局返回的支付单ID */
  pay_order_id?: string
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string
  /** 用户定位信息 */
  geo_location?: string
  /** 城市ID */
  city_id: string
  /** 医疗机构名称 */
  med_inst_name: string
  /** 医疗机构编码 */
  med_inst_no: string
  /** 医保下单时间 */
  med_ins_order_create_time?: string
  /** 使用该接口下单的总金额 */
  total_fee: number
  /** 医保局结算后，医保统筹支付金额 */
  med_ins_gov_fee?: number
  /** 医保局结算后，医保个账支付金额 */
  med_ins_self_fee?: number
  /** 医保局结算后，医保其他支付金额 */
  med_ins_other_fee?: number
  /** 医保局结算后，需要自费的金额 */
  med_ins_cash_fee?: number
  /** 实际需要用户微信支付的金额 */
  wechat_pay_cash_fee?: number
  /** 现金补充列表 */
  cash_add_detail?: readonly {
    /** 现金补充金额 */
    cash_add_fee: number
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES'
  }[]
  /** 现金减免列表 */
  cash_reduce_detail?: readonly {
    /** 现金减免金额 */
    cash_reduce_fee: number
    /** 现金减免类型 */
    cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION'
  }[]
  /** 回调通知URL */
  callback_url: string
  /** 自费预下单ID */
  prepay_id?: string
  /** 医疗机构透传给医保的数据 (JSON text) */
  passthrough_request_content?: string
  /** 扩展字段 */
  extends?: string
  /** 附加数据 */
  attach?: string
  /** 渠道号 */
  channel_no?: string
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean
}

/** 医保自费混合收款下单: the options of `POST /v3/med-ins/orders`. */
export interface MedInsOrdersPostOptions extends RouteCallOptions {
  json: MedInsOrdersPostJson
}

/** 医保自费混合收款下单: what `POST /v3/med-ins/orders` answers. */
export type MedInsOrdersPostResponse = {
  /** 医保自费混合订单号 */
  mix_trade_no: string
  /** 医保自费混合订单支付状态 */
  mix_pay_status: 'UNKNOWN_MIX_PAY_STATUS' | 'MIX_PAY_CREATED' | 'MIX_PAY_SUCCESS' | 'MIX_PAY_REFUND' | 'MIX_PAY_FAIL' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  self_pay_status: 'UNKNOWN_SELF_PAY_STATUS' | 'SELF_PAY_CREATED' | 'SELF_PAY_SUCCESS' | 'SELF_PAY_REFUND' | 'SELF_PAY_FAIL' | 'NO_SELF_PAY' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  med_ins_pay_status: 'UNKNOWN_MED_INS_PAY_STATUS' | 'MED_INS_PAY_CREATED' | 'MED_INS_PAY_SUCCESS' | 'MED_INS_PAY_REFUND' | 'MED_INS_PAY_FAIL' | 'NO_MED_INS_PAY' | (string & {})
  /** 订单支付时间 */
  paid_time?: string
  /** 支付完成后医保局返回内容 (JSON text) */
  passthrough_response_content?: string
  /** 混合支付类型 */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE' | (string & {})
  /** 订单类型 */
  order_type: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY' | (string & {})
  /** 从业机构的公众号ID */
  appid: string
  /** 医疗机构的公众号ID */
  sub_appid?: string
  /** 医疗机构的商户号 */
  sub_mchid?: string
  /** 用户在appid下的唯一标识 */
  openid?: string
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string
  /** 是否代亲属支付 */
  pay_for_relatives?: boolean
  /** 从业机构订单号 */
  out_trade_no: string
  /** 医疗机构订单号 */
  serial_no: string
  /** 医保局返回的支付单ID */
  pay_order_id?: string
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string
  /** 用户定位信息 */
  geo_location?: string
  /** 城市ID */
  city_id: string
  /** 医疗机构名称 */
  med_inst_name: string
  /** 医疗机构编码 */
  med_inst_no: string
  /** 医保下单时间 */
  med_ins_order_create_time?: string
  /** 使用该接口下单的总金额 */
  total_fee: number
  /** 医保局结算后，医保统筹支付金额 */
  med_ins_gov_fee?: number
  /** 医保局结算后，医保个账支付金额 */
  med_ins_self_fee?: number
  /** 医保局结算后，医保其他支付金额 */
  med_ins_other_fee?: number
  /** 医保局结算后，需要自费的金额 */
  med_ins_cash_fee?: number
  /** 实际需要用户微信支付的金额 */
  wechat_pay_cash_fee?: number
  /** 现金补充列表 */
  cash_add_detail?: {
    /** 现金补充金额 */
    cash_add_fee: number
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES' | (string & {})
  }[]
  /** 现金减免列表 */
  cash_reduce_detail?: {
    /** 现金减免金额 */
    cash_reduce_fee: number
    /** 现金减免类型 */
    cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION' | (string & {})
  }[]
  /** 回调通知URL */
  callback_url: string
  /** 自费预下单ID */
  prepay_id?: string
  /** 医疗机构透传给医保的数据 (JSON text) */
  passthrough_request_content?: string
  /** 扩展字段 */
  extends?: string
  /** 附加数据 */
  attach?: string
  /** 渠道号 */
  channel_no?: string
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean
  /** 医保支付失败原因 */
  med_ins_fail_reason?: string
}

/** 使用医保自费混合订单号查看下单结果: the options of `GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}`. */
export interface MedInsOrdersByMixTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 医保自费混合订单号 */
    mix_trade_no: string
  }
  query?: {
    /** 医疗机构的商户号 */
    sub_mchid?: string
  }
}

/** 使用医保自费混合订单号查看下单结果: what `GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}` answers. */
export type MedInsOrdersByMixTradeNoGetResponse = {
  /** 医保自费混合订单号 */
  mix_trade_no: string
  /** 医保自费混合订单支付状态 */
  mix_pay_status: 'UNKNOWN_MIX_PAY_STATUS' | 'MIX_PAY_CREATED' | 'MIX_PAY_SUCCESS' | 'MIX_PAY_REFUND' | 'MIX_PAY_FAIL' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  self_pay_status: 'UNKNOWN_SELF_PAY_STATUS' | 'SELF_PAY_CREATED' | 'SELF_PAY_SUCCESS' | 'SELF_PAY_REFUND' | 'SELF_PAY_FAIL' | 'NO_SELF_PAY' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  med_ins_pay_status: 'UNKNOWN_MED_INS_PAY_STATUS' | 'MED_INS_PAY_CREATED' | 'MED_INS_PAY_SUCCESS' | 'MED_INS_PAY_REFUND' | 'MED_INS_PAY_FAIL' | 'NO_MED_INS_PAY' | (string & {})
  /** 订单支付时间 */
  paid_time?: string
  /** 支付完成后医保局返回内容 (JSON text) */
  passthrough_response_content?: string
  /** 混合支付类型 */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE' | (string & {})
  /** 订单类型 */
  order_type: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY' | (string & {})
  /** 从业机构的公众号ID */
  appid: string
  /** 医疗机构的公众号ID */
  sub_appid?: string
  /** 医疗机构的商户号 */
  sub_mchid?: string
  /** 用户在appid下的唯一标识 */
  openid?: string
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string
  /** 是否代亲属支付 */
  pay_for_relatives?: boolean
  /** 从业机构订单号 */
  out_trade_no: string
  /** 医疗机构订单号 */
  serial_no: string
  /** 医保局返回的支付单ID */
  pay_order_id?: string
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string
  /** 用户定位信息 */
  geo_location?: string
  /** 城市ID */
  city_id: string
  /** 医疗机构名称 */
  med_inst_name: string
  /** 医疗机构编码 */
  med_inst_no: string
  /** 医保下单时间 */
  med_ins_order_create_time?: string
  /** 使用该接口下单的总金额 */
  total_fee: number
  /** 医保局结算后，医保统筹支付金额 */
  med_ins_gov_fee?: number
  /** 医保局结算后，医保个账支付金额 */
  med_ins_self_fee?: number
  /** 医保局结算后，医保其他支付金额 */
  med_ins_other_fee?: number
  /** 医保局结算后，需要自费的金额 */
  med_ins_cash_fee?: number
  /** 实际需要用户微信支付的金额 */
  wechat_pay_cash_fee?: number
  /** 现金补充列表 */
  cash_add_detail?: {
    /** 现金补充金额 */
    cash_add_fee: number
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES' | (string & {})
  }[]
  /** 现金减免列表 */
  cash_reduce_detail?: {
    /** 现金减免金额 */
    cash_reduce_fee: number
    /** 现金减免类型 */
    cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION' | (string & {})
  }[]
  /** 回调通知URL */
  callback_url: string
  /** 自费预下单ID */
  prepay_id?: string
  /** 医疗机构透传给医保的数据 (JSON text) */
  passthrough_request_content?: string
  /** 扩展字段 */
  extends?: string
  /** 附加数据 */
  attach?: string
  /** 渠道号 */
  channel_no?: string
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean
  /** 医保支付失败原因 */
  med_ins_fail_reason?: string
}

/** 使用商户订单号查看下单结果: the options of `GET /v3/med-ins/orders/out-trade-no/{out_trade_no}`. */
export interface MedInsOrdersByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 医保自费混合订单号 */
    out_trade_no: string
  }
  query?: {
    /** 医疗机构的商户号 */
    sub_mchid?: string
  }
}

/** 使用商户订单号查看下单结果: what `GET /v3/med-ins/orders/out-trade-no/{out_trade_no}` answers. */
export type MedInsOrdersByOutTradeNoGetResponse = {
  /** 医保自费混合订单号 */
  mix_trade_no: string
  /** 医保自费混合订单支付状态 */
  mix_pay_status: 'UNKNOWN_MIX_PAY_STATUS' | 'MIX_PAY_CREATED' | 'MIX_PAY_SUCCESS' | 'MIX_PAY_REFUND' | 'MIX_PAY_FAIL' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  self_pay_status: 'UNKNOWN_SELF_PAY_STATUS' | 'SELF_PAY_CREATED' | 'SELF_PAY_SUCCESS' | 'SELF_PAY_REFUND' | 'SELF_PAY_FAIL' | 'NO_SELF_PAY' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  med_ins_pay_status: 'UNKNOWN_MED_INS_PAY_STATUS' | 'MED_INS_PAY_CREATED' | 'MED_INS_PAY_SUCCESS' | 'MED_INS_PAY_REFUND' | 'MED_INS_PAY_FAIL' | 'NO_MED_INS_PAY' | (string & {})
  /** 订单支付时间 */
  paid_time?: string
  /** 支付完成后医保局返回内容 (JSON text) */
  passthrough_response_content?: string
  /** 混合支付类型 */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE' | (string & {})
  /** 订单类型 */
  order_type: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY' | (string & {})
  /** 从业机构的公众号ID */
  appid: string
  /** 医疗机构的公众号ID */
  sub_appid?: string
  /** 医疗机构的商户号 */
  sub_mchid?: string
  /** 用户在appid下的唯一标识 */
  openid?: string
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string
  /** 是否代亲属支付 */
  pay_for_relatives?: boolean
  /** 从业机构订单号 */
  out_trade_no: string
  /** 医疗机构订单号 */
  serial_no: string
  /** 医保局返回的支付单ID */
  pay_order_id?: string
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string
  /** 用户定位信息 */
  geo_location?: string
  /** 城市ID */
  city_id: string
  /** 医疗机构名称 */
  med_inst_name: string
  /** 医疗机构编码 */
  med_inst_no: string
  /** 医保下单时间 */
  med_ins_order_create_time?: string
  /** 使用该接口下单的总金额 */
  total_fee: number
  /** 医保局结算后，医保统筹支付金额 */
  med_ins_gov_fee?: number
  /** 医保局结算后，医保个账支付金额 */
  med_ins_self_fee?: number
  /** 医保局结算后，医保其他支付金额 */
  med_ins_other_fee?: number
  /** 医保局结算后，需要自费的金额 */
  med_ins_cash_fee?: number
  /** 实际需要用户微信支付的金额 */
  wechat_pay_cash_fee?: number
  /** 现金补充列表 */
  cash_add_detail?: {
    /** 现金补充金额 */
    cash_add_fee: number
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES' | (string & {})
  }[]
  /** 现金减免列表 */
  cash_reduce_detail?: {
    /** 现金减免金额 */
    cash_reduce_fee: number
    /** 现金减免类型 */
    cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION' | (string & {})
  }[]
  /** 回调通知URL */
  callback_url: string
  /** 自费预下单ID */
  prepay_id?: string
  /** 医疗机构透传给医保的数据 (JSON text) */
  passthrough_request_content?: string
  /** 扩展字段 */
  extends?: string
  /** 附加数据 */
  attach?: string
  /** 渠道号 */
  channel_no?: string
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean
  /** 医保支付失败原因 */
  med_ins_fail_reason?: string
}

export interface MedInsRefundsNotifyPostJson {
  /** 医疗机构的商户号 */
  sub_mchid: string
  /** 医保退款的总金额 */
  med_refund_total_fee: number
  /** 医保统筹退款金额 */
  med_refund__gov_fee: number
  /** 医保个账退款金额 */
  med_refund__self_fee: number
  /** 医保其他退款金额 */
  med_refund__other_fee: number
  /** 医保退款成功时间 */
  refund_time: string
  /** 从业机构退款单号 */
  out_refund_no: string
}

/** 医保退款通知: the options of `POST /v3/med-ins/refunds/notify`. */
export interface MedInsRefundsNotifyPostOptions extends RouteCallOptions {
  query: {
    /** 医保自费混合订单号 */
    mix_trade_no: string
  }
  json: MedInsRefundsNotifyPostJson
}

/** 医保退款通知: what `POST /v3/med-ins/refunds/notify` answers. */
export type MedInsRefundsNotifyPostResponse = undefined
