// marketing/favor: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

/** 获取已设置的消息通知地址: the options of `GET /v3/marketing/favor/callbacks`. */
export interface MarketingFavorCallbacksGetOptions extends RouteCallOptions {
  query: {
    /** 商户号 */
    mchid: string
  }
}

/** 获取已设置的消息通知地址: what `GET /v3/marketing/favor/callbacks` answers. */
export type MarketingFavorCallbacksGetResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  notify_url: string
}

export interface MarketingFavorCallbacksPostJson {
  /** 商户号 */
  mchid: string
  /** 通知url地址 */
  notify_url: string
  /** 回调开关 */
  switch?: boolean
}

/** 设置消息通知地址: the options of `POST /v3/marketing/favor/callbacks`. */
export interface MarketingFavorCallbacksPostOptions extends RouteCallOptions {
  json: MarketingFavorCallbacksPostJson
}

/** 设置消息通知地址: what `POST /v3/marketing/favor/callbacks` answers. */
export type MarketingFavorCallbacksPostResponse = {
  /** 修改时间 */
  update_time: string
  /** 通知地址 */
  notify_url: string
}

export interface MarketingFavorCouponStocksPostJson {
  /** 批次名称 */
  stock_name: string
  /** 开始时间 */
  available_begin_time: string
  /** 结束时间 */
  available_end_time: string
  /** 发放规则 */
  stock_use_rule: {
    /** 发放总上限 */
    max_coupons: number
    /** 总预算 */
    max_amount: number
    /** 单天发放上限金额 */
    max_amount_by_day?: number
    /** 单个用户可领个数 */
    max_coupons_per_user: number
    /** 是否开启自然人限制 */
    natural_person_limit: boolean
    /** api发券防刷 */
    prevent_api_abuse: boolean
  }
  /** 是否无资金流 */
  no_cash: boolean
  /** 批次类型 */
  stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHAHGE' | 'RANDOM' | 'DISCOUNT_CUT'
  /** 批次备注 */
  comment?: string
  /** 归属商户号 */
  belong_merchant: string
  /** 样式信息 */
  pattern_info?: {
    /** 使用说明 */
    description?: string
    /** 商户logo */
    merchant_logo?: string
    /** 商户名称 */
    merchant_name?: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 券详情图片 */
    coupon_image?: string
    /** 卡包跳转目标 */
    jump_target?: 'PAYMENT_CODE' | 'MINI_PROGRAM' | 'DEFAULT_PAGE'
    /** 小程序appid */
    mini_program_appid?: string
    /** 小程序path */
    mini_program_path?: string
  }
  /** 核销规则 */
  coupon_use_rule: {
    /** 券可核销时间 */
    coupon_available_time: {
      /** 开始时间 */
      available_begin_time?: string
      /** 结束时间 */
      available_end_time?: string
      /** 固定时间段可用 */
      fix_available_time?: {
        /** 可用星期数 */
        available_week_day?: readonly (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
        /** 当天开始时间 */
        begin_time?: number
        /** 当天结束时间 */
        end_time?: number
      }
      /** 领取第二天生效 */
      second_day_available?: boolean
      /** 领取后有效时间 */
      available_time_after_receive?: number
    }
    /** 固定面额满减券使用规则 */
    fixed_normal_coupon?: {
      /** 面额 */
      coupon_amount: number
      /** 门槛 */
      transaction_minimum: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 最高折扣金额 */
      discount_amount_max?: number
      /** 折扣百分比 */
      discount_percent?: number
      /** 门槛 */
      transaction_minimum?: number
    }
    /** 换购券使用规则 */
    exchange_coupon?: {
      /** 单品换购价 */
      exchange_price?: number
      /** 消费门槛 */
      transaction_minimum?: number
    }
    /** 订单优惠标记 */
    goods_tag?: readonly string[]
    /** 指定支付方式 */
    limit_pay?: readonly string[]
    /** 指定银行卡BIN */
    limit_card?: {
      /** 银行卡名称 */
      name?: string
      /** 指定卡BIN */
      bin?: readonly string[]
    }
    /** 支付方式 */
    trade_type?: readonly ('MICROAPP' | 'APPPAY' | 'PPAY' | 'CARD' | 'FACE' | 'OTHER')[]
    /** 可核销商品编码 */
    available_items?: readonly string[]
    /** 不参与优惠商品编码 */
    unavailable_items?: readonly string[]
    /** 可核销商户号 */
    available_merchants?: readonly string[]
    /** 是否可叠加其他优惠 */
    combine_use?: boolean
  }
  /** 商户单据号 */
  out_request_no: string
  /** 扩展属性 */
  ext_info?: string
}

/** 创建代金券批次: the options of `POST /v3/marketing/favor/coupon-stocks`. */
export interface MarketingFavorCouponStocksPostOptions extends RouteCallOptions {
  json: MarketingFavorCouponStocksPostJson
}

/** 创建代金券批次: what `POST /v3/marketing/favor/coupon-stocks` answers. */
export type MarketingFavorCouponStocksPostResponse = {
  /** 批次号 */
  stock_id: string
  /** 创建时间 */
  create_time: string
}

/** （营销）图片上传: the options of `POST /v3/marketing/favor/media/image-upload`. */
export interface MarketingFavorMediaImageUploadPostOptions extends RouteCallOptions {
  multipart: {
    /** 图片文件 */
    file: UploadFile
    /** 文件名（须以 jpg/bmp/png 为后缀） */
    filename: string
  }
}

/** （营销）图片上传: what `POST /v3/marketing/favor/media/image-upload` answers. */
export type MarketingFavorMediaImageUploadPostResponse = {
  /** 媒体文件URL地址 */
  media_url: string
}

/** 条件查询批次列表: the options of `GET /v3/marketing/favor/stocks`. */
export interface MarketingFavorStocksGetOptions extends RouteCallOptions {
  query: {
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
    /** 创建批次的商户号 */
    stock_creator_mchid: string
    /** 起始时间 */
    create_start_time?: string
    /** 终止时间 */
    create_end_time?: string
    /** 批次状态 */
    status?: 'unactivated' | 'audit' | 'running' | 'stoped' | 'paused'
  }
}

/** 条件查询批次列表: what `GET /v3/marketing/favor/stocks` answers. */
export type MarketingFavorStocksGetResponse = {
  /** 批次总数 */
  total_count: number
  /** 分页大小 */
  limit: number
  /** 分页页码 */
  offset: number
  /** 批次详情 */
  data?: {
    /** 批次名称 */
    stock_name: string
    /** 开始时间 */
    available_begin_time: string
    /** 结束时间 */
    available_end_time: string
    /** 发放规则 */
    stock_use_rule: {
      /** 发放总上限 */
      max_coupons: number
      /** 总预算 */
      max_amount: number
      /** 单天发放上限金额 */
      max_amount_by_day?: number
      /** 单个用户可领个数 */
      max_coupons_per_user: number
      /** 是否开启自然人限制 */
      natural_person_limit: boolean
      /** api发券防刷 */
      prevent_api_abuse: boolean
    }
    /** 是否无资金流 */
    no_cash: boolean
    /** 批次类型 */
    stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHAHGE' | 'RANDOM' | 'DISCOUNT_CUT' | (string & {})
    /** 批次号 */
    stock_id?: string
    /** 创建批次的商户号 */
    stock_creator_mchid?: string
    /** 批次状态 */
    status?: 'unactivated' | 'audit' | 'running' | 'stoped' | 'paused' | (string & {})
    /** 使用说明 */
    description: string
    /** 创建时间 */
    create_time?: string
    /** 激活批次的时间 */
    start_time?: string
    /** 终止批次的时间 */
    stop_time?: string
    /** 是否单品优惠 */
    singleitem?: boolean
    /** 减至批次特定信息 */
    cut_to_message?: {
      /** 可用优惠的商品最高单价 */
      single_price_max?: number
      /** 减至后的优惠单价 */
      cut_to_price?: number
    }
    /** 已发券数量 */
    distributed_coupons?: number
    /** 业务类型 */
    business_type?: 'MULTIUSE' | (string & {})
    /** 消费金可用地域 */
    available_region_list?: {
      /** 类型 */
      type?: string
      /** 省 */
      province?: string
      /** 市 */
      city?: string
      /** 区 */
      district?: string
      /** 国家 */
      country?: string
    }[]
    /** 消费金可用行业 */
    available_industry_list?: string[]
  }[]
}

/** 查询批次详情: the options of `GET /v3/marketing/favor/stocks/{stock_id}`. */
export interface MarketingFavorStocksByStockIdGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query: {
    /** 创建批次的商户号 */
    stock_creator_mchid: string
  }
}

/** 查询批次详情: what `GET /v3/marketing/favor/stocks/{stock_id}` answers. */
export type MarketingFavorStocksByStockIdGetResponse = {
  /** 批次名称 */
  stock_name: string
  /** 开始时间 */
  available_begin_time: string
  /** 结束时间 */
  available_end_time: string
  /** 发放规则 */
  stock_use_rule: {
    /** 发放总上限 */
    max_coupons: number
    /** 总预算 */
    max_amount: number
    /** 单天发放上限金额 */
    max_amount_by_day?: number
    /** 单个用户可领个数 */
    max_coupons_per_user: number
    /** 是否开启自然人限制 */
    natural_person_limit: boolean
    /** api发券防刷 */
    prevent_api_abuse: boolean
  }
  /** 是否无资金流 */
  no_cash: boolean
  /** 批次类型 */
  stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHAHGE' | 'RANDOM' | 'DISCOUNT_CUT' | (string & {})
  /** 批次号 */
  stock_id?: string
  /** 创建批次的商户号 */
  stock_creator_mchid?: string
  /** 批次状态 */
  status?: 'unactivated' | 'audit' | 'running' | 'stoped' | 'paused' | (string & {})
  /** 使用说明 */
  description: string
  /** 创建时间 */
  create_time?: string
  /** 激活批次的时间 */
  start_time?: string
  /** 终止批次的时间 */
  stop_time?: string
  /** 是否单品优惠 */
  singleitem?: boolean
  /** 减至批次特定信息 */
  cut_to_message?: {
    /** 可用优惠的商品最高单价 */
    single_price_max?: number
    /** 减至后的优惠单价 */
    cut_to_price?: number
  }
  /** 已发券数量 */
  distributed_coupons?: number
  /** 业务类型 */
  business_type?: 'MULTIUSE' | (string & {})
  /** 消费金可用地域 */
  available_region_list?: {
    /** 类型 */
    type?: string
    /** 省 */
    province?: string
    /** 市 */
    city?: string
    /** 区 */
    district?: string
    /** 国家 */
    country?: string
  }[]
  /** 消费金可用行业 */
  available_industry_list?: string[]
}

/** 查询代金券可用单品: the options of `GET /v3/marketing/favor/stocks/{stock_id}/items`. */
export interface MarketingFavorStocksByStockIdItemsGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query: {
    /** 创建批次的商户号 */
    stock_creator_mchid: string
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: string
  }
}

/** 查询代金券可用单品: what `GET /v3/marketing/favor/stocks/{stock_id}/items` answers. */
export type MarketingFavorStocksByStockIdItemsGetResponse = {
  /** 可用单品编码总数 */
  total_count: number
  /** 可用单品编码 */
  data?: string[]
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 批次号 */
  stock_id: string
}

/** 查询代金券可用商户: the options of `GET /v3/marketing/favor/stocks/{stock_id}/merchants`. */
export interface MarketingFavorStocksByStockIdMerchantsGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query: {
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: string
    /** 创建批次的商户号 */
    stock_creator_mchid: string
  }
}

/** 查询代金券可用商户: what `GET /v3/marketing/favor/stocks/{stock_id}/merchants` answers. */
export type MarketingFavorStocksByStockIdMerchantsGetResponse = {
  /** 可用商户总数量 */
  total_count: number
  /** 可用商户列表 */
  data?: string[]
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 批次号 */
  stock_id: string
}

export interface MarketingFavorStocksByStockIdModifyGoodsIdPostJson {
  /** 创建批次的商户号 */
  stock_creator_mchid: string
  /** 增加单品编码列表 */
  add_goods_id_list?: readonly string[]
  /** 删除单品编码列表 */
  delete_goods_id_list?: readonly string[]
}

/** 修改可用单品编码: the options of `POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id`. */
export interface MarketingFavorStocksByStockIdModifyGoodsIdPostOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingFavorStocksByStockIdModifyGoodsIdPostJson
}

/** 修改可用单品编码: what `POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id` answers. */
export type MarketingFavorStocksByStockIdModifyGoodsIdPostResponse = {
  /** 生效时间 */
  pause_time: string
  /** 批次号 */
  stock_id: string
}

export interface MarketingFavorStocksByStockIdPausePostJson {
  /** 创建批次的商户号 */
  stock_creator_mchid: string
}

/** 暂停代金券批次: the options of `POST /v3/marketing/favor/stocks/{stock_id}/pause`. */
export interface MarketingFavorStocksByStockIdPausePostOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingFavorStocksByStockIdPausePostJson
}

/** 暂停代金券批次: what `POST /v3/marketing/favor/stocks/{stock_id}/pause` answers. */
export type MarketingFavorStocksByStockIdPausePostResponse = {
  /** 暂停时间 */
  pause_time: string
  /** 批次号 */
  stock_id: string
}

/** 下载批次退款明细: the options of `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow`. */
export interface MarketingFavorStocksByStockIdRefundFlowGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 下载批次退款明细: what `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow` answers. */
export type MarketingFavorStocksByStockIdRefundFlowGetResponse = {
  /** 下载链接 */
  url: string
  /** 安全校验码 */
  hash_value: string
  /** 哈希算法类型 */
  hash_type: string
}

/** 获取批次退款明细下载链接: the options of `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day`. */
export interface MarketingFavorStocksByStockIdRefundFlowByDayGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query: {
    /** 账单日期 */
    bill_date: string
  }
}

/** 获取批次退款明细下载链接: what `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day` answers. */
export type MarketingFavorStocksByStockIdRefundFlowByDayGetResponse = {
  /** 下载链接 */
  url: string
  /** 账单文件摘要 */
  stock_refundflow_hash: string
  /** 账单记录总条数 */
  stock_refundflow_count: string
}

export interface MarketingFavorStocksByStockIdRestartPostJson {
  /** 创建批次的商户号 */
  stock_creator_mchid: string
}

/** 重启代金券批次: the options of `POST /v3/marketing/favor/stocks/{stock_id}/restart`. */
export interface MarketingFavorStocksByStockIdRestartPostOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingFavorStocksByStockIdRestartPostJson
}

/** 重启代金券批次: what `POST /v3/marketing/favor/stocks/{stock_id}/restart` answers. */
export type MarketingFavorStocksByStockIdRestartPostResponse = {
  /** 生效时间 */
  restart_time: string
  /** 批次号 */
  stock_id: string
}

export interface MarketingFavorStocksByStockIdStartPostJson {
  /** 创建批次的商户号 */
  stock_creator_mchid: string
}

/** 激活代金券批次: the options of `POST /v3/marketing/favor/stocks/{stock_id}/start`. */
export interface MarketingFavorStocksByStockIdStartPostOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingFavorStocksByStockIdStartPostJson
}

/** 激活代金券批次: what `POST /v3/marketing/favor/stocks/{stock_id}/start` answers. */
export type MarketingFavorStocksByStockIdStartPostResponse = {
  /** 生效时间 */
  start_time: string
  /** 批次号 */
  stock_id: string
}

/** 下载批次核销明细: the options of `GET /v3/marketing/favor/stocks/{stock_id}/use-flow`. */
export interface MarketingFavorStocksByStockIdUseFlowGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 下载批次核销明细: what `GET /v3/marketing/favor/stocks/{stock_id}/use-flow` answers. */
export type MarketingFavorStocksByStockIdUseFlowGetResponse = {
  /** 下载链接 */
  url: string
  /** 安全校验码 */
  hash_value: string
  /** 哈希算法类型 */
  hash_type: string
}

/** 获取批次核销明细下载链接: the options of `GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day`. */
export interface MarketingFavorStocksByStockIdUseFlowByDayGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query: {
    /** 账单日期 */
    bill_date: string
  }
}

/** 获取批次核销明细下载链接: what `GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day` answers. */
export type MarketingFavorStocksByStockIdUseFlowByDayGetResponse = {
  /** 下载链接 */
  url: string
  /** 账单文件摘要 */
  stock_useflow_hash: string
  /** 账单记录总条数 */
  stock_useflow_count: string
}

/** 根据商户号查用户的券: the options of `GET /v3/marketing/favor/users/{openid}/coupons`. */
export interface MarketingFavorUsersByOpenidCouponsGetOptions extends RouteCallOptions {
  params: {
    /** 用户openid */
    openid: string
  }
  query: {
    /** 公众账号ID */
    appid: string
    /** 批次号 */
    stock_id?: string
    /** 券或消费金状态 */
    status?: 'SENDED' | 'USED'
    /** 创建批次的商户号 */
    creator_mchid?: string
    /** 批次发放商户号 */
    sender_mchid?: string
    /** 可用商户号 */
    available_mchid?: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
    /** 业务类型 */
    business_type?: 'MULTIUSE'
  }
}

/** 根据商户号查用户的券: what `GET /v3/marketing/favor/users/{openid}/coupons` answers. */
export type MarketingFavorUsersByOpenidCouponsGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 结果集 */
  data: {
    /** 创建批次的商户号 */
    stock_creator_mchid?: string
    /** 批次号 */
    stock_id?: string
    /** 代金券id */
    coupon_id?: string
    /** 代金券名称 */
    coupon_name?: string
    /** 代金券状态 */
    status?: 'SENDED' | 'USED' | 'EXPIRED' | 'RECOVER' | (string & {})
    /** 使用说明 */
    description?: string
    /** 领券时间 */
    create_time?: string
    /** 券类型 */
    coupon_type?: 'NORMAL' | 'CUT_TO' | (string & {})
    /** 激活批次的时间 */
    start_time?: string
    /** 终止批次的时间 */
    stop_time?: string
    /** 是否单品优惠 */
    singleitem?: boolean
    /** 减至批次特定信息 */
    cut_to_message?: {
      /** 可用优惠的商品最高单价 */
      single_price_max?: number
      /** 减至后的优惠单价 */
      cut_to_price?: number
    }
    /** 可用开始时间 */
    available_begin_time?: string
    /** 可用结束时间 */
    available_end_time?: string
    /** 固定面额满减券使用规则 */
    normal_coupon_information?: {
      /** 面额 */
      coupon_amount: number
      /** 门槛 */
      transaction_minimum: number
    }
    /** 已实扣代金券核销信息 */
    consume_information?: {
      /** 核销时间 */
      consume_time?: string
      /** 核销商户号 */
      consume_mchid?: string
      /** 核销商户号 */
      transaction_id?: string
      /** 单品信息 */
      goods_detail?: {
        /** 商品编码 */
        goods_id?: string
        /** 商品数量 */
        quantity?: number
        /** 商品价格 */
        price?: number
        /** 商品优惠金额 */
        discount_amount?: number
      }[]
    }
    /** 剩余金额 */
    available_balance?: number
    /** 业务类型 */
    business_type?: 'MULTIUSE' | (string & {})
  }[]
}

export interface MarketingFavorUsersByOpenidCouponsPostJson {
  /** 批次号 */
  stock_id: string
  /** 商户单据号 */
  out_request_no: string
  /** 公众账号ID */
  appid: string
  /** 创建批次的商户号 */
  stock_creator_mchid: string
  /** 指定面额发券，面额 */
  coupon_value?: number
  /** 指定面额发券，券门槛 */
  coupon_minimum?: number
}

/** 发放代金券: the options of `POST /v3/marketing/favor/users/{openid}/coupons`. */
export interface MarketingFavorUsersByOpenidCouponsPostOptions extends RouteCallOptions {
  params: {
    /** 用户openid */
    openid: string
  }
  json: MarketingFavorUsersByOpenidCouponsPostJson
}

/** 发放代金券: what `POST /v3/marketing/favor/users/{openid}/coupons` answers. */
export type MarketingFavorUsersByOpenidCouponsPostResponse = {
  /** 代金券id */
  coupon_id: string
}

/** 查询代金券详情: the options of `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}`. */
export interface MarketingFavorUsersByOpenidCouponsByCouponIdGetOptions extends RouteCallOptions {
  params: {
    /** 用户openid */
    openid: string
    /** 代金券id */
    coupon_id: string
  }
  query: {
    /** 公众账号ID */
    appid: string
  }
}

/** 查询代金券详情: what `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}` answers. */
export type MarketingFavorUsersByOpenidCouponsByCouponIdGetResponse = {
  /** 创建批次的商户号 */
  stock_creator_mchid?: string
  /** 批次号 */
  stock_id?: string
  /** 代金券id */
  coupon_id?: string
  /** 代金券名称 */
  coupon_name?: string
  /** 代金券状态 */
  status?: 'SENDED' | 'USED' | 'EXPIRED' | 'RECOVER' | (string & {})
  /** 使用说明 */
  description?: string
  /** 领券时间 */
  create_time?: string
  /** 券类型 */
  coupon_type?: 'NORMAL' | 'CUT_TO' | (string & {})
  /** 激活批次的时间 */
  start_time?: string
  /** 终止批次的时间 */
  stop_time?: string
  /** 是否单品优惠 */
  singleitem?: boolean
  /** 减至批次特定信息 */
  cut_to_message?: {
    /** 可用优惠的商品最高单价 */
    single_price_max?: number
    /** 减至后的优惠单价 */
    cut_to_price?: number
  }
  /** 可用开始时间 */
  available_begin_time?: string
  /** 可用结束时间 */
  available_end_time?: string
  /** 固定面额满减券使用规则 */
  normal_coupon_information?: {
    /** 面额 */
    coupon_amount: number
    /** 门槛 */
    transaction_minimum: number
  }
  /** 已实扣代金券核销信息 */
  consume_information?: {
    /** 核销时间 */
    consume_time?: string
    /** 核销商户号 */
    consume_mchid?: string
    /** 核销商户号 */
    transaction_id?: string
    /** 单品信息 */
    goods_detail?: {
      /** 商品编码 */
      goods_id?: string
      /** 商品数量 */
      quantity?: number
      /** 商品价格 */
      price?: number
      /** 商品优惠金额 */
      discount_amount?: number
    }[]
  }
  /** 剩余金额 */
  available_balance?: number
  /** 业务类型 */
  business_type?: 'MULTIUSE' | (string & {})
}
