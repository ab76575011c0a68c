// marketing/shopping-receipt: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions, UploadFile } from '@core/client'

export interface MarketingShoppingReceiptCustomentrancesPostJson {
  /** 自定义入口种类 */
  custom_entrance_type: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM'
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle: string
  /** 展示商品信息 */
  goods_thumbnail_url?: string
  /** 自定义入口的开始时间 */
  start_time: string
  /** 自定义入口的结束时间 */
  end_time: string
  /** 设置自定义入口的状态 */
  custom_entrance_state: 'ONLINE' | 'OFFLINE'
  /** 自定义入口的归属品牌ID */
  brand_id: string
  /** 商户创建自定义入口的凭据号 */
  out_request_no: string
  /** 自定义入口跳转信息 */
  jump_link: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string
  }
}

/** 创建自定义入口: the options of `POST /v3/marketing/shopping-receipt/customentrances`. */
export interface MarketingShoppingReceiptCustomentrancesPostOptions extends RouteCallOptions {
  json: MarketingShoppingReceiptCustomentrancesPostJson
}

/** 创建自定义入口: what `POST /v3/marketing/shopping-receipt/customentrances` answers. */
export type MarketingShoppingReceiptCustomentrancesPostResponse = {
  /** 自定义入口种类 */
  custom_entrance_type: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM' | (string & {})
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle: string
  /** 展示商品信息 */
  goods_thumbnail_url?: string
  /** 设置自定义入口的状态 */
  custom_entrance_state: 'ONLINE' | 'OFFLINE' | (string & {})
  /** 自定义入口的开始时间 */
  start_time: string
  /** 自定义入口的结束时间 */
  end_time: string
  /** 自定义入口的归属品牌ID */
  brand_id: string
  /** 自定义入口创建的时间 */
  create_time: string
  /** 自定义入口修改的时间 */
  modify_time: string
  /** 商户创建自定义入口的凭据号 */
  out_request_no: string
  /** 自定义入口跳转信息 */
  jump_link: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string
  }
}

/** 查询自定义入口: the options of `GET /v3/marketing/shopping-receipt/customentrances/{brand_id}`. */
export interface MarketingShoppingReceiptCustomentrancesByBrandIdGetOptions extends RouteCallOptions {
  params: {
    /** 自定义入口的归属品牌ID */
    brand_id: string
  }
}

/** 查询自定义入口: what `GET /v3/marketing/shopping-receipt/customentrances/{brand_id}` answers. */
export type MarketingShoppingReceiptCustomentrancesByBrandIdGetResponse = {
  /** 自定义入口种类 */
  custom_entrance_type: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM' | (string & {})
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle: string
  /** 展示商品信息 */
  goods_thumbnail_url?: string
  /** 设置自定义入口的状态 */
  custom_entrance_state: 'ONLINE' | 'OFFLINE' | (string & {})
  /** 自定义入口的开始时间 */
  start_time: string
  /** 自定义入口的结束时间 */
  end_time: string
  /** 自定义入口的归属品牌ID */
  brand_id: string
  /** 自定义入口创建的时间 */
  create_time: string
  /** 自定义入口修改的时间 */
  modify_time: string
  /** 商户创建自定义入口的凭据号 */
  out_request_no: string
  /** 自定义入口跳转信息 */
  jump_link: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string
  }
}

export interface MarketingShoppingReceiptCustomentrancesByBrandIdPatchJson {
  /** 自定义入口种类 */
  custom_entrance_type?: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM'
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle?: string
  /** 展示商品信息 */
  goods_thumbnail_url?: string
  /** 设置自定义入口的状态 */
  custom_entrance_state?: 'ONLINE' | 'OFFLINE'
  /** 自定义入口的开始时间 */
  start_time?: string
  /** 自定义入口的结束时间 */
  end_time?: string
  /** 商户创建自定义入口的凭据号 */
  out_request_no: string
  /** 自定义入口跳转信息 */
  jump_link?: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string
  }
}

/** 更新自定义入口: the options of `PATCH /v3/marketing/shopping-receipt/customentrances/{brand_id}`. */
export interface MarketingShoppingReceiptCustomentrancesByBrandIdPatchOptions extends RouteCallOptions {
  params: {
    /** 自定义入口的归属品牌ID */
    brand_id: string
  }
  json: MarketingShoppingReceiptCustomentrancesByBrandIdPatchJson
}

/** 更新自定义入口: what `PATCH /v3/marketing/shopping-receipt/customentrances/{brand_id}` answers. */
export type MarketingShoppingReceiptCustomentrancesByBrandIdPatchResponse = {
  /** 自定义入口种类 */
  custom_entrance_type: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM' | (string & {})
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle: string
  /** 展示商品信息 */
  goods_thumbnail_url?: string
  /** 设置自定义入口的状态 */
  custom_entrance_state: 'ONLINE' | 'OFFLINE' | (string & {})
  /** 自定义入口的开始时间 */
  start_time: string
  /** 自定义入口的结束时间 */
  end_time: string
  /** 自定义入口的归属品牌ID */
  brand_id: string
  /** 自定义入口创建的时间 */
  create_time: string
  /** 自定义入口修改的时间 */
  modify_time: string
  /** 商户创建自定义入口的凭据号 */
  out_request_no: string
  /** 自定义入口跳转信息 */
  jump_link: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string
  }
}

export interface MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosPostJson {
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户号 */
  transaction_mchid?: string
  /** 子商户号 */
  transaction_sub_mchid?: string
  /** 下单用户OpenID */
  openid: string
  /** 商户上传时间 */
  merchant_upload_time: string
  /** 跳转信息 */
  jump_info: {
    /** 商户电子小票跳转信息小程序AppID */
    merchant_appid: string
    /** 商户电子小票跳转信息小程序路径 */
    merchant_path: string
  }
}

/** 上传商家电子小票跳转信息: the options of `POST /v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos`. */
export interface MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosPostOptions extends RouteCallOptions {
  json: MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosPostJson
}

/** 上传商家电子小票跳转信息: what `POST /v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos` answers. */
export type MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosPostResponse = {
  /** 商家电子小票跳转信息 */
  merchant_jump_info?: {
    /** 微信支付订单号 */
    transaction_id: string
    /** 商户号 */
    transaction_mchid?: string
    /** 子商户号 */
    transaction_sub_mchid?: string
    /** 下单用户OpenID */
    openid: string
    /** 商户上传时间 */
    merchant_upload_time: string
    /** 跳转信息 */
    jump_info: {
      /** 商户电子小票跳转信息小程序AppID */
      merchant_appid: string
      /** 商户电子小票跳转信息小程序路径 */
      merchant_path: string
    }
    /** 创建时间 */
    create_time: string
    /** 修改时间 */
    modify_time: string
    /** 归属品牌ID */
    brand_id?: number
  }
}

/** 上传电子小票: the options of `POST /v3/marketing/shopping-receipt/shoppingreceipts`. */
export interface MarketingShoppingReceiptShoppingreceiptsPostOptions extends RouteCallOptions {
  multipart: {
    /** 图片文件 */
    file: UploadFile
    /** 媒体文件元信息，使用json表示 */
    meta: {
      /** 微信支付订单的交易单号 */
      transaction_id: string
      /** 微信支付订单的下单商户号 */
      transaction_mchid?: string
      /** 微信支付订单的下单子商户号 */
      transaction_sub_mchid?: string
      /** 微信支付订单的商户订单号 */
      out_trade_no?: string
      /** 微信支付订单中OpenID */
      openid: string
      /** 图片文件的sha256摘要 */
      sha256: string
      /** 用户与商家的联系渠道 */
      merchant_contact_information?: {
        /** 品牌售后部门的咨询电话 (encrypt with `client.encrypt()`) */
        consultation_phone_number?: Encrypted
      }
      /** 上传时间，用于标识请求的先后顺序 */
      upload_time?: string
    }
  }
}

/** 上传电子小票: what `POST /v3/marketing/shopping-receipt/shoppingreceipts` answers. */
export type MarketingShoppingReceiptShoppingreceiptsPostResponse = {
  /** 电子小票上传信息 */
  receipt: {
    /** 电子小票ID */
    receipt_id: string
    /** 电子小票图片审核状态 */
    state: string
    /** 微信支付订单的交易单号 */
    transaction_id: string
    /** 微信支付订单的商户号 */
    transaction_mchid?: string
    /** 微信支付订单的子商户号 */
    transaction_sub_mchid?: string
    /** 微信支付订单中OpenID */
    openid: string
    /** 图片文件的文件摘要 */
    sha256: string
    /** 标识电子小票图片类型 */
    image_type: string
    /** 电子小票创建的时间 */
    create_time: string
    /** 电子小票最后一次修改时间 */
    modify_time: string
    /** 用户与商家的联系渠道 */
    merchant_contact_information?: {
      /** 品牌售后部门的咨询电话 (encrypted to your merchant API key) */
      consultation_phone_number?: string
    }
    /** 上传时间 */
    upload_time?: string
  }
}
