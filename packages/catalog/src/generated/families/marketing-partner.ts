// marketing/partner: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

export interface MarketingPartnerDeliveryPlanDeliveryPlansPostJson {
  /** 创建请求单号 */
  out_request_no: string
  /** 创建投放计划的品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 投放计划名称 */
  plan_name?: string
  /** 总库存 */
  total_count?: number
  /** 单用户限领 */
  user_limit?: number
  /** 单日限领 */
  daily_limit?: number
  /** 开始可用时间 */
  delivery_start_time?: string
  /** 结束可用时间 */
  delivery_end_time?: string
  /** 营销标签 */
  recommend_word?: string
  /** 是否复用商品券和批次信息 */
  reuse_coupon_config?: boolean
  /** 使用模式 */
  usage_mode?: 'SINGLE' | 'PROGRESSIVE_BUNDLE'
  /** 投放批次组ID */
  stock_bundle_id?: string
}

/** 创建投放计划: the options of `POST /v3/marketing/partner/delivery-plan/delivery-plans`. */
export interface MarketingPartnerDeliveryPlanDeliveryPlansPostOptions extends RouteCallOptions {
  json: MarketingPartnerDeliveryPlanDeliveryPlansPostJson
}

/** 创建投放计划: what `POST /v3/marketing/partner/delivery-plan/delivery-plans` answers. */
export type MarketingPartnerDeliveryPlanDeliveryPlansPostResponse = {
  /** 投放计划详情 */
  plan: {
    /** 投放计划ID */
    plan_id: string
    /** 投放计划名称 */
    plan_name: string
    /** 投放计划状态 */
    plan_state: 'PLAN_CREATING' | 'PLAN_CREATED' | 'PLAN_TERMINATING' | 'PLAN_TERMINATED' | 'PLAN_EXPIRED' | 'PLAN_DELIVERING' | 'PLAN_PAUSED' | (string & {})
    /** 开始可用时间 */
    delivery_start_time?: string
    /** 结束可用时间 */
    delivery_end_time?: string
    /** 批次ID */
    stock_id: string
    /** 商品券ID */
    product_coupon_id: string
    /** 营销标签 */
    recommend_word?: string
    /** 品牌ID */
    brand_id: string
    /** 总库存 */
    total_count?: number
    /** 单用户限领 */
    user_limit?: number
    /** 单日限领 */
    daily_limit?: number
  }
}

/** 分页查询投放计划列表: the options of `GET /v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans`. */
export interface MarketingPartnerDeliveryPlanDeliveryPlansByBrandIdDeliveryPlansGetOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
  query?: {
    /** 分页大小 */
    page_size?: number
    /** 分页起始位置 */
    offset?: number
    /** 投放计划线上状态 */
    plan_state?: 'PLAN_CREATING' | 'PLAN_CREATED' | 'PLAN_TERMINATING' | 'PLAN_TERMINATED' | 'PLAN_EXPIRED' | 'PLAN_DELIVERING' | 'PLAN_PAUSED'
    /** 投放计划审核状态 */
    audit_state?: 'AUDIT_INITIAL' | 'AUDIT_PROCESSING' | 'AUDIT_PASSED' | 'AUDIT_REJECTED' | (string & {})
    /** 投放计划ID */
    plan_id?: string
  }
}

/** 分页查询投放计划列表: what `GET /v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans` answers. */
export type MarketingPartnerDeliveryPlanDeliveryPlansByBrandIdDeliveryPlansGetResponse = {
  /** 资源总条数 */
  total_count?: number
  /** 投放计划列表 */
  plan_list?: {
    /** 投放计划ID */
    plan_id: string
    /** 投放计划名称 */
    plan_name: string
    /** 投放计划状态 */
    plan_state: 'PLAN_CREATING' | 'PLAN_CREATED' | 'PLAN_TERMINATING' | 'PLAN_TERMINATED' | 'PLAN_EXPIRED' | 'PLAN_DELIVERING' | 'PLAN_PAUSED' | (string & {})
    /** 开始可用时间 */
    delivery_start_time?: string
    /** 结束可用时间 */
    delivery_end_time?: string
    /** 批次ID */
    stock_id: string
    /** 商品券ID */
    product_coupon_id: string
    /** 营销标签 */
    recommend_word?: string
    /** 品牌ID */
    brand_id: string
    /** 总库存 */
    total_count?: number
    /** 单用户限领 */
    user_limit?: number
    /** 单日限领 */
    daily_limit?: number
  }[]
}

export interface MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdPatchJson {
  /** 修改内容 */
  modify_content: {
    /** 投放计划名称 */
    plan_name?: string
    /** 结束可用时间 */
    delivery_end_time?: string
    /** 总库存 */
    total_count?: number
    /** 单用户限领 */
    user_limit?: number
    /** 单日限领 */
    daily_limit?: number
    /** 营销标签 */
    recommend_word?: string
  }
  /** 修改请求单号 */
  out_request_no?: string
}

/** 更新投放计划: the options of `PATCH /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}`. */
export interface MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdPatchOptions extends RouteCallOptions {
  params: {
    /** 投放计划ID */
    plan_id: string
  }
  json: MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdPatchJson
}

/** 更新投放计划: what `PATCH /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}` answers. */
export type MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdPatchResponse = {
  /** 投放计划详情 */
  plan: {
    /** 投放计划ID */
    plan_id: string
    /** 投放计划名称 */
    plan_name: string
    /** 投放计划状态 */
    plan_state: 'PLAN_CREATING' | 'PLAN_CREATED' | 'PLAN_TERMINATING' | 'PLAN_TERMINATED' | 'PLAN_EXPIRED' | 'PLAN_DELIVERING' | 'PLAN_PAUSED' | (string & {})
    /** 开始可用时间 */
    delivery_start_time?: string
    /** 结束可用时间 */
    delivery_end_time?: string
    /** 批次ID */
    stock_id: string
    /** 商品券ID */
    product_coupon_id: string
    /** 营销标签 */
    recommend_word?: string
    /** 品牌ID */
    brand_id: string
    /** 总库存 */
    total_count?: number
    /** 单用户限领 */
    user_limit?: number
    /** 单日限领 */
    daily_limit?: number
  }
}

/** 终止投放计划: the options of `POST /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate`. */
export interface MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 投放计划ID */
    plan_id: string
  }
}

/** 终止投放计划: what `POST /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate` answers. */
export type MarketingPartnerDeliveryPlanDeliveryPlansByPlanIdTerminatePostResponse = undefined

export interface MarketingPartnerDeliveryPlanBySpMchidNotifyUrlPostJson {
  /** 通知url地址 */
  notify_url: string
}

/** 设置投放计划回调地址: the options of `POST /v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url`. */
export interface MarketingPartnerDeliveryPlanBySpMchidNotifyUrlPostOptions extends RouteCallOptions {
  params: {
    /** 服务商商户号 */
    sp_mchid: string
  }
  json: MarketingPartnerDeliveryPlanBySpMchidNotifyUrlPostJson
}

/** 设置投放计划回调地址: what `POST /v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url` answers. */
export type MarketingPartnerDeliveryPlanBySpMchidNotifyUrlPostResponse = {
  /** 通知地址 */
  notify_url: string
}

export interface MarketingPartnerProductCouponImageGenerationTasksPostJson {
  /** 品牌ID */
  brand_id: string
  /** 图片生成的任务ID */
  task_id: string
  /** 图片生成类型 */
  image_generation_type: 'COMBINE_IMAGE' | 'CUT_OUT'
  /** 拼图数据 */
  combine_image?: {
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY'
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'PROGRESSIVE_BUNDLE'
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
    /** 背景颜色色值 */
    background_color?: string
  }
  /** 抠图数据 */
  cut_out?: {
    /** 商品图URL */
    image_url: string
  }
}

/** 提交图片生成任务: the options of `POST /v3/marketing/partner/product-coupon/image-generation-tasks`. */
export interface MarketingPartnerProductCouponImageGenerationTasksPostOptions extends RouteCallOptions {
  json: MarketingPartnerProductCouponImageGenerationTasksPostJson
}

/** 提交图片生成任务: what `POST /v3/marketing/partner/product-coupon/image-generation-tasks` answers. */
export type MarketingPartnerProductCouponImageGenerationTasksPostResponse = {
  /** 图片生成的任务ID */
  task_id: string
  /** 品牌ID */
  brand_id: string
}

/** 查询图片生成任务执行结果: the options of `GET /v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}`. */
export interface MarketingPartnerProductCouponImageGenerationTasksByTaskIdGetOptions extends RouteCallOptions {
  params: {
    /** 图片生成的任务ID */
    task_id: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
    /** 图片生成类型 */
    image_generation_type: 'COMBINE_IMAGE' | 'CUT_OUT'
  }
}

/** 查询图片生成任务执行结果: what `GET /v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}` answers. */
export type MarketingPartnerProductCouponImageGenerationTasksByTaskIdGetResponse = {
  /** 品牌ID */
  brand_id: string
  /** 图片生成的任务ID */
  task_id: string
  /** 图片生成类型 */
  image_generation_type: 'COMBINE_IMAGE' | 'CUT_OUT' | (string & {})
  /** 任务状态 */
  task_state: 'PROCESSING' | 'FAIL' | 'SUCCESS' | (string & {})
  /** 拼图结果 */
  combine_image_result?: {
    /** 生成的图片URL */
    image_url: string
  }
  /** 生成商品图结果 */
  cut_out_result?: {
    /** 生成的图片URL */
    image_url: string
  }
}

/** 图片上传: the options of `POST /v3/marketing/partner/product-coupon/media/upload-image`. */
export interface MarketingPartnerProductCouponMediaUploadImagePostOptions extends RouteCallOptions {
  multipart: {
    /** 媒体图⽚只⽀持JPG、BMP、PNG格式 */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 图片文件的sha256摘要 */
      sha256: string
      /** 商户上传的媒体图片的名称 */
      filename: string
    }
  }
}

/** 图片上传: what `POST /v3/marketing/partner/product-coupon/media/upload-image` answers. */
export type MarketingPartnerProductCouponMediaUploadImagePostResponse = {
  /** 媒体文件URL地址 */
  media_url: string
}

/** 获取商品券事件通知地址: the options of `GET /v3/marketing/partner/product-coupon/notify-configs`. */
export interface MarketingPartnerProductCouponNotifyConfigsGetOptions extends RouteCallOptions {}

/** 获取商品券事件通知地址: what `GET /v3/marketing/partner/product-coupon/notify-configs` answers. */
export type MarketingPartnerProductCouponNotifyConfigsGetResponse = {
  /** 通知URL地址 */
  notify_url: string
  /** 修改时间 */
  update_time: string
}

export interface MarketingPartnerProductCouponNotifyConfigsPostJson {
  /** 通知URL地址 */
  notify_url: string
}

/** 设置商品券事件通知地址: the options of `POST /v3/marketing/partner/product-coupon/notify-configs`. */
export interface MarketingPartnerProductCouponNotifyConfigsPostOptions extends RouteCallOptions {
  json: MarketingPartnerProductCouponNotifyConfigsPostJson
}

/** 设置商品券事件通知地址: what `POST /v3/marketing/partner/product-coupon/notify-configs` answers. */
export type MarketingPartnerProductCouponNotifyConfigsPostResponse = {
  /** 通知URL地址 */
  notify_url: string
  /** 修改时间 */
  update_time: string
}

export interface MarketingPartnerProductCouponProductCouponsPostJson {
  /** 品牌ID */
  brand_id: string
  /** 创建请求单号 */
  out_request_no: string
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY'
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL'
  /** 单券模式信息 */
  single_usage_info?: {
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
  }
  /** 多次优惠模式信息 */
  sequential_usage_info?: {
    /** 多次优惠规则类型 */
    type: 'INCREMENTAL' | 'EQUAL'
    /** 可使用次数 */
    count: number
    /** 多次优惠有效天数 */
    available_days: number
    /** 多次优惠使用间隔天数 */
    interval_days?: number
  }
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: readonly string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: readonly {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: readonly {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
  /** 外部商品ID */
  out_product_no?: string
  /** 批次信息 */
  stock: {
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN'
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: readonly ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[]
          /** 当天可用时间段 */
          day_period_list?: readonly {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: readonly {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
        /** 领取后N秒内有效 */
        available_seconds?: number
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: readonly ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[]
          /** 当天可用时间段 */
          day_period_list?: readonly {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: readonly {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: readonly ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE')[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE'
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode: 'INVISIBLE' | 'BARCODE' | 'QRCODE'
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording?: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC'
  }
}

/** 创建商品券: the options of `POST /v3/marketing/partner/product-coupon/product-coupons`. */
export interface MarketingPartnerProductCouponProductCouponsPostOptions extends RouteCallOptions {
  json: MarketingPartnerProductCouponProductCouponsPostJson
}

/** 创建商品券: what `POST /v3/marketing/partner/product-coupon/product-coupons` answers. */
export type MarketingPartnerProductCouponProductCouponsPostResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
  /** 品牌ID */
  brand_id: string
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
  /** 单券模式信息 */
  single_usage_info?: {
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
  }
  /** 多次优惠模式信息 */
  sequential_usage_info?: {
    /** 多次优惠规则类型 */
    type: 'INCREMENTAL' | 'EQUAL' | (string & {})
    /** 可使用次数 */
    count: number
    /** 多次优惠有效天数 */
    available_days: number
    /** 多次优惠使用间隔天数 */
    interval_days?: number
  }
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
  /** 外部商品ID */
  out_product_no?: string
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询商品券: the options of `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdGetOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询商品券: what `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdGetResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
  /** 品牌ID */
  brand_id: string
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
  /** 单券模式信息 */
  single_usage_info?: {
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
  }
  /** 多次优惠模式信息 */
  sequential_usage_info?: {
    /** 多次优惠规则类型 */
    type: 'INCREMENTAL' | 'EQUAL' | (string & {})
    /** 可使用次数 */
    count: number
    /** 多次优惠有效天数 */
    available_days: number
    /** 多次优惠使用间隔天数 */
    interval_days?: number
  }
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
  /** 外部商品ID */
  out_product_no?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdPatchJson {
  /** 品牌ID */
  brand_id: string
  /** 修改请求单号 */
  out_request_no: string
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: readonly string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: readonly {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: readonly {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
}

/** 修改商品券: the options of `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdPatchOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdPatchJson
}

/** 修改商品券: what `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdPatchResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
  /** 品牌ID */
  brand_id: string
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
  /** 单券模式信息 */
  single_usage_info?: {
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
  }
  /** 多次优惠模式信息 */
  sequential_usage_info?: {
    /** 多次优惠规则类型 */
    type: 'INCREMENTAL' | 'EQUAL' | (string & {})
    /** 可使用次数 */
    count: number
    /** 多次优惠有效天数 */
    available_days: number
    /** 多次优惠使用间隔天数 */
    interval_days?: number
  }
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
  /** 外部商品ID */
  out_product_no?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdDeactivatePostJson {
  /** 品牌ID */
  brand_id: string
  /** 失效请求单号 */
  out_request_no: string
  /** 失效原因 */
  deactivate_reason: string
}

/** 失效商品券: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdDeactivatePostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdDeactivatePostJson
}

/** 失效商品券: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdDeactivatePostResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
  /** 品牌ID */
  brand_id: string
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
  /** 单券模式信息 */
  single_usage_info?: {
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
  }
  /** 多次优惠模式信息 */
  sequential_usage_info?: {
    /** 多次优惠规则类型 */
    type: 'INCREMENTAL' | 'EQUAL' | (string & {})
    /** 可使用次数 */
    count: number
    /** 多次优惠有效天数 */
    available_days: number
    /** 多次优惠使用间隔天数 */
    interval_days?: number
  }
  /** 展示信息 */
  display_info: {
    /** 商品券名称 */
    name: string
    /** 商品券图片 */
    image_url: string
    /** 商品券背景图 */
    background_url: string
    /** 商品券详情图列表 */
    detail_image_url_list?: string[]
    /** 商品原价 */
    original_price?: number
    /** 套餐组合 */
    combo_package_list?: {
      /** 套餐名 */
      name: string
      /** 可选单品数量 */
      pick_count: number
      /** 单品列表 */
      choice_list: {
        /** 单品名称 */
        name: string
        /** 单品价格 */
        price: number
        /** 单品数量 */
        count: number
        /** 单品图片 */
        image_url?: string
        /** 单品跳转小程序AppID */
        mini_program_appid?: string
        /** 单品跳转小程序路径 */
        mini_program_path?: string
      }[]
    }[]
  }
  /** 外部商品ID */
  out_product_no?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesPostJson {
  /** 品牌ID */
  brand_id: string
  /** 创建请求单号 */
  out_request_no: string
  /** 批次组信息 */
  stock_bundle: {
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD'
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user: number
    }
    /** 多次优惠使用规则 */
    progressive_bundle_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: readonly ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[]
          /** 当天可用时间段 */
          day_period_list?: readonly {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: readonly {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
        /** 领取后N秒内有效 */
        available_seconds?: number
      }
      /** 满减券使用规则 */
      normal_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则 */
      discount_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则 */
      exchange_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: readonly ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE')[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE'
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE'
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC'
  }
}

/** 添加商品券批次组: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesPostJson
}

/** 添加商品券批次组: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesPostResponse = {
  /** 批次组ID */
  stock_bundle_id: string
  /** 批次列表 */
  stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user: number
    }
    /** 多次优惠使用规则 */
    progressive_bundle_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 批次组信息 */
    stock_bundle_info: {
      /** 批次组ID */
      stock_bundle_id: string
      /** 批次在批次组内的次序 */
      stock_bundle_index: number
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdPatchJson {
  /** 修改请求单号 */
  out_request_no: string
  /** 备注 */
  remark?: string
  /** 券使用规则展示信息 */
  usage_rule_display_info?: {
    /** 券使用方式列表 */
    coupon_usage_method_list: readonly ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE')[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE'
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info?: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE'
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config?: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope?: 'NONE' | 'ALL' | 'SPECIFIC'
  /** 品牌ID */
  brand_id: string
}

/** 修改商品券批次组: the options of `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdPatchOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次组ID */
    stock_bundle_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdPatchJson
}

/** 修改商品券批次组: what `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdPatchResponse = {
  /** 批次组ID */
  stock_bundle_id: string
  /** 批次列表 */
  stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user: number
    }
    /** 多次优惠使用规则 */
    progressive_bundle_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 批次组信息 */
    stock_bundle_info: {
      /** 批次组ID */
      stock_bundle_id: string
      /** 批次在批次组内的次序 */
      stock_bundle_index: number
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdAssociateStoresPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店列表 */
  store_list: readonly {
    /** 门店ID */
    store_id: string
  }[]
}

/** 批次组批量关联门店: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdAssociateStoresPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次组ID */
    stock_bundle_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdAssociateStoresPostJson
}

/** 批次组批量关联门店: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdAssociateStoresPostResponse = {
  /** 去重后门店总数 */
  total_count: number
  /** 关联成功的门店列表 */
  success_store_list?: {
    /** 门店ID */
    store_id: string
  }[]
  /** 关联失败的门店列表 */
  failed_store_list?: {
    /** 门店ID */
    store_id: string
    /** 失败错误码 */
    code: string
    /** 失败错误信息 */
    message: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdDisassociateStoresPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店列表 */
  store_list: readonly {
    /** 门店ID */
    store_id: string
  }[]
}

/** 批次组批量取消关联门店: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdDisassociateStoresPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次组ID */
    stock_bundle_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdDisassociateStoresPostJson
}

/** 批次组批量取消关联门店: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdDisassociateStoresPostResponse = {
  /** 去重后门店总数 */
  total_count: number
  /** 取消关联成功的门店列表 */
  success_store_list?: {
    /** 门店ID */
    store_id: string
  }[]
  /** 取消关联失败的门店列表 */
  failed_store_list?: {
    /** 门店ID */
    store_id: string
    /** 失败错误码 */
    code: string
    /** 失败错误信息 */
    message: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdUpdateBudgetPostJson {
  /** 修改请求单号 */
  out_request_no: string
  /** 更新模式 */
  update_mode: 'MAX_COUNT' | 'MAX_COUNT_PER_DAY'
  /** 当前批次发放次数总上限 */
  current_max_count?: number
  /** 目标批次发放次数总上限 */
  target_max_count?: number
  /** 当前批次每日发放次数上限 */
  current_max_count_per_day?: number
  /** 目标批次每日发放次数上限 */
  target_max_count_per_day?: number
  /** 品牌ID */
  brand_id: string
}

/** 修改商品券批次组发放预算: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdUpdateBudgetPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次组ID */
    stock_bundle_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdUpdateBudgetPostJson
}

/** 修改商品券批次组发放预算: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStockBundlesByStockBundleIdUpdateBudgetPostResponse = {
  /** 批次组ID */
  stock_bundle_id: string
  /** 批次列表 */
  stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user: number
    }
    /** 多次优惠使用规则 */
    progressive_bundle_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 批次组信息 */
    stock_bundle_info: {
      /** 批次组ID */
      stock_bundle_id: string
      /** 批次在批次组内的次序 */
      stock_bundle_index: number
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }[]
}

/** 查询商品券批次列表: the options of `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksGetOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  query: {
    /** 批次状态 */
    state?: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED'
    /** 分页大小 */
    page_size?: number
    /** 分页Token */
    page_token?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询商品券批次列表: what `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksGetResponse = {
  /** 总个数 */
  total_count: number
  /** 下一页Token */
  next_page_token?: string
  /** 批次列表 */
  stock_list?: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksPostJson {
  /** 品牌ID */
  brand_id: string
  /** 创建请求单号 */
  out_request_no: string
  /** 批次信息 */
  stock: {
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN'
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: readonly ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[]
          /** 当天可用时间段 */
          day_period_list?: readonly {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: readonly {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
        /** 领取后N秒内有效 */
        available_seconds?: number
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: readonly ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[]
          /** 当天可用时间段 */
          day_period_list?: readonly {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: readonly {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: readonly {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: readonly ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE')[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE'
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE'
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC'
  }
}

/** 添加商品券批次: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksPostJson
}

/** 添加商品券批次: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksPostResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 备注 */
  remark?: string
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number
    /** 当前可用的Code */
    available_count: number
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number
    /** 每日发放次数上限 */
    max_count_per_day?: number
    /** 每个用户领取次数上限 */
    max_count_per_user?: number
  }
  /** 单券使用规则 */
  single_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_days?: number
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
  }
  /** 多次优惠使用规则 */
  sequential_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }[]
    /** 折扣券使用规则列表 */
    discount_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }[]
    /** 兑换券使用规则列表 */
    exchange_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }[]
    /** 多次优惠是否提供首笔特惠 */
    special_first?: boolean
  }
  /** 券使用规则展示信息 */
  usage_rule_display_info: {
    /** 券使用方式列表 */
    coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
  }
  /** 用户商品券展示信息 */
  coupon_display_info: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number
    /** 当天已发放次数 */
    today_count: number
  }
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 品牌ID */
  brand_id: string
}

/** 查询商品券指定批次: the options of `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdGetOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询商品券指定批次: what `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdGetResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 备注 */
  remark?: string
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number
    /** 当前可用的Code */
    available_count: number
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number
    /** 每日发放次数上限 */
    max_count_per_day?: number
    /** 每个用户领取次数上限 */
    max_count_per_user?: number
  }
  /** 单券使用规则 */
  single_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_days?: number
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
  }
  /** 多次优惠使用规则 */
  sequential_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }[]
    /** 折扣券使用规则列表 */
    discount_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }[]
    /** 兑换券使用规则列表 */
    exchange_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }[]
    /** 多次优惠是否提供首笔特惠 */
    special_first?: boolean
  }
  /** 券使用规则展示信息 */
  usage_rule_display_info: {
    /** 券使用方式列表 */
    coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number
    /** 当天已发放次数 */
    today_count: number
  }
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdPatchJson {
  /** 品牌ID */
  brand_id: string
  /** 修改请求单号 */
  out_request_no: string
  /** 备注 */
  remark?: string
  /** 券使用规则展示信息 */
  usage_rule_display_info?: {
    /** 券使用方式列表 */
    coupon_usage_method_list: readonly ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE')[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE'
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info?: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE'
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config?: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope?: 'NONE' | 'ALL' | 'SPECIFIC'
}

/** 修改商品券指定批次: the options of `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdPatchOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdPatchJson
}

/** 修改商品券指定批次: what `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdPatchResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 备注 */
  remark?: string
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number
    /** 当前可用的Code */
    available_count: number
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number
    /** 每日发放次数上限 */
    max_count_per_day?: number
    /** 每个用户领取次数上限 */
    max_count_per_user?: number
  }
  /** 单券使用规则 */
  single_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_days?: number
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
  }
  /** 多次优惠使用规则 */
  sequential_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }[]
    /** 折扣券使用规则列表 */
    discount_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }[]
    /** 兑换券使用规则列表 */
    exchange_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }[]
    /** 多次优惠是否提供首笔特惠 */
    special_first?: boolean
  }
  /** 券使用规则展示信息 */
  usage_rule_display_info: {
    /** 券使用方式列表 */
    coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number
    /** 当天已发放次数 */
    today_count: number
  }
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociateStoresPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店列表 */
  store_list: readonly {
    /** 门店ID */
    store_id: string
  }[]
}

/** 批次关联门店: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociateStoresPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociateStoresPostJson
}

/** 批次关联门店: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociateStoresPostResponse = {
  /** 去重后门店总数 */
  total_count: number
  /** 关联成功的门店列表 */
  success_store_list?: {
    /** 门店ID */
    store_id: string
  }[]
  /** 关联失败的门店列表 */
  failed_store_list?: {
    /** 门店ID */
    store_id: string
    /** 失败错误码 */
    code: string
    /** 失败错误信息 */
    message: string
  }[]
}

/** 查询批次关联门店列表: the options of `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociatedStoresGetOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  query: {
    /** 分页大小 */
    page_size?: number
    /** 分页Token */
    page_token?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询批次关联门店列表: what `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdAssociatedStoresGetResponse = {
  /** 总个数 */
  total_count: number
  /** 下一页Token */
  next_page_token?: string
  /** 门店列表 */
  store_list?: {
    /** 门店ID */
    store_id: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDeactivatePostJson {
  /** 品牌ID */
  brand_id: string
  /** 失效请求单号 */
  out_request_no: string
  /** 失效原因 */
  deactivate_reason: string
}

/** 失效商品券批次: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDeactivatePostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDeactivatePostJson
}

/** 失效商品券批次: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDeactivatePostResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 备注 */
  remark?: string
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number
    /** 当前可用的Code */
    available_count: number
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number
    /** 每日发放次数上限 */
    max_count_per_day?: number
    /** 每个用户领取次数上限 */
    max_count_per_user?: number
  }
  /** 单券使用规则 */
  single_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_days?: number
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
  }
  /** 多次优惠使用规则 */
  sequential_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }[]
    /** 折扣券使用规则列表 */
    discount_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }[]
    /** 兑换券使用规则列表 */
    exchange_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }[]
    /** 多次优惠是否提供首笔特惠 */
    special_first?: boolean
  }
  /** 券使用规则展示信息 */
  usage_rule_display_info: {
    /** 券使用方式列表 */
    coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number
    /** 当天已发放次数 */
    today_count: number
  }
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDisassociateStoresPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店列表 */
  store_list: readonly {
    /** 门店ID */
    store_id: string
  }[]
}

/** 批次取消关联门店: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDisassociateStoresPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDisassociateStoresPostJson
}

/** 批次取消关联门店: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdDisassociateStoresPostResponse = {
  /** 去重后门店总数 */
  total_count: number
  /** 取消关联成功的门店列表 */
  success_store_list?: {
    /** 门店ID */
    store_id: string
  }[]
  /** 取消关联失败的门店列表 */
  failed_store_list?: {
    /** 门店ID */
    store_id: string
    /** 失败错误码 */
    code: string
    /** 失败错误信息 */
    message: string
  }[]
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUpdateBudgetPostJson {
  /** 品牌ID */
  brand_id: string
  /** 修改请求单号 */
  out_request_no: string
  /** 更新模式 */
  update_mode: 'MAX_COUNT' | 'MAX_COUNT_PER_DAY'
  /** 当前批次发放次数总上限 */
  current_max_count?: number
  /** 目标批次发放次数总上限 */
  target_max_count?: number
  /** 当前批次每日发放次数上限 */
  current_max_count_per_day?: number
  /** 目标批次每日发放次数上限 */
  target_max_count_per_day?: number
}

/** 修改商品券批次发放预算: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUpdateBudgetPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUpdateBudgetPostJson
}

/** 修改商品券批次发放预算: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUpdateBudgetPostResponse = {
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 备注 */
  remark?: string
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number
    /** 当前可用的Code */
    available_count: number
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number
    /** 每日发放次数上限 */
    max_count_per_day?: number
    /** 每个用户领取次数上限 */
    max_count_per_user?: number
  }
  /** 单券使用规则 */
  single_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_days?: number
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }
    /** 兑换券使用规则 */
    exchange_coupon?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }
  }
  /** 多次优惠使用规则 */
  sequential_usage_rule?: {
    /** 券可核销时间 */
    coupon_available_period: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 每周固定可用时间 */
      weekly_available_period?: {
        /** 每周可用星期数 */
        day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
        /** 当天可用时间段 */
        day_period_list?: {
          /** 当天可用开始时间 */
          begin_time: number
          /** 当天可用结束时间 */
          end_time: number
        }[]
      }
      /** 无规律的可用时间段 */
      irregular_available_period_list?: {
        /** 开始时间 */
        begin_time: string
        /** 结束时间 */
        end_time: string
      }[]
    }
    /** 满减券使用规则 */
    normal_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免金额 */
      discount_amount: number
    }[]
    /** 折扣券使用规则列表 */
    discount_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定减免百分比 */
      percent_off: number
    }[]
    /** 兑换券使用规则列表 */
    exchange_coupon_list?: {
      /** 门槛金额 */
      threshold: number
      /** 固定兑换价格 */
      exchange_price: number
    }[]
    /** 多次优惠是否提供首笔特惠 */
    special_first?: boolean
  }
  /** 券使用规则展示信息 */
  usage_rule_display_info: {
    /** 券使用方式列表 */
    coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
    /** 小程序AppID */
    mini_program_appid?: string
    /** 小程序跳转路径 */
    mini_program_path?: string
    /** APP的H5跳转路径 */
    app_path?: string
    /** 券使用说明 */
    usage_description: string
    /** 券可用门店信息 */
    coupon_available_store_info?: {
      /** 券可用门店描述 */
      description: string
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
    }
    /** APP跳转类型 */
    app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
    /** 口令链接 */
    passcode_link?: string
  }
  /** 用户商品券展示信息 */
  coupon_display_info: {
    /** 用户商品券Code展示模式 */
    code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 小程序入口 */
    entrance_mini_program?: {
      /** 小程序appid */
      appid: string
      /** 小程序跳转路径 */
      path: string
      /** 入口文案 */
      entrance_wording: string
      /** 引导文案 */
      guidance_wording: string
    }
    /** 公众号入口 */
    entrance_official_account?: {
      /** 公众号AppID */
      appid: string
    }
    /** 视频号入口 */
    entrance_finder?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图 */
      finder_video_cover_image_url: string
    }
  }
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string
  }
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number
    /** 当天已发放次数 */
    today_count: number
  }
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUploadCouponCodesPostJson {
  /** 品牌ID */
  brand_id: string
  /** 请求单号 */
  out_request_no: string
  /** 券Code列表 */
  code_list: readonly string[]
}

/** 预上传券Code: the options of `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes`. */
export interface MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUploadCouponCodesPostOptions extends RouteCallOptions {
  params: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }
  json: MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUploadCouponCodesPostJson
}

/** 预上传券Code: what `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes` answers. */
export type MarketingPartnerProductCouponProductCouponsByProductCouponIdStocksByStockIdUploadCouponCodesPostResponse = {
  /** 去重后券Code总数 */
  total_count: number
  /** 上传成功的券Code列表 */
  success_code_list?: string[]
  /** 上传失败的券Code列表 */
  failed_code_list?: string[]
  /** 已经存在的券Code列表 */
  already_exist_code_list?: string[]
  /** 重复的券Code列表 */
  duplicate_code_list?: string[]
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponBundlesPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次组ID */
  stock_bundle_id: string
  /** 公众账号AppID */
  appid: string
  /** 发券请求单号 */
  send_request_no: string
  /** 自定义附加信息 */
  attach?: string
  /** 用户商品券标签信息 */
  coupon_tag_info?: {
    /** 用户商品券标签列表 */
    coupon_tag_list?: readonly string[]
    /** 会员标签信息 */
    member_tag_info?: {
      /** 会员卡模板ID */
      member_card_id: string
    }
  }
}

/** 向用户发放商品券批次组: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponBundlesPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponBundlesPostJson
}

/** 向用户发放商品券批次组: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponBundlesPostResponse = {
  /** 用户券组ID */
  user_coupon_bundle_id: string
  /** 用户商品券列表 */
  user_product_coupon_list: {
    /** 用户商品券Code */
    coupon_code: string
    /** 用户商品券状态 */
    coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
    /** 有效期开始时间 */
    valid_begin_time: string
    /** 有效期结束时间 */
    valid_end_time: string
    /** 领券时间 */
    receive_time: string
    /** 发券请求单号 */
    send_request_no: string
    /** 发券渠道 */
    send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
    /** 确认请求单号 */
    confirm_request_no?: string
    /** 确认发放时间 */
    confirm_time?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 多次优惠使用详情 */
    progressive_bundle_usage_detail?: {
      /** 券核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
    }
    /** 用户券组信息 */
    user_product_coupon_bundle_info: {
      /** 用户券组ID */
      user_coupon_bundle_id: string
      /** 用户券组内索引 */
      user_coupon_bundle_index: number
      /** 总可使用次数 */
      total_count: number
      /** 已使用次数 */
      used_count: number
    }
    /** 商品券信息 */
    product_coupon: {
      /** 商品券ID */
      product_coupon_id: string
      /** 商品券状态 */
      state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
      /** 品牌ID */
      brand_id: string
      /** 优惠范围 */
      scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
      /** 商品券类型 */
      type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
      /** 使用模式 */
      usage_mode: 'SINGLE' | 'PROGRESSIVE_BUNDLE' | (string & {})
      /** 单券模式信息 */
      single_usage_info?: {
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
      }
      /** 多次优惠模式信息 */
      progressive_bundle_usage_info?: {
        /** 可使用次数 */
        count: number
        /** 多次优惠使用间隔天数 */
        interval_days?: number
      }
      /** 展示信息 */
      display_info: {
        /** 商品券名称 */
        name: string
        /** 商品券图片 */
        image_url: string
        /** 商品券背景图 */
        background_url: string
        /** 商品券详情图列表 */
        detail_image_url_list?: string[]
        /** 商品原价 */
        original_price?: number
        /** 套餐组合 */
        combo_package_list?: {
          /** 套餐名 */
          name: string
          /** 可选单品数量 */
          pick_count: number
          /** 单品列表 */
          choice_list: {
            /** 单品名称 */
            name: string
            /** 单品价格 */
            price: number
            /** 单品数量 */
            count: number
            /** 单品图片 */
            image_url?: string
            /** 单品跳转小程序AppID */
            mini_program_appid?: string
            /** 单品跳转小程序路径 */
            mini_program_path?: string
          }[]
        }[]
      }
      /** 外部商品ID */
      out_product_no?: string
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
    }
    /** 批次信息 */
    stock: {
      /** 商品券ID */
      product_coupon_id: string
      /** 批次ID */
      stock_id: string
      /** 备注 */
      remark?: string
      /** 券Code分配模式 */
      coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | (string & {})
      /** 品牌方预上传的券Code数量信息 */
      coupon_code_count_info?: {
        /** 已上传的Code总数 */
        total_count: number
        /** 当前可用的Code */
        available_count: number
      }
      /** 发放规则 */
      stock_send_rule: {
        /** 发放次数总上限 */
        max_count: number
        /** 每日发放次数上限 */
        max_count_per_day?: number
        /** 每个用户领取次数上限 */
        max_count_per_user: number
      }
      /** 多次优惠使用规则 */
      progressive_bundle_usage_rule?: {
        /** 券可核销时间 */
        coupon_available_period: {
          /** 开始时间 */
          available_begin_time: string
          /** 结束时间 */
          available_end_time: string
          /** 生效后N天内有效 */
          available_days?: number
          /** 领取后N天开始生效 */
          wait_days_after_receive?: number
          /** 每周固定可用时间 */
          weekly_available_period?: {
            /** 每周可用星期数 */
            day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
            /** 当天可用时间段 */
            day_period_list?: {
              /** 当天可用开始时间 */
              begin_time: number
              /** 当天可用结束时间 */
              end_time: number
            }[]
          }
          /** 无规律的可用时间段 */
          irregular_available_period_list?: {
            /** 开始时间 */
            begin_time: string
            /** 结束时间 */
            end_time: string
          }[]
        }
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
        /** 兑换券使用规则 */
        exchange_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定兑换价格 */
          exchange_price: number
        }
      }
      /** 批次组信息 */
      stock_bundle_info?: {
        /** 批次组ID */
        stock_bundle_id: string
        /** 批次在批次组内的次序 */
        stock_bundle_index: number
      }
      /** 券使用规则展示信息 */
      usage_rule_display_info: {
        /** 券使用方式列表 */
        coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
        /** APP的H5跳转路径 */
        app_path?: string
        /** 券使用说明 */
        usage_description: string
        /** 券可用门店信息 */
        coupon_available_store_info?: {
          /** 券可用门店描述 */
          description: string
          /** 小程序AppID */
          mini_program_appid?: string
          /** 小程序跳转路径 */
          mini_program_path?: string
        }
        /** APP跳转类型 */
        app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
        /** 口令链接 */
        passcode_link?: string
      }
      /** 用户商品券展示信息 */
      coupon_display_info: {
        /** 用户商品券Code展示模式 */
        code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
        /** 背景颜色 */
        background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
        /** 小程序入口 */
        entrance_mini_program?: {
          /** 小程序appid */
          appid: string
          /** 小程序跳转路径 */
          path: string
          /** 入口文案 */
          entrance_wording: string
          /** 引导文案 */
          guidance_wording: string
        }
        /** 公众号入口 */
        entrance_official_account?: {
          /** 公众号AppID */
          appid: string
        }
        /** 视频号入口 */
        entrance_finder?: {
          /** 视频号ID */
          finder_id: string
          /** 视频号视频ID */
          finder_video_id: string
          /** 视频号封面图 */
          finder_video_cover_image_url: string
        }
      }
      /** 事件通知配置 */
      notify_config: {
        /** 事件通知appid */
        notify_appid?: string
      }
      /** 可用门店范围 */
      store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
      /** 已发放次数 */
      sent_count_info: {
        /** 已发放总次数 */
        total_count: number
        /** 当天已发放次数 */
        today_count: number
      }
      /** 批次状态 */
      state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
      /** 品牌ID */
      brand_id: string
    }
    /** 自定义附加信息 */
    attach?: string
    /** 渠道自定义信息 */
    channel_custom_info?: string
    /** 用户商品券标签信息 */
    coupon_tag_info?: {
      /** 用户商品券标签列表 */
      coupon_tag_list?: ('MEMBER' | (string & {}))[]
      /** 会员标签信息 */
      member_tag_info?: {
        /** 会员卡模板ID */
        member_card_id: string
      }
    }
    /** 品牌ID */
    brand_id: string
  }[]
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponBundlesByUserCouponBundleIdDeactivatePostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次组ID */
  stock_bundle_id: string
  /** 公众账号AppID */
  appid: string
  /** 失效请求单号 */
  out_request_no: string
  /** 失效原因 */
  deactivate_reason: string
}

/** 失效用户商品券组: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponBundlesByUserCouponBundleIdDeactivatePostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户券组ID */
    user_coupon_bundle_id: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponBundlesByUserCouponBundleIdDeactivatePostJson
}

/** 失效用户商品券组: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponBundlesByUserCouponBundleIdDeactivatePostResponse = {
  /** 用户券组ID */
  user_coupon_bundle_id: string
  /** 用户商品券列表 */
  user_product_coupon_list: {
    /** 用户商品券Code */
    coupon_code: string
    /** 用户商品券状态 */
    coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
    /** 有效期开始时间 */
    valid_begin_time: string
    /** 有效期结束时间 */
    valid_end_time: string
    /** 领券时间 */
    receive_time: string
    /** 发券请求单号 */
    send_request_no: string
    /** 发券渠道 */
    send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
    /** 确认请求单号 */
    confirm_request_no?: string
    /** 确认发放时间 */
    confirm_time?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 多次优惠使用详情 */
    progressive_bundle_usage_detail?: {
      /** 券核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
    }
    /** 用户券组信息 */
    user_product_coupon_bundle_info: {
      /** 用户券组ID */
      user_coupon_bundle_id: string
      /** 用户券组内索引 */
      user_coupon_bundle_index: number
      /** 总可使用次数 */
      total_count: number
      /** 已使用次数 */
      used_count: number
    }
    /** 商品券信息 */
    product_coupon: {
      /** 商品券ID */
      product_coupon_id: string
      /** 商品券状态 */
      state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
      /** 品牌ID */
      brand_id: string
      /** 优惠范围 */
      scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
      /** 商品券类型 */
      type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
      /** 使用模式 */
      usage_mode: 'SINGLE' | 'PROGRESSIVE_BUNDLE' | (string & {})
      /** 单券模式信息 */
      single_usage_info?: {
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
      }
      /** 多次优惠模式信息 */
      progressive_bundle_usage_info?: {
        /** 可使用次数 */
        count: number
        /** 多次优惠使用间隔天数 */
        interval_days?: number
      }
      /** 展示信息 */
      display_info: {
        /** 商品券名称 */
        name: string
        /** 商品券图片 */
        image_url: string
        /** 商品券背景图 */
        background_url: string
        /** 商品券详情图列表 */
        detail_image_url_list?: string[]
        /** 商品原价 */
        original_price?: number
        /** 套餐组合 */
        combo_package_list?: {
          /** 套餐名 */
          name: string
          /** 可选单品数量 */
          pick_count: number
          /** 单品列表 */
          choice_list: {
            /** 单品名称 */
            name: string
            /** 单品价格 */
            price: number
            /** 单品数量 */
            count: number
            /** 单品图片 */
            image_url?: string
            /** 单品跳转小程序AppID */
            mini_program_appid?: string
            /** 单品跳转小程序路径 */
            mini_program_path?: string
          }[]
        }[]
      }
      /** 外部商品ID */
      out_product_no?: string
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
    }
    /** 批次信息 */
    stock: {
      /** 商品券ID */
      product_coupon_id: string
      /** 批次ID */
      stock_id: string
      /** 备注 */
      remark?: string
      /** 券Code分配模式 */
      coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | (string & {})
      /** 品牌方预上传的券Code数量信息 */
      coupon_code_count_info?: {
        /** 已上传的Code总数 */
        total_count: number
        /** 当前可用的Code */
        available_count: number
      }
      /** 发放规则 */
      stock_send_rule: {
        /** 发放次数总上限 */
        max_count: number
        /** 每日发放次数上限 */
        max_count_per_day?: number
        /** 每个用户领取次数上限 */
        max_count_per_user: number
      }
      /** 多次优惠使用规则 */
      progressive_bundle_usage_rule?: {
        /** 券可核销时间 */
        coupon_available_period: {
          /** 开始时间 */
          available_begin_time: string
          /** 结束时间 */
          available_end_time: string
          /** 生效后N天内有效 */
          available_days?: number
          /** 领取后N天开始生效 */
          wait_days_after_receive?: number
          /** 每周固定可用时间 */
          weekly_available_period?: {
            /** 每周可用星期数 */
            day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
            /** 当天可用时间段 */
            day_period_list?: {
              /** 当天可用开始时间 */
              begin_time: number
              /** 当天可用结束时间 */
              end_time: number
            }[]
          }
          /** 无规律的可用时间段 */
          irregular_available_period_list?: {
            /** 开始时间 */
            begin_time: string
            /** 结束时间 */
            end_time: string
          }[]
        }
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
        /** 兑换券使用规则 */
        exchange_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定兑换价格 */
          exchange_price: number
        }
      }
      /** 批次组信息 */
      stock_bundle_info?: {
        /** 批次组ID */
        stock_bundle_id: string
        /** 批次在批次组内的次序 */
        stock_bundle_index: number
      }
      /** 券使用规则展示信息 */
      usage_rule_display_info: {
        /** 券使用方式列表 */
        coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
        /** APP的H5跳转路径 */
        app_path?: string
        /** 券使用说明 */
        usage_description: string
        /** 券可用门店信息 */
        coupon_available_store_info?: {
          /** 券可用门店描述 */
          description: string
          /** 小程序AppID */
          mini_program_appid?: string
          /** 小程序跳转路径 */
          mini_program_path?: string
        }
        /** APP跳转类型 */
        app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
        /** 口令链接 */
        passcode_link?: string
      }
      /** 用户商品券展示信息 */
      coupon_display_info: {
        /** 用户商品券Code展示模式 */
        code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
        /** 背景颜色 */
        background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
        /** 小程序入口 */
        entrance_mini_program?: {
          /** 小程序appid */
          appid: string
          /** 小程序跳转路径 */
          path: string
          /** 入口文案 */
          entrance_wording: string
          /** 引导文案 */
          guidance_wording: string
        }
        /** 公众号入口 */
        entrance_official_account?: {
          /** 公众号AppID */
          appid: string
        }
        /** 视频号入口 */
        entrance_finder?: {
          /** 视频号ID */
          finder_id: string
          /** 视频号视频ID */
          finder_video_id: string
          /** 视频号封面图 */
          finder_video_cover_image_url: string
        }
      }
      /** 事件通知配置 */
      notify_config: {
        /** 事件通知appid */
        notify_appid?: string
      }
      /** 可用门店范围 */
      store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
      /** 已发放次数 */
      sent_count_info: {
        /** 已发放总次数 */
        total_count: number
        /** 当天已发放次数 */
        today_count: number
      }
      /** 批次状态 */
      state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
      /** 品牌ID */
      brand_id: string
    }
    /** 自定义附加信息 */
    attach?: string
    /** 渠道自定义信息 */
    channel_custom_info?: string
    /** 用户商品券标签信息 */
    coupon_tag_info?: {
      /** 用户商品券标签列表 */
      coupon_tag_list?: ('MEMBER' | (string & {}))[]
      /** 会员标签信息 */
      member_tag_info?: {
        /** 会员卡模板ID */
        member_card_id: string
      }
    }
    /** 品牌ID */
    brand_id: string
  }[]
}

/** 指定券状态查询用户商品券列表: the options of `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsGetOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  query: {
    /** 商品券ID */
    product_coupon_id?: string
    /** 批次ID */
    stock_id?: string
    /** 公众账号AppID */
    appid: string
    /** 用户商品券状态 */
    coupon_state?: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED'
    /** 分页大小 */
    page_size?: number
    /** 分页Token */
    page_token?: string
    /** 品牌ID */
    brand_id: string
  }
}

/** 指定券状态查询用户商品券列表: what `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsGetResponse = {
  /** 总个数 */
  total_count: number
  /** 下一页Token */
  next_page_token?: string
  /** 用户商品券列表 */
  user_coupon_list?: {
    /** 用户商品券Code */
    coupon_code: string
    /** 用户商品券状态 */
    coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
    /** 有效期开始时间 */
    valid_begin_time: string
    /** 有效期结束时间 */
    valid_end_time: string
    /** 领券时间 */
    receive_time: string
    /** 发券请求单号 */
    send_request_no: string
    /** 发券渠道 */
    send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
    /** 确认请求单号 */
    confirm_request_no?: string
    /** 确认发放时间 */
    confirm_time?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 单券使用详情 */
    single_usage_detail?: {
      /** 券核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
    }
    /** 多次优惠使用详情 */
    sequential_usage_detail?: {
      /** 总可使用次数 */
      total_count?: number
      /** 已使用次数 */
      used_count?: number
      /** 轮次使用详情列表 */
      detail_item_list?: {
        /** 轮次使用详情状态 */
        detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
        /** 有效期开始时间 */
        valid_begin_time?: string
        /** 有效期结束时间 */
        valid_end_time?: string
        /** 核销请求单号 */
        use_request_no?: string
        /** 核销时间 */
        use_time?: string
        /** 关联微信支付订单信息 */
        associated_order_info?: {
          /** 微信支付单号 */
          transaction_id?: string
          /** 商户订单号 */
          out_trade_no?: string
          /** 商户号 */
          mchid?: string
          /** 子商户号 */
          sub_mchid?: string
        }
        /** 退券请求单号 */
        return_request_no?: string
        /** 退券时间 */
        return_time?: string
        /** 删除时间 */
        delete_time?: string
      }[]
    }
    /** 商品券信息 */
    product_coupon: {
      /** 商品券ID */
      product_coupon_id: string
      /** 商品券状态 */
      state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
      /** 品牌ID */
      brand_id: string
      /** 优惠范围 */
      scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
      /** 商品券类型 */
      type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
      /** 使用模式 */
      usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
      /** 单券模式信息 */
      single_usage_info?: {
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
      }
      /** 多次优惠模式信息 */
      sequential_usage_info?: {
        /** 多次优惠规则类型 */
        type: 'INCREMENTAL' | 'EQUAL' | (string & {})
        /** 可使用次数 */
        count: number
        /** 多次优惠有效天数 */
        available_days: number
        /** 多次优惠使用间隔天数 */
        interval_days?: number
      }
      /** 展示信息 */
      display_info: {
        /** 商品券名称 */
        name: string
        /** 商品券图片 */
        image_url: string
        /** 商品券背景图 */
        background_url: string
        /** 商品券详情图列表 */
        detail_image_url_list?: string[]
        /** 商品原价 */
        original_price?: number
        /** 套餐组合 */
        combo_package_list?: {
          /** 套餐名 */
          name: string
          /** 可选单品数量 */
          pick_count: number
          /** 单品列表 */
          choice_list: {
            /** 单品名称 */
            name: string
            /** 单品价格 */
            price: number
            /** 单品数量 */
            count: number
            /** 单品图片 */
            image_url?: string
            /** 单品跳转小程序AppID */
            mini_program_appid?: string
            /** 单品跳转小程序路径 */
            mini_program_path?: string
          }[]
        }[]
      }
      /** 外部商品ID */
      out_product_no?: string
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
    }
    /** 批次信息 */
    stock: {
      /** 商品券ID */
      product_coupon_id: string
      /** 批次ID */
      stock_id: string
      /** 备注 */
      remark?: string
      /** 券Code分配模式 */
      coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
      /** 品牌方预上传的券Code数量信息 */
      coupon_code_count_info?: {
        /** 已上传的Code总数 */
        total_count: number
        /** 当前可用的Code */
        available_count: number
      }
      /** 发放规则 */
      stock_send_rule: {
        /** 发放次数总上限 */
        max_count: number
        /** 每日发放次数上限 */
        max_count_per_day?: number
        /** 每个用户领取次数上限 */
        max_count_per_user?: number
      }
      /** 单券使用规则 */
      single_usage_rule?: {
        /** 券可核销时间 */
        coupon_available_period: {
          /** 开始时间 */
          available_begin_time: string
          /** 结束时间 */
          available_end_time: string
          /** 生效后N天内有效 */
          available_days?: number
          /** 领取后N天开始生效 */
          wait_days_after_receive?: number
          /** 每周固定可用时间 */
          weekly_available_period?: {
            /** 每周可用星期数 */
            day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
            /** 当天可用时间段 */
            day_period_list?: {
              /** 当天可用开始时间 */
              begin_time: number
              /** 当天可用结束时间 */
              end_time: number
            }[]
          }
          /** 无规律的可用时间段 */
          irregular_available_period_list?: {
            /** 开始时间 */
            begin_time: string
            /** 结束时间 */
            end_time: string
          }[]
          /** 领取后N秒内有效 */
          available_seconds?: number
        }
        /** 满减券使用规则 */
        normal_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }
        /** 折扣券使用规则 */
        discount_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }
        /** 兑换券使用规则 */
        exchange_coupon?: {
          /** 门槛金额 */
          threshold: number
          /** 固定兑换价格 */
          exchange_price: number
        }
      }
      /** 多次优惠使用规则 */
      sequential_usage_rule?: {
        /** 券可核销时间 */
        coupon_available_period: {
          /** 开始时间 */
          available_begin_time: string
          /** 结束时间 */
          available_end_time: string
          /** 领取后N天开始生效 */
          wait_days_after_receive?: number
          /** 每周固定可用时间 */
          weekly_available_period?: {
            /** 每周可用星期数 */
            day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
            /** 当天可用时间段 */
            day_period_list?: {
              /** 当天可用开始时间 */
              begin_time: number
              /** 当天可用结束时间 */
              end_time: number
            }[]
          }
          /** 无规律的可用时间段 */
          irregular_available_period_list?: {
            /** 开始时间 */
            begin_time: string
            /** 结束时间 */
            end_time: string
          }[]
          /** 领取后N秒内有效 */
          available_seconds?: number
        }
        /** 满减券使用规则 */
        normal_coupon_list?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免金额 */
          discount_amount: number
        }[]
        /** 折扣券使用规则列表 */
        discount_coupon_list?: {
          /** 门槛金额 */
          threshold: number
          /** 固定减免百分比 */
          percent_off: number
        }[]
        /** 兑换券使用规则列表 */
        exchange_coupon_list?: {
          /** 门槛金额 */
          threshold: number
          /** 固定兑换价格 */
          exchange_price: number
        }[]
        /** 多次优惠是否提供首笔特惠 */
        special_first?: boolean
      }
      /** 券使用规则展示信息 */
      usage_rule_display_info: {
        /** 券使用方式列表 */
        coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
        /** APP的H5跳转路径 */
        app_path?: string
        /** 券使用说明 */
        usage_description: string
        /** 券可用门店信息 */
        coupon_available_store_info?: {
          /** 券可用门店描述 */
          description: string
          /** 小程序AppID */
          mini_program_appid?: string
          /** 小程序跳转路径 */
          mini_program_path?: string
        }
        /** APP跳转类型 */
        app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
        /** 口令链接 */
        passcode_link?: string
      }
      /** 用户商品券展示信息 */
      coupon_display_info: {
        /** 用户商品券Code展示模式 */
        code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
        /** 背景颜色 */
        background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
        /** 小程序入口 */
        entrance_mini_program?: {
          /** 小程序appid */
          appid: string
          /** 小程序跳转路径 */
          path: string
          /** 入口文案 */
          entrance_wording: string
          /** 引导文案 */
          guidance_wording: string
        }
        /** 公众号入口 */
        entrance_official_account?: {
          /** 公众号AppID */
          appid: string
        }
        /** 视频号入口 */
        entrance_finder?: {
          /** 视频号ID */
          finder_id: string
          /** 视频号视频ID */
          finder_video_id: string
          /** 视频号封面图 */
          finder_video_cover_image_url: string
        }
      }
      /** 事件通知配置 */
      notify_config: {
        /** 事件通知appid */
        notify_appid?: string
      }
      /** 可用门店范围 */
      store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
      /** 已发放次数 */
      sent_count_info: {
        /** 已发放总次数 */
        total_count: number
        /** 当天已发放次数 */
        today_count: number
      }
      /** 批次状态 */
      state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
      /** 失效请求单号 */
      deactivate_request_no?: string
      /** 失效时间 */
      deactivate_time?: string
      /** 失效原因 */
      deactivate_reason?: string
      /** 品牌ID */
      brand_id: string
    }
    /** 自定义附加信息 */
    attach?: string
    /** 渠道自定义信息 */
    channel_custom_info?: string
    /** 品牌ID */
    brand_id: string
  }[]
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponsPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 用户商品券Code */
  coupon_code?: string
  /** 公众账号AppID */
  appid: string
  /** 发券请求单号 */
  send_request_no: string
  /** 自定义附加信息 */
  attach?: string
  /** 用户商品券标签信息 */
  coupon_tag_info?: {
    /** 用户商品券标签列表 */
    coupon_tag_list?: readonly 'MEMBER'[]
    /** 会员标签信息 */
    member_tag_info?: {
      /** 会员卡模板ID */
      member_card_id?: string
    }
  }
}

/** 向用户发放商品券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponsPostJson
}

/** 向用户发放商品券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsPostResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  sequential_usage_detail?: {
    /** 总可使用次数 */
    total_count?: number
    /** 已使用次数 */
    used_count?: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time?: string
      /** 有效期结束时间 */
      valid_end_time?: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
        /** 领取后N秒内有效 */
        available_seconds?: number
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
        /** 领取后N秒内有效 */
        available_seconds?: number
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

/** 查询用户商品券详情: the options of `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeGetOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户商品券Code */
    coupon_code: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 公众账号AppID */
    appid: string
  }
}

/** 查询用户商品券详情: what `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeGetResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  sequential_usage_detail?: {
    /** 总可使用次数 */
    total_count?: number
    /** 已使用次数 */
    used_count?: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time?: string
      /** 有效期结束时间 */
      valid_end_time?: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeConfirmPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 公众账号AppID */
  appid: string
  /** 确认发放请求单号 */
  out_request_no: string
}

/** 确认发放用户商品券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeConfirmPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户商品券Code */
    coupon_code: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeConfirmPostJson
}

/** 确认发放用户商品券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeConfirmPostResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 券核销的关联微信支付分订单信息 */
    associated_pay_score_order_info?: {
      /** 微信支付服务订单号 */
      order_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 优惠金额 */
    saved_amount?: number
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  progressive_bundle_usage_detail?: {
    /** 总可使用次数 */
    total_count?: number
    /** 已使用次数 */
    used_count?: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time?: string
      /** 有效期结束时间 */
      valid_end_time?: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeDeactivatePostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 公众账号AppID */
  appid: string
  /** 失效请求单号 */
  out_request_no: string
  /** 失效原因 */
  deactivate_reason: string
}

/** 失效用户商品券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeDeactivatePostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户商品券Code */
    coupon_code: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeDeactivatePostJson
}

/** 失效用户商品券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeDeactivatePostResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  sequential_usage_detail?: {
    /** 总可使用次数 */
    total_count?: number
    /** 已使用次数 */
    used_count?: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time?: string
      /** 有效期结束时间 */
      valid_end_time?: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeReturnPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 公众账号AppID */
  appid: string
  /** 退券请求单号 */
  out_request_no: string
  /** 多次优惠索引 */
  sequential_coupon_index?: number
}

/** 退券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeReturnPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户商品券Code */
    coupon_code: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeReturnPostJson
}

/** 退券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeReturnPostResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  sequential_usage_detail?: {
    /** 总可使用次数 */
    total_count?: number
    /** 已使用次数 */
    used_count?: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time?: string
      /** 有效期结束时间 */
      valid_end_time?: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeUsePostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 公众账号AppID */
  appid: string
  /** 核销时间 */
  use_time: string
  /** 关联微信支付订单信息 */
  associated_order_info: {
    /** 微信支付单号 */
    transaction_id?: string
    /** 商户订单号 */
    out_trade_no?: string
    /** 商户号 */
    mchid?: string
    /** 子商户号 */
    sub_mchid?: string
  }
  /** 核销请求单号 */
  out_request_no: string
  /** 多次优惠索引 */
  sequential_coupon_index?: number
  /** 核销门店ID */
  store_id?: string
  /** 关联微信支付分订单信息 */
  associated_pay_score_order_info?: {
    /** 微信支付服务订单号 */
    order_id?: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 商户号 */
    mchid?: string
    /** 子商户号 */
    sub_mchid?: string
  }
  /** 优惠金额 */
  saved_amount?: number
}

/** 核销用户商品券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use`. */
export interface MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeUsePostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
    /** 用户商品券Code */
    coupon_code: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeUsePostJson
}

/** 核销用户商品券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use` answers. */
export type MarketingPartnerProductCouponUsersByOpenidCouponsByCouponCodeUsePostResponse = {
  /** 用户商品券Code */
  coupon_code: string
  /** 用户商品券状态 */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT' | (string & {})
  /** 确认请求单号 */
  confirm_request_no?: string
  /** 确认发放时间 */
  confirm_time?: string
  /** 失效请求单号 */
  deactivate_request_no?: string
  /** 失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
  /** 单券使用详情 */
  single_usage_detail?: {
    /** 券核销请求单号 */
    use_request_no?: string
    /** 核销时间 */
    use_time?: string
    /** 关联微信支付订单信息 */
    associated_order_info?: {
      /** 微信支付单号 */
      transaction_id?: string
      /** 商户订单号 */
      out_trade_no?: string
      /** 商户号 */
      mchid?: string
      /** 子商户号 */
      sub_mchid?: string
    }
    /** 退券请求单号 */
    return_request_no?: string
    /** 退券时间 */
    return_time?: string
  }
  /** 多次优惠使用详情 */
  sequential_usage_detail?: {
    /** 总可使用次数 */
    total_count: number
    /** 已使用次数 */
    used_count: number
    /** 轮次使用详情列表 */
    detail_item_list?: {
      /** 轮次使用详情状态 */
      detail_state: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | (string & {})
      /** 有效期开始时间 */
      valid_begin_time: string
      /** 有效期结束时间 */
      valid_end_time: string
      /** 核销请求单号 */
      use_request_no?: string
      /** 核销时间 */
      use_time?: string
      /** 关联微信支付订单信息 */
      associated_order_info?: {
        /** 微信支付单号 */
        transaction_id?: string
        /** 商户订单号 */
        out_trade_no?: string
        /** 商户号 */
        mchid?: string
        /** 子商户号 */
        sub_mchid?: string
      }
      /** 退券请求单号 */
      return_request_no?: string
      /** 退券时间 */
      return_time?: string
      /** 删除时间 */
      delete_time?: string
    }[]
  }
  /** 商品券信息 */
  product_coupon: {
    /** 商品券ID */
    product_coupon_id: string
    /** 商品券状态 */
    state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED' | (string & {})
    /** 品牌ID */
    brand_id: string
    /** 优惠范围 */
    scope: 'ALL' | 'SINGLE' | 'CATEGORY' | (string & {})
    /** 商品券类型 */
    type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE' | (string & {})
    /** 使用模式 */
    usage_mode: 'SINGLE' | 'SEQUENTIAL' | (string & {})
    /** 单券模式信息 */
    single_usage_info?: {
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
    }
    /** 多次优惠模式信息 */
    sequential_usage_info?: {
      /** 多次优惠规则类型 */
      type: 'INCREMENTAL' | 'EQUAL' | (string & {})
      /** 可使用次数 */
      count: number
      /** 多次优惠有效天数 */
      available_days: number
      /** 多次优惠使用间隔天数 */
      interval_days?: number
    }
    /** 展示信息 */
    display_info: {
      /** 商品券名称 */
      name: string
      /** 商品券图片 */
      image_url: string
      /** 商品券背景图 */
      background_url: string
      /** 商品券详情图列表 */
      detail_image_url_list?: string[]
      /** 商品原价 */
      original_price?: number
      /** 套餐组合 */
      combo_package_list?: {
        /** 套餐名 */
        name: string
        /** 可选单品数量 */
        pick_count: number
        /** 单品列表 */
        choice_list: {
          /** 单品名称 */
          name: string
          /** 单品价格 */
          price: number
          /** 单品数量 */
          count: number
          /** 单品图片 */
          image_url?: string
          /** 单品跳转小程序AppID */
          mini_program_appid?: string
          /** 单品跳转小程序路径 */
          mini_program_path?: string
        }[]
      }[]
    }
    /** 外部商品ID */
    out_product_no?: string
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
  /** 批次信息 */
  stock: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
    /** 备注 */
    remark?: string
    /** 券Code分配模式 */
    coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN' | (string & {})
    /** 品牌方预上传的券Code数量信息 */
    coupon_code_count_info?: {
      /** 已上传的Code总数 */
      total_count: number
      /** 当前可用的Code */
      available_count: number
    }
    /** 发放规则 */
    stock_send_rule: {
      /** 发放次数总上限 */
      max_count: number
      /** 每日发放次数上限 */
      max_count_per_day?: number
      /** 每个用户领取次数上限 */
      max_count_per_user?: number
    }
    /** 单券使用规则 */
    single_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_days?: number
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }
      /** 兑换券使用规则 */
      exchange_coupon?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }
    }
    /** 多次优惠使用规则 */
    sequential_usage_rule?: {
      /** 券可核销时间 */
      coupon_available_period: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
        /** 每周固定可用时间 */
        weekly_available_period?: {
          /** 每周可用星期数 */
          day_list?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {}))[]
          /** 当天可用时间段 */
          day_period_list?: {
            /** 当天可用开始时间 */
            begin_time: number
            /** 当天可用结束时间 */
            end_time: number
          }[]
        }
        /** 无规律的可用时间段 */
        irregular_available_period_list?: {
          /** 开始时间 */
          begin_time: string
          /** 结束时间 */
          end_time: string
        }[]
      }
      /** 满减券使用规则 */
      normal_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免金额 */
        discount_amount: number
      }[]
      /** 折扣券使用规则列表 */
      discount_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定减免百分比 */
        percent_off: number
      }[]
      /** 兑换券使用规则列表 */
      exchange_coupon_list?: {
        /** 门槛金额 */
        threshold: number
        /** 固定兑换价格 */
        exchange_price: number
      }[]
      /** 多次优惠是否提供首笔特惠 */
      special_first?: boolean
    }
    /** 券使用规则展示信息 */
    usage_rule_display_info: {
      /** 券使用方式列表 */
      coupon_usage_method_list: ('OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE' | (string & {}))[]
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序跳转路径 */
      mini_program_path?: string
      /** APP的H5跳转路径 */
      app_path?: string
      /** 券使用说明 */
      usage_description: string
      /** 券可用门店信息 */
      coupon_available_store_info?: {
        /** 券可用门店描述 */
        description: string
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序跳转路径 */
        mini_program_path?: string
      }
      /** APP跳转类型 */
      app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE' | (string & {})
      /** 口令链接 */
      passcode_link?: string
    }
    /** 用户商品券展示信息 */
    coupon_display_info: {
      /** 用户商品券Code展示模式 */
      code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE' | (string & {})
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 小程序入口 */
      entrance_mini_program?: {
        /** 小程序appid */
        appid: string
        /** 小程序跳转路径 */
        path: string
        /** 入口文案 */
        entrance_wording: string
        /** 引导文案 */
        guidance_wording: string
      }
      /** 公众号入口 */
      entrance_official_account?: {
        /** 公众号AppID */
        appid: string
      }
      /** 视频号入口 */
      entrance_finder?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图 */
        finder_video_cover_image_url: string
      }
    }
    /** 事件通知配置 */
    notify_config: {
      /** 事件通知appid */
      notify_appid?: string
    }
    /** 可用门店范围 */
    store_scope: 'NONE' | 'ALL' | 'SPECIFIC' | (string & {})
    /** 已发放次数 */
    sent_count_info: {
      /** 已发放总次数 */
      total_count: number
      /** 当天已发放次数 */
      today_count: number
    }
    /** 批次状态 */
    state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED' | (string & {})
    /** 失效请求单号 */
    deactivate_request_no?: string
    /** 失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
    /** 品牌ID */
    brand_id: string
  }
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
  /** 品牌ID */
  brand_id: string
}

export interface MarketingPartnerProductCouponUsersByOpenidPreSendCouponPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次ID */
  stock_id: string
  /** 用户商品券Code */
  coupon_code?: string
  /** 公众账号AppID */
  appid: string
  /** 发券请求单号 */
  send_request_no: string
  /** 自定义附加信息 */
  attach?: string
}

/** 向用户预发放商品券: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon`. */
export interface MarketingPartnerProductCouponUsersByOpenidPreSendCouponPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidPreSendCouponPostJson
}

/** 向用户预发放商品券: what `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon` answers. */
export type MarketingPartnerProductCouponUsersByOpenidPreSendCouponPostResponse = {
  /** 预发券token */
  token: string
}

export interface MarketingPartnerProductCouponUsersByOpenidPreSendCouponBundlePostJson {
  /** 品牌ID */
  brand_id: string
  /** 商品券ID */
  product_coupon_id: string
  /** 批次组ID */
  stock_bundle_id: string
  /** 公众账号AppID */
  appid: string
  /** 发券请求单号 */
  send_request_no: string
  /** 自定义附加信息 */
  attach?: string
}

/** 向用户预发放商品券批次组: the options of `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle`. */
export interface MarketingPartnerProductCouponUsersByOpenidPreSendCouponBundlePostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  json: MarketingPartnerProductCouponUsersByOpenidPreSendCouponBundlePostJson
}

/** 向用户预发放商品券批次组: what `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle` answers. */
export type MarketingPartnerProductCouponUsersByOpenidPreSendCouponBundlePostResponse = {
  /** 预发券token */
  token: string
}
