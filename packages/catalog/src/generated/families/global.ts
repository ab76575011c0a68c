// global: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions, UploadFile } from '@core/client'

/** 获取平台证书列表: the options of `GET /v3/global/certificates`. */
export interface GlobalCertificatesGetOptions extends RouteCallOptions {}

/** 获取平台证书列表: what `GET /v3/global/certificates` answers. */
export type GlobalCertificatesGetResponse = {
  /** 平台证书列表 */
  data: {
    /** 证书序列号 */
    serial_no: string
    /** 证书启用时间 */
    effective_time: string
    /** 证书弃用时间 */
    expire_time: string
    /** 证书信息 */
    encrypt_certificate: {
      /** 加密证书的算法 */
      algorithm: string
      /** 加密证书的随机串 */
      nonce: string
      /** 加密证书的附加数据 */
      associated_data: string
      /** 加密后的证书内容 */
      ciphertext: string
    }
  }[]
}

/** 报关查询: the options of `GET /v3/global/customs/orders`. */
export interface GlobalCustomsOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 机构APPID */
    appid: string
    /** 商户号 */
    mchid: string
    /** 订单类型 */
    order_type: 'out_trade_no' | 'transaction_id' | 'sub_order_no' | 'sub_order_id'
    /** 订单号 */
    order_no: string
    /** 海关 */
    customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
    /** 偏移量 */
    offset?: number
    /** 请求最大记录条数 */
    limit?: number
  }
}

/** 报关查询: what `GET /v3/global/customs/orders` answers. */
export type GlobalCustomsOrdersGetResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构流水号 */
  verify_department_trade_id: string
  /** 偏移量 */
  offset: number
  /** 请求最大记录条数 */
  limit: number
  /** 查询结果总条数 */
  total_count: number
  /** 报关数据包 */
  data: {
    /** 商户子单号 */
    sub_order_no?: string
    /** 微信子单号 */
    sub_order_id?: string
    /** 商户海关备案号 */
    mch_customs_no?: string
    /** 海关代码 */
    customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN' | (string & {})
    /** 币种 */
    fee_type?: string
    /** 子单金额 */
    order_fee?: number
    /** 关税 */
    duty?: number
    /** 物流费用 */
    transport_fee?: number
    /** 商品费用 */
    product_fee?: number
    /** 报关状态 */
    state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
    /** 报关结果说明 */
    explanation?: string
    /** 最后更新时间 */
    modify_time: string
  }[]
}

export interface GlobalCustomsOrdersPatchJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 海关编码 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 关税 */
  duty?: number
  /** 子订单金额 */
  order_fee?: number
  /** 物流费用 */
  transport_fee?: number
  /** 商品费用 */
  product_fee?: number
}

/** 报关信息修改: the options of `PATCH /v3/global/customs/orders`. */
export interface GlobalCustomsOrdersPatchOptions extends RouteCallOptions {
  json: GlobalCustomsOrdersPatchJson
}

/** 报关信息修改: what `PATCH /v3/global/customs/orders` answers. */
export type GlobalCustomsOrdersPatchResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 最后更新时间 */
  modify_time: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构流水号 */
  verify_department_trade_id: string
}

export interface GlobalCustomsOrdersPostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 海关 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 关税 */
  duty?: number
  /** 商户子订单号 */
  sub_order_no?: string
  /** 货币类型 */
  fee_type?: string
  /** 子订单金额 */
  order_fee?: number
  /** 物流费用 */
  transport_fee?: number
  /** 商品费用 */
  product_fee?: number
}

/** 报关: the options of `POST /v3/global/customs/orders`. */
export interface GlobalCustomsOrdersPostOptions extends RouteCallOptions {
  json: GlobalCustomsOrdersPostJson
}

/** 报关: what `POST /v3/global/customs/orders` answers. */
export type GlobalCustomsOrdersPostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构交易流水号 */
  verify_department_trade_id: string
}

export interface GlobalCustomsRedeclarePostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户子单号 */
  sub_order_no?: string
  /** 微信子单号 */
  sub_order_id?: string
  /** 海关编码 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
}

/** 报关重推: the options of `POST /v3/global/customs/redeclare`. */
export interface GlobalCustomsRedeclarePostOptions extends RouteCallOptions {
  json: GlobalCustomsRedeclarePostJson
}

/** 报关重推: what `POST /v3/global/customs/redeclare` answers. */
export type GlobalCustomsRedeclarePostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 最后更新时间 */
  modify_time: string
  /** 申报结果说明 */
  explanation?: string
}

export interface GlobalCustomsVerifyCertificatePostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 海关 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 证件类型 */
  certificate_type: 'IDCARD'
  /** 证件号 (encrypt with `client.encrypt()`) */
  certificate_id: Encrypted
  /** 证件姓名 (encrypt with `client.encrypt()`) */
  certificate_name: Encrypted
}

/** 身份信息校验: the options of `POST /v3/global/customs/verify-certificate`. */
export interface GlobalCustomsVerifyCertificatePostOptions extends RouteCallOptions {
  json: GlobalCustomsVerifyCertificatePostJson
}

/** 身份信息校验: what `POST /v3/global/customs/verify-certificate` answers. */
export type GlobalCustomsVerifyCertificatePostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 身份核验结果 */
  certificate_check_result: 'SAME' | 'DIFFERENT' | (string & {})
}

/** 删除投诉通知回调: the options of `DELETE /v3/global/merchant-service/complaint-notifications`. */
export interface GlobalMerchantServiceComplaintNotificationsDeleteOptions extends RouteCallOptions {}

/** 删除投诉通知回调: what `DELETE /v3/global/merchant-service/complaint-notifications` answers. */
export type GlobalMerchantServiceComplaintNotificationsDeleteResponse = undefined

/** 查询投诉通知回调: the options of `GET /v3/global/merchant-service/complaint-notifications`. */
export interface GlobalMerchantServiceComplaintNotificationsGetOptions extends RouteCallOptions {}

/** 查询投诉通知回调: what `GET /v3/global/merchant-service/complaint-notifications` answers. */
export type GlobalMerchantServiceComplaintNotificationsGetResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

export interface GlobalMerchantServiceComplaintNotificationsPostJson {
  /** 通知地址 */
  url: string
}

/** 创建投诉通知回调: the options of `POST /v3/global/merchant-service/complaint-notifications`. */
export interface GlobalMerchantServiceComplaintNotificationsPostOptions extends RouteCallOptions {
  json: GlobalMerchantServiceComplaintNotificationsPostJson
}

/** 创建投诉通知回调: what `POST /v3/global/merchant-service/complaint-notifications` answers. */
export type GlobalMerchantServiceComplaintNotificationsPostResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

export interface GlobalMerchantServiceComplaintNotificationsPutJson {
  /** 通知地址 */
  url: string
}

/** 更新投诉通知回调: the options of `PUT /v3/global/merchant-service/complaint-notifications`. */
export interface GlobalMerchantServiceComplaintNotificationsPutOptions extends RouteCallOptions {
  json: GlobalMerchantServiceComplaintNotificationsPutJson
}

/** 更新投诉通知回调: what `PUT /v3/global/merchant-service/complaint-notifications` answers. */
export type GlobalMerchantServiceComplaintNotificationsPutResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

/** 查询投诉单列表: the options of `GET /v3/global/merchant-service/complaints`. */
export interface GlobalMerchantServiceComplaintsGetOptions extends RouteCallOptions {
  query: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
    /** 开始日期 */
    begin_date: string
    /** 结束日期 */
    end_date: string
    /** 诉商户号 */
    complainted_mchid?: string
    /** 商户语言 */
    mch_language?: 'ZH_CN' | 'ZH_TW' | 'ZH_HK' | 'EN' | 'JA' | 'KO' | 'TH' | 'VI' | 'RU' | 'DE' | 'FR' | 'AR' | 'ES' | (string & {})
  }
}

/** 查询投诉单列表: what `GET /v3/global/merchant-service/complaints` answers. */
export type GlobalMerchantServiceComplaintsGetResponse = {
  /** 用户投诉信息详情 */
  data?: {
    /** 投诉单号 */
    complaint_id: string
    /** 投诉时间 */
    complaint_time: string
    /** 投诉详情 */
    complaint_detail: string
    /** 投诉单状态 */
    complaint_state: 'PENDING' | 'PROCESSING' | 'PROCESSED' | (string & {})
    /** 被诉商户号 */
    complainted_mchid: string
    /** 投诉人联系方式 (encrypted to your merchant API key) */
    payer_phone?: string
    /** 投诉单关联订单信息 */
    complaint_order_info?: {
      /** 微信订单号 */
      transaction_id: string
      /** 商户订单号 */
      out_trade_no: string
      /** 结算币种金额 */
      settlement_amount: number
      /** 结算币种累计已退款金额 */
      settlement_refunded_amount: string
      /** 结算币种 */
      settlement_currency: string
      /** 订单金额 */
      payer_amount: number
      /** 支付币种累计已退款金额 */
      payer_refunded_amount: number
      /** 支付币种 */
      payer_currency: string
      /** 交易时间 */
      trade_time: string
    }[]
    /** 投诉单是否已全额退款 */
    complaint_full_refunded: boolean
    /** 是否超时 */
    is_overdue?: boolean
    /** 优先级 */
    priority?: 'PRIORITY' | 'GENERAL' | (string & {})
    /** 是否有待回复的用户留言 */
    incoming_user_response: boolean
    /** 用户投诉次数 */
    user_complaint_times: number
    /** 投诉资料列表 */
    complaint_media_list?: {
      /** 媒体文件业务类型 */
      media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
      /** 媒体文列表 */
      media_url: string[]
    }[]
    /** 问题描述 */
    problem_description?: string
    /** 投诉详情翻译 */
    complaint_detail_trans?: string
    /** 投诉单关联服务单信息 */
    service_order_info?: {
      /** 微信支付服务订单号 */
      order_id?: string
      /** 商户服务订单号 */
      out_order_no?: string
      /** 支付分服务单状态 */
      state?: 'DOING' | 'REVOKED' | 'WAITPAY' | 'DONE' | (string & {})
    }[]
  }[]
  /** 分页大小 */
  limit: number
  /** 分页开始位置 */
  offset: number
  /** 投诉总条数 */
  total_count?: number
}

/** 查询投诉单详情: the options of `GET /v3/global/merchant-service/complaints/{complaint_id}`. */
export interface GlobalMerchantServiceComplaintsByComplaintIdGetOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  query?: {
    /** 商户语言 */
    mch_language?: 'ZH_CN' | 'ZH_TW' | 'ZH_HK' | 'EN' | 'JA' | 'KO' | 'TH' | 'VI' | 'RU' | 'DE' | 'FR' | 'AR' | 'ES' | (string & {})
  }
}

/** 查询投诉单详情: what `GET /v3/global/merchant-service/complaints/{complaint_id}` answers. */
export type GlobalMerchantServiceComplaintsByComplaintIdGetResponse = {
  /** 投诉单号 */
  complaint_id: string
  /** 投诉时间 */
  complaint_time: string
  /** 投诉详情 */
  complaint_detail: string
  /** 投诉单状态 */
  complaint_state: 'PENDING' | 'PROCESSING' | 'PROCESSED' | (string & {})
  /** 被诉商户号 */
  complainted_mchid: string
  /** 投诉人联系方式 (encrypted to your merchant API key) */
  payer_phone?: string
  /** 投诉单关联订单信息 */
  complaint_order_info?: {
    /** 微信订单号 */
    transaction_id: string
    /** 商户订单号 */
    out_trade_no: string
    /** 结算币种金额 */
    settlement_amount: number
    /** 结算币种累计已退款金额 */
    settlement_refunded_amount: string
    /** 结算币种 */
    settlement_currency: string
    /** 订单金额 */
    payer_amount: number
    /** 支付币种累计已退款金额 */
    payer_refunded_amount: number
    /** 支付币种 */
    payer_currency: string
    /** 交易时间 */
    trade_time: string
  }[]
  /** 投诉单是否已全额退款 */
  complaint_full_refunded: boolean
  /** 是否超时 */
  is_overdue?: boolean
  /** 优先级 */
  priority?: 'PRIORITY' | 'GENERAL' | (string & {})
  /** 是否有待回复的用户留言 */
  incoming_user_response: boolean
  /** 用户投诉次数 */
  user_complaint_times: number
  /** 投诉资料列表 */
  complaint_media_list?: {
    /** 媒体文件业务类型 */
    media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
    /** 媒体文列表 */
    media_url: string[]
  }[]
  /** 问题描述 */
  problem_description?: string
  /** 投诉详情翻译 */
  complaint_detail_trans?: string
  /** 投诉单关联服务单信息 */
  service_order_info?: {
    /** 微信支付服务订单号 */
    order_id?: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 支付分服务单状态 */
    state?: 'DOING' | 'REVOKED' | 'WAITPAY' | 'DONE' | (string & {})
  }[]
}

export interface GlobalMerchantServiceComplaintsByComplaintIdCompletePostJson {
  /** 被诉商户号 */
  complainted_mchid: string
}

/** 反馈处理完成: the options of `POST /v3/global/merchant-service/complaints/{complaint_id}/complete`. */
export interface GlobalMerchantServiceComplaintsByComplaintIdCompletePostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: GlobalMerchantServiceComplaintsByComplaintIdCompletePostJson
}

/** 反馈处理完成: what `POST /v3/global/merchant-service/complaints/{complaint_id}/complete` answers. */
export type GlobalMerchantServiceComplaintsByComplaintIdCompletePostResponse = undefined

/** 查询投诉协商历史: the options of `GET /v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys`. */
export interface GlobalMerchantServiceComplaintsByComplaintIdNegotiationHistorysGetOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  query?: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
    /** 商户语言 */
    mch_language?: 'ZH_CN' | 'ZH_TW' | 'ZH_HK' | 'EN' | 'JA' | 'KO' | 'TH' | 'VI' | 'RU' | 'DE' | 'FR' | 'AR' | 'ES' | (string & {})
  }
}

/** 查询投诉协商历史: what `GET /v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys` answers. */
export type GlobalMerchantServiceComplaintsByComplaintIdNegotiationHistorysGetResponse = {
  /** 投诉协商历史 */
  data?: {
    /** 操作流水号 */
    log_id: string
    /** 操作人 */
    operator: string
    /** 操作时间 */
    operate_time: string
    /** 操作类型 */
    operate_type: 'USER_CREATE_COMPLAINT' | 'USER_CONTINUE_COMPLAINT' | 'USER_RESPONSE' | 'PLATFORM_RESPONSE' | 'MERCHANT_RESPONSE' | 'MERCHANT_CONFIRM_COMPLETE' | 'USER_CREATE_COMPLAINT_SYSTEM_MESSAGE' | 'COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE' | 'USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE' | 'USER_REVOKE_COMPLAINT' | 'USER_COMFIRM_COMPLAINT' | 'PLATFORM_HELP_APPLICATION' | 'USER_APPLY_PLATFORM_HELP' | 'MERCHANT_APPROVE_REFUND' | 'MERCHANT_REFUSE_RERUND' | 'USER_SUBMIT_SATISFACTION' | 'SERVICE_ORDER_CANCEL' | 'SERVICE_ORDER_COMPLETE' | 'COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE' | 'COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE' | 'COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE' | (string & {})
    /** 操作内容 */
    operate_details?: string
    /** 图片凭证 */
    image_list?: string[]
    /** 操作资料列表 */
    complaint_media_list?: {
      /** 媒体文件业务类型 */
      media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
      /** 媒体文件请求url */
      media_url: string[]
    }
  }[]
  /** 分页大小 */
  limit: number
  /** 分页开始位置 */
  offset: number
  /** 投诉协商历史总条数 */
  total_count?: number
}

export interface GlobalMerchantServiceComplaintsByComplaintIdResponsePostJson {
  /** 被诉商户号 */
  complainted_mchid: string
  /** 回复内容 */
  response_content: string
  /** 回复图片 */
  response_images?: readonly string[]
  /** 跳转链接 */
  jump_url?: string
  /** 跳转链接文案 */
  jump_url_text?: string
}

/** 提交回复: the options of `POST /v3/global/merchant-service/complaints/{complaint_id}/response`. */
export interface GlobalMerchantServiceComplaintsByComplaintIdResponsePostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: GlobalMerchantServiceComplaintsByComplaintIdResponsePostJson
}

/** 提交回复: what `POST /v3/global/merchant-service/complaints/{complaint_id}/response` answers. */
export type GlobalMerchantServiceComplaintsByComplaintIdResponsePostResponse = undefined

/** 商户上传反馈图片: the options of `POST /v3/global/merchant-service/images/upload`. */
export interface GlobalMerchantServiceImagesUploadPostOptions extends RouteCallOptions {}

/** 商户上传反馈图片: what `POST /v3/global/merchant-service/images/upload` answers. */
export type GlobalMerchantServiceImagesUploadPostResponse = {
  /** 媒体文件标识ID */
  media_id: string
}

/** 图片下载: the options of `GET /v3/global/merchant-service/images/{media_id}`. */
export interface GlobalMerchantServiceImagesByMediaIdGetOptions extends RouteCallOptions {
  params: {
    /** 媒体文件ID */
    media_id: string
  }
  query: {
    /** 投诉单号 */
    complaint_id: string
  }
}

/** 图片下载: what `GET /v3/global/merchant-service/images/{media_id}` answers. */
export type GlobalMerchantServiceImagesByMediaIdGetResponse = undefined

/** 上传文件: the options of `POST /v3/global/merchant-storage/file/upload`. */
export interface GlobalMerchantStorageFileUploadPostOptions extends RouteCallOptions {
  multipart: {
    /** 文件信息 */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 文件的sha256摘要 */
      digest: string
      /** 商户上传的文件的名称 */
      filename: string
    }
  }
}

/** 上传文件: what `POST /v3/global/merchant-storage/file/upload` answers. */
export type GlobalMerchantStorageFileUploadPostResponse = {
  /** 文件标识ID */
  file_id?: string
}

export interface GlobalMerchantH5PermissionApplicationsPostJson {
  /** 公司介绍和业务描述 */
  business_description?: string
  /** 子商户号 */
  sub_mchid: string
  /** H5支付域名 */
  domains: readonly string[]
  /** 公司注册资质证书 */
  company_register_cert?: string
  /** 限额类型 */
  transaction_limit_type?: 'UN_LAUNCHED_WEBSITE_LIMIT' | 'NORMAL_LIMIT' | 'NO_LIMIT'
  /** 经营网址商业页面截图 */
  website_business_page_pics?: readonly string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: readonly string[]
  /** 子商户经营网址状态 */
  website_state?: 'HAS_LAUNCHED' | 'UN_LAUNCHED'
  /** 子商户H5经营网址 */
  website_url: string
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 申请单类型 */
  applyment_type?: 'APPLY_FOR_PAYMENT_AUTHORITY' | 'APPLY_FOR_RELIEVE_LIMITED'
}

/** 创建H5支付权限申请单: the options of `POST /v3/global/merchant/h5/permission/applications`. */
export interface GlobalMerchantH5PermissionApplicationsPostOptions extends RouteCallOptions {
  json: GlobalMerchantH5PermissionApplicationsPostJson
}

/** 创建H5支付权限申请单: what `POST /v3/global/merchant/h5/permission/applications` answers. */
export type GlobalMerchantH5PermissionApplicationsPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** H5支付域名 */
  domains: string[]
  /** 公司介绍和业务描述 */
  business_description?: string
  /** 限额类型 */
  transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT' | 'NORMAL_LIMIT' | 'NO_LIMIT' | (string & {})
  /** 公司注册资质证书 */
  company_register_cert?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** 子商户H5经营网址 */
  website_url: string
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 申请单类型 */
  applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY' | 'APPLY_FOR_RELIEVE_LIMITED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
}

/** 查询H5支付权限申请单详情: the options of `GET /v3/global/merchant/h5/permission/applications/{applyment_id}`. */
export interface GlobalMerchantH5PermissionApplicationsByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 申请单号 */
    applyment_id: number
  }
}

/** 查询H5支付权限申请单详情: what `GET /v3/global/merchant/h5/permission/applications/{applyment_id}` answers. */
export type GlobalMerchantH5PermissionApplicationsByApplymentIdGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** H5支付域名 */
  domains: string[]
  /** 公司介绍和业务描述 */
  business_description?: string
  /** 限额类型 */
  transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT' | 'NORMAL_LIMIT' | 'NO_LIMIT' | (string & {})
  /** 公司注册资质证书 */
  company_register_cert?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** 子商户H5经营网址 */
  website_url: string
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 申请单类型 */
  applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY' | 'APPLY_FOR_RELIEVE_LIMITED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
}

export interface GlobalMerchantH5PermissionApplicationsByApplymentIdPatchJson {
  /** H5支付域名 */
  domains: readonly string[]
  /** 公司介绍和业务描述 */
  business_description?: string
  /** 公司注册资质证书 */
  company_register_cert?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: readonly string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: readonly string[]
  /** 子商户经营网址状态 */
  website_state?: 'HAS_LAUNCHED' | 'UN_LAUNCHED'
  /** 子商户H5经营网址 */
  website_url?: string
}

/** 修改H5支付权限申请单: the options of `PATCH /v3/global/merchant/h5/permission/applications/{applyment_id}`. */
export interface GlobalMerchantH5PermissionApplicationsByApplymentIdPatchOptions extends RouteCallOptions {
  params: {
    /** 申请单号 */
    applyment_id: number
  }
  json: GlobalMerchantH5PermissionApplicationsByApplymentIdPatchJson
}

/** 修改H5支付权限申请单: what `PATCH /v3/global/merchant/h5/permission/applications/{applyment_id}` answers. */
export type GlobalMerchantH5PermissionApplicationsByApplymentIdPatchResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** H5支付域名 */
  domains: string[]
  /** 公司介绍和业务描述 */
  business_description?: string
  /** 限额类型 */
  transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT' | 'NORMAL_LIMIT' | 'NO_LIMIT' | (string & {})
  /** 公司注册资质证书 */
  company_register_cert?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** 子商户H5经营网址 */
  website_url: string
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 申请单类型 */
  applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY' | 'APPLY_FOR_RELIEVE_LIMITED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
}

export interface GlobalMerchantH5PermissionDomainApplicationsPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** H5支付域名 */
  domains: readonly string[]
  /** 子商户H5经营网址 */
  website_url: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: readonly string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: readonly string[]
  /** 子商户经营网址状态 */
  website_state?: 'HAS_LAUNCHED' | 'UN_LAUNCHED'
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 商户申请单号 */
  out_applyment_id: string
}

/** 创建H5支付域名修改申请单: the options of `POST /v3/global/merchant/h5/permission/domain/applications`. */
export interface GlobalMerchantH5PermissionDomainApplicationsPostOptions extends RouteCallOptions {
  json: GlobalMerchantH5PermissionDomainApplicationsPostJson
}

/** 创建H5支付域名修改申请单: what `POST /v3/global/merchant/h5/permission/domain/applications` answers. */
export type GlobalMerchantH5PermissionDomainApplicationsPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** H5支付域名 */
  domains: string[]
  /** 子商户H5经营网址 */
  webiste_url: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state?: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 商户申请单号 */
  out_applyment_id: string
}

/** 查询H5支付域名修改申请单: the options of `GET /v3/global/merchant/h5/permission/domain/applications/{applyment_id}`. */
export interface GlobalMerchantH5PermissionDomainApplicationsByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 申请单号 */
    applyment_id: number
  }
}

/** 查询H5支付域名修改申请单: what `GET /v3/global/merchant/h5/permission/domain/applications/{applyment_id}` answers. */
export type GlobalMerchantH5PermissionDomainApplicationsByApplymentIdGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** H5支付域名 */
  domains: string[]
  /** 子商户H5经营网址 */
  webiste_url: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state?: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 商户申请单号 */
  out_applyment_id: string
}

export interface GlobalMerchantH5PermissionDomainApplicationsByApplymentIdPatchJson {
  /** H5支付域名 */
  domains: readonly string[]
  /** 子商户经营网址状态 */
  website_state?: 'HAS_LAUNCHED' | 'UN_LAUNCHED'
  /** 商户H5经营网址 */
  website_url?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: readonly string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: readonly string[]
}

/** 修改H5支付域名修改申请单: the options of `PATCH /v3/global/merchant/h5/permission/domain/applications/{applyment_id}`. */
export interface GlobalMerchantH5PermissionDomainApplicationsByApplymentIdPatchOptions extends RouteCallOptions {
  params: {
    /** 申请单号 */
    applyment_id: number
  }
  json: GlobalMerchantH5PermissionDomainApplicationsByApplymentIdPatchJson
}

/** 修改H5支付域名修改申请单: what `PATCH /v3/global/merchant/h5/permission/domain/applications/{applyment_id}` answers. */
export type GlobalMerchantH5PermissionDomainApplicationsByApplymentIdPatchResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** H5支付域名 */
  domains: string[]
  /** 子商户H5经营网址 */
  webiste_url: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 申请单号 */
  applyment_id: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state?: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 商户申请单号 */
  out_applyment_id: string
}

/** 查询子商户H5支付权限状态: the options of `GET /v3/global/merchant/h5/permission/{sub_mchid}`. */
export interface GlobalMerchantH5PermissionBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询子商户H5支付权限状态: what `GET /v3/global/merchant/h5/permission/{sub_mchid}` answers. */
export type GlobalMerchantH5PermissionBySubMchidGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** H5支付权限状态 */
  authorization_state: 'AUTHORITY_TO_TEST' | 'FORMAL_AUTHORITY' | 'AUTHORIZED' | 'UNDER_PUNISHMENT' | 'UNDER_PUNISHMENT' | 'UNAUTHORIZED' | (string & {})
}

export interface GlobalMerchantsPostJson {
  /** 机构appid */
  sp_appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户简称 */
  shortname: string
  /** 公司电话 */
  office_phone: string
  /** 联系人信息 */
  contact: {
    /** 联系人名称 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 联系人电话 (encrypt with `client.encrypt()`) */
    phone: Encrypted
    /** 联系人邮箱 (encrypt with `client.encrypt()`) */
    email: Encrypted
  }
  /** 类目 */
  business_category: number
  /** 渠道号 */
  channel_id?: string
  /** 注册国家或区域 */
  merchant_country_code: string
  /** 商户类型 */
  merchant_type: 'ENTERPRISE' | 'INDIVIDUAL'
  /** 公司注册文件编号 */
  registration_certificate_number?: string
  /** 公司注册文件过期时间 */
  registration_certificate_date?: string
  /** 公司注册文件照片 */
  registration_certificate_copy?: string
  /** 子商户银行结算账户信息 */
  settlement_bank_number?: string
  /** 业务信息 */
  business: {
    /** 业务类型 */
    business_type: 'ONLINE' | 'OFFLINE' | 'BOTH'
    /** APP下载链接 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** 门店照片JSON格式字符串 (JSON text) */
    store_photos?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号 */
    number?: string
  }
  /** 是否申请H5支付权限 */
  apply_h5_payment?: boolean
  /** H5申请资料 */
  h5_payment_apply_info?: {
    /** H5经营网址 */
    h5_website_url: string
    /** 拉起H5支付的域名，不超过5个 */
    domains: readonly string[]
  }
  /** 附加信息 */
  attach?: string
}

/** 子商户进件（融合钱包）: the options of `POST /v3/global/merchants`. */
export interface GlobalMerchantsPostOptions extends RouteCallOptions {
  json: GlobalMerchantsPostJson
}

/** 子商户进件（融合钱包）: what `POST /v3/global/merchants` answers. */
export type GlobalMerchantsPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 验证状态 */
  verification_status?: 'Under Review' | 'Approved' | (string & {})
  /** 验证状态描述 */
  description?: string
  /** H5支付权限状态 */
  h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED' | (string & {})
}

/** 查询子商户（融合钱包）: the options of `GET /v3/global/merchants/{sub_mchid}`. */
export interface GlobalMerchantsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  query: {
    /** 机构appid */
    sp_appid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询子商户（融合钱包）: what `GET /v3/global/merchants/{sub_mchid}` answers. */
export type GlobalMerchantsBySubMchidGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户简称 */
  shortname: string
  /** 公司联系方式 */
  office_phone: string
  /** 册国家或区域 */
  merchant_country_code: string
  /** 类目 */
  business_category: number
  /** 联系人信息 */
  contact?: {
    /** 联系人名称 (encrypted to your merchant API key) */
    name?: string
    /** 联系人电话 (encrypted to your merchant API key) */
    phone?: string
    /** 联系人邮箱 (encrypted to your merchant API key) */
    email?: string
  }
  /** 商户类型 */
  merchant_type?: 'ENTERPRISE' | 'INDIVIDUAL' | (string & {})
  /** 公司注册文件编号 */
  registration_certificate_number?: string
  /** 公司注册文件过期时间 */
  registration_certificate_date?: string
  /** 子商户结算账户 */
  settlement_bank_number?: string
  /** 业务信息 */
  business?: {
    /** 业务类型 */
    business_type?: 'ONLINE' | 'OFFLINE' | 'BOTH' | (string & {})
    /** APP下载地址 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号码 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号码 */
    number?: string
  }
  /** H5支付权限详情 */
  h5_payment?: {
    /** H5驳回详情 */
    audit_reject_detail?: string
    /** H5支付权限状态 */
    h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED' | (string & {})
  }
  /** 子商户状态信息 */
  sub_merchant_state?: {
    /** 子商户状态 */
    sub_merchant_status?: 'OPERATING' | 'PENDING' | 'DEACTIVATED' | 'CLOSED' | 'INCOMPLETE_APPLICATION' | (string & {})
    /** 子商户入驻状态 */
    application_status?: 'INCOMPLETE_APPLICATION' | 'UNDER_REVIEW' | 'REJECTED' | (string & {})
    /** 子商户入驻驳回详情 */
    application_reject_detail?: {
      /** 驳回字段 */
      field?: string
      /** 驳回原因 */
      reason?: string
    }
  }
  /** 附加信息 */
  attach?: string
}

export interface GlobalMerchantsBySubMchidPatchJson {
  /** 机构appid */
  sp_appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户全称 */
  name: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户简称 */
  shortname: string
  /** 公司电话 */
  office_phone: string
  /** 联系人信息 */
  contact: {
    /** 联系人名称 (encrypt with `client.encrypt()`) */
    name: Encrypted
    /** 联系人电话 (encrypt with `client.encrypt()`) */
    phone: Encrypted
    /** 联系人邮箱 (encrypt with `client.encrypt()`) */
    email: Encrypted
  }
  /** 类目 */
  business_category: number
  /** 渠道号 */
  channel_id?: string
  /** 注册国家或区域 */
  merchant_country_code: string
  /** 商户类型 */
  merchant_type: 'ENTERPRISE' | 'INDIVIDUAL'
  /** 公司注册文件编号 */
  registration_certificate_number: string
  /** 公司注册文件过期时间 */
  registration_certificate_date: string
  /** 公司注册文件照片 */
  registration_certificate_copy?: string
  /** 子商户银行结算账户信息 */
  settlement_bank_number?: string
  /** 业务信息 */
  business: {
    /** 业务类型 */
    business_type: 'ONLINE' | 'OFFLINE' | 'BOTH'
    /** APP下载链接 */
    app_download?: string
    /** 业务网站 */
    website?: string
    /** 公众号 */
    office_account?: string
    /** 小程序 */
    mini_program?: string
    /** 门店地址 */
    store_address?: string
    /** 门店照片 */
    store_photos?: string
    /** MCC码 */
    mcc?: string
  }
  /** 董事信息 */
  director?: {
    /** 董事姓名 */
    name?: string
    /** 董事证件号 */
    number?: string
  }
  /** 负责人信息 */
  principal?: {
    /** 负责人姓名 */
    name?: string
    /** 负责人证件号 */
    number?: string
  }
  /** 是否申请H5支付权限 */
  apply_h5_payment?: boolean
  /** H5支付申请资料资料 */
  h5_payment_apply_info?: {
    /** H5经营网址 */
    website_url?: string
    /** H5支付域名 */
    domains?: readonly string[]
  }
}

/** 修改子商户（融合钱包）: the options of `PATCH /v3/global/merchants/{sub_mchid}`. */
export interface GlobalMerchantsBySubMchidPatchOptions extends RouteCallOptions {
  params: {
    sub_mchid: string
  }
  json: GlobalMerchantsBySubMchidPatchJson
}

/** 修改子商户（融合钱包）: what `PATCH /v3/global/merchants/{sub_mchid}` answers. */
export type GlobalMerchantsBySubMchidPatchResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** H5支付权限状态 */
  h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED' | (string & {})
}

export interface GlobalMicropayTransactionsByTransactionIdReversePostJson {
  /** 商户号 */
  mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
}

/** 撤销订单(微信支付订单号): the options of `POST /v3/global/micropay/transactions/id/{transaction_id}/reverse`. */
export interface GlobalMicropayTransactionsByTransactionIdReversePostOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
  json: GlobalMicropayTransactionsByTransactionIdReversePostJson
}

/** 撤销订单(微信支付订单号): what `POST /v3/global/micropay/transactions/id/{transaction_id}/reverse` answers. */
export type GlobalMicropayTransactionsByTransactionIdReversePostResponse = undefined

export interface GlobalMicropayTransactionsByOutTradeNoReversePostJson {
  /** 商户号 */
  mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
}

/** 撤销订单(商户订单号): the options of `POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse`. */
export interface GlobalMicropayTransactionsByOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: GlobalMicropayTransactionsByOutTradeNoReversePostJson
}

/** 撤销订单(商户订单号): what `POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse` answers. */
export type GlobalMicropayTransactionsByOutTradeNoReversePostResponse = undefined

export interface GlobalMicropayTransactionsPayPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 授权码 */
    auth_code: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** 提交付款码支付: the options of `POST /v3/global/micropay/transactions/pay`. */
export interface GlobalMicropayTransactionsPayPostOptions extends RouteCallOptions {
  json: GlobalMicropayTransactionsPayPostJson
}

/** 提交付款码支付: what `POST /v3/global/micropay/transactions/pay` answers. */
export type GlobalMicropayTransactionsPayPostResponse = {
  /** 微信支付订单号 */
  id: string
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易类型 */
  trade_type: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc: string
  /** 付款银行 */
  bank_type: string
  /** 商户数据 */
  attach?: string
  /** 支付完成时间 */
  success_time: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额 */
    payer_total: number
    /** 支付货币类型 */
    'payer _currency'?: string
    /** 汇率 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 货币类型 */
    currency?: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wechatpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface GlobalPapayContractsAppPreEntrustSignPostJson {
  /** 机构APPID */
  appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 签约成功通知url */
  success_notify_url?: string
  /** 商户appid下的用户标识 */
  openid?: string
  /** 用户客户端IP */
  user_client_ip?: string
  /** 过期时间 */
  expired_time?: string
}

/** APP签约: the options of `POST /v3/global/papay/contracts/app-pre-entrust-sign`. */
export interface GlobalPapayContractsAppPreEntrustSignPostOptions extends RouteCallOptions {
  json?: GlobalPapayContractsAppPreEntrustSignPostJson
}

/** APP签约: what `POST /v3/global/papay/contracts/app-pre-entrust-sign` answers. */
export type GlobalPapayContractsAppPreEntrustSignPostResponse = {
  /** 委托代扣签约会话id */
  session_id: string
}

export interface GlobalPapayContractsH5PreEntrustSignPostJson {
  /** 机构APPID */
  appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 签约成功通知url */
  success_notify_url?: string
  /** 回调应用AppID */
  return_appid?: string
  /** 用户客户端IP */
  user_client_ip?: string
  /** 过期时间 */
  expired_time?: string
  /** 签约完成跳转URL */
  return_url?: string
}

/** H5预签约: the options of `POST /v3/global/papay/contracts/h5-pre-entrust-sign`. */
export interface GlobalPapayContractsH5PreEntrustSignPostOptions extends RouteCallOptions {
  json?: GlobalPapayContractsH5PreEntrustSignPostJson
}

/** H5预签约: what `POST /v3/global/papay/contracts/h5-pre-entrust-sign` answers. */
export type GlobalPapayContractsH5PreEntrustSignPostResponse = {
  /** 签约跳转URL */
  sign_url: string
}

export interface GlobalPapayContractsJsapiPreEntrustSignPostJson {
  /** 机构APPID */
  appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 签约成功通知url */
  success_notify_url?: string
  /** 商户appid下的用户标识 */
  openid?: string
  /** 签约完成跳转URL */
  return_url?: string
  /** 过期时间 */
  expired_time?: string
}

/** JSAPI预签约: the options of `POST /v3/global/papay/contracts/jsapi-pre-entrust-sign`. */
export interface GlobalPapayContractsJsapiPreEntrustSignPostOptions extends RouteCallOptions {
  json?: GlobalPapayContractsJsapiPreEntrustSignPostJson
}

/** JSAPI预签约: what `POST /v3/global/papay/contracts/jsapi-pre-entrust-sign` answers. */
export type GlobalPapayContractsJsapiPreEntrustSignPostResponse = {
  /** 签约跳转URL */
  sign_url: string
}

export interface GlobalPapayContractsMiniprogramPreEntrustSignPostJson {
  /** 机构APPID */
  appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 签约成功通知url */
  success_notify_url?: string
  /** 商户appid下的用户标识 */
  openid?: string
  /** 用户客户端IP */
  user_client_ip?: string
  /** 过期时间 */
  expired_time?: string
}

/** 小程序签约: the options of `POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign`. */
export interface GlobalPapayContractsMiniprogramPreEntrustSignPostOptions extends RouteCallOptions {
  json?: GlobalPapayContractsMiniprogramPreEntrustSignPostJson
}

/** 小程序签约: what `POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign` answers. */
export type GlobalPapayContractsMiniprogramPreEntrustSignPostResponse = {
  /** 委托代扣签约会话id */
  session_id: string
}

/** 商户协议号查询签约: the options of `GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}`. */
export interface GlobalPapayContractsByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    out_contract_code: string
  }
  query?: {
    /** 机构APPID */
    appid?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 机构appid */
    sp_appid?: string
    /** 机构商户号 */
    sp_mchid?: string
    /** 子商户应用ID */
    sub_appid?: string
  }
}

/** 商户协议号查询签约: what `GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}` answers. */
export type GlobalPapayContractsByOutContractCodeGetResponse = {
  /** 商户号 */
  mchid?: string
  /** 机构APPID */
  appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 委托代扣协议ID */
  contract_id?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 协议状态 */
  state?: string
  /** 协议签署时间 */
  signed_time?: string
  /** 协议签署时间 */
  terminated_time?: string
  /** 协议解约方式 */
  termination_mode?: string
  /** 解约备注 */
  termination_note?: string
  /** 商户appid下的用户标识 */
  openid?: string
}

export interface GlobalPapayContractsWebPreEntrustSignPostJson {
  /** 机构APPID */
  appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 签约成功通知url */
  success_notify_url?: string
  /** 过期时间 */
  expired_time?: string
  /** 签约完成跳转URL */
  return_url?: string
}

/** WEB预签约: the options of `POST /v3/global/papay/contracts/web-pre-entrust-sign`. */
export interface GlobalPapayContractsWebPreEntrustSignPostOptions extends RouteCallOptions {
  json?: GlobalPapayContractsWebPreEntrustSignPostJson
}

/** WEB预签约: what `POST /v3/global/papay/contracts/web-pre-entrust-sign` answers. */
export type GlobalPapayContractsWebPreEntrustSignPostResponse = {
  /** 展码页面URL */
  show_code_url: string
}

/** 代扣协议ID查询签约: the options of `GET /v3/global/papay/contracts/{contract_id}`. */
export interface GlobalPapayContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  query?: {
    /** 机构APPID */
    appid?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 机构appid */
    sp_appid?: string
    /** 机构商户号 */
    sp_mchid?: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 模板ID */
    plan_id?: number
  }
}

/** 代扣协议ID查询签约: what `GET /v3/global/papay/contracts/{contract_id}` answers. */
export type GlobalPapayContractsByContractIdGetResponse = {
  /** 商户号 */
  mchid?: string
  /** 机构APPID */
  appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构appid */
  sp_appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 委托代扣协议ID */
  contract_id?: string
  /** 模板ID */
  plan_id?: number
  /** 商户侧签约协议号 */
  out_contract_code?: string
  /** 用户账户展示名称 */
  user_display_name?: string
  /** 协议状态 */
  state?: string
  /** 协议签署时间 */
  signed_time?: string
  /** 协议签署时间 */
  terminated_time?: string
  /** 协议解约方式 */
  termination_mode?: string
  /** 解约备注 */
  termination_note?: string
  /** 商户appid下的用户标识 */
  openid?: string
}

export interface GlobalPapayContractsByContractIdTerminatePostJson {
  /** 机构APPID */
  appid?: string
  /** 机构appid */
  sp_appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 解约备注 */
  termination_note?: string
}

/** 申请解约: the options of `POST /v3/global/papay/contracts/{contract_id}/terminate`. */
export interface GlobalPapayContractsByContractIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议ID */
    contract_id: string
  }
  json?: GlobalPapayContractsByContractIdTerminatePostJson
}

/** 申请解约: what `POST /v3/global/papay/contracts/{contract_id}/terminate` answers. */
export type GlobalPapayContractsByContractIdTerminatePostResponse = undefined

export interface GlobalPapayTransactionsPostJson {
  /** 机构APPID */
  appid?: string
  /** 机构appid */
  sp_appid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** MCC码 */
  merchant_category_code: string
  /** 委托代扣协议ID */
  contract_id: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
  }
}

/** 支付扣款: the options of `POST /v3/global/papay/transactions`. */
export interface GlobalPapayTransactionsPostOptions extends RouteCallOptions {
  json: GlobalPapayTransactionsPostJson
}

/** 支付扣款: what `POST /v3/global/papay/transactions` answers. */
export type GlobalPapayTransactionsPostResponse = {
  /** 商户号 */
  mchid?: string
  /** APPID */
  appid?: string
  /** 机构商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构APPID */
  sp_appid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'AUTH' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'PAYERROR' | 'USERPAYING' | (string & {})
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | 'USERPAYMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

/** 查询订单(商户订单号): the options of `GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}`. */
export interface GlobalPapayTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    out_trade_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询订单(商户订单号): what `GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}` answers. */
export type GlobalPapayTransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

/** 撤销订单(商户订单号): the options of `POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse`. */
export interface GlobalPapayTransactionsByOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 撤销订单(商户订单号): what `POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse` answers. */
export type GlobalPapayTransactionsByOutTradeNoReversePostResponse = undefined

/** 查询订单(微信支付订单号): the options of `GET /v3/global/papay/transactions/{transaction_id}`. */
export interface GlobalPapayTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询订单(微信支付订单号): what `GET /v3/global/papay/transactions/{transaction_id}` answers. */
export type GlobalPapayTransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

/** 获取分账账单文件下载地址: the options of `GET /v3/global/profit-sharing/bill-download-url`. */
export interface GlobalProfitSharingBillDownloadUrlGetOptions extends RouteCallOptions {
  query?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 账单日期 */
    bill_date?: string
  }
}

/** 获取分账账单文件下载地址: what `GET /v3/global/profit-sharing/bill-download-url` answers. */
export type GlobalProfitSharingBillDownloadUrlGetResponse = {
  /** 下载地址 */
  download_url: string
}

export interface GlobalProfitSharingOrdersPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账接收方列表 */
  receivers?: readonly {
    /** 分账币种 */
    currency: 'CNY'
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
    /** 分账接收方帐号 */
    account: string
    /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
    name?: Encrypted
    /** 是否已经获取用户实名信息授权 */
    authorized?: boolean
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
  }[]
  /** 是否解冻剩余未分资金 */
  unfreeze_unsplit: boolean
}

/** 请求分账: the options of `POST /v3/global/profit-sharing/orders`. */
export interface GlobalProfitSharingOrdersPostOptions extends RouteCallOptions {
  json: GlobalProfitSharingOrdersPostJson
}

/** 请求分账: what `POST /v3/global/profit-sharing/orders` answers. */
export type GlobalProfitSharingOrdersPostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: string
  /** 分账接收方列表 */
  receivers?: {
    /** 分账币种 */
    currency: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: string
    /** 分账失败原因 */
    fail_reason: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
    /** 分账明细单号 */
    detail_id?: string
    /** 分账明细类型 */
    detail_type?: string
    /** 出资方结算币种 */
    settlement_currency?: string
    /** 出资方结算金额 */
    settlement_amount?: number
    /** 汇率值 */
    rate?: number
  }[]
}

export interface GlobalProfitSharingOrdersUnfreezePostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账描述 */
  description: string
}

/** 解冻剩余资金: the options of `POST /v3/global/profit-sharing/orders/unfreeze`. */
export interface GlobalProfitSharingOrdersUnfreezePostOptions extends RouteCallOptions {
  json: GlobalProfitSharingOrdersUnfreezePostJson
}

/** 解冻剩余资金: what `POST /v3/global/profit-sharing/orders/unfreeze` answers. */
export type GlobalProfitSharingOrdersUnfreezePostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: string
  /** 分账接收方列表 */
  receivers?: {
    /** 分账币种 */
    currency: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: string
    /** 分账失败原因 */
    fail_reason: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
    /** 分账明细单号 */
    detail_id?: string
    /** 分账明细类型 */
    detail_type?: string
    /** 出资方结算币种 */
    settlement_currency?: string
    /** 出资方结算金额 */
    settlement_amount?: number
    /** 汇率值 */
    rate?: number
  }[]
}

/** 查询分账结果: the options of `GET /v3/global/profit-sharing/orders/{out_order_no}`. */
export interface GlobalProfitSharingOrdersByOutOrderNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户分账单号 */
    out_order_no: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 微信订单号 */
    transaction_id?: string
  }
}

/** 查询分账结果: what `GET /v3/global/profit-sharing/orders/{out_order_no}` answers. */
export type GlobalProfitSharingOrdersByOutOrderNoGetResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: string
  /** 分账接收方列表 */
  receivers?: {
    /** 分账币种 */
    currency: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: string
    /** 分账失败原因 */
    fail_reason: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
    /** 分账明细单号 */
    detail_id?: string
    /** 分账明细类型 */
    detail_type?: string
    /** 出资方结算币种 */
    settlement_currency?: string
    /** 出资方结算金额 */
    settlement_amount?: number
    /** 汇率值 */
    rate?: number
  }[]
}

export interface GlobalProfitSharingReceiversDeleteJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type?: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方帐号 */
  account?: string
}

/** 删除分账接收方: the options of `DELETE /v3/global/profit-sharing/receivers`. */
export interface GlobalProfitSharingReceiversDeleteOptions extends RouteCallOptions {
  json?: GlobalProfitSharingReceiversDeleteJson
}

/** 删除分账接收方: what `DELETE /v3/global/profit-sharing/receivers` answers. */
export type GlobalProfitSharingReceiversDeleteResponse = undefined

export interface GlobalProfitSharingReceiversPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type?: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方帐号 */
  account?: string
  /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
  name?: Encrypted
  /** 是否已经获取用户实名信息授权 */
  authorized?: boolean
  /** 与分账方的关系类型 */
  relation_type?: 'SUPPLIER' | 'DISTRIBUTOR' | 'TAX_SERVICE_PROVIDER' | 'IT_SERVICE_PROVIDER' | 'CUSTOM' | (string & {})
  /** 自定义的分账关系 */
  custom_relation?: string
  /** 分账场景详细描述 */
  scene?: string
  /** 接收方商户的主营业务范围 */
  major_service?: string
  /** 分账接收方预计分账比例 */
  expected_ratio?: number
  /** 增加分账接收方申请函文件ID */
  application_file_id?: string
  /** 分账方与接收方合作关系证明文件ID */
  partnership_file_id?: string
}

/** 添加分账接收方: the options of `POST /v3/global/profit-sharing/receivers`. */
export interface GlobalProfitSharingReceiversPostOptions extends RouteCallOptions {
  json?: GlobalProfitSharingReceiversPostJson
}

/** 添加分账接收方: what `POST /v3/global/profit-sharing/receivers` answers. */
export type GlobalProfitSharingReceiversPostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
  /** 分账接收方全称 (encrypted to your merchant API key) */
  name?: string
  /** 与分账方的关系类型 */
  relation_type: 'SUPPLIER' | 'DISTRIBUTOR' | 'TAX_SERVICE_PROVIDER' | 'IT_SERVICE_PROVIDER' | 'CUSTOM' | (string & {})
  /** 自定义的分账关系 */
  custom_relation?: string
  /** 分账场景详细描述 */
  scene?: string
  /** 接收方商户的主营业务范围 */
  major_service?: string
  /** 分账接收方预计分账比例 */
  expected_ratio?: number
  /** 微信文件标识ID */
  file_id?: string
  /** 接收方关系状态 */
  state?: string
  /** 接收关系添加失败原因 */
  fail_reason?: string
  /** 增加分账接收方申请函文件ID */
  application_file_id?: string
  /** 分账方与接收方合作关系证明文件ID */
  partnership_file_id?: string
}

/** 查询分账接收方添加结果: the options of `GET /v3/global/profit-sharing/receivers/{account}`. */
export interface GlobalProfitSharingReceiversByAccountGetOptions extends RouteCallOptions {
  params: {
    /** 接收方账号 */
    account: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 微信订单号 */
    transaction_id?: string
    /** 应用ID */
    appid?: string
    /** 子商户应用ID */
    sub_appid?: string
    /** 分账接收方类型 */
    type?: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  }
}

/** 查询分账接收方添加结果: what `GET /v3/global/profit-sharing/receivers/{account}` answers. */
export type GlobalProfitSharingReceiversByAccountGetResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
  /** 分账接收方全称 */
  name?: string
  /** 与分账方的关系类型 */
  relation_type: 'SUPPLIER' | 'DISTRIBUTOR' | 'TAX_SERVICE_PROVIDER' | 'IT_SERVICE_PROVIDER' | 'CUSTOM' | (string & {})
  /** 自定义的分账关系 */
  custom_relation?: string
  /** 分账场景详细描述 */
  scene?: string
  /** 接收方商户的主营业务范围 */
  major_service?: string
  /** 分账接收方预计分账比例 */
  expected_ratio?: number
  /** 微信文件标识ID */
  file_id?: string
  /** 接收方关系状态 */
  state?: string
  /** 接收关系添加失败原因 */
  fail_reason?: string
}

/** 获取分账退款账单下载链接: the options of `GET /v3/global/profit-sharing/refunds/bill-download-url`. */
export interface GlobalProfitSharingRefundsBillDownloadUrlGetOptions extends RouteCallOptions {
  query?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 账单日期 */
    bill_date?: string
  }
}

/** 获取分账退款账单下载链接: what `GET /v3/global/profit-sharing/refunds/bill-download-url` answers. */
export type GlobalProfitSharingRefundsBillDownloadUrlGetResponse = {
  /** 下载地址 */
  download_url: string
}

/** 查询可供垫付退款实时余额: the options of `GET /v3/global/profit-sharing/refunds/refundable-balance`. */
export interface GlobalProfitSharingRefundsRefundableBalanceGetOptions extends RouteCallOptions {}

/** 查询可供垫付退款实时余额: what `GET /v3/global/profit-sharing/refunds/refundable-balance` answers. */
export type GlobalProfitSharingRefundsRefundableBalanceGetResponse = {
  /** 出资方商户号 */
  sponsor_mchid?: string
  /** 可供垫付分账退款的实时余额 */
  balance?: number
  /** 货币类型 */
  currency?: string
}

export interface GlobalProfitSharingTransactionsMarkPostJson {
  /** 二级商户号 */
  sub_mchid?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 订单标价币种 */
  currency?: string
}

/** 分账标记: the options of `POST /v3/global/profit-sharing/transactions/mark`. */
export interface GlobalProfitSharingTransactionsMarkPostOptions extends RouteCallOptions {
  json?: GlobalProfitSharingTransactionsMarkPostJson
}

/** 分账标记: what `POST /v3/global/profit-sharing/transactions/mark` answers. */
export type GlobalProfitSharingTransactionsMarkPostResponse = undefined

/** 查询剩余待分金额: the options of `GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts`. */
export interface GlobalProfitSharingTransactionsByTransactionIdAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 查询剩余待分金额: what `GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts` answers. */
export type GlobalProfitSharingTransactionsByTransactionIdAmountsGetResponse = {
  /** 微信订单号 */
  transaction_id: string
  /** 订单剩余待分金额 */
  unsplit_amount?: number
  /** 货币类型 */
  currency?: string
}

/** 查询订单剩余可退款金额: the options of `GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts`. */
export interface GlobalProfitSharingTransactionsByTransactionIdRefundableAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 查询订单剩余可退款金额: what `GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts` answers. */
export type GlobalProfitSharingTransactionsByTransactionIdRefundableAmountsGetResponse = {
  /** 微信订单号 */
  transaction_id: string
  /** 订单剩余可退款金额 */
  refundable_amount?: number
  /** 货币类型 */
  currency?: string
  /** 订单剩余可使用垫付资金退款的金额 */
  funds_refundable_amount?: number
}

/** 商家充值退款余额查询: the options of `GET /v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}`. */
export interface GlobalRefundPartnerRechargeBalanceBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 特约商户号 */
    sub_mchid: string
  }
}

/** 商家充值退款余额查询: what `GET /v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}` answers. */
export type GlobalRefundPartnerRechargeBalanceBySubMchidGetResponse = {
  /** 账户可用余额 */
  remaining_amount: number
  /** 货币类型 */
  currency: string
}

/** 商家充值退款余额查询: the options of `GET /v3/global/refund/recharge-balance`. */
export interface GlobalRefundRechargeBalanceGetOptions extends RouteCallOptions {}

/** 商家充值退款余额查询: what `GET /v3/global/refund/recharge-balance` answers. */
export type GlobalRefundRechargeBalanceGetResponse = {
  /** 账户可用余额 */
  remaining_amount: number
  /** 货币类型 */
  currency: string
}

/** 查询所有退款: the options of `GET /v3/global/refunds`. */
export interface GlobalRefundsGetOptions extends RouteCallOptions {
  query: {
    /** 微信支付订单号 */
    transaction_id?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
    /** 记录起始位置 */
    offset: number
    /** 每页笔数 */
    count: number
  }
}

/** 查询所有退款: what `GET /v3/global/refunds` answers. */
export type GlobalRefundsGetResponse = {
  /** 微信支付交易订单号 */
  id: string
  /** 商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额 */
    payer_total: number
    /** 支付币种 */
    payer_currency: string
  }
  /** 退款单列表 */
  data: {
    /** 微信退款单号 */
    id: string
    /** 商户退款单号 */
    out_refund_no: string
    /** 退款渠道 */
    channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
    /** 退款入账账户 */
    recv_account?: string
    /** 退款资金来源 */
    fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
    /** 退款成功时间 */
    success_time?: string
    /** 退款创建时间 */
    create_time: string
    /** 退款状态 */
    status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
    /** 退款金额 */
    amount: {
      /** 退款金额 */
      refund: number
      /** 货币类型 */
      currency?: string
      /** 用户退款金额 */
      payer_refund: number
      /** 支付币种 */
      payer_currency: string
      /** 汇率 */
      exchange_rate: {
        /** 汇率类型 */
        type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE' | (string & {})
        /** 汇率值 */
        rate?: number
      }
    }
    /** 优惠退款详情 */
    refund_detail?: {
      /** 券ID */
      promotion_id: string
      /** 优惠范围 */
      scope?: 'GLOBAL' | 'SINGLE' | (string & {})
      /** 优惠类型 */
      type?: 'COUPON' | 'DISCOUNT' | (string & {})
      /** 优惠券面额 */
      amount?: number
      /** 优惠券退款额 */
      refund_amount?: number
      /** 货币类型 */
      currency: string
    }
  }[]
  /** 订单总退款次数 */
  total_num: number
  /** 本次返回退款单数 */
  current_total_num: number
}

export interface GlobalRefundsPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 退款原因 */
  reason?: string
  /** 订单金额 */
  amount?: {
    /** 退款金额 */
    refund: number
    /** 原订单金额 */
    total: number
    /** 退款币种 */
    currency: string
  }
  /** 退款通知地址 */
  notify_url?: string
}

/** 申请退款: the options of `POST /v3/global/refunds`. */
export interface GlobalRefundsPostOptions extends RouteCallOptions {
  json: GlobalRefundsPostJson
}

/** 申请退款: what `POST /v3/global/refunds` answers. */
export type GlobalRefundsPostResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 退款创建时间 */
  create_time: string
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 退款币种 */
    currency: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}

/** 查询单笔退款(微信支付退款订单号): the options of `GET /v3/global/refunds/id/{refund_id}`. */
export interface GlobalRefundsByRefundIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付退款订单号 */
    refund_id: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询单笔退款(微信支付退款订单号): what `GET /v3/global/refunds/id/{refund_id}` answers. */
export type GlobalRefundsByRefundIdGetResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付交易订单号 */
  transaction_id: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
  /** 退款入账账户 */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 货币类型 */
    currency?: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}

/** 查询单笔退款(商户退款订单号): the options of `GET /v3/global/refunds/out-refund-no/{out_refund_no}`. */
export interface GlobalRefundsByOutRefundNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户退款订单号 */
    out_refund_no: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询单笔退款(商户退款订单号): what `GET /v3/global/refunds/out-refund-no/{out_refund_no}` answers. */
export type GlobalRefundsByOutRefundNoGetResponse = {
  /** 微信支付退款订单号 */
  id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付交易订单号 */
  transaction_id: string
  /** 商户原交易订单号 */
  out_trade_no: string
  /** 退款渠道 */
  channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD' | (string & {})
  /** 退款入账账户 */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS' | (string & {})
  /** 退款成功时间 */
  success_time?: string
  /** 退款创建时间 */
  create_time: string
  /** 退款状态 */
  status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL' | (string & {})
  /** 退款金额 */
  amount: {
    /** 退款金额 */
    refund: number
    /** 货币类型 */
    currency?: string
    /** 用户退款金额 */
    payer_refund: number
    /** 支付币种 */
    payer_currency: string
    /** 汇率 */
    exchange_rate: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠退款详情 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 优惠券退款额 */
    refund_amount?: number
    /** 货币类型 */
    currency: string
  }
}

/** 查询结算资金明细: the options of `GET /v3/global/settle/settlements`. */
export interface GlobalSettleSettlementsGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 结算状态 */
    settle_state: 'SETTLED' | 'UNSETTLE'
    /** 结算开始日期 */
    settle_start_date?: string
    /** 结算结束日期 */
    settle_end_date?: string
    /** 最大记录条数 */
    limit: number
    /** 记录起始位置 */
    offset: number
  }
}

/** 查询结算资金明细: what `GET /v3/global/settle/settlements` answers. */
export type GlobalSettleSettlementsGetResponse = {
  /** 结算信息列表 */
  data?: {
    /** 付款批次号 */
    batch_id: string
    /** 结算日期 */
    settlement_date: string
    /** 交易开始日期 */
    trade_start_date: string
    /** 交易结束日期 */
    trade_end_date: string
    /** 金额 */
    amount: {
      /** 已结算金额 */
      settled: number
      /** 未结算金额 */
      unsettle: number
      /** 结算币种 */
      currency: string
      /** 支付金额 */
      pay: number
      /** 退款金额 */
      refund: number
      /** 支付净额 */
      net: number
      /** 手续费金额 */
      fee: number
    }
    /** 钱包主体 */
    wallet_region?: 'CHINA_MAINLAND' | 'CHINA_HONGKONG' | (string & {})
    /** 分账业务金额 */
    split_amount?: {
      /** 已结算金额 */
      settled: number
      /** 未结算金额 */
      unsettle: number
      /** 结算币种 */
      currency: string
      /** 支付金额 */
      pay: number
      /** 退款金额 */
      refund: number
    }
  }[]
  /** 总记录条数 */
  total_count: number
  /** 记录起始位置 */
  offset: number
  /** 本次返回条数 */
  limit: number
}

/** 下载对账单: the options of `GET /v3/global/statements`. */
export interface GlobalStatementsGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期 */
    date: string
    /** 商户号 */
    mchid: string
  }
}

/** 下载对账单: what `GET /v3/global/statements` answers. */
export type GlobalStatementsGetResponse = undefined

export interface GlobalTransactionsAppPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** APP支付下单: the options of `POST /v3/global/transactions/app`. */
export interface GlobalTransactionsAppPostOptions extends RouteCallOptions {
  json: GlobalTransactionsAppPostJson
}

/** APP支付下单: what `POST /v3/global/transactions/app` answers. */
export type GlobalTransactionsAppPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

/** 查询订单(微信支付订单号): the options of `GET /v3/global/transactions/id/{transaction_id}`. */
export interface GlobalTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询订单(微信支付订单号): what `GET /v3/global/transactions/id/{transaction_id}` answers. */
export type GlobalTransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface GlobalTransactionsByTransactionIdClosePostJson {
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构商户号 */
  sp_mchid?: string
}

/** 关闭订单(微信支付订单号): the options of `POST /v3/global/transactions/id/{transaction_id}/close`. */
export interface GlobalTransactionsByTransactionIdClosePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  json: GlobalTransactionsByTransactionIdClosePostJson
}

/** 关闭订单(微信支付订单号): what `POST /v3/global/transactions/id/{transaction_id}/close` answers. */
export type GlobalTransactionsByTransactionIdClosePostResponse = undefined

export interface GlobalTransactionsJsapiPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** JSAPI支付下单: the options of `POST /v3/global/transactions/jsapi`. */
export interface GlobalTransactionsJsapiPostOptions extends RouteCallOptions {
  json: GlobalTransactionsJsapiPostJson
}

/** JSAPI支付下单: what `POST /v3/global/transactions/jsapi` answers. */
export type GlobalTransactionsJsapiPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface GlobalTransactionsMwebPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** H5支付下单: the options of `POST /v3/global/transactions/mweb`. */
export interface GlobalTransactionsMwebPostOptions extends RouteCallOptions {
  json: GlobalTransactionsMwebPostJson
}

/** H5支付下单: what `POST /v3/global/transactions/mweb` answers. */
export type GlobalTransactionsMwebPostResponse = {
  /** 支付跳转链接 */
  mweb_url: string
}

export interface GlobalTransactionsNativePostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** Native支付下单: the options of `POST /v3/global/transactions/native`. */
export interface GlobalTransactionsNativePostOptions extends RouteCallOptions {
  json: GlobalTransactionsNativePostJson
}

/** Native支付下单: what `POST /v3/global/transactions/native` answers. */
export type GlobalTransactionsNativePostResponse = {
  /** 二维码链接 */
  code_url: string
}

/** 查询订单(商户订单号): the options of `GET /v3/global/transactions/out-trade-no/{out_trade_no}`. */
export interface GlobalTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询订单(商户订单号): what `GET /v3/global/transactions/out-trade-no/{out_trade_no}` answers. */
export type GlobalTransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface GlobalTransactionsByOutTradeNoClosePostJson {
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构商户号 */
  sp_mchid?: string
}

/** 关闭订单(商户订单号): the options of `POST /v3/global/transactions/out-trade-no/{out_trade_no}/close`. */
export interface GlobalTransactionsByOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: GlobalTransactionsByOutTradeNoClosePostJson
}

/** 关闭订单(商户订单号): what `POST /v3/global/transactions/out-trade-no/{out_trade_no}/close` answers. */
export type GlobalTransactionsByOutTradeNoClosePostResponse = undefined
