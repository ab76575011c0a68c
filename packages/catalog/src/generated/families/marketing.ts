// marketing: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

export interface MarketingBankFavorUsersByOpenidBankMultiActivityPostJson {
  /** 批次号 */
  stock_id: string
  /** 活动ID */
  activity_id: string
  /** 发券凭证 */
  out_request_no: string
  /** 公众账号ID */
  appid: string
  /** 创建批次的商户号 */
  stock_creator_mchid: string
}

/** 给指定用户报名多笔立减活动: the options of `POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity`. */
export interface MarketingBankFavorUsersByOpenidBankMultiActivityPostOptions extends RouteCallOptions {
  params: {
    /** 用户标识ID */
    openid: string
  }
  json: MarketingBankFavorUsersByOpenidBankMultiActivityPostJson
}

/** 给指定用户报名多笔立减活动: what `POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity` answers. */
export type MarketingBankFavorUsersByOpenidBankMultiActivityPostResponse = {
  /** 代金券id */
  coupon_id: string
}

/** 查询绑定多笔立减活动的代金券详情: the options of `GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}`. */
export interface MarketingBankFavorUsersByOpenidCouponsByCouponIdGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识ID */
    openid: string
    /** 代金券ID */
    coupon_id: string
  }
  query: {
    /** 公众账号ID */
    appid: string
  }
}

/** 查询绑定多笔立减活动的代金券详情: what `GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}` answers. */
export type MarketingBankFavorUsersByOpenidCouponsByCouponIdGetResponse = {
  /** 创建批次的商户号 */
  stock_creator_mchid: string
  /** 批次号 */
  stock_id: string
  /** 代金券id */
  coupon_id: string
  /** 代金券名称 */
  coupon_name: string
  /** 券状态 */
  coupon_state: 'COUPON_STATE_UNKNOW' | 'COUPON_STATE_SEND' | 'COUPON_STATE_USED' | 'COUPON_STATE_EXPIRED' | (string & {})
  /** 领券时间 */
  receive_time: string
  /** 可用开始时间 */
  available_begin_time: string
  /** 可用结束时间 */
  available_end_time: string
  /** 活动ID */
  activity_id: string
  /** 最大使用次数 */
  max_use_number: number
  /** 可用次数 */
  available_number: number
  /** 已使用次数 */
  used_number: number
  /** 已用金额列表 */
  use_amount_list?: {
    /** 已用金额 */
    used_amounts?: string[]
  }
  /** 用户标识ID */
  openid?: string
}

/** 查询上传任务列表: the options of `GET /v3/marketing/bank/packages/{package_id}/tasks`. */
export interface MarketingBankPackagesByPackageIdTasksGetOptions extends RouteCallOptions {
  params: {
    /** 号码包id */
    package_id: string
  }
  query: {
    /** 任务状态 */
    status: 'PROCESSING' | 'FINISHED'
    /** 文件名 */
    filename?: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询上传任务列表: what `GET /v3/marketing/bank/packages/{package_id}/tasks` answers. */
export type MarketingBankPackagesByPackageIdTasksGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 上传任务列表 */
  data?: {
    /** 上传任务 */
    task_id: string
    /** 号码包id */
    package_id: string
    /** 文件名 */
    filename: string
    /** 银行类型 */
    bank_type: string
    /** 创建上传任务的时间 */
    create_time: string
    /** 上传任务最近一次更新的时间 */
    update_time?: string
    /** 任务状态 */
    status?: 'PROCESSING' | 'FINISHED' | (string & {})
    /** 成功数 */
    success_count?: number
    /** 失败数 */
    fail_count?: number
    /** 匹配成功的微信用户数 */
    success_user_count?: number
  }[]
}

/** 导入定向用户协议号: the options of `POST /v3/marketing/bank/packages/{package_id}/tasks`. */
export interface MarketingBankPackagesByPackageIdTasksPostOptions extends RouteCallOptions {
  params: {
    /** 号码包id */
    package_id: string
  }
  multipart: {
    /** 快捷交易协议号文件 */
    file: UploadFile
    /** 媒体文件元信息，使用json表示 */
    meta: {
      /** 银行类型 */
      bank_type: string
      /** 文件名 */
      filename: string
      /** 文件的sha256摘要 */
      sha256: string
    }
  }
}

/** 导入定向用户协议号: what `POST /v3/marketing/bank/packages/{package_id}/tasks` answers. */
export type MarketingBankPackagesByPackageIdTasksPostResponse = {
  /** 上传任务 */
  task_id: string
  /** 号码包id */
  package_id: string
  /** 文件名 */
  filename: string
  /** 银行类型 */
  bank_type: string
  /** 创建上传任务的时间 */
  create_time: string
  /** 上传任务最近一次更新的时间 */
  update_time?: string
  /** 任务状态 */
  status?: 'PROCESSING' | 'FINISHED' | (string & {})
  /** 失败数 */
  fail_count?: number
  /** 成功数 */
  success_count?: number
  /** 匹配成功的微信用户数 */
  success_user_count?: number
}

/** 查询批次下用户银行提现免费券列表: the options of `GET /v3/marketing/withdraw-favor/users/{openid}/coupons`. */
export interface MarketingWithdrawFavorUsersByOpenidCouponsGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 银行提现免费券批次创建方商户号 */
    mchid: string
    /** 银行提现免费券批次ID */
    stock_id: string
    /** 应用ID */
    appid: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询批次下用户银行提现免费券列表: what `GET /v3/marketing/withdraw-favor/users/{openid}/coupons` answers. */
export type MarketingWithdrawFavorUsersByOpenidCouponsGetResponse = {
  /** 银行提现免费券列表 */
  data: {
    /** 发放时间 */
    send_time?: string
    /** 发放额度 */
    send_quota?: number
    /** 银行提现免费券的券ID */
    coupon_id?: string
    /** 使用额度 */
    use_quota?: number
    /** 银行提现免费券券状态 */
    coupon_state?: string
  }[]
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 查询结果总数 */
  total_count: number
}

export interface MarketingWithdrawFavorUsersByOpenidCouponsPostJson {
  /** 银行提现免费券批次创建方商户号 */
  mchid: string
  /** 银行提现免费券批次ID */
  stock_id: string
  /** 应用ID */
  appid: string
  /** 商户单据号 */
  send_request_no: string
}

/** 为用户发银行提现免费券: the options of `POST /v3/marketing/withdraw-favor/users/{openid}/coupons`. */
export interface MarketingWithdrawFavorUsersByOpenidCouponsPostOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  json: MarketingWithdrawFavorUsersByOpenidCouponsPostJson
}

/** 为用户发银行提现免费券: what `POST /v3/marketing/withdraw-favor/users/{openid}/coupons` answers. */
export type MarketingWithdrawFavorUsersByOpenidCouponsPostResponse = {
  /** 银行提现免费券ID */
  coupon_id?: string
  /** 银行提现免费券过期时间 */
  expire_time?: string
}
