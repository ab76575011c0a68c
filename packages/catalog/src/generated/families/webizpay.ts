// webizpay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询可用商户范围列表: the options of `GET /v3/webizpay/avail-mch-ranges`. */
export interface WebizpayAvailMchRangesGetOptions extends RouteCallOptions {
  query: {
    /** 服务商商户号 */
    sp_mchid: string
  }
}

/** 查询可用商户范围列表: what `GET /v3/webizpay/avail-mch-ranges` answers. */
export type WebizpayAvailMchRangesGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 可用商户范围列表 */
  range_list: {
    /** 可用商户范围id */
    range_id?: string
    /** 商户标识类型 */
    identifier_type?: 'ORGANIZATION_CODE' | 'TRANSACTION_ID' | (string & {})
  }[]
}

export interface WebizpayAvailMchRangesPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户标识类型 */
  identifier_type: 'ORGANIZATION_CODE' | 'TRANSACTION_ID'
}

/** 创建可用商户范围: the options of `POST /v3/webizpay/avail-mch-ranges`. */
export interface WebizpayAvailMchRangesPostOptions extends RouteCallOptions {
  json: WebizpayAvailMchRangesPostJson
}

/** 创建可用商户范围: what `POST /v3/webizpay/avail-mch-ranges` answers. */
export type WebizpayAvailMchRangesPostResponse = {
  /** 可用商户范围id */
  range_id: string
}

/** 查询商户标识列表: the options of `GET /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers`. */
export interface WebizpayAvailMchRangesByRangeIdMerchantIdentifiersGetOptions extends RouteCallOptions {
  params: {
    /** 可用商户范围id */
    range_id: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 分页开始位置 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询商户标识列表: what `GET /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers` answers. */
export type WebizpayAvailMchRangesByRangeIdMerchantIdentifiersGetResponse = {
  /** 分页开始位置 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 实际返回数量 */
  count: number
  /** 总数量 */
  total_count: number
  /** 商户标识列表 */
  data: string[]
}

export interface WebizpayAvailMchRangesByRangeIdMerchantIdentifiersPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户标识值 */
  merchant_identifier: string
}

/** 添加商户标识: the options of `POST /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers`. */
export interface WebizpayAvailMchRangesByRangeIdMerchantIdentifiersPostOptions extends RouteCallOptions {
  params: {
    /** 可用商户范围id */
    range_id: string
  }
  json: WebizpayAvailMchRangesByRangeIdMerchantIdentifiersPostJson
}

/** 添加商户标识: what `POST /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers` answers. */
export type WebizpayAvailMchRangesByRangeIdMerchantIdentifiersPostResponse = {
  /** 可用商户范围id */
  range_id: string
}

export interface WebizpayAvailMchRangesByRangeIdMerchantIdentifiersByMerchantIdentifierDeleteJson {
  /** 服务商商户号 */
  sp_mchid: string
}

/** 删除商户标识: the options of `DELETE /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}`. */
export interface WebizpayAvailMchRangesByRangeIdMerchantIdentifiersByMerchantIdentifierDeleteOptions extends RouteCallOptions {
  params: {
    /** 可用商户范围id */
    range_id: string
    /** 商户标识值 */
    merchant_identifier: string
  }
  json: WebizpayAvailMchRangesByRangeIdMerchantIdentifiersByMerchantIdentifierDeleteJson
}

/** 删除商户标识: what `DELETE /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}` answers. */
export type WebizpayAvailMchRangesByRangeIdMerchantIdentifiersByMerchantIdentifierDeleteResponse = {
  /** 可用商户范围id */
  range_id: string
}

export interface WebizpayBillProofPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 起始日期 */
  start_date: string
  /** 结束日期 */
  end_date: string
  /** 商户主体名称 */
  entity_name?: string
  /** 商户操作流水号 */
  out_operation_id: string
}

/** 申请企业商户企业支付出资凭证: the options of `POST /v3/webizpay/bill/proof`. */
export interface WebizpayBillProofPostOptions extends RouteCallOptions {
  json: WebizpayBillProofPostJson
}

/** 申请企业商户企业支付出资凭证: what `POST /v3/webizpay/bill/proof` answers. */
export type WebizpayBillProofPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户操作流水号 */
  out_operation_id: string
  /** 微信支付操作流水号 */
  operation_id: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 起始日期 */
  start_date: string
  /** 结束日期 */
  end_date: string
  /** 商户主体名称 */
  entity_name: string
  /** 出资凭证申请单单号 */
  proof_id: string
  /** 凭证下载地址 */
  download_url: string
  /** 凭证申请创建时间 */
  create_time: string
  /** 凭证状态更新时间 */
  updated_time: string
}

export interface WebizpayBillTradeBillPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 账单日期 */
  date: string
  /** 账单类型 */
  type: 'QYZFALL'
}

/** 申请企业商户企业支付业务账单: the options of `POST /v3/webizpay/bill/trade-bill`. */
export interface WebizpayBillTradeBillPostOptions extends RouteCallOptions {
  json: WebizpayBillTradeBillPostJson
}

/** 申请企业商户企业支付业务账单: what `POST /v3/webizpay/bill/trade-bill` answers. */
export type WebizpayBillTradeBillPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 账单日期 */
  date: string
  /** 账单类型 */
  type: 'QYZFALL' | (string & {})
  /** 账单下载地址 */
  download_url: string
}

/** 使用商户卡号查询企业支付额度卡: the options of `GET /v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}`. */
export interface WebizpayEmployeesByEmployeeIdOutQuotaCardsByOutCardNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
    /** 企业支付额度卡商户卡号 */
    out_card_no: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 出资子商户号 */
    sub_mchid: string
  }
}

/** 使用商户卡号查询企业支付额度卡: what `GET /v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}` answers. */
export type WebizpayEmployeesByEmployeeIdOutQuotaCardsByOutCardNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 商户卡号 */
  out_card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 企业支付卡模板ID */
  card_template_id: string
  /** 使用规则 */
  card_rule: 'SINGLE' | 'MULTIPLE' | (string & {})
  /** 退款规则 */
  refund_rule: 'RETURN' | 'NOT_RETURN' | (string & {})
  /** 卡片总金额 */
  amount: number
  /** 卡片可用金额 */
  remain_amount: number
  /** 卡片有效期 */
  effective_end_time: string
  /** 卡片生效时间 */
  effective_begin_time: string
  /** 卡片状态 */
  card_state: 'ACTIVE' | 'DISABLED' | (string & {})
  /** 卡片名称 */
  card_name: string
  /** 失效原因 */
  reason?: string
  /** 卡片使用时间 */
  card_usage_time?: string
  /** 卡片关联微信支付订单号 */
  transaction_id?: string
  /** 卡片失效时间 */
  card_disabled_time?: string
  /** 卡片备注 */
  card_remark?: string
}

export interface WebizpayEmployeesByEmployeeIdQuotaCardsPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付卡模板ID */
  card_template_id: string
  /** 卡片总金额 */
  amount: number
  /** 卡片名称 */
  card_name: string
  /** 商户卡号 */
  out_card_no: string
  /** 卡片有效期 */
  effective_end_time: string
  /** 卡片备注 */
  card_remark?: string
  /** 可用商户范围ID */
  avail_mch_range_id?: string
}

/** 企业商户为员工下发企业支付额度卡: the options of `POST /v3/webizpay/employees/{employee_id}/quota-cards`. */
export interface WebizpayEmployeesByEmployeeIdQuotaCardsPostOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
  }
  json: WebizpayEmployeesByEmployeeIdQuotaCardsPostJson
}

/** 企业商户为员工下发企业支付额度卡: what `POST /v3/webizpay/employees/{employee_id}/quota-cards` answers. */
export type WebizpayEmployeesByEmployeeIdQuotaCardsPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 商户卡号 */
  out_card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 卡片生效时间 */
  effective_begin_time: string
  /** 卡片有效期 */
  effective_end_time: string
}

/** 企业商户查询企业支付额度卡: the options of `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}`. */
export interface WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
    /** 企业支付额度卡卡号 */
    card_no: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 出资子商户号 */
    sub_mchid: string
  }
}

/** 企业商户查询企业支付额度卡: what `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}` answers. */
export type WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 商户卡号 */
  out_card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 企业支付卡模板ID */
  card_template_id: string
  /** 使用规则 */
  card_rule: 'SINGLE' | 'MULTIPLE' | (string & {})
  /** 退款规则 */
  refund_rule: 'RETURN' | 'NOT_RETURN' | (string & {})
  /** 卡片总金额 */
  amount: number
  /** 卡片可用金额 */
  remain_amount: number
  /** 卡片有效期 */
  effective_end_time: string
  /** 卡片生效时间 */
  effective_begin_time: string
  /** 卡片状态 */
  card_state: 'ACTIVE' | 'DISABLED' | (string & {})
  /** 卡片名称 */
  card_name: string
  /** 失效原因 */
  reason?: string
  /** 卡片使用时间 */
  card_usage_time?: string
  /** 卡片关联微信支付订单号 */
  transaction_id?: string
  /** 卡片失效时间 */
  card_disabled_time?: string
  /** 卡片备注 */
  card_remark?: string
}

export interface WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoCancelPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 作废原因 */
  reason: string
}

/** 企业商户作废员工企业支付额度卡: the options of `POST /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel`. */
export interface WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
    /** 企业支付额度卡卡号 */
    card_no: string
  }
  json: WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoCancelPostJson
}

/** 企业商户作废员工企业支付额度卡: what `POST /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel` answers. */
export type WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoCancelPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 微信授权关系ID */
  employee_id: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 卡片状态 */
  card_state: 'ACTIVE' | 'DISABLED' | (string & {})
  /** 卡片失效时间 */
  card_disabled_time?: string
}

/** 企业商户获取指定额度卡支付链接: the options of `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url`. */
export interface WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoPaymentUrlGetOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
    /** 企业支付额度卡卡号 */
    card_no: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 出资子商户号 */
    sub_mchid: string
    /** 拉起付款码页面的企业应用类型 */
    application_type: 'H5' | 'MINIPROGRAM'
  }
}

/** 企业商户获取指定额度卡支付链接: what `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url` answers. */
export type WebizpayEmployeesByEmployeeIdQuotaCardsByCardNoPaymentUrlGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 微信授权关系ID */
  employee_id: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 链接失效时间 */
  expire_time: string
  /** 跳转链接 */
  payment_url: string
  /** 拉起付款码页面的企业应用类型 */
  application_type?: 'H5' | 'MINIPROGRAM' | (string & {})
  /** 小程序查询参数 */
  mp_query?: string
  /** 小程序业务类型 */
  mp_business_type?: string
}

export interface WebizpayEmployeesByEmployeeIdRevokePostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
}

/** 企业商户发起解除员工企业支付授权: the options of `POST /v3/webizpay/employees/{employee_id}/revoke`. */
export interface WebizpayEmployeesByEmployeeIdRevokePostOptions extends RouteCallOptions {
  params: {
    /** 微信授权关系ID */
    employee_id: string
  }
  json: WebizpayEmployeesByEmployeeIdRevokePostJson
}

/** 企业商户发起解除员工企业支付授权: what `POST /v3/webizpay/employees/{employee_id}/revoke` answers. */
export type WebizpayEmployeesByEmployeeIdRevokePostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 商户企业员工ID */
  user_id: string
  /** 员工企业支付权限状态 */
  authorization_state: 'REVOKED' | 'AUTHORIZED' | (string & {})
  /** 员工企业支付失效时间 */
  authorization_revoked_time: string
  /** 作废原因 */
  reason: string
}

export interface WebizpayStoresEntityMatchesPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户主体匹配批次单号 */
  out_batch_id: string
  /** 主体匹配明细列表 */
  match_details?: readonly {
    /** 门店统一社会信用代码 */
    organization_code: string
    /** 门店名称 */
    store_name: string
    /** 需要查询的支付产品 */
    product_type: 'CODE_PAY' | 'NONE'
  }[]
}

/** 发起门店主体匹配: the options of `POST /v3/webizpay/stores/entity-matches`. */
export interface WebizpayStoresEntityMatchesPostOptions extends RouteCallOptions {
  json: WebizpayStoresEntityMatchesPostJson
}

/** 发起门店主体匹配: what `POST /v3/webizpay/stores/entity-matches` answers. */
export type WebizpayStoresEntityMatchesPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户主体匹配批次单号 */
  out_batch_id: string
  /** 微信支付主体匹配批次单号 */
  batch_id: string
  /** 批次创建时间 */
  time: string
  /** 批次状态 */
  state: 'ACCEPTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CLOSED' | (string & {})
}

/** 查询门店主体匹配结果: the options of `GET /v3/webizpay/stores/entity-matches/{batch_id}`. */
export interface WebizpayStoresEntityMatchesByBatchIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付主体匹配批次单号 */
    batch_id: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
  }
}

/** 查询门店主体匹配结果: what `GET /v3/webizpay/stores/entity-matches/{batch_id}` answers. */
export type WebizpayStoresEntityMatchesByBatchIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户主体匹配批次单号 */
  out_batch_id: string
  /** 微信支付主体匹配批次单号 */
  batch_id: string
  /** 批次状态 */
  state: 'ACCEPTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CLOSED' | (string & {})
  /** 主体匹配明细列表 */
  match_results?: {
    /** 门店统一社会信用代码 */
    organization_code: string
    /** 门店名称 */
    store_name: string
    /** 是否存在满足条件微信支付商户号 */
    has_valid_mchid: boolean
  }[]
}

/** 企业商户查询企业员工开通授权状态: the options of `GET /v3/webizpay/users/{user_id}/authorization-state`. */
export interface WebizpayUsersByUserIdAuthorizationStateGetOptions extends RouteCallOptions {
  params: {
    /** 企业员工ID */
    user_id: string
  }
  query: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 出资子商户号 */
    sub_mchid: string
  }
}

/** 企业商户查询企业员工开通授权状态: what `GET /v3/webizpay/users/{user_id}/authorization-state` answers. */
export type WebizpayUsersByUserIdAuthorizationStateGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业员工ID */
  user_id: string
  /** 微信授权关系列表 */
  employee_list?: {
    /** 微信授权关系ID */
    employee_id: string
    /** 授权状态 */
    authorization_state: 'AUTHORIZED' | 'REVOKED' | (string & {})
    /** 授权时间 */
    authorization_time: string
    /** 解除授权时间 */
    authorization_revoked_time: string
  }[]
}

export interface WebizpayUsersByUserIdAuthorizationUrlPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 发起授权应用类型 */
  application_type: 'H5' | 'MINIPROGRAM'
}

/** 企业商户发起员工开通企业支付授权: the options of `POST /v3/webizpay/users/{user_id}/authorization-url`. */
export interface WebizpayUsersByUserIdAuthorizationUrlPostOptions extends RouteCallOptions {
  params: {
    /** 企业员工ID */
    user_id: string
  }
  json: WebizpayUsersByUserIdAuthorizationUrlPostJson
}

/** 企业商户发起员工开通企业支付授权: what `POST /v3/webizpay/users/{user_id}/authorization-url` answers. */
export type WebizpayUsersByUserIdAuthorizationUrlPostResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业员工ID */
  user_id: string
  /** 跳转链接 */
  authorization_url?: string
  /** 链接失效时间 */
  expire_time?: string
  /** 发起授权应用类型 */
  application_type: 'H5' | 'MINIPROGRAM' | (string & {})
  /** 小程序查询参数 */
  mp_query?: string
  /** 小程序业务类型 */
  mp_business_type?: string
}
