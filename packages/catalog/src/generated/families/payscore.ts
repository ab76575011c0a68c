// payscore: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 商户申请获取对账单: the options of `GET /v3/payscore/merchant-bill`. */
export interface PayscoreMerchantBillGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期 */
    bill_date: string
    /** 压缩类型 */
    tar_type?: 'GZIP'
    /** 加密算法 */
    encryption_algorithm: string
    /** 服务ID */
    service_id: string
  }
}

/** 商户申请获取对账单: what `GET /v3/payscore/merchant-bill` answers. */
export type PayscoreMerchantBillGetResponse = {
  /** 下载信息总数 */
  download_bill_count: number
  /** 下载信息明细 */
  download_bill_list: {
    /** 账单文件序号 */
    bill_sequence: number
    /** 哈希类型 */
    hash_type: string
    /** 哈希值 */
    hash_value: string
    /** 下载地址 */
    download_url: string
    /** 加密密钥 */
    encrypt_key: string
    /** 随机字符串 */
    nonce: string
  }[]
}

export interface PayscoreServicepayondeliveryorderPostJson {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费项目名称 */
    name: string
    /** 金额 */
    amount?: number
    /** 计费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 订单风险金 */
  risk_fund: {
    /** 风险金名称 */
    name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST'
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url: string
  /** 用户标识 */
  openid?: string
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
  /** 商户号 */
  mchid?: string
  /** 先用后付购物详情 */
  shopping_info: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link: {
      /** 跳转链接类型 */
      jump_link_type?: 'JUMP_LINK_MINI_PROGRAM'
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods: readonly {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: readonly string[]
    }[]
  }
}

/** 创建先用后付订单: the options of `POST /v3/payscore/servicepayondeliveryorder`. */
export interface PayscoreServicepayondeliveryorderPostOptions extends RouteCallOptions {
  json: PayscoreServicepayondeliveryorderPostJson
}

/** 创建先用后付订单: what `POST /v3/payscore/servicepayondeliveryorder` answers. */
export type PayscoreServicepayondeliveryorderPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务风险金 */
  risk_fund?: {
    /** 风险名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range?: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 跳转微信侧小程序订单数据 */
  package: string
  /** 先用后付购物详情 */
  shopping_info?: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link: {
      /** 跳转链接类型 */
      jump_link_type: string
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods: {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: string[]
    }[]
  }
}

/** 查询用户授权状态: the options of `GET /v3/payscore/user-service-state`. */
export interface PayscoreUserServiceStateGetOptions extends RouteCallOptions {
  query: {
    /** 公众账号ID */
    appid: string
    /** 服务ID */
    service_id: string
    /** 用户标识 */
    openid: string
  }
}

/** 查询用户授权状态: what `GET /v3/payscore/user-service-state` answers. */
export type PayscoreUserServiceStateGetResponse = {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 用户标识 */
  openid?: string
  /** 用户授权服务情况 */
  use_service_state: 'UNAVAILABLE' | 'AVAILABLE' | (string & {})
}

export interface PayscoreUsersByOpenidPermissionsByServiceIdTerminatePostJson {
  /** 公众账号ID */
  appid: string
  /** 撤销原因 */
  reason: string
}

/** 商户解除用户授权关系: the options of `POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate`. */
export interface PayscoreUsersByOpenidPermissionsByServiceIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
    /** 公众账号ID */
    service_id: string
  }
  json: PayscoreUsersByOpenidPermissionsByServiceIdTerminatePostJson
}

/** 商户解除用户授权关系: what `POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate` answers. */
export type PayscoreUsersByOpenidPermissionsByServiceIdTerminatePostResponse = undefined
