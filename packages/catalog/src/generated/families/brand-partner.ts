// brand/partner: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询会员卡模板列表: the options of `GET /v3/brand/partner/card-member/cards`. */
export interface BrandPartnerCardMemberCardsGetOptions extends RouteCallOptions {
  query: {
    /** 品牌id */
    brand_id: string
    /** 状态 */
    state?: 'CARD_EFFECTIVE' | 'CARD_INVALID'
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询会员卡模板列表: what `GET /v3/brand/partner/card-member/cards` answers. */
export type BrandPartnerCardMemberCardsGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 会员卡模板列表 */
  data?: {
    /** 会员卡模板ID */
    card_id: string
    /** 品牌ID */
    brand_id: string
    /** 商户AppId */
    appid: string
    /** 会员卡类型 */
    card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
    /** 卡名称 */
    card_title: string
    /** 卡背景颜色 */
    card_color: string
    /** 卡背景图URL */
    card_picture_url: string
    /** 会员卡code分配类型 */
    code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
    /** 会员码型 */
    code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
    /** 会员码跳转信息 */
    code_jump_information?: {
      /** 会员码跳转AppID */
      jump_appid?: string
      /** 会员码跳转路径 */
      jump_path?: string
    }
    /** 会员权益 */
    benefits: string
    /** 回调地址 */
    notify_url: string
    /** 是否置顶 */
    need_pinned?: boolean
    /** 是否展示会员等级 */
    need_display_level?: boolean
    /** 会员初始等级 */
    init_level?: string
    /** 服务电话 */
    service_phone?: string
    /** 商家法务协议 */
    legal_agreement?: string
    /** 会员卡有效期 */
    valid_date_information: {
      /** 有效期类型 */
      type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
      /** 有效期开始时间 */
      available_begin_time?: string
      /** 有效期结束时间 */
      available_end_time?: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
    }
    /** 积分信息 */
    points_information?: {
      /** 积分跳转AppID */
      jump_appid?: string
      /** 积分跳转路径 */
      jump_path?: string
    }
    /** 储值信息 */
    balance_information?: {
      /** 储值小程序AppID */
      jump_appid?: string
      /** 储值小程序路径 */
      jump_path?: string
    }
    /** 付费会员信息 */
    purchase_information?: {
      /** 付费会员价格 */
      price?: number
      /** 付费会员跳转AppID */
      jump_appid?: string
      /** 付费会员跳转路径 */
      jump_path?: string
    }
    /** 用户开卡信息 */
    user_information?: {
      /** 平台提供的通用开卡信息字段 */
      common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
      /** 商户自定义的开卡信息字段 */
      custom_field_list?: {
        /** 商户自定义的开卡信息字段类型 */
        type?: 'CHECK_BOX' | 'RADIO' | (string & {})
        /** 字段名称 */
        name?: string
        /** 字段值 */
        values?: string[]
      }[]
    }
  }[]
}

export interface BrandPartnerCardMemberCardsPostJson {
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE'
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE'
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM'
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY')[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO'
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: readonly string[]
    }[]
  }
}

/** 创建会员卡模板: the options of `POST /v3/brand/partner/card-member/cards`. */
export interface BrandPartnerCardMemberCardsPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberCardsPostJson
}

/** 创建会员卡模板: what `POST /v3/brand/partner/card-member/cards` answers. */
export type BrandPartnerCardMemberCardsPostResponse = {
  /** 会员卡模板ID */
  card_id: string
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
}

/** 删除会员卡模板: the options of `DELETE /v3/brand/partner/card-member/cards/{card_id}`. */
export interface BrandPartnerCardMemberCardsByCardIdDeleteOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板ID */
    card_id: string
  }
  query: {
    /** 品牌id */
    brand_id: string
  }
}

/** 删除会员卡模板: what `DELETE /v3/brand/partner/card-member/cards/{card_id}` answers. */
export type BrandPartnerCardMemberCardsByCardIdDeleteResponse = {
  /** 会员卡模板ID */
  card_id: string
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 状态 */
  state: 'CARD_EFFECTIVE' | 'CARD_INVALID' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  update_time: string
}

/** 查询会员卡模板信息: the options of `GET /v3/brand/partner/card-member/cards/{card_id}`. */
export interface BrandPartnerCardMemberCardsByCardIdGetOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板ID */
    card_id: string
  }
  query: {
    /** 品牌id */
    brand_id: string
  }
}

/** 查询会员卡模板信息: what `GET /v3/brand/partner/card-member/cards/{card_id}` answers. */
export type BrandPartnerCardMemberCardsByCardIdGetResponse = {
  /** 会员卡模板ID */
  card_id: string
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 状态 */
  state: 'CARD_EFFECTIVE' | 'CARD_INVALID' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  update_time: string
}

export interface BrandPartnerCardMemberCardsByCardIdPatchJson {
  /** 品牌ID */
  brand_id: string
  /** 卡名称 */
  card_title?: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits?: string
  /** 回调地址 */
  notify_url?: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information?: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY')[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO'
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: readonly string[]
    }[]
  }
}

/** 修改会员卡模板信息: the options of `PATCH /v3/brand/partner/card-member/cards/{card_id}`. */
export interface BrandPartnerCardMemberCardsByCardIdPatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板ID */
    card_id: string
  }
  json: BrandPartnerCardMemberCardsByCardIdPatchJson
}

/** 修改会员卡模板信息: what `PATCH /v3/brand/partner/card-member/cards/{card_id}` answers. */
export type BrandPartnerCardMemberCardsByCardIdPatchResponse = {
  /** 会员卡模板ID */
  card_id: string
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 状态 */
  state: 'CARD_EFFECTIVE' | 'CARD_INVALID' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  update_time: string
}

export interface BrandPartnerCardMemberCardsByCardIdInvalidatePostJson {
  /** 品牌id */
  brand_id: string
}

/** 作废会员卡模板: the options of `POST /v3/brand/partner/card-member/cards/{card_id}/invalidate`. */
export interface BrandPartnerCardMemberCardsByCardIdInvalidatePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板ID */
    card_id: string
  }
  json: BrandPartnerCardMemberCardsByCardIdInvalidatePostJson
}

/** 作废会员卡模板: what `POST /v3/brand/partner/card-member/cards/{card_id}/invalidate` answers. */
export type BrandPartnerCardMemberCardsByCardIdInvalidatePostResponse = {
  /** 商家请求单号 */
  out_request_no: string
  /** 会员卡模板ID */
  card_id: string
  /** 品牌ID */
  brand_id: string
  /** 商户AppId */
  appid: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 卡名称 */
  card_title: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE' | (string & {})
  /** 会员码型 */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM' | (string & {})
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string
    /** 会员码跳转路径 */
    jump_path?: string
  }
  /** 会员权益 */
  benefits: string
  /** 回调地址 */
  notify_url: string
  /** 是否置顶 */
  need_pinned?: boolean
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 服务电话 */
  service_phone?: string
  /** 商家法务协议 */
  legal_agreement?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 会员中心信息 */
  member_information: {
    /** 会员中心跳转AppID */
    jump_appid?: string
    /** 会员中心跳转路径 */
    jump_path?: string
  }
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string
    /** 积分跳转路径 */
    jump_path?: string
  }
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string
    /** 储值小程序路径 */
    jump_path?: string
  }
  /** 付费会员信息 */
  purchase_information?: {
    /** 付费会员价格 */
    price?: number
    /** 付费会员跳转AppID */
    jump_appid?: string
    /** 付费会员跳转路径 */
    jump_path?: string
  }
  /** 用户开卡信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'CHECK_BOX' | 'RADIO' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 状态 */
  state: 'CARD_EFFECTIVE' | 'CARD_INVALID' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  update_time: string
}

/** 查询品牌会员发券活动列表: the options of `GET /v3/brand/partner/card-member/membership-activities`. */
export interface BrandPartnerCardMemberMembershipActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 品牌id */
    brand_id: string
    /** 会员卡模板ID */
    card_id?: string
    /** 活动状态 */
    activity_state?: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED'
    /** 请求资源起始位置 */
    offset: number
    /** 最大资源条数 */
    limit: number
  }
}

/** 查询品牌会员发券活动列表: what `GET /v3/brand/partner/card-member/membership-activities` answers. */
export type BrandPartnerCardMemberMembershipActivitiesGetResponse = {
  /** 活动列表 */
  data?: {
    /** 商户请求单号 */
    out_request_no: string
    /** 品牌ID */
    brand_id: string
    /** 会员卡ID */
    card_id: string
    /** 活动渠道 */
    activity_channel: 'MECHANT_APP_COMPONENT' | (string & {})
    /** 活动主标题 */
    title: string
    /** 活动主标题 */
    sub_title: string
    /** 活动开始时间 */
    begin_time: string
    /** 活动结束时间 */
    end_time: string
    /** 活动总库存 */
    apply_total: number
    /** 活动剩余库存 */
    apply_available: number
    /** 商品券批次列表 */
    product_coupon_stock_list: {
      /** 商品券ID */
      product_coupon_id: string
      /** 批次ID */
      stock_id: string
    }[]
    /** 活动ID */
    activity_id: string
    /** 活动状态 */
    activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED' | (string & {})
    /** 创建时间 */
    create_time: string
    /** 更新时间 */
    modify_time: string
  }[]
  /** 请求资源起始位置 */
  offset: number
  /** 最大资源条数 */
  limit: number
  /** 资源总条数 */
  total_count: number
}

export interface BrandPartnerCardMemberMembershipActivitiesPostJson {
  /** 商户请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡ID */
  card_id: string
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT'
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 活动总库存 */
  apply_total: number
  /** 商品券批次列表 */
  product_coupon_stock_list: readonly {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }[]
}

/** 创建品牌会员发券活动: the options of `POST /v3/brand/partner/card-member/membership-activities`. */
export interface BrandPartnerCardMemberMembershipActivitiesPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberMembershipActivitiesPostJson
}

/** 创建品牌会员发券活动: what `POST /v3/brand/partner/card-member/membership-activities` answers. */
export type BrandPartnerCardMemberMembershipActivitiesPostResponse = {
  /** 商户请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡ID */
  card_id: string
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT' | (string & {})
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 活动总库存 */
  apply_total: number
  /** 活动剩余库存 */
  apply_available: number
  /** 商品券批次列表 */
  product_coupon_stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }[]
  /** 活动ID */
  activity_id: string
  /** 活动状态 */
  activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

/** 查询品牌会员发券活动: the options of `GET /v3/brand/partner/card-member/membership-activities/{activity_id}`. */
export interface BrandPartnerCardMemberMembershipActivitiesByActivityIdGetOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
  query: {
    /** 品牌id */
    brand_id: string
  }
}

/** 查询品牌会员发券活动: what `GET /v3/brand/partner/card-member/membership-activities/{activity_id}` answers. */
export type BrandPartnerCardMemberMembershipActivitiesByActivityIdGetResponse = {
  /** 商户请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡ID */
  card_id: string
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT' | (string & {})
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 活动总库存 */
  apply_total: number
  /** 活动剩余库存 */
  apply_available: number
  /** 商品券批次列表 */
  product_coupon_stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }[]
  /** 活动ID */
  activity_id: string
  /** 活动状态 */
  activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

export interface BrandPartnerCardMemberMembershipActivitiesByActivityIdPatchJson {
  /** 品牌ID */
  brand_id: string
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
}

/** 修改品牌会员发券活动信息: the options of `PATCH /v3/brand/partner/card-member/membership-activities/{activity_id}`. */
export interface BrandPartnerCardMemberMembershipActivitiesByActivityIdPatchOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
  json: BrandPartnerCardMemberMembershipActivitiesByActivityIdPatchJson
}

/** 修改品牌会员发券活动信息: what `PATCH /v3/brand/partner/card-member/membership-activities/{activity_id}` answers. */
export type BrandPartnerCardMemberMembershipActivitiesByActivityIdPatchResponse = {
  /** 商户请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡ID */
  card_id: string
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT' | (string & {})
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 活动总库存 */
  apply_total: number
  /** 活动剩余库存 */
  apply_available: number
  /** 商品券批次列表 */
  product_coupon_stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }[]
  /** 活动ID */
  activity_id: string
  /** 活动状态 */
  activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

export interface BrandPartnerCardMemberMembershipActivitiesByActivityIdTerminatePostJson {
  /** 品牌ID */
  brand_id: string
}

/** 终止品牌会员发券活动: the options of `POST /v3/brand/partner/card-member/membership-activities/{activity_id}/terminate`. */
export interface BrandPartnerCardMemberMembershipActivitiesByActivityIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
  json: BrandPartnerCardMemberMembershipActivitiesByActivityIdTerminatePostJson
}

/** 终止品牌会员发券活动: what `POST /v3/brand/partner/card-member/membership-activities/{activity_id}/terminate` answers. */
export type BrandPartnerCardMemberMembershipActivitiesByActivityIdTerminatePostResponse = {
  /** 商户请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡ID */
  card_id: string
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT' | (string & {})
  /** 活动主标题 */
  title: string
  /** 活动主标题 */
  sub_title: string
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 活动总库存 */
  apply_total: number
  /** 活动剩余库存 */
  apply_available: number
  /** 商品券批次列表 */
  product_coupon_stock_list: {
    /** 商品券ID */
    product_coupon_id: string
    /** 批次ID */
    stock_id: string
  }[]
  /** 活动ID */
  activity_id: string
  /** 活动状态 */
  activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

export interface BrandPartnerCardMemberPayViewTokensPostJson {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
}

/** 品牌会员展示付款码组件预授权: the options of `POST /v3/brand/partner/card-member/pay-view-tokens`. */
export interface BrandPartnerCardMemberPayViewTokensPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberPayViewTokensPostJson
}

/** 品牌会员展示付款码组件预授权: what `POST /v3/brand/partner/card-member/pay-view-tokens` answers. */
export type BrandPartnerCardMemberPayViewTokensPostResponse = {
  /** 预授权token */
  token: string
  /** token 过期时间 */
  expire_time: string
}

export interface BrandPartnerCardMemberPreAuthTokensPostJson {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
}

/** 入会组件预授权: the options of `POST /v3/brand/partner/card-member/pre-auth-tokens`. */
export interface BrandPartnerCardMemberPreAuthTokensPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberPreAuthTokensPostJson
}

/** 入会组件预授权: what `POST /v3/brand/partner/card-member/pre-auth-tokens` answers. */
export type BrandPartnerCardMemberPreAuthTokensPostResponse = {
  /** 预授权token */
  token: string
  /** token 过期时间 */
  expire_time: string
}

/** 查询用户在品牌下所有会员卡: the options of `GET /v3/brand/partner/card-member/user-cards`. */
export interface BrandPartnerCardMemberUserCardsGetOptions extends RouteCallOptions {
  query: {
    /** 品牌id */
    brand_id: string
    /** 用户标识 */
    openid: string
    /** 用户会员卡状态 */
    user_card_state?: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID'
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询用户在品牌下所有会员卡: what `GET /v3/brand/partner/card-member/user-cards` answers. */
export type BrandPartnerCardMemberUserCardsGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 会员卡列表 */
  data?: {
    /** 会员卡code */
    user_card_code: string
    /** 会员卡模板ID */
    card_id: string
    /** 用户标识 */
    openid: string
    /** 卡背景颜色 */
    card_color?: string
    /** 卡背景图URL */
    card_picture_url?: string
    /** 品牌ID */
    brand_id: string
    /** 会员卡类型 */
    card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
    /** 加密的手机号 (encrypted to your merchant API key) */
    phone_number?: string
    /** 等级 */
    level?: string
    /** 会员卡有效期 */
    valid_date_information: {
      /** 有效期类型 */
      type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
      /** 有效期开始时间 */
      available_begin_time?: string
      /** 有效期结束时间 */
      available_end_time?: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
    }
    /** 领取时间 */
    pickup_time: string
    /** 用户开卡时填写的个人信息 */
    user_information?: {
      /** 平台提供的通用开卡信息字段 */
      common_field_list?: {
        /** 平台提供的通用开卡信息字段 */
        name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
        /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
        value?: string
      }[]
      /** 商户自定义的开卡信息字段 */
      custom_field_list?: {
        /** 字段名称 */
        name?: string
        /** 加密的用户选择的字段值列表 */
        user_chosen_values?: string[]
      }[]
    }
    /** 商家数据包 */
    attach?: string
    /** 用户会员卡状态 */
    user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
    /** 作废原因 */
    invalid_reason?: string
    /** 作废时间 */
    invalid_time?: string
  }[]
}

export interface BrandPartnerCardMemberUserCardsImportByOpenidPostJson {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 加密的手机号 (encrypt with `client.encrypt()`) */
  phone_number?: Encrypted
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'
      /** 加密的用户开卡时填写的个人信息 (encrypt with `client.encrypt()`) */
      value?: Encrypted
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: readonly string[]
    }[]
  }
  /** 会员卡有效期 */
  date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
}

/** 根据openid导入用户会员卡: the options of `POST /v3/brand/partner/card-member/user-cards/import-by-openid`. */
export interface BrandPartnerCardMemberUserCardsImportByOpenidPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberUserCardsImportByOpenidPostJson
}

/** 根据openid导入用户会员卡: what `POST /v3/brand/partner/card-member/user-cards/import-by-openid` answers. */
export type BrandPartnerCardMemberUserCardsImportByOpenidPostResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

export interface BrandPartnerCardMemberUserCardsImportByPhonePostJson {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 加密的手机号 (encrypt with `client.encrypt()`) */
  phone_number: Encrypted
  /** 会员卡code */
  user_card_code: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'
      /** 加密的用户开卡时填写的个人信息 (encrypt with `client.encrypt()`) */
      value?: Encrypted
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: readonly string[]
    }[]
  }
  /** 会员卡有效期 */
  date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
}

/** 根据手机号导入用户会员卡: the options of `POST /v3/brand/partner/card-member/user-cards/import-by-phone`. */
export interface BrandPartnerCardMemberUserCardsImportByPhonePostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberUserCardsImportByPhonePostJson
}

/** 根据手机号导入用户会员卡: what `POST /v3/brand/partner/card-member/user-cards/import-by-phone` answers. */
export type BrandPartnerCardMemberUserCardsImportByPhonePostResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

/** 查询用户会员卡信息: the options of `GET /v3/brand/partner/card-member/user-cards/{user_card_code}`. */
export interface BrandPartnerCardMemberUserCardsByUserCardCodeGetOptions extends RouteCallOptions {
  params: {
    /** 会员卡code */
    user_card_code: string
  }
  query: {
    /** 品牌id */
    brand_id: string
    /** 会员卡模版ID */
    card_id: string
    /** 用户标识 */
    openid: string
  }
}

/** 查询用户会员卡信息: what `GET /v3/brand/partner/card-member/user-cards/{user_card_code}` answers. */
export type BrandPartnerCardMemberUserCardsByUserCardCodeGetResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

export interface BrandPartnerCardMemberUserCardsByUserCardCodePatchJson {
  /** 品牌ID */
  brand_id?: string
  /** 用户标识 */
  openid?: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 加密的手机号 (encrypt with `client.encrypt()`) */
  phone_number?: Encrypted
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information?: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time?: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'
      /** 加密的用户开卡时填写的个人信息 (encrypt with `client.encrypt()`) */
      value?: Encrypted
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: readonly string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
}

/** 修改用户会员卡信息: the options of `PATCH /v3/brand/partner/card-member/user-cards/{user_card_code}`. */
export interface BrandPartnerCardMemberUserCardsByUserCardCodePatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡code */
    user_card_code: string
  }
  query: {
    /** 会员卡模板ID */
    card_id: string
  }
  json?: BrandPartnerCardMemberUserCardsByUserCardCodePatchJson
}

/** 修改用户会员卡信息: what `PATCH /v3/brand/partner/card-member/user-cards/{user_card_code}` answers. */
export type BrandPartnerCardMemberUserCardsByUserCardCodePatchResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

export interface BrandPartnerCardMemberUserCardsByUserCardCodeConfirmPostJson {
  /** 品牌ID */
  brand_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 加密的手机号 (encrypt with `client.encrypt()`) */
  phone_number?: Encrypted
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information?: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'
      /** 加密的用户开卡时填写的个人信息 (encrypt with `client.encrypt()`) */
      value?: Encrypted
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: readonly string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 会员开卡状态 */
  user_card_confirm_state: 'CREATE_CARD_SUCCESS' | 'CREATE_CARD_FAIL'
}

/** 同步会员开通结果: the options of `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/confirm`. */
export interface BrandPartnerCardMemberUserCardsByUserCardCodeConfirmPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡code */
    user_card_code: string
  }
  query: {
    /** 会员卡模版ID */
    card_id: string
  }
  json: BrandPartnerCardMemberUserCardsByUserCardCodeConfirmPostJson
}

/** 同步会员开通结果: what `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/confirm` answers. */
export type BrandPartnerCardMemberUserCardsByUserCardCodeConfirmPostResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

export interface BrandPartnerCardMemberUserCardsByUserCardCodeInvalidatePostJson {
  /** 用户标识 */
  openid: string
  /** 作废原因 */
  invalid_reason?: string
}

/** 作废用户会员卡: the options of `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate`. */
export interface BrandPartnerCardMemberUserCardsByUserCardCodeInvalidatePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡code */
    user_card_code: string
  }
  query: {
    /** 品牌id */
    brand_id: string
    /** 会员卡模版ID */
    card_id: string
  }
  json: BrandPartnerCardMemberUserCardsByUserCardCodeInvalidatePostJson
}

/** 作废用户会员卡: what `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate` answers. */
export type BrandPartnerCardMemberUserCardsByUserCardCodeInvalidatePostResponse = {
  /** 会员卡code */
  user_card_code: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color?: string
  /** 卡背景图URL */
  card_picture_url?: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
}

export interface BrandPartnerCardMemberUserFeedsPostJson {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 会员卡code */
  user_card_code: string
  /** 用户标识 */
  openid: string
  /** 商家请求单号 */
  out_request_no: string
  /** 会员动态内容 */
  cell_message: string
}

/** 创建用户动态信息: the options of `POST /v3/brand/partner/card-member/user-feeds`. */
export interface BrandPartnerCardMemberUserFeedsPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberUserFeedsPostJson
}

/** 创建用户动态信息: what `POST /v3/brand/partner/card-member/user-feeds` answers. */
export type BrandPartnerCardMemberUserFeedsPostResponse = {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 会员卡code */
  user_card_code: string
  /** 用户标识 */
  openid: string
  /** 商家请求单号 */
  out_request_no: string
  /** 会员动态内容 */
  cell_message: string
}

export interface BrandPartnerCardMemberUserPointsExchangeCouponConfirmPostJson {
  /** 积分兑券ID */
  record_id: string
  /** 积分兑券模板ID */
  exchange_coupon_template_id: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 积分兑券状态 */
  state: 'POINT_EXCHANGE_COUPON_SUCCESS' | 'POINT_EXCHANGE_COUPON_FAIL'
  /** 兑券成功的券code */
  coupon_code?: string
  /** 兑券失败原因 */
  fail_reason?: string
}

/** 同步积分兑券结果: the options of `POST /v3/brand/partner/card-member/user-points/exchange-coupon/confirm`. */
export interface BrandPartnerCardMemberUserPointsExchangeCouponConfirmPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberUserPointsExchangeCouponConfirmPostJson
}

/** 同步积分兑券结果: what `POST /v3/brand/partner/card-member/user-points/exchange-coupon/confirm` answers. */
export type BrandPartnerCardMemberUserPointsExchangeCouponConfirmPostResponse = {
  /** 积分兑券ID */
  record_id: string
  /** 积分兑券模板ID */
  exchange_coupon_template_id: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 积分兑券状态 */
  state: 'POINT_EXCHANGE_COUPON_SUCCESS' | 'POINT_EXCHANGE_COUPON_FAIL' | (string & {})
  /** 兑券成功的券code */
  coupon_code?: string
  /** 兑券失败原因 */
  fail_reason?: string
}

export interface BrandPartnerCardMemberUserPointsSyncPostJson {
  /** 商家请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 积分余额 */
  point_balance: number
}

/** 同步积分余额: the options of `POST /v3/brand/partner/card-member/user-points/sync`. */
export interface BrandPartnerCardMemberUserPointsSyncPostOptions extends RouteCallOptions {
  json: BrandPartnerCardMemberUserPointsSyncPostJson
}

/** 同步积分余额: what `POST /v3/brand/partner/card-member/user-points/sync` answers. */
export type BrandPartnerCardMemberUserPointsSyncPostResponse = {
  /** 商家请求单号 */
  out_request_no: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 积分余额 */
  point_balance: number
}

/** 列表查询品牌门店信息: the options of `GET /v3/brand/partner/store/brandstores`. */
export interface BrandPartnerStoreBrandstoresGetOptions extends RouteCallOptions {
  query: {
    /** 品牌ID */
    brand_id: string
    /** 门店状态 */
    store_state?: 'OPEN' | 'CREATING' | 'CLOSED'
    /** 分页起始位置 */
    offset?: number
    /** 分页条数 */
    limit?: number
  }
}

/** 列表查询品牌门店信息: what `GET /v3/brand/partner/store/brandstores` answers. */
export type BrandPartnerStoreBrandstoresGetResponse = {
  /** 品牌ID */
  brand_id: string
  /** 分页起始位置 */
  offset?: number
  /** 分页条数 */
  limit?: number
  /** 门店总数 */
  total_count?: number
  /** 品牌门店列表 */
  data?: {
    /** 品牌ID */
    brand_id: string
    /** 品牌门店ID */
    store_id?: string
    /** 门店状态 */
    store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
    /** 审核状态 */
    audit_state?: 'SUCCESS' | 'PROCESSING' | 'REJECTED' | (string & {})
    /** 审核失败原因 */
    review_reject_reason?: string
    /** 门店基础信息 */
    store_basics?: {
      /** 商家门店编号 */
      store_reference_id?: string
      /** 门店名称 */
      branch_name?: string
    }
    /** 门店地址信息 */
    store_address?: {
      /** 门店省市编码 */
      address_code: string
      /** 门店地址 */
      address_detail: string
      /** 门店地址辅助描述 */
      address_complements?: string
      /** 门店经度 */
      longitude?: string
      /** 门店纬度 */
      latitude?: string
    }
    /** 门店经营信息 */
    store_business?: {
      /** 门店服务电话 */
      service_phone?: string
      /** 门店经营时间 */
      business_hours?: string
    }
    /** 门店收款信息 */
    store_recipient?: {
      /** 门店收款商户号 */
      mchid?: string
      /** 门店收款主体 */
      company_name?: string
      /** 收款绑定状态 */
      recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED' | (string & {})
    }[]
  }[]
}

export interface BrandPartnerStoreBrandstoresPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 门店名称 */
    branch_name?: string
  }
  /** 门店地址信息 */
  store_address: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
}

/** 创建品牌门店: the options of `POST /v3/brand/partner/store/brandstores`. */
export interface BrandPartnerStoreBrandstoresPostOptions extends RouteCallOptions {
  json: BrandPartnerStoreBrandstoresPostJson
}

/** 创建品牌门店: what `POST /v3/brand/partner/store/brandstores` answers. */
export type BrandPartnerStoreBrandstoresPostResponse = {
  /** 品牌ID */
  brand_id: string
  /** 品牌门店ID */
  store_id?: string
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
  /** 审核状态 */
  audit_state?: 'SUCCESS' | 'PROCESSING' | 'REJECTED' | (string & {})
  /** 审核失败原因 */
  review_reject_reason?: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 门店名称 */
    branch_name?: string
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
  /** 门店收款信息 */
  store_recipient?: {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
    /** 收款绑定状态 */
    recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED' | (string & {})
  }[]
}

export interface BrandPartnerStoreBrandstoresByStoreIdDeleteJson {
  /** 品牌ID */
  brand_id: string
}

/** 删除品牌门店: the options of `DELETE /v3/brand/partner/store/brandstores/{store_id}`. */
export interface BrandPartnerStoreBrandstoresByStoreIdDeleteOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdDeleteJson
}

/** 删除品牌门店: what `DELETE /v3/brand/partner/store/brandstores/{store_id}` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdDeleteResponse = undefined

/** 查询品牌门店: the options of `GET /v3/brand/partner/store/brandstores/{store_id}`. */
export interface BrandPartnerStoreBrandstoresByStoreIdGetOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  query: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 查询品牌门店: what `GET /v3/brand/partner/store/brandstores/{store_id}` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdGetResponse = {
  /** 品牌ID */
  brand_id: string
  /** 品牌门店ID */
  store_id: string
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
  /** 审核状态 */
  audit_state?: 'SUCCESS' | 'PROCESSING' | 'REJECTED' | (string & {})
  /** 审核失败原因 */
  review_reject_reason?: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 门店名称 */
    branch_name?: string
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
  /** 门店收款信息 */
  store_recipient?: {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
    /** 收款绑定状态 */
    recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED' | (string & {})
  }[]
}

export interface BrandPartnerStoreBrandstoresByStoreIdPatchJson {
  /** 品牌ID */
  brand_id: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 门店名称 */
    branch_name?: string
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
}

/** 更新品牌门店: the options of `PATCH /v3/brand/partner/store/brandstores/{store_id}`. */
export interface BrandPartnerStoreBrandstoresByStoreIdPatchOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdPatchJson
}

/** 更新品牌门店: what `PATCH /v3/brand/partner/store/brandstores/{store_id}` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdPatchResponse = {
  /** 品牌ID */
  brand_id: string
  /** 品牌门店ID */
  store_id: string
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
  /** 审核状态 */
  audit_state?: 'SUCCESS' | 'PROCESSING' | 'REJECTED' | (string & {})
  /** 审核失败原因 */
  review_reject_reason?: string
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string
    /** 门店名称 */
    branch_name?: string
  }
  /** 门店地址信息 */
  store_address?: {
    /** 门店省市编码 */
    address_code: string
    /** 门店地址 */
    address_detail: string
    /** 门店地址辅助描述 */
    address_complements?: string
    /** 门店经度 */
    longitude?: string
    /** 门店纬度 */
    latitude?: string
  }
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string
    /** 门店经营时间 */
    business_hours?: string
  }
  /** 门店收款信息 */
  store_recipient?: {
    /** 门店收款商户号 */
    mchid: string
    /** 门店收款主体 */
    company_name?: string
    /** 收款绑定状态 */
    recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED' | (string & {})
  }[]
}

export interface BrandPartnerStoreBrandstoresByStoreIdBindrecipientPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店收款商户号 */
  mchid: string
  /** 门店收款主体 */
  company_name: string
}

/** 绑定收款商户号: the options of `POST /v3/brand/partner/store/brandstores/{store_id}/bindrecipient`. */
export interface BrandPartnerStoreBrandstoresByStoreIdBindrecipientPostOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdBindrecipientPostJson
}

/** 绑定收款商户号: what `POST /v3/brand/partner/store/brandstores/{store_id}/bindrecipient` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdBindrecipientPostResponse = {
  /** 品牌ID */
  brand_id?: string
  /** 品牌门店ID */
  store_id?: string
  /** 门店收款商户号 */
  mchid?: string
  /** 门店收款主体 */
  company_name?: string
  /** 收款绑定状态 */
  recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED' | (string & {})
}

export interface BrandPartnerStoreBrandstoresByStoreIdClosePostJson {
  /** 品牌ID */
  brand_id: string
}

/** 暂停门店营业: the options of `POST /v3/brand/partner/store/brandstores/{store_id}/close`. */
export interface BrandPartnerStoreBrandstoresByStoreIdClosePostOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdClosePostJson
}

/** 暂停门店营业: what `POST /v3/brand/partner/store/brandstores/{store_id}/close` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdClosePostResponse = {
  /** 品牌ID */
  brand_id: string
  /** 品牌门店ID */
  store_id?: string
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
}

export interface BrandPartnerStoreBrandstoresByStoreIdResumePostJson {
  /** 品牌ID */
  brand_id: string
}

/** 恢复门店营业: the options of `POST /v3/brand/partner/store/brandstores/{store_id}/resume`. */
export interface BrandPartnerStoreBrandstoresByStoreIdResumePostOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdResumePostJson
}

/** 恢复门店营业: what `POST /v3/brand/partner/store/brandstores/{store_id}/resume` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdResumePostResponse = {
  /** 品牌ID */
  brand_id: string
  /** 品牌门店ID */
  store_id?: string
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED' | (string & {})
}

export interface BrandPartnerStoreBrandstoresByStoreIdUnbindrecipientPostJson {
  /** 品牌ID */
  brand_id: string
  /** 门店收款商户号 */
  mchid: string
}

/** 解绑收款商户号: the options of `POST /v3/brand/partner/store/brandstores/{store_id}/unbindrecipient`. */
export interface BrandPartnerStoreBrandstoresByStoreIdUnbindrecipientPostOptions extends RouteCallOptions {
  params: {
    /** 品牌门店ID */
    store_id: string
  }
  json: BrandPartnerStoreBrandstoresByStoreIdUnbindrecipientPostJson
}

/** 解绑收款商户号: what `POST /v3/brand/partner/store/brandstores/{store_id}/unbindrecipient` answers. */
export type BrandPartnerStoreBrandstoresByStoreIdUnbindrecipientPostResponse = {
  /** 解绑失败原因 */
  failed_reason?: string
}
