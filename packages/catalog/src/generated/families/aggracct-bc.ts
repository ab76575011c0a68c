// aggracct-bc: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询渠道额度: the options of `GET /v3/aggracct-bc/wb-channel/account/balance`. */
export interface AggracctBcWbChannelAccountBalanceGetOptions extends RouteCallOptions {
  query: {
    /** 微信支付商户号 */
    mchid: string
    /** 额度台账号 (encrypt with `client.encrypt()`) */
    bal_account_no: Encrypted
    /** 卡号 (encrypt with `client.encrypt()`) */
    card_no?: Encrypted
    /** 商户子账户协议号 */
    sgn_no?: string
    /** 请求场景 */
    req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
  }
}

/** 查询渠道额度: what `GET /v3/aggracct-bc/wb-channel/account/balance` answers. */
export type AggracctBcWbChannelAccountBalanceGetResponse = {
  /** 是否存在在途减额指令 */
  in_transit_reduction_exist?: boolean
  /** 额度台账号额度 */
  balance?: number
}

/** 查询商户资料: the options of `GET /v3/aggracct-bc/wb-channel/account/mch_archives`. */
export interface AggracctBcWbChannelAccountMchArchivesGetOptions extends RouteCallOptions {
  query: {
    /** 微信支付商户号 */
    mchid: string
    /** 额度台账号 (encrypt with `client.encrypt()`) */
    bal_account_no: Encrypted
    /** 卡号 (encrypt with `client.encrypt()`) */
    card_no?: Encrypted
    /** 商户子账户协议号 */
    sgn_no?: string
    /** 请求场景 */
    req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
  }
}

/** 查询商户资料: what `GET /v3/aggracct-bc/wb-channel/account/mch_archives` answers. */
export type AggracctBcWbChannelAccountMchArchivesGetResponse = {
  /** 微信支付商户号 */
  mchid?: string
  /** 额度台账号 (encrypted to your merchant API key) */
  bal_account_no?: string
  /** 主体类型 */
  merchant_type?: '1' | '2' | '3' | (string & {})
  /** 主体证件类型 */
  merchant_id_type?: '12' | (string & {})
  /** 主体证件登记名称 (encrypted to your merchant API key) */
  merchant_name?: string
  /** 主体证件号码 (encrypted to your merchant API key) */
  merchant_id_no?: string
  /** 主体证件有效期起始日 */
  effective_date?: string
  /** 主体证件有效期结束日 */
  expire_date?: string
  /** 主体证件正面影像ID */
  merchant_img_front_id?: string
  /** 主体注册地址 */
  register_address?: string
  /** 主体经营范围 */
  business_scope?: string
  /** 法定代表人信息 */
  legal_representative?: {
    /** 法定代表人证件类型 */
    legal_representative_id_type: '01' | (string & {})
    /** 法定代表人姓名 (encrypted to your merchant API key) */
    legal_representative_name: string
    /** 法定代表人证件号码 (encrypted to your merchant API key) */
    legal_representative_id_no: string
    /** 法定代表人证件有效期起始日 */
    legal_representative_effective_date: string
    /** 法定代表人证件有效期结束日 */
    legal_representative_expire_date: string
    /** 法定代表人证件正面影像ID */
    legal_representative_img_front_id: string
    /** 法定代表人证件反面影像ID */
    legal_representative_img_back_id: string
    /** 法定代表人居住地址 (encrypted to your merchant API key) */
    legal_representative_address: string
    /** 法定代表人发证机关 */
    legal_representative_issue_authority?: string
    /** 法定代表人民族 */
    legal_representative_nation?: string
  }
  /** 受益所有人信息列表 */
  beneficial_owner?: {
    /** 受益所有人编号 */
    beneficial_owner_no: string
    /** 受益所有人证件类型 */
    beneficial_owner_id_type: '01' | (string & {})
    /** 受益所有人姓名 (encrypted to your merchant API key) */
    beneficial_owner_name: string
    /** 受益所有人证件号码 (encrypted to your merchant API key) */
    beneficial_owner_id_no: string
    /** 受益所有人证件有效期起始日 */
    beneficial_owner_effective_date: string
    /** 受益所有人证件有效期结束日 */
    beneficial_owner_expire_date: string
    /** 受益所有人证件正面影像ID */
    beneficial_owner_img_front_id: string
    /** 受益所有人证件反面影像ID */
    beneficial_owner_img_back_id: string
    /** 受益所有人居住地址 (encrypted to your merchant API key) */
    beneficial_owner_address: string
  }[]
  /** 卡号 (encrypted to your merchant API key) */
  card_no?: string
  /** 商户子账户协议号 */
  sgn_no?: string
}

/** 查询商户影像件资料: the options of `GET /v3/aggracct-bc/wb-channel/account/mch_media`. */
export interface AggracctBcWbChannelAccountMchMediaGetOptions extends RouteCallOptions {
  query: {
    /** 微信支付商户号 */
    mchid?: string
    /** 微信支付业务申请单号 */
    platform_trx_id?: string
    /** 业务场景 */
    business_scene: 'SJT_MICRO_PLUS_OPEN_ACCOUNT' | 'SJT_MICRO_PLUS_UPDATE_INFO' | 'GET_BY_MEDIA_ID'
    /** 影像件类型 */
    mch_media_type?: 'ID_CARD_FRONT' | 'ID_CARD_BACK' | 'STORE_FRONT' | 'STORE_INTERIOR'
    /** 影像件资料ID */
    media_id?: string
  }
}

/** 查询商户影像件资料: what `GET /v3/aggracct-bc/wb-channel/account/mch_media` answers. */
export type AggracctBcWbChannelAccountMchMediaGetResponse = {
  /** 文件内容 */
  media_content?: string
  /** 文件类型 */
  media_type?: 'jpg' | 'png' | 'bmp' | 'jpeg' | (string & {})
  /** 文件摘要 */
  media_sm3?: string
  /** sm4密钥 */
  key?: string
  /** 影像件资料ID */
  media_id?: string
}

export interface AggracctBcWbChannelBankChannelAccountRenamePostJson {
  /** 渠道结算银行账户更名外部系统单号 */
  out_request_no: string
  /** 目标商户号 */
  mchid: string
  /** 台账ID (encrypt with `client.encrypt()`) */
  bal_account_no: Encrypted
  /** 变更类型 */
  change_scene: 'SUBJECT_INFO_RENAME'
  /** 请求场景 */
  req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
}

/** 受理渠道结算银行账户更名申请: the options of `POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename`. */
export interface AggracctBcWbChannelBankChannelAccountRenamePostOptions extends RouteCallOptions {
  json: AggracctBcWbChannelBankChannelAccountRenamePostJson
}

/** 受理渠道结算银行账户更名申请: what `POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename` answers. */
export type AggracctBcWbChannelBankChannelAccountRenamePostResponse = {
  /** 变更类型 */
  change_scene: 'SUBJECT_INFO_RENAME' | (string & {})
  /** 微信支付更名受理返回的申请单号 */
  application_id: string
  /** 渠道结算银行账户更名外部系统单号 */
  out_request_no: string
  /** 目标商户号 */
  mchid: string
  /** 台账ID (encrypted to your merchant API key) */
  bal_account_no: string
  /** 目标账户名 (encrypted to your merchant API key) */
  new_account_name: string
  /** 申请单状态 */
  application_state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | (string & {})
  /** 完成时间 */
  finish_time?: string
  /** 失败错误码 */
  fail_code?: string
  /** 失败原因 */
  fail_msg?: string
}

/** 查询渠道结算银行账户更名申请: the options of `GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}`. */
export interface AggracctBcWbChannelBankChannelAccountRenameByApplicationIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付更名受理返回的申请单号 */
    application_id: string
  }
  query: {
    /** 目标商户号 */
    mchid: string
    /** 台账ID (encrypt with `client.encrypt()`) */
    bal_account_no: Encrypted
  }
}

/** 查询渠道结算银行账户更名申请: what `GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}` answers. */
export type AggracctBcWbChannelBankChannelAccountRenameByApplicationIdGetResponse = {
  /** 变更类型 */
  change_scene: 'SUBJECT_INFO_RENAME' | (string & {})
  /** 微信支付更名受理返回的申请单号 */
  application_id: string
  /** 渠道结算银行账户更名外部系统单号 */
  out_request_no: string
  /** 目标商户号 */
  mchid: string
  /** 台账ID (encrypted to your merchant API key) */
  bal_account_no: string
  /** 目标账户名 (encrypted to your merchant API key) */
  new_account_name: string
  /** 申请单状态 */
  application_state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | (string & {})
  /** 完成时间 */
  finish_time?: string
  /** 失败错误码 */
  fail_code?: string
  /** 失败原因 */
  fail_msg?: string
}

export interface AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyPostJson {
  /** 资料更新请求单号 */
  out_request_no: string
  /** 商户号 */
  mchid: string
  /** 审核结果 */
  audit_result?: 'PASS' | 'REJECT'
  /** 审核完成时间 */
  audit_finish_time?: string
  /** 业务附属信息 */
  attach_info?: string
  /** 审核驳回错误码 */
  fail_code?: string
  /** 审核驳回错误原因 */
  fail_msg?: string
  /** 场景 */
  scene?: '01' | '02' | '03'
}

/** 资料更新请求审核结果回调通知: the options of `POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify`. */
export interface AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyPostOptions extends RouteCallOptions {
  json: AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyPostJson
}

/** 资料更新请求审核结果回调通知: what `POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify` answers. */
export type AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyPostResponse = {
  /** 接口返回信息 */
  ret_msg?: string
}

export interface AggracctBcWbChannelControlOrdersPunishPostJson {
  /** 微众管控单号 */
  out_request_no: string
  /** 目标下管商户号 */
  mchid: string
  /** 目标下管台账ID (encrypt with `client.encrypt()`) */
  bal_account_no: Encrypted
  /** 管控场景 */
  punish_scene: number
  /** 管控原因 */
  punish_reason?: string
  /** 管控结束时间 */
  punish_end_time?: string
  /** 目标下管卡号 (encrypt with `client.encrypt()`) */
  card_no?: Encrypted
  /** 目标下管商户子账户协议号 */
  sgn_no?: string
  /** 请求场景 */
  req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
  /** 微众资金划回策略 */
  fund_repatriation_strategy?: 'ALL_FORBIDDEN' | 'ALL_ALLOWED_WHEN_UNIQUE'
}

/** 发起微众台账管控: the options of `POST /v3/aggracct-bc/wb-channel/control-orders/punish`. */
export interface AggracctBcWbChannelControlOrdersPunishPostOptions extends RouteCallOptions {
  json: AggracctBcWbChannelControlOrdersPunishPostJson
}

/** 发起微众台账管控: what `POST /v3/aggracct-bc/wb-channel/control-orders/punish` answers. */
export type AggracctBcWbChannelControlOrdersPunishPostResponse = {
  /** 微信支付管控单号 */
  wxpay_punish_no: string
  /** 微众管控单号 */
  out_request_no: string
}

export interface AggracctBcWbChannelControlOrdersRecoverPostJson {
  /** 微众解管单号 */
  out_request_no: string
  /** 关联微众管控单号 */
  related_webank_punish_no: string
  /** 关联微信支付管控单号 */
  related_wxpay_punish_no: string
  /** 目标解管商户号 */
  mchid: string
  /** 目标解管台账ID (encrypt with `client.encrypt()`) */
  bal_account_no: Encrypted
  /** 解管原因描述 */
  recover_reason: string
  /** 目标下管卡号 (encrypt with `client.encrypt()`) */
  card_no?: Encrypted
  /** 目标下管商户子账户协议号 */
  sgn_no?: string
  /** 请求场景 */
  req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
}

/** 解除对微众台账的管控: the options of `POST /v3/aggracct-bc/wb-channel/control-orders/recover`. */
export interface AggracctBcWbChannelControlOrdersRecoverPostOptions extends RouteCallOptions {
  json: AggracctBcWbChannelControlOrdersRecoverPostJson
}

/** 解除对微众台账的管控: what `POST /v3/aggracct-bc/wb-channel/control-orders/recover` answers. */
export type AggracctBcWbChannelControlOrdersRecoverPostResponse = {
  /** 微信支付解管单号 */
  wxpay_recover_no: string
  /** 微众解管单号 */
  out_request_no: string
}

/** 查询控制单: the options of `GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}`. */
export interface AggracctBcWbChannelControlOrdersByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 微众管控/解管单号 */
    out_request_no: string
  }
  query: {
    /** 控制单类型 */
    control_type: 'PUNISH' | 'RECOVER'
    /** 微信支付商户号 */
    mchid: string
  }
}

/** 查询控制单: what `GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}` answers. */
export type AggracctBcWbChannelControlOrdersByOutRequestNoGetResponse = {
  /** 控制场景 */
  control_scene: 'PUNISH' | 'RECOVER' | (string & {})
  /** 管控单 */
  punish_order?: {
    /** 微信管控单号 */
    wxpay_punish_no: string
    /** 微众管控单号 */
    out_request_no: string
    /** 目标下管商户号 */
    mchid: string
    /** 管控场景 */
    punish_scene: number
    /** 管控场景规则版本号 */
    punish_rule_version: number
    /** 管控原因 */
    punish_reason?: string
    /** 管控开始时间 */
    punish_start_time?: string
    /** 管控结束时间 */
    punish_end_time?: string
    /** 管控受理时间 */
    punish_accept_time: string
    /** 管控执行完成时间 */
    punish_finish_time?: string
    /** 管控状态 */
    punish_state: 'EXECUTING' | 'SUCCESS' | 'FAILED' | (string & {})
    /** 生效状态 */
    effect_state?: 'ACTIVE' | 'RECOVERED' | (string & {})
    /** 管控方案 */
    control_action?: ('DISABLE_RECEIVE' | 'DISABLE_WITHDRAWAL' | 'DISABLE_PAY' | 'DISABLE_REFUND' | 'DISABLE_CLOSE_MERCHANT' | (string & {}))[]
    /** 执行失败错误信息 */
    error_message?: string
    /** 执行失败错误码 */
    error_code?: string
  }
  /** 解管单 */
  recover_order?: {
    /** 微信支付解管单号 */
    wxpay_recover_no: string
    /** 微众解管单号 */
    out_request_no: string
    /** 关联微信支付管控单号 */
    related_wxpay_punish_no: string
    /** 目标解管商户号 */
    mchid: string
    /** 管控场景 */
    punish_scene: string
    /** 管控场景规则版本号 */
    punish_rule_version: string
    /** 解管受理时间 */
    recover_accept_time: string
    /** 解管执行完成时间 */
    recover_finish_time: string
    /** 解管状态 */
    recover_state: 'EXECUTING' | 'SUCCESS' | 'FAILED' | (string & {})
    /** 解管原因描述 */
    recover_reason: string
    /** 执行失败错误信息 */
    error_message?: string
    /** 执行失败错误码 */
    error_code?: string
  }
}

export interface AggracctBcWbChannelSpecialReductionPostJson {
  /** 微信支付商户号 */
  mchid: string
  /** 额度台账号 (encrypt with `client.encrypt()`) */
  bal_account_no: Encrypted
  /** 特殊减额单号 */
  out_request_no: string
  /** 特殊减额类型 */
  reduction_type: 'FINANCIAL_PENALTY' | 'JUDICIAL_DEDUCTION'
  /** 减额金额 */
  amount: number
  /** 特殊减额原因 */
  reason?: string
  /** 卡号 (encrypt with `client.encrypt()`) */
  card_no?: Encrypted
  /** 商户账户协议号 */
  sgn_no?: string
  /** 请求场景 */
  req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
}

/** 特殊减额: the options of `POST /v3/aggracct-bc/wb-channel/special-reduction`. */
export interface AggracctBcWbChannelSpecialReductionPostOptions extends RouteCallOptions {
  json: AggracctBcWbChannelSpecialReductionPostJson
}

/** 特殊减额: what `POST /v3/aggracct-bc/wb-channel/special-reduction` answers. */
export type AggracctBcWbChannelSpecialReductionPostResponse = {
  /** 微信支付商户号 */
  mchid?: string
  /** 额度台账号 (encrypted to your merchant API key) */
  bal_account_no?: string
  /** 特殊减额单号 */
  out_request_no?: string
  /** 特殊减额类型 */
  reduction_type?: 'FINANCIAL_PENALTY' | 'JUDICIAL_DEDUCTION' | (string & {})
  /** 减额金额 */
  amount?: number
  /** 处理结果 */
  state?: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 特殊减额原因 */
  reason?: string
  /** 微信支付额度变更单号 */
  quota_change_no?: string
  /** 成功时间 */
  success_time?: string
  /** 失败时间 */
  fail_time?: string
  /** 失败原因 */
  fail_reason?: 'BALANCE_NOT_ENOUGH' | 'RECEIPT_NOT_EXIST_CLOSED' | 'TIME_OUT_CLOSED' | (string & {})
}

/** 查询特殊减额结果: the options of `GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}`. */
export interface AggracctBcWbChannelSpecialReductionByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 特殊减额单号 */
    out_request_no: string
  }
  query: {
    /** 微信支付商户号 */
    mchid: string
    /** 额度台账号 (encrypt with `client.encrypt()`) */
    bal_account_no: Encrypted
    /** 卡号 (encrypt with `client.encrypt()`) */
    card_no?: Encrypted
    /** 商户子账户协议号 */
    sgn_no?: string
    /** 请求场景 */
    req_scene?: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT' | 'SJT_MICRO_MERCHANT' | 'WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT'
  }
}

/** 查询特殊减额结果: what `GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}` answers. */
export type AggracctBcWbChannelSpecialReductionByOutRequestNoGetResponse = {
  /** 微信支付商户号 */
  mchid?: string
  /** 额度台账号 (encrypted to your merchant API key) */
  bal_account_no?: string
  /** 特殊减额单号 */
  out_request_no?: string
  /** 特殊减额类型 */
  reduction_type?: 'FINANCIAL_PENALTY' | 'JUDICIAL_DEDUCTION' | (string & {})
  /** 减额金额 */
  amount?: number
  /** 处理结果 */
  state?: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 特殊减额原因 */
  reason?: string
  /** 微信支付额度变更单号 */
  quota_change_no?: string
  /** 成功时间 */
  success_time?: string
  /** 失败时间 */
  fail_time?: string
  /** 失败原因 */
  fail_reason?: 'BALANCE_NOT_ENOUGH' | 'RECEIPT_NOT_EXIST_CLOSED' | 'TIME_OUT_CLOSED' | (string & {})
}
