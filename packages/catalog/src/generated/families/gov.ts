// gov: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface GovSubsidyAuditCupInvalidPostJson {
  /** 分公司机构代码 */
  org_no: string
  /** 商户订单号 */
  mchnt_order_id: string
  /** 审核记录上传时间 */
  upload_time: string
}

/** 查询审核结果: the options of `POST /v3/gov/subsidy/audit/cup/invalid`. */
export interface GovSubsidyAuditCupInvalidPostOptions extends RouteCallOptions {
  json: GovSubsidyAuditCupInvalidPostJson
}

/** 查询审核结果: what `POST /v3/gov/subsidy/audit/cup/invalid` answers. */
export type GovSubsidyAuditCupInvalidPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  msg: string
  /** 详细应答码 */
  sub_code?: string
  /** 详细应答码描述 */
  sub_msg?: string
}

export interface GovSubsidyAuditCupQueryPostJson {
  /** 分公司机构代码 */
  org_no: string
  /** 商户订单号 */
  mchnt_order_id: string
  /** 审核记录上传时间 */
  upload_time: string
}

/** 查询审核结果: the options of `POST /v3/gov/subsidy/audit/cup/query`. */
export interface GovSubsidyAuditCupQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyAuditCupQueryPostJson
}

/** 查询审核结果: what `POST /v3/gov/subsidy/audit/cup/query` answers. */
export type GovSubsidyAuditCupQueryPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  msg?: string
  /** 详细应答码 */
  sub_code?: string
  /** 详细应答码描述 */
  sub_msg?: string
  /** 商户订单号 */
  mchnt_order_id?: string
  /** 核验结果 */
  verify_status?: string
  /** 核验结果描述 */
  verify_status_desc?: string
  /** 审核结果 */
  audit_status?: string
  /** 审核结果描述 */
  audit_status_desc?: string
  /** 订单状态 */
  trade_status?: string
  /** 退货金额 */
  refund_at?: string
  /** 退货日期 */
  refund_dt?: string
  /** 分公司机构代码 */
  org_no?: string
}

export interface GovSubsidyAuditCupRefundSyncPostJson {
  /** 分公司机构代码 */
  org_no: string
  /** 商户订单号 */
  mchnt_order_id: string
  /** 审核记录上传时间 */
  upload_time: string
  /** 退款金额 */
  refund_at: string
  /** 退款日期 */
  refund_dt: string
}

/** 同步非银联支付交易退款信息: the options of `POST /v3/gov/subsidy/audit/cup/refund/sync`. */
export interface GovSubsidyAuditCupRefundSyncPostOptions extends RouteCallOptions {
  json: GovSubsidyAuditCupRefundSyncPostJson
}

/** 同步非银联支付交易退款信息: what `POST /v3/gov/subsidy/audit/cup/refund/sync` answers. */
export type GovSubsidyAuditCupRefundSyncPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  msg: string
  /** 详细应答码 */
  sub_code?: string
  /** 详细应答码描述 */
  sub_msg?: string
}

export interface GovSubsidyAuditCupUpdatePostJson {
  /** 分公司机构代码 */
  org_no: string
  /** 店铺编码 */
  sub_mchnt_cd: string
  /** 店铺名称 */
  sub_mchnt_nm: string
  /** 门店名称 */
  store_nm?: string
  /** 线上平台订单号 */
  online_no: string
  /** 商户订单号 */
  mchnt_order_id: string
  /** 审核记录上传时间 */
  upload_time: string
  /** 审核结果通知地址 */
  notify_url: string
  /** 品类 */
  prod_id: string
  /** 能效 */
  eng_grade?: string
  /** 品牌 */
  brand_nm: string
  /** 型号 */
  prod_model: string
  /** 销售方式（线上或线下） */
  sales_chnl?: string
  /** 电商平台方 */
  plat_form: string
  /** 支付方式类型 */
  payer_tp: string
  /** 收旧订单号 */
  trade_in_order_id?: string
  /** 收旧价格 */
  trade_in_at?: string
  /** 收旧价格是否统计 */
  is_trade_in?: string
  /** 订单金额 */
  sales_at: string
  /** 实付金额 */
  actual_at: string
  /** 交易时间 */
  trans_tm: string
  /** 商户编码 */
  mchnt_cd: string
  /** 商家优惠金额 */
  mer_sub_at?: string
  /** 国补优惠金额 */
  discount_at: string
  /** 其他图片1 */
  image01?: string
  /** 其他图片2 */
  image02?: string
  /** 其他图片3 */
  image03?: string
  /** 其他图片4 */
  image04?: string
  /** 其他图片5 */
  image05?: string
  /** 其他图片6 */
  image06?: string
  /** 其他图片7 */
  image07?: string
  /** 其他图片8 */
  image08?: string
  /** 其他图片9 */
  image09?: string
  /** 其他图片10 */
  image10?: string
  /** 收旧承诺函照片 */
  commitment_letter_photo?: string
  /** 收旧承诺函照片格式 */
  commitment_letter_photo_format?: string
  /** 收旧设备外观照片 */
  device_photo?: string
  /** 收旧设备外观照片格式 */
  device_photo_format?: string
  /** 包含完整外包装及sn码的激活照片 */
  pack_and_active_photo?: string
  /** 商品条码 */
  bar_code?: string
  /** SN码 */
  sn_code: string
  /** IMEI1 */
  imei1?: string
  /** IMEI2 */
  imei2?: string
  /** 能效或水效网备案登记型号 */
  register_model?: string
  /** 能效或水效备案号 */
  record_number?: string
  /** 能效或水效执行的国家标准名称 */
  eng_grade_standard?: string
  /** 发票信息 */
  invoice_info: {
    /** 发票代码 */
    invoice_cd?: string
    /** 发票号码 */
    invoice_no?: string
    /** 开票日期 */
    invoice_dt?: string
    /** 发票链接 */
    invoice_link?: string
    /** 发票类型 */
    invoice_tp?: string
    /** 发票校验码 */
    invoice_ck_cd?: string
    /** 发票上购买人姓名 */
    nm?: string
    /** 税价合计 */
    tax?: string
    /** 发票税额 */
    invoice_tax_amt?: string
    /** 销售企业名称 */
    sales_ent_nm?: string
    /** 销售方纳税人识别号 */
    tax_payer?: string
    /** 数量 */
    num?: string
    /** 货物或应税劳务服务名称（含型号） */
    service_nm?: string
  }
  /** 物流信息 */
  track_info: {
    /** 物流单号 */
    tracking_no?: string
    /** 物流公司 */
    tracking_company?: string
    /** 收货省 */
    usr_prov?: string
    /** 收货市 */
    usr_city?: string
    /** 收货区县 */
    usr_area?: string
    /** 收货地址 */
    usr_addr?: string
    /** 物流类型 */
    tracking_type?: string
    /** 提货方式 */
    delivery_method?: string
    /** 发货地址 */
    shipping_addr?: string
    /** 签收时间 */
    delivery_time?: string
  }
}

/** 更新审核数据: the options of `POST /v3/gov/subsidy/audit/cup/update`. */
export interface GovSubsidyAuditCupUpdatePostOptions extends RouteCallOptions {
  json: GovSubsidyAuditCupUpdatePostJson
}

/** 更新审核数据: what `POST /v3/gov/subsidy/audit/cup/update` answers. */
export type GovSubsidyAuditCupUpdatePostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  msg: string
  /** 详细应答码 */
  sub_code?: string
  /** 详细应答码描述 */
  sub_msg?: string
}

export interface GovSubsidyAuditCupUploadPostJson {
  /** 分公司机构代码 */
  org_no: string
  /** 店铺编码 */
  sub_mchnt_cd: string
  /** 店铺名称 */
  sub_mchnt_nm: string
  /** 门店名称 */
  store_nm?: string
  /** 线上平台订单号 */
  online_no: string
  /** 商户订单号 */
  mchnt_order_id: string
  /** 审核记录上传时间 */
  upload_time: string
  /** 审核结果通知地址 */
  notify_url: string
  /** 品类 */
  prod_id: string
  /** 能效 */
  eng_grade?: string
  /** 品牌 */
  brand_nm: string
  /** 型号 */
  prod_model: string
  /** 销售方式（线上或线下） */
  sales_chnl?: string
  /** 电商平台方 */
  plat_form: string
  /** 支付方式类型 */
  payer_tp: string
  /** 收旧订单号 */
  trade_in_order_id?: string
  /** 收旧价格 */
  trade_in_at?: string
  /** 收旧价格是否统计 */
  is_trade_in?: string
  /** 订单金额 */
  sales_at: string
  /** 实付金额 */
  actual_at: string
  /** 交易时间 */
  trans_tm: string
  /** 商户编码 */
  mchnt_cd: string
  /** 商家优惠金额 */
  mer_sub_at?: string
  /** 国补优惠金额 */
  discount_at: string
  /** 其他图片1 */
  image01?: string
  /** 其他图片2 */
  image02?: string
  /** 其他图片3 */
  image03?: string
  /** 其他图片4 */
  image04?: string
  /** 其他图片5 */
  image05?: string
  /** 其他图片6 */
  image06?: string
  /** 其他图片7 */
  image07?: string
  /** 其他图片8 */
  image08?: string
  /** 其他图片9 */
  image09?: string
  /** 其他图片10 */
  image10?: string
  /** 收旧承诺函照片 */
  commitment_letter_photo?: string
  /** 收旧承诺函照片格式 */
  commitment_letter_photo_format?: string
  /** 收旧设备外观照片 */
  device_photo?: string
  /** 收旧设备外观照片格式 */
  device_photo_format?: string
  /** 包含完整外包装及sn码的激活照片 */
  pack_and_active_photo?: string
  /** 商品条码 */
  bar_code?: string
  /** SN码 */
  sn_code: string
  /** IMEI1 */
  imei1?: string
  /** IMEI2 */
  imei2?: string
  /** 能效或水效网备案登记型号 */
  register_model?: string
  /** 能效或水效备案号 */
  record_number?: string
  /** 能效或水效执行的国家标准名称 */
  eng_grade_standard?: string
  /** 发票信息 */
  invoice_info: {
    /** 发票代码 */
    invoice_cd?: string
    /** 发票号码 */
    invoice_no?: string
    /** 开票日期 */
    invoice_dt?: string
    /** 发票链接 */
    invoice_link?: string
    /** 发票类型 */
    invoice_tp?: string
    /** 发票校验码 */
    invoice_ck_cd?: string
    /** 发票上购买人姓名 */
    nm?: string
    /** 税价合计 */
    tax?: string
    /** 发票税额 */
    invoice_tax_amt?: string
    /** 销售企业名称 */
    sales_ent_nm?: string
    /** 销售方纳税人识别号 */
    tax_payer?: string
    /** 数量 */
    num?: string
    /** 货物或应税劳务服务名称（含型号） */
    service_nm?: string
  }
  /** 物流信息 */
  track_info: {
    /** 物流单号 */
    tracking_no?: string
    /** 物流公司 */
    tracking_company?: string
    /** 收货省 */
    usr_prov?: string
    /** 收货市 */
    usr_city?: string
    /** 收货区县 */
    usr_area?: string
    /** 收货地址 */
    usr_addr?: string
    /** 物流类型 */
    tracking_type?: string
    /** 提货方式 */
    delivery_method?: string
    /** 发货地址 */
    shipping_addr?: string
    /** 签收时间 */
    delivery_time?: string
  }
}

/** 上传审核数据: the options of `POST /v3/gov/subsidy/audit/cup/upload`. */
export interface GovSubsidyAuditCupUploadPostOptions extends RouteCallOptions {
  json: GovSubsidyAuditCupUploadPostJson
}

/** 上传审核数据: what `POST /v3/gov/subsidy/audit/cup/upload` answers. */
export type GovSubsidyAuditCupUploadPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  msg: string
  /** 详细应答码 */
  sub_code?: string
  /** 详细应答码描述 */
  sub_msg?: string
}

export interface GovSubsidyCompaniesQueryPostJson {
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 统一社会信息代码 */
  license_number: string
}

/** 企业信息查询: the options of `POST /v3/gov/subsidy/companies/query`. */
export interface GovSubsidyCompaniesQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyCompaniesQueryPostJson
}

/** 企业信息查询: what `POST /v3/gov/subsidy/companies/query` answers. */
export type GovSubsidyCompaniesQueryPostResponse = {
  /** 企业名称 */
  company_name?: string
  /** 归集状态枚举 */
  collect_state?: 'COLLECT_STATE_NOT_COLLECT' | 'COLLECT_STATE_COLLECTED' | 'COLLECT_STATE_COLLECTION_FAILED' | (string & {})
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyGoodsUploadPostJson {
  /** 消费品类ID */
  appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商品名称 */
  product_name: string
  /** 能效等级 */
  energy_grade?: 'FIRST_LEVEL' | 'SECOND_LEVEL' | 'ENERGY_GRADE_UNKNOWN'
  /** 家电品牌 */
  brand: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 销售企业名称 */
  seller_name: string
  /** 统一社会信息代码 */
  license_number: string
  /** 基准价格 */
  base_price: number
  /** 近1个月平均交易价，单位：分 */
  average_trading_price: number
  /** 产品类型 */
  product_type: 'COMMON_PRODUCT' | 'AI_PRODUCT'
  /** 商品型号 */
  product_model?: string
  /** 商品条码 */
  bar_code: string
}

/** 商品信息上传: the options of `POST /v3/gov/subsidy/goods/upload`. */
export interface GovSubsidyGoodsUploadPostOptions extends RouteCallOptions {
  json: GovSubsidyGoodsUploadPostJson
}

/** 商品信息上传: what `POST /v3/gov/subsidy/goods/upload` answers. */
export type GovSubsidyGoodsUploadPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyNQualificationsSyncPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 消费品类ID */
  appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商户支付订单号 */
  out_trade_no: string
  /** 子商户号 */
  sub_mchid?: string
  /** 能效等级 */
  energy_grade?: 'FIRST_LEVEL' | 'SECOND_LEVEL' | 'ENERGY_GRADE_UNKNOWN'
  /** 收货地区编码 */
  receive_region_code: string
  /** 家电品牌 */
  brand: string
  /** 收货地址 */
  address: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 销售企业名称 */
  seller_name: string
  /** 统一社会信息代码 */
  license_number: string
  /** 物流单号 */
  logistics_num?: string
  /** 签收时间 */
  delivery_time?: string
  /** 发票号 */
  invoice_num: string
  /** 产品类型 */
  product_type: 'COMMON_PRODUCT' | 'AI_PRODUCT'
  /** 类型(台式、笔记本)，当品类为电脑时必填 */
  pc_type?: 'DESKTOP' | 'LAPTOP' | 'COMPUTER_TYPE_UNKNOWN'
  /** 订单金额 */
  order_amount: number
  /** 优惠金额 */
  discount_amount: number
  /** 线上平台订单编号 */
  mch_order_id: string
  /** 开票日期 */
  invoice_time: string
  /** 购买方名称 */
  purchaser_name: string
  /** 销售方式 */
  sale_model: 'SALE_MODEL_ONLINE' | 'SALE_MODEL_OFFLINE'
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
  /** 发票开具地(地址编码） */
  invoice_address_code: string
  /** 税务机关代码 */
  tax_authority_code: string
  /** 交易完成或商品退回时间 */
  transaction_time: string
  /** 品类状态 */
  cate_state: 'CATE_STATE_REDEEM' | 'CATE_STATE_REFUND'
  /** 经度 */
  longitude?: string
  /** 纬度 */
  latitude?: string
  /** 品类编码 */
  cate_code: string
  /** 券码 */
  coupon_code?: string
  /** 发票代码 */
  invoice_code?: string
  /** 线上平台退款交易编号 */
  refund_id?: string
}

/** N品类同步资格核销信息: the options of `POST /v3/gov/subsidy/n-qualifications/sync`. */
export interface GovSubsidyNQualificationsSyncPostOptions extends RouteCallOptions {
  json: GovSubsidyNQualificationsSyncPostJson
}

/** N品类同步资格核销信息: what `POST /v3/gov/subsidy/n-qualifications/sync` answers. */
export type GovSubsidyNQualificationsSyncPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

/** 查询补贴资格: the options of `GET /v3/gov/subsidy/qualification`. */
export interface GovSubsidyQualificationGetOptions extends RouteCallOptions {
  query: {
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name?: Encrypted
    /** 自然人证件号 (encrypt with `client.encrypt()`) */
    id_card_number?: Encrypted
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone_number?: Encrypted
    /** 消费品类ID */
    appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
    /** OPENID */
    openid?: string
    /** APPID */
    appid?: string
    /** 使用的资格的地区编码 */
    qualification_region_code: number
    /** 证件类型 */
    identity_document_type?: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
  }
}

/** 查询补贴资格: what `GET /v3/gov/subsidy/qualification` answers. */
export type GovSubsidyQualificationGetResponse = {
  /** 资格的状态 */
  state: 'UNCLAIMED' | 'UNREDEEMED' | 'REDEEMED' | (string & {})
}

export interface GovSubsidyQualificationsPassthroughCancelPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 消费品类ID */
  appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 请求序号 */
  out_request_no?: string
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
}

/** 取消资格(透传模式): the options of `POST /v3/gov/subsidy/qualifications/passthrough/cancel`. */
export interface GovSubsidyQualificationsPassthroughCancelPostOptions extends RouteCallOptions {
  json: GovSubsidyQualificationsPassthroughCancelPostJson
}

/** 取消资格(透传模式): what `POST /v3/gov/subsidy/qualifications/passthrough/cancel` answers. */
export type GovSubsidyQualificationsPassthroughCancelPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyQualificationsPassthroughClaimPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 消费品类ID */
  appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
  /** 经度 */
  longitude: string
  /** 纬度 */
  latitude: string
}

/** 领取资格(透传模式): the options of `POST /v3/gov/subsidy/qualifications/passthrough/claim`. */
export interface GovSubsidyQualificationsPassthroughClaimPostOptions extends RouteCallOptions {
  json: GovSubsidyQualificationsPassthroughClaimPostJson
}

/** 领取资格(透传模式): what `POST /v3/gov/subsidy/qualifications/passthrough/claim` answers. */
export type GovSubsidyQualificationsPassthroughClaimPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyQualificationsPassthroughQueryPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
}

/** 批量查询用户资格(透传模式): the options of `POST /v3/gov/subsidy/qualifications/passthrough/query`. */
export interface GovSubsidyQualificationsPassthroughQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyQualificationsPassthroughQueryPostJson
}

/** 批量查询用户资格(透传模式): what `POST /v3/gov/subsidy/qualifications/passthrough/query` answers. */
export type GovSubsidyQualificationsPassthroughQueryPostResponse = {
  /** 资格状态数组 */
  qualification_list: {
    /** 消费品类ID */
    appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | (number & {})
    /** 状态 */
    state: 'UNCLAIMED' | 'UNREDEEMED' | 'REDEEMED' | (string & {})
    /** 区分未领取的原因 */
    unclaimed_reason?: 'REASON_CLAIMED_BY_OTHER_REGION' | 'REASON_CLAIMED_BY_OTHER_PLATFORM_OR_REGION' | 'REASON_UNCLAIMED' | 'REASON_CLAIMED_BY_OTHER_MODE' | (string & {})
    /** 区分对接模式 */
    claim_mode?: 'CLAIM_MODE_MINI_PROGRAM' | 'CLAIM_MODE_INTERFACE_PASS_THROUGH' | (string & {})
    /** 领取的平台名称 */
    claimed_platform_name?: string
    /** 领取的地区名称 */
    claimed_region_name?: string
  }[]
}

export interface GovSubsidyQualificationsQueryPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
}

/** 批量查询用户资格: the options of `POST /v3/gov/subsidy/qualifications/query`. */
export interface GovSubsidyQualificationsQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyQualificationsQueryPostJson
}

/** 批量查询用户资格: what `POST /v3/gov/subsidy/qualifications/query` answers. */
export type GovSubsidyQualificationsQueryPostResponse = {
  /** 资格状态数组 */
  qualification_list: {
    /** 消费品类ID */
    appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | (number & {})
    /** 状态 */
    state: 'UNCLAIMED' | 'UNREDEEMED' | 'REDEEMED' | (string & {})
    /** 区分未领取的原因 */
    unclaimed_reason?: 'REASON_CLAIMED_BY_OTHER_REGION' | 'REASON_CLAIMED_BY_OTHER_PLATFORM_OR_REGION' | 'REASON_UNCLAIMED' | 'REASON_CLAIMED_BY_OTHER_MODE' | (string & {})
    /** 领取的平台名称 */
    claimed_platform_name?: string
    /** 领取的地区名称 */
    claimed_region_name?: string
  }[]
}

export interface GovSubsidyQualificationsSyncPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name?: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number?: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number?: Encrypted
  /** 消费品类ID */
  appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商户支付订单号 */
  out_trade_no: string
  /** 子商户号 */
  sub_mch_id?: string
  /** 能效等级 */
  energy_grade?: 'FIRST_LEVEL' | 'SECOND_LEVEL' | 'ENERGY_GRADE_UNKNOWN'
  /** 收货地区编码 */
  receive_region_code: string
  /** 家电品牌 */
  brand: string
  /** 收货地址 */
  address: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** S/N码 */
  sn_code: string
  /** 销售企业名称 */
  seller_name: string
  /** 统一社会信息代码 */
  license_number: string
  /** 商品条码 */
  barcode: string
  /** 商品名称 */
  item_name: string
  /** 规格型号 */
  spec_model: string
  /** 物流单号 */
  logistics_num?: string
  /** 签收时间 */
  delivery_time?: string
  /** 发票号 */
  invoice_num: string
  /** 产品类型 */
  product_type: 'COMMON_PRODUCT' | 'AI_PRODUCT'
  /** 类型(台式、笔记本)，当品类为电脑时必填 */
  pc_type?: 'DESKTOP' | 'LAPTOP' | 'COMPUTER_TYPE_UNKNOWN'
  /** 订单金额 */
  order_amount: number
  /** 优惠金额 */
  discount_amount: number
  /** imei1编码 */
  imei1?: string
  /** imei2编码 */
  imei2?: string
  /** 线上平台订单编号 */
  mch_order_id: string
  /** 线上平台退款交易编号 */
  refund_id?: string
  /** 开票日期 */
  invoice_time: string
  /** 购买方名称 */
  purchaser_name: string
  /** 销售方式 */
  sale_model: 'SALE_MODEL_ONLINE' | 'SALE_MODEL_OFFLINE'
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
  /** 发票开具地(地址编码） */
  invoice_address_code: string
  /** 发票代码 */
  invoice_code?: string
  /** 税务机关代码 */
  tax_authority_code: string
  /** 交易完成或商品退回时间 */
  transaction_time: string
  /** 品类状态 */
  cate_state: 'CATE_STATE_REDEEM' | 'CATE_STATE_REFUND'
  /** 销售主体，开票主体，商户名称 */
  mch_name: string
}

/** 同步资格核销信息: the options of `POST /v3/gov/subsidy/qualifications/sync`. */
export interface GovSubsidyQualificationsSyncPostOptions extends RouteCallOptions {
  json: GovSubsidyQualificationsSyncPostJson
}

/** 同步资格核销信息: what `POST /v3/gov/subsidy/qualifications/sync` answers. */
export type GovSubsidyQualificationsSyncPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidySncodeLockPostJson {
  /** 消费品类ID */
  appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商户支付订单号 */
  out_trade_no: string
  /** 家电品牌 */
  brand: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** S/N码 */
  sn_code: string
  /** 厂商信息 */
  manufacturer_info: string
  /** 商品条码 */
  barcode: string
  /** 规格型号 */
  spec_model: string
  /** 产品类型 */
  product_type: 'COMMON_PRODUCT' | 'AI_PRODUCT'
  /** 销售时间 */
  sale_time?: string
  /** imei1编码 */
  imei1?: string
  /** imei2编码 */
  imei2?: string
}

/** sn码锁定: the options of `POST /v3/gov/subsidy/sncode/lock`. */
export interface GovSubsidySncodeLockPostOptions extends RouteCallOptions {
  json: GovSubsidySncodeLockPostJson
}

/** sn码锁定: what `POST /v3/gov/subsidy/sncode/lock` answers. */
export type GovSubsidySncodeLockPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidySncodeQueryPostJson {
  /** S/N码集合 */
  sn_code_list: readonly string[]
  /** 使用的资格的地区编码 */
  qualification_region_code: number
}

/** 查询sn码状态: the options of `POST /v3/gov/subsidy/sncode/query`. */
export interface GovSubsidySncodeQueryPostOptions extends RouteCallOptions {
  json: GovSubsidySncodeQueryPostJson
}

/** 查询sn码状态: what `POST /v3/gov/subsidy/sncode/query` answers. */
export type GovSubsidySncodeQueryPostResponse = {
  /** sn码状态数组 */
  goods_sn_list: {
    /** S/N码 */
    sn_code: string
    /** 状态 */
    state: 'SNCODE_STATE_UNKNOWN' | 'SNCODE_STATE_SELLABLE' | 'SNCODE_STATE_NOT_SELLABLE' | (string & {})
    /** 不可售的原因 */
    not_sellable_reason?: 'NOT_SELLABLE_REASON_USED' | 'NOT_SELLABLE_REASON_NOT_FOUND' | (string & {})
  }[]
}

export interface GovSubsidySncodeUnlockPostJson {
  /** 消费品类ID */
  appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商户支付订单号 */
  out_trade_no: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** S/N码 */
  sn_code: string
  /** 商品条码 */
  barcode: string
  /** 产品类型 */
  product_type: 'COMMON_PRODUCT' | 'AI_PRODUCT'
}

/** sn码解锁: the options of `POST /v3/gov/subsidy/sncode/unlock`. */
export interface GovSubsidySncodeUnlockPostOptions extends RouteCallOptions {
  json: GovSubsidySncodeUnlockPostJson
}

/** sn码解锁: what `POST /v3/gov/subsidy/sncode/unlock` answers. */
export type GovSubsidySncodeUnlockPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyTransactionsQueryPostJson {
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 商户订单号数组 */
  order_number_list: readonly string[]
}

/** 交易信息查询: the options of `POST /v3/gov/subsidy/transactions/query`. */
export interface GovSubsidyTransactionsQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyTransactionsQueryPostJson
}

/** 交易信息查询: what `POST /v3/gov/subsidy/transactions/query` answers. */
export type GovSubsidyTransactionsQueryPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
  /** 订单状态数组 */
  shop_order_list: {
    /** 单号 */
    shop_order_number?: string
    /** 归集状态枚举 */
    collect_state?: 'COLLECT_STATE_NOT_COLLECT' | 'COLLECT_STATE_COLLECTED' | 'COLLECT_STATE_COLLECTION_FAILED' | (string & {})
    /** 品类状态 */
    cate_state?: 'CATE_STATE_REDEEM' | 'CATE_STATE_REFUND' | (string & {})
  }[]
}

export interface GovSubsidyTransactionsSummaryQueryDayPostJson {
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 查询的日期 */
  query_date: string
  /** 查询的订单类别 */
  query_type: 'ORDER_TYPE_TRANSACTION' | 'ORDER_TYPE_APPLIANCE_REDEEM' | 'ORDER_TYPE_3C_REDEEM' | 'ORDER_TYPE_N_QUALIFICATION_REDEEM'
  /** 消费品类ID */
  appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 品类状态 */
  cate_state?: 'CATE_STATE_REDEEM' | 'CATE_STATE_REFUND'
}

/** 查询单日交易汇总: the options of `POST /v3/gov/subsidy/transactions/summary/query-day`. */
export interface GovSubsidyTransactionsSummaryQueryDayPostOptions extends RouteCallOptions {
  json: GovSubsidyTransactionsSummaryQueryDayPostJson
}

/** 查询单日交易汇总: what `POST /v3/gov/subsidy/transactions/summary/query-day` answers. */
export type GovSubsidyTransactionsSummaryQueryDayPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
  /** 交易总笔数 */
  total_trade_count: number
  /** 交易总金额 */
  total_trade_amount: number
  /** 补贴总金额 */
  total_subsidy_count: number
}

export interface GovSubsidyTransactionsSyncPostJson {
  /** 自然人姓名 (encrypt with `client.encrypt()`) */
  real_name?: Encrypted
  /** 自然人证件号 (encrypt with `client.encrypt()`) */
  id_card_number?: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  phone_number?: Encrypted
  /** 消费品类ID */
  appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  /** 商户支付订单号 */
  out_trade_no: string
  /** 能效等级 */
  energy_grade?: 'FIRST_LEVEL' | 'SECOND_LEVEL' | 'ENERGY_GRADE_UNKNOWN'
  /** 收货地区编码 */
  receive_region_code: string
  /** 家电品牌 */
  brand: string
  /** 收货地址 */
  address?: string
  /** 使用的资格的地区编码 */
  qualification_region_code: number
  /** 销售企业名称 */
  seller_name: string
  /** 统一社会信息代码 */
  license_number: string
  /** 订单金额 */
  order_amount: number
  /** 优惠金额 */
  discount_amount: number
  /** 交易完成或商品退回时间 */
  transaction_time: string
  /** 线上平台订单编号 */
  mch_order_id: string
  /** 线上平台退款交易编号 */
  refund_id?: string
  /** 销售主体，开票主体，商户名称 */
  mch_name: string
  /** 销售方式 */
  sale_model?: 'SALE_MODEL_ONLINE' | 'SALE_MODEL_OFFLINE'
  /** 品类状态 */
  cate_state: 'CATE_STATE_REDEEM' | 'CATE_STATE_REFUND'
  /** 证件类型 */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW'
  /** 子商户号 */
  sub_mchid?: string
}

/** 交易信息回传: the options of `POST /v3/gov/subsidy/transactions/sync`. */
export interface GovSubsidyTransactionsSyncPostOptions extends RouteCallOptions {
  json: GovSubsidyTransactionsSyncPostJson
}

/** 交易信息回传: what `POST /v3/gov/subsidy/transactions/sync` answers. */
export type GovSubsidyTransactionsSyncPostResponse = {
  /** 响应码 */
  code: string
  /** 响应描述 */
  message: string
}

export interface GovSubsidyZhejiangAuthcodeCancelPostJson {
  /** 接入方请求流水号 */
  sp_serial_no: string
  /** 冻结流水号 */
  cred_frozen_no: string
  /** 交易日期 */
  trans_date: string
  /** 交易时间 */
  trans_time: string
  /** 品类凭证码 */
  auth_code: string
  /** 请求流水号 */
  req_ssn: string
}

/** 品类凭证码预核销撤销: the options of `POST /v3/gov/subsidy/zhejiang/authcode/cancel`. */
export interface GovSubsidyZhejiangAuthcodeCancelPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangAuthcodeCancelPostJson
}

/** 品类凭证码预核销撤销: what `POST /v3/gov/subsidy/zhejiang/authcode/cancel` answers. */
export type GovSubsidyZhejiangAuthcodeCancelPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}

export interface GovSubsidyZhejiangAuthcodeCommitPostJson {
  /** 接入方请求流水号 */
  sp_serial_no: string
  /** 冻结流水号 */
  cred_frozen_no: string
  /** 交易日期 */
  trans_date: string
  /** 交易时间 */
  trans_time: string
  /** 收单机构订单号 */
  acq_org_order_no?: string
  /** 商户订单号 */
  order_no?: string
  /** 政府补贴金额 */
  subsidy_amt?: number
  /** 收货地区编码 */
  add_code?: string
  /** 收货地址 */
  address?: string
  /** 销售方式(0-线上/1-线下) */
  sale_models?: '0' | '1'
  /** 销售企业名称 */
  corp_name?: string
  /** 家电品牌 */
  brand?: string
  /** 统一社会信息代码 */
  uniscid?: string
  /** 商品条码(13 位或 14 位) */
  barcode?: string
  /** 品类凭证码 */
  auth_code: string
  /** 请求流水号 */
  req_ssn: string
  /** 银行机构名称 */
  bank_name?: string
  /** 银行补贴金额(都是正数，以元为单 位) */
  bank_subsidy?: string
  /** 交易平台补贴金额 */
  plat_subsidy?: string
  /** 区县编码 */
  county_code?: string
  /** 原订单金额 */
  amount?: number
}

/** 品类凭证码上报确认: the options of `POST /v3/gov/subsidy/zhejiang/authcode/commit`. */
export interface GovSubsidyZhejiangAuthcodeCommitPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangAuthcodeCommitPostJson
}

/** 品类凭证码上报确认: what `POST /v3/gov/subsidy/zhejiang/authcode/commit` answers. */
export type GovSubsidyZhejiangAuthcodeCommitPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}

export interface GovSubsidyZhejiangAuthcodeIssuePostJson {
  /** 品类编码 */
  category_id: string
  /** 用户id */
  openid?: string
  /** 姓名 (encrypt with `client.encrypt()`) */
  name: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  mobile: Encrypted
  /** 区县编码 */
  add_code: string
  /** 自定义域 */
  custom_info?: string
  /** 证件类型 */
  cert_type: '1' | '2' | '3' | '4' | '5'
  /** 证件号码 (encrypt with `client.encrypt()`) */
  cert_no: Encrypted
  /** 请求流水号 */
  req_ssn: string
}

/** 申请品类凭证码: the options of `POST /v3/gov/subsidy/zhejiang/authcode/issue`. */
export interface GovSubsidyZhejiangAuthcodeIssuePostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangAuthcodeIssuePostJson
}

/** 申请品类凭证码: what `POST /v3/gov/subsidy/zhejiang/authcode/issue` answers. */
export type GovSubsidyZhejiangAuthcodeIssuePostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 品类凭证码 */
  auth_code?: string
}

export interface GovSubsidyZhejiangAuthcodeRefundPostJson {
  /** 接入方请求流水号 */
  sp_serial_no: string
  /** 冻结流水号 */
  cred_frozen_no: string
  /** 交易日期 */
  trans_date: string
  /** 交易时间 */
  trans_time: string
  /** 商户订单号 */
  order_no?: string
  /** 政府补贴金额 */
  subsidy_amt?: number
  /** 收货地区编码 */
  add_code?: string
  /** 收货地址 */
  address?: string
  /** 销售方式(0-线上/1-线下) */
  sale_models?: '0' | '1'
  /** 统一社会信息代码 */
  uniscid?: string
  /** 商品条码(13 位或 14 位) */
  barcode?: string
  /** 品类凭证码 */
  auth_code: string
  /** 请求流水号 */
  req_ssn: string
  /** 银行机构名称 */
  bank_name?: string
  /** 银行补贴金额(都是正数，以元为单 位) */
  bank_subsidy?: string
  /** 交易平台补贴金额 */
  plat_subsidy?: string
  /** 销售企业名称 */
  corp_name?: string
  /** 家电品牌 */
  brand?: string
}

/** 品类凭证码上报撤销: the options of `POST /v3/gov/subsidy/zhejiang/authcode/refund`. */
export interface GovSubsidyZhejiangAuthcodeRefundPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangAuthcodeRefundPostJson
}

/** 品类凭证码上报撤销: what `POST /v3/gov/subsidy/zhejiang/authcode/refund` answers. */
export type GovSubsidyZhejiangAuthcodeRefundPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}

export interface GovSubsidyZhejiangAuthcodeTryPostJson {
  /** 接入方请求流水号 */
  sp_serial_no: string
  /** 商户号 */
  mchnt_no: string
  /** 终端号 */
  term_no: string
  /** 品类凭证码 */
  auth_code: string
  /** 品类编码 */
  category: string
  /** 区县编码 */
  county_code: string
}

/** 预核销品类凭证码: the options of `POST /v3/gov/subsidy/zhejiang/authcode/try`. */
export interface GovSubsidyZhejiangAuthcodeTryPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangAuthcodeTryPostJson
}

/** 预核销品类凭证码: what `POST /v3/gov/subsidy/zhejiang/authcode/try` answers. */
export type GovSubsidyZhejiangAuthcodeTryPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 冻结流水号 */
  cred_frozen_no: string
  /** 活动号 */
  event_id: string
  /** 活动标题 */
  event_title: string
  /** 优惠模式 */
  discount_mode: 'DIS_FLAG' | 'DIS_CALC' | 'DIS_SMKT' | (number & {})
  /** 原订单金额 */
  amount?: number
  /** 优惠金额 */
  discount_amt?: number
  /** 实付金额 */
  pay_amt?: number
  /** 渠道优惠标记 */
  channel_dis_flag?: string
  /** 渠道活动号列表 */
  channel_evt_no?: string
  /** 品类编码 */
  category_id: string
}

export interface GovSubsidyZhejiangGoodsQueryPostJson {
  /** 商品条码 */
  goods_bar_code?: string
  /** 省份代码 */
  province?: string
  /** 请求流水号 */
  req_ssn: string
  /** 请求时间 */
  req_time?: string
}

/** 商品信息查询: the options of `POST /v3/gov/subsidy/zhejiang/goods/query`. */
export interface GovSubsidyZhejiangGoodsQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangGoodsQueryPostJson
}

/** 商品信息查询: what `POST /v3/gov/subsidy/zhejiang/goods/query` answers. */
export type GovSubsidyZhejiangGoodsQueryPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 商品条码 */
  goods_bar_code: string
  /** 本记录唯一ID */
  seq_id: string
  /** 省份代码 */
  province: string
  /** 条码类型 */
  code_type: '001' | '002' | (string & {})
  /** 商品品类 */
  goods_type: string
  /** 商品名称 */
  goods_name: string
  /** 品牌名称 */
  logo_name: string
  /** 商品型号 */
  goods_model: string
  /** 基准价格 */
  basis_price: string
  /** 厂商统一社会信用代码 */
  manufact_cert_code: string
  /** 厂商指导零售价 */
  manufact_price: string
  /** 能效标识 */
  energy_effciency?: string
  /** 能效备案编号 */
  energy_reg_code?: string
  /** 能效备案型号 */
  energy_reg_model?: string
  /** 3C 认证编号 */
  reg_3c_code?: string
  /** 水效标识 */
  water_effciency?: string
  /** 有效期 */
  expire_date?: string
  /** 产品描述 */
  description?: string
  /** gpc 分类代码 */
  gpc?: string
  /** 净含量 */
  net_content?: string
  /** 净含量单位代码 */
  unit_code?: string
  /** 原产国 */
  origin?: string
  /** 市级区域代码 */
  city?: string
  /** 区县区域代码 */
  county?: string
  /** 数据状态 */
  data_state?: string
  /** 备注 */
  remark?: string
  /** 上送状态 */
  upload_state?: string
  /** 失效时间 */
  expire_time?: string
  /** 是否 AI 产品 */
  is_ai_product?: string
  /** 设备类型 */
  device_type?: string
  /** 厂商识别代码 */
  manufact_code?: string
  /** 厂商注册日期 */
  manufact_login_date?: string
  /** 厂商失效日期 */
  manufact_logout_date?: string
  /** 厂商失效标识 */
  manufact_logout_flag?: string
  /** 厂商注册地址 */
  manufact_register_addr?: string
  /** 厂商过期日期 */
  manufact_valid_date?: string
  /** 厂商企业名称 */
  manufact_firm_name?: string
  /** 企业定价单位 */
  price_unit?: string
  /** 上市日期 */
  sale_date?: string
  /** PC 类型 */
  pc_type?: string
  /** 上送平台编码 */
  msg_src_platform?: string
}

export interface GovSubsidyZhejiangNQualificationsConfirmPostJson {
  /** 品类集合 */
  data?: readonly {
    /** 品类编码 */
    cate_code: string
    /** 证件号码 (encrypt with `client.encrypt()`) */
    cert_no: Encrypted
    /** 能耗等级 */
    grade?: string
    /** 姓名 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 交易完成或商品退回时间戳 */
    operation_time: string
    /** 银行机构名称 */
    bank_name?: string
    /** 银行补贴金额（都是正数，以元为单位） */
    bank_subsidy?: string
    /** 交易平台补贴金额（都是正数，以元为单位） */
    plat_subsidy?: string
    /** 销售金额（都是正数，以元为单位） */
    sales: string
    /** 品类状态（0-已核销/1-已退回） */
    status: string
    /** 政府补贴金额（都是正数，以元为单位） */
    subsidy: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    tel: Encrypted
    /** 收货地区编码 */
    add_code: string
    /** 收货地址（例如：xx 街道 xx 小区） (encrypt with `client.encrypt()`) */
    address: Encrypted
    /** 销售方式（0-线上/1-线下） */
    sale_models: string
    /** 家电品牌 */
    brand: string
    /** 活动资金地区编码 */
    activity_add_code: string
    /** 统一社会信息代码 */
    uniscid: string
    /** 销售企业名称 */
    corp_name: string
    /** 数据流水号，保证平台唯一 */
    serial_num: string
  }[]
  /** 请求流水号 */
  req_ssn: string
  /** 请求时间 */
  req_time?: string
}

/** n品类核销: the options of `POST /v3/gov/subsidy/zhejiang/n-qualifications/confirm`. */
export interface GovSubsidyZhejiangNQualificationsConfirmPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangNQualificationsConfirmPostJson
}

/** n品类核销: what `POST /v3/gov/subsidy/zhejiang/n-qualifications/confirm` answers. */
export type GovSubsidyZhejiangNQualificationsConfirmPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}

export interface GovSubsidyZhejiangQualificationsAlterPostJson {
  /** 品类编码 */
  cate_code: string
  /** 证件号码 (encrypt with `client.encrypt()`) */
  cert_no: Encrypted
  /** 姓名 (encrypt with `client.encrypt()`) */
  name: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  tel: Encrypted
  /** 请求流水号 */
  req_ssn: string
}

/** 变更资格: the options of `POST /v3/gov/subsidy/zhejiang/qualifications/alter`. */
export interface GovSubsidyZhejiangQualificationsAlterPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangQualificationsAlterPostJson
}

/** 变更资格: what `POST /v3/gov/subsidy/zhejiang/qualifications/alter` answers. */
export type GovSubsidyZhejiangQualificationsAlterPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 品类凭证码 */
  auth_code: string
}

export interface GovSubsidyZhejiangQualificationsClaimPostJson {
  /** 品类编码 */
  cate_code: string
  /** 证件号码 (encrypt with `client.encrypt()`) */
  cert_no: Encrypted
  /** 姓名 (encrypt with `client.encrypt()`) */
  name: Encrypted
  /** 手机号 (encrypt with `client.encrypt()`) */
  tel: Encrypted
  /** 证件类型 */
  cert_type?: '1' | '2' | '3' | '4' | '5'
  /** 请求流水号 */
  req_ssn: string
}

/** 领取资格: the options of `POST /v3/gov/subsidy/zhejiang/qualifications/claim`. */
export interface GovSubsidyZhejiangQualificationsClaimPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangQualificationsClaimPostJson
}

/** 领取资格: what `POST /v3/gov/subsidy/zhejiang/qualifications/claim` answers. */
export type GovSubsidyZhejiangQualificationsClaimPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}

export interface GovSubsidyZhejiangQualificationsQueryPostJson {
  /** 证件号码 (encrypt with `client.encrypt()`) */
  cert_no: Encrypted
  /** 品类编码 */
  cate_code?: string
  /** 请求流水号 */
  req_ssn: string
}

/** 查询补贴资格: the options of `POST /v3/gov/subsidy/zhejiang/qualifications/query`. */
export interface GovSubsidyZhejiangQualificationsQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangQualificationsQueryPostJson
}

/** 查询补贴资格: what `POST /v3/gov/subsidy/zhejiang/qualifications/query` answers. */
export type GovSubsidyZhejiangQualificationsQueryPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 资格信息 */
  data?: {
    /** 品类编码 */
    cate_code: string
    /** 状态信息 */
    status?: string
    /** 状态编码 */
    status_code?: '00' | '01' | '02' | '03' | '04' | '05' | '06' | (string & {})
  }[]
}

export interface GovSubsidyZhejiangQualificationsSyncPostJson {
  /** 请求流水号 */
  req_ssn?: string
  /** 资格集合 */
  data?: readonly {
    /** 品类凭证码 */
    auth_code: string
    /** 品类编码 */
    cate_code: string
    /** 证件号码 (encrypt with `client.encrypt()`) */
    cert_no: Encrypted
    /** 能耗等级 */
    grade?: '一级' | '二级'
    /** 姓名 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 交易完成或商品退回时间戳 */
    operation_time: string
    /** 银行机构名称 */
    bank_name?: string
    /** 银行补贴金额(都是正数，以元为单 位) */
    bank_subsidy?: string
    /** 交易平台补贴金额 */
    plat_subsidy?: string
    /** 销售金额(单位元) */
    sales: string
    /** 品类状态 */
    status: '0' | '1'
    /** 政府补贴金额(都是正数，以元为单 位) */
    subsidy: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    tel: Encrypted
    /** 区县编码 */
    add_code: string
    /** 收货地址 */
    address: string
    /** 销售方式(0-线上/1-线下) */
    sale_models: '0' | '1'
    /** S/N码 */
    sn_code: string
    /** 统一社会信息代码 */
    uniscid: string
    /** 销售企业名称 */
    corp_name: string
    /** 商品条码(13 位或 14 位) */
    barcode: string
    /** 商品名称 */
    item_name: string
    /** 规格型号 */
    spec_model: string
    /** 家电品牌 */
    brand: string
    /** 物流单号(不超过 100 位) */
    logistics_no?: string
    /** 签收时间 */
    delivery_time?: string
    /** 发票号(不超过 100 位) */
    invoice_no?: string
    /** 是否属于 AI 产品(0-是/1-否) */
    is_ai_product: string
    /** 类型 */
    pc_type?: string
    /** 商户订单号(不超过 50 位) */
    order_no: string
    /** 原始订单号，退货必传 */
    origin_order_no?: string
    /** 活动地区编码 */
    activity_add_code: string
    /** IMEI1，通讯类设备必传 */
    imei1?: string
    /** IMEI2 */
    imei2?: string
    /** 3C SN 锁定解锁订单号 */
    ccc_sn_order_no?: string
  }[]
}

/** 核销资格: the options of `POST /v3/gov/subsidy/zhejiang/qualifications/sync`. */
export interface GovSubsidyZhejiangQualificationsSyncPostOptions extends RouteCallOptions {
  json?: GovSubsidyZhejiangQualificationsSyncPostJson
}

/** 核销资格: what `POST /v3/gov/subsidy/zhejiang/qualifications/sync` answers. */
export type GovSubsidyZhejiangQualificationsSyncPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 异常数据说明列表 */
  error_data?: string[]
}

export interface GovSubsidyZhejiangSncodeLockPostJson {
  /** 发起方 */
  create_user: string
  /** 省份代码 */
  province: string
  /** 厂商统一 社会信用 代码 */
  manufact_cert_code?: string
  /** 商品 SN码 */
  sn: string
  /** 商品条码 */
  goods_bar_code: string
  /** 商品品类 */
  goods_type: string
  /** 商品名称 */
  goods_name: string
  /** 商品型号 */
  goods_model?: string
  /** IMEI_1 码 */
  imei1?: string
  /** IMEI_2 码 */
  imei2?: string
  /** 交易订单号 */
  trans_orderid: string
  /** 订单金额 */
  order_price: string
  /** 收单机构 */
  acquire_code?: string
  /** 销售订单号 */
  sell_orderid: string
  /** 市级区域代码 */
  city?: string
  /** 区县区域代码 */
  county?: string
  /** 是否 AI 产品 */
  is_ai_product?: string
  /** 销售时间 */
  sale_time?: string
  /** 厂商信息 */
  mfr_info?: string
  /** 具体品牌 */
  brand?: string
  /** 渠道类型 */
  sale_models?: string
  /** 请求流水号 */
  req_ssn: string
  /** 请求时间 */
  req_time: string
}

/** sn码锁定: the options of `POST /v3/gov/subsidy/zhejiang/sncode/lock`. */
export interface GovSubsidyZhejiangSncodeLockPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangSncodeLockPostJson
}

/** sn码锁定: what `POST /v3/gov/subsidy/zhejiang/sncode/lock` answers. */
export type GovSubsidyZhejiangSncodeLockPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** IMEI_1 码 */
  imei1?: string
  /** IMEI_2 码 */
  imei2?: string
}

export interface GovSubsidyZhejiangSncodeQueryPostJson {
  /** 商品SN码 */
  sn: string
  /** 省份代码 */
  province: string
  /** 厂商统一社会信 用代码 */
  manufact_cert_code?: string
  /** 商品品类 */
  goods_type: string
  /** 商品条码 */
  goods_bar_code: string
  /** IMEI_1 码 */
  imei1?: string
  /** IMEI_2 码 */
  imei2?: string
  /** 渠道类型 */
  sales_models?: string
  /** 请求流水号 */
  req_ssn: string
  /** 请求时间 */
  req_time: string
}

/** sn码销售状态查询: the options of `POST /v3/gov/subsidy/zhejiang/sncode/query`. */
export interface GovSubsidyZhejiangSncodeQueryPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangSncodeQueryPostJson
}

/** sn码销售状态查询: what `POST /v3/gov/subsidy/zhejiang/sncode/query` answers. */
export type GovSubsidyZhejiangSncodeQueryPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
  /** 商品SN码 */
  sn?: string
  /** 省份代码 */
  province?: string
  /** 售卖状态 */
  sell_state?: 'U0022' | 'U0023' | 'U0024' | 'U9999' | (string & {})
}

export interface GovSubsidyZhejiangSncodeUnlockPostJson {
  /** 请求流水号 */
  req_ssn: string
  /** 请求时间 */
  req_time: string
  /** 发起方 */
  create_user: string
  /** 省份代码 */
  province: string
  /** 厂商统一 社会信用 代码 */
  manufact_cert_code?: string
  /** 商品 SN码 */
  sn: string
  /** 商品条码 */
  goods_bar_code: string
  /** 商品品类 */
  goods_type: string
  /** 商品名称 */
  goods_name: string
  /** 商品型号 */
  goods_model?: string
  /** IMEI_1 码 */
  imei1?: string
  /** IMEI_2 码 */
  imei2?: string
  /** 交易订单 号 */
  trans_orderid: string
  /** 原支付订 单号 */
  ori_pay_orderid: string
  /** 订单金额 */
  order_price: string
  /** 收单机构 */
  acquire_code?: string
  /** 销售订单 号 */
  sell_orderid: string
  /** 市级区域 代码 */
  city?: string
  /** 区县区域代码 */
  county?: string
  /** 是否 AI 产 品 */
  is_ai_product?: string
  /** 销售时间 */
  sale_time?: string
  /** 厂商信息 */
  mfr_info?: string
  /** 具体品牌 */
  brand?: string
  /** 渠道类型 */
  sales_models?: string
}

/** sn码解锁: the options of `POST /v3/gov/subsidy/zhejiang/sncode/unlock`. */
export interface GovSubsidyZhejiangSncodeUnlockPostOptions extends RouteCallOptions {
  json: GovSubsidyZhejiangSncodeUnlockPostJson
}

/** sn码解锁: what `POST /v3/gov/subsidy/zhejiang/sncode/unlock` answers. */
export type GovSubsidyZhejiangSncodeUnlockPostResponse = {
  /** 响应码 */
  resp_code: string
  /** 响应描述 */
  resp_desc: string
}
