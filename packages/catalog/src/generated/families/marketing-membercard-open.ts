// marketing/membercard-open: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 获取用户信息（跳转型激活）: the options of `GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}`. */
export interface MarketingMembercardOpenActivateInformationsByActivateTicketGetOptions extends RouteCallOptions {
  params: {
    /** 激活ticket */
    activate_ticket: string
  }
}

/** 获取用户信息（跳转型激活）: what `GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}` answers. */
export type MarketingMembercardOpenActivateInformationsByActivateTicketGetResponse = {
  /** 微信昵称 */
  nickname?: string
  /** 微信头像url */
  head_image_url?: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 用户开卡时填写的个人信息 */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 字段值 */
      value?: string
      /** 字段值 */
      value_list?: string[]
    }[]
  }
}

/** 查询回调地址: the options of `GET /v3/marketing/membercard-open/callback`. */
export interface MarketingMembercardOpenCallbackGetOptions extends RouteCallOptions {}

/** 查询回调地址: what `GET /v3/marketing/membercard-open/callback` answers. */
export type MarketingMembercardOpenCallbackGetResponse = {
  /** 通知url地址 */
  notify_url: string
  /** 商户号 */
  mchid?: string
}

export interface MarketingMembercardOpenCallbackPatchJson {
  /** 通知url地址 */
  notify_url: string
}

/** 设置回调地址: the options of `PATCH /v3/marketing/membercard-open/callback`. */
export interface MarketingMembercardOpenCallbackPatchOptions extends RouteCallOptions {
  json: MarketingMembercardOpenCallbackPatchJson
}

/** 设置回调地址: what `PATCH /v3/marketing/membercard-open/callback` answers. */
export type MarketingMembercardOpenCallbackPatchResponse = {
  /** 通知url地址 */
  notify_url: string
  /** 商户号 */
  mchid?: string
}

/** 查询会员卡模板列表: the options of `GET /v3/marketing/membercard-open/cards`. */
export interface MarketingMembercardOpenCardsGetOptions extends RouteCallOptions {
  query: {
    /** 品牌id */
    brand_id?: string
    /** 商户AppId */
    appid?: string
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询会员卡模板列表: what `GET /v3/marketing/membercard-open/cards` answers. */
export type MarketingMembercardOpenCardsGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页大小 */
  limit: number
  /** 分页页码 */
  offset: number
  /** 会员卡列表 */
  data?: {
    /** 会员卡id */
    card_id: string
    /** 创建时间 */
    create_time?: string
    /** 更新时间 */
    update_time?: string
    /** 剩余库存 */
    remain_quantity?: number
    /** 会员卡状态 */
    status?: 'NOT_APPROVE' | 'APPROVE_FAIL' | 'APPROVED' | 'DELETED' | (string & {})
    /** 品牌信息 */
    brand: {
      /** 品牌id */
      brand_id: string
      /** 品牌展示名称 */
      display_name: string
    }
    /** 商户AppId */
    appid: string
    /** 会员卡logo */
    logo_url: string
    /** 卡名称 */
    title: string
    /** 会员卡背景图 */
    background_picture_url: string
    /** 使用须知 */
    description: string
    /** 服务电话 */
    service_phone?: string
    /** 会员码型 */
    code_type: 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE' | (string & {})
    /** 会员卡总库存 */
    total_quantity?: number
    /** 有效期 */
    date_information: {
      /** 有效期类型 */
      type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
      /** 有效期开始时间 */
      available_begin_time?: string
      /** 有效期结束时间 */
      available_end_time?: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
    }
    /** 会员卡code分配类型 */
    code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME' | (string & {})
    /** 是否展示会员等级 */
    need_display_level?: boolean
    /** 会员初始等级 */
    init_level?: string
    /** 商户请求单号 */
    out_request_no: string
    /** 储值信息 */
    balance_information?: {
      /** 是否支持储值 */
      need_balance?: boolean
      /** 储值小程序appid */
      balance_appid?: string
      /** 储值小程序path */
      balance_path?: string
      /** 储值url */
      balance_url?: string
    }
    /** 开卡信息 */
    user_information_form?: {
      /** 平台提供的通用开卡信息字段 */
      common_field_list?: ('USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
      /** 商户自定义的开卡信息字段 */
      custom_field_list?: {
        /** 商户自定义的开卡信息字段类型 */
        type?: 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX' | (string & {})
        /** 字段名称 */
        name?: string
        /** 字段值 */
        values?: string[]
      }[]
    }
    /** 商户补充声明 */
    additional_statement?: {
      /** 标题 */
      title?: string
      /** 跳转url */
      url?: string
      /** 跳转小程序appid */
      appid?: string
      /** 跳转小程序path */
      path?: string
    }
  }[]
}

export interface MarketingMembercardOpenCardsPostJson {
  /** 商户AppId */
  appid: string
  /** 会员卡logo */
  logo_url: string
  /** 品牌信息 */
  brand: {
    /** 品牌id */
    brand_id: string
    /** 品牌展示名称 */
    display_name: string
  }
  /** 卡名称 */
  title: string
  /** 会员卡背景图 */
  background_picture_url: string
  /** 使用须知 */
  description: string
  /** 服务电话 */
  service_phone?: string
  /** 会员码型 */
  code_type: 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE'
  /** 会员卡总库存 */
  total_quantity?: number
  /** 有效期 */
  date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
    /** 领取后N天开始生效 */
    wait_days_after_receive?: number
  }
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME'
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 商户请求单号 */
  out_request_no: string
  /** 储值信息 */
  balance_information?: {
    /** 是否支持储值 */
    need_balance?: boolean
    /** 储值小程序appid */
    balance_appid?: string
    /** 储值小程序path */
    balance_path?: string
    /** 储值url */
    balance_url?: string
  }
  /** 开卡信息 */
  user_information_form?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly ('USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY')[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX'
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: readonly string[]
    }[]
  }
  /** 商户补充声明 */
  additional_statement?: {
    /** 标题 */
    title?: string
    /** 跳转url */
    url?: string
    /** 跳转小程序appid */
    appid?: string
    /** 跳转小程序path */
    path?: string
  }
  /** 是否启用动态码 */
  need_dynamic_code?: boolean
}

/** 创建会员卡模板: the options of `POST /v3/marketing/membercard-open/cards`. */
export interface MarketingMembercardOpenCardsPostOptions extends RouteCallOptions {
  json: MarketingMembercardOpenCardsPostJson
}

/** 创建会员卡模板: what `POST /v3/marketing/membercard-open/cards` answers. */
export type MarketingMembercardOpenCardsPostResponse = {
  /** 会员卡id */
  card_id: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
  /** 剩余库存 */
  remain_quantity?: number
  /** 会员卡状态 */
  status?: 'NOT_APPROVE' | 'APPROVE_FAIL' | 'APPROVED' | 'DELETED' | (string & {})
  /** 品牌信息 */
  brand: {
    /** 品牌id */
    brand_id: string
    /** 品牌展示名称 */
    display_name: string
  }
  /** 商户AppId */
  appid: string
  /** 会员卡logo */
  logo_url: string
  /** 卡名称 */
  title: string
  /** 会员卡背景图 */
  background_picture_url: string
  /** 使用须知 */
  description: string
  /** 服务电话 */
  service_phone?: string
  /** 会员码型 */
  code_type: 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE' | (string & {})
  /** 会员卡总库存 */
  total_quantity?: number
  /** 有效期 */
  date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME' | (string & {})
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 商户请求单号 */
  out_request_no: string
  /** 储值信息 */
  balance_information?: {
    /** 是否支持储值 */
    need_balance?: boolean
    /** 储值小程序appid */
    balance_appid?: string
    /** 储值小程序path */
    balance_path?: string
    /** 储值url */
    balance_url?: string
  }
  /** 开卡信息 */
  user_information_form?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 商户补充声明 */
  additional_statement?: {
    /** 标题 */
    title?: string
    /** 跳转url */
    url?: string
    /** 跳转小程序appid */
    appid?: string
    /** 跳转小程序path */
    path?: string
  }
}

/** 删除会员卡模板: the options of `DELETE /v3/marketing/membercard-open/cards/{card_id}`. */
export interface MarketingMembercardOpenCardsByCardIdDeleteOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
}

/** 删除会员卡模板: what `DELETE /v3/marketing/membercard-open/cards/{card_id}` answers. */
export type MarketingMembercardOpenCardsByCardIdDeleteResponse = undefined

/** 查询会员卡模板信息: the options of `GET /v3/marketing/membercard-open/cards/{card_id}`. */
export interface MarketingMembercardOpenCardsByCardIdGetOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
}

/** 查询会员卡模板信息: what `GET /v3/marketing/membercard-open/cards/{card_id}` answers. */
export type MarketingMembercardOpenCardsByCardIdGetResponse = {
  /** 会员卡id */
  card_id: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
  /** 剩余库存 */
  remain_quantity?: number
  /** 会员卡状态 */
  status?: 'NOT_APPROVE' | 'APPROVE_FAIL' | 'APPROVED' | 'DELETED' | (string & {})
  /** 品牌信息 */
  brand: {
    /** 品牌id */
    brand_id: string
    /** 品牌展示名称 */
    display_name: string
  }
  /** 商户AppId */
  appid: string
  /** 会员卡logo */
  logo_url: string
  /** 卡名称 */
  title: string
  /** 会员卡背景图 */
  background_picture_url: string
  /** 使用须知 */
  description: string
  /** 服务电话 */
  service_phone?: string
  /** 会员码型 */
  code_type: 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE' | (string & {})
  /** 会员卡总库存 */
  total_quantity?: number
  /** 有效期 */
  date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 会员卡code分配类型 */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME' | (string & {})
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 商户请求单号 */
  out_request_no: string
  /** 储值信息 */
  balance_information?: {
    /** 是否支持储值 */
    need_balance?: boolean
    /** 储值小程序appid */
    balance_appid?: string
    /** 储值小程序path */
    balance_path?: string
    /** 储值url */
    balance_url?: string
  }
  /** 开卡信息 */
  user_information_form?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: ('USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {}))[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX' | (string & {})
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: string[]
    }[]
  }
  /** 商户补充声明 */
  additional_statement?: {
    /** 标题 */
    title?: string
    /** 跳转url */
    url?: string
    /** 跳转小程序appid */
    appid?: string
    /** 跳转小程序path */
    path?: string
  }
}

export interface MarketingMembercardOpenCardsByCardIdPatchJson {
  /** 商户AppId */
  appid?: string
  /** 会员卡logo */
  logo_url?: string
  /** 卡名称 */
  title?: string
  /** 会员卡背景图 */
  background_picture_url?: string
  /** 使用须知 */
  description?: string
  /** 服务电话 */
  service_phone?: string
  /** 会员卡总库存 */
  total_quantity?: number
  /** 有效期 */
  date_information?: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT'
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
    /** 领取后N天开始生效 */
    wait_days_after_receive?: number
    /** 有效期开始时间 */
    available_begin_time?: string
  }
  /** 是否展示会员等级 */
  need_display_level?: boolean
  /** 会员初始等级 */
  init_level?: string
  /** 储值信息 */
  balance_information?: {
    /** 是否支持储值 */
    need_balance?: boolean
    /** 储值小程序appid */
    balance_appid?: string
    /** 储值小程序path */
    balance_path?: string
    /** 储值url */
    balance_url?: string
  }
  /** 开卡信息 */
  user_information_form?: {
    /** 是否允许修改 */
    can_modify_after_activate?: boolean
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: readonly ('USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY')[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: readonly {
      /** 商户自定义的开卡信息字段类型 */
      type?: 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX'
      /** 字段名称 */
      name?: string
      /** 字段值 */
      values?: readonly string[]
    }[]
  }
  /** 商户补充声明 */
  additional_statement?: {
    /** 标题 */
    title?: string
    /** 跳转url */
    url?: string
    /** 跳转小程序appid */
    appid?: string
    /** 跳转小程序path */
    path?: string
  }
  /** 会员卡code分配类型 */
  code_mode?: 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME'
  /** 会员码型 */
  code_type?: 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE'
  /** 是否启用动态码 */
  need_dynamic_code?: boolean
}

/** 修改会员卡模板信息: the options of `PATCH /v3/marketing/membercard-open/cards/{card_id}`. */
export interface MarketingMembercardOpenCardsByCardIdPatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json?: MarketingMembercardOpenCardsByCardIdPatchJson
}

/** 修改会员卡模板信息: what `PATCH /v3/marketing/membercard-open/cards/{card_id}` answers. */
export type MarketingMembercardOpenCardsByCardIdPatchResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesDepositPostJson {
  /** 会员卡code */
  code?: readonly string[]
}

/** 导入会员Code: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit`. */
export interface MarketingMembercardOpenCardsByCardIdCodesDepositPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json?: MarketingMembercardOpenCardsByCardIdCodesDepositPostJson
}

/** 导入会员Code: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesDepositPostResponse = {
  /** 导入结果 */
  data?: {
    /** 会员卡code */
    code?: string
    /** 导入结果 */
    result?: 'SUCCESS' | 'DUPLICATE' | 'FAIL' | (string & {})
  }[]
}

/** 查询用户会员卡信息: the options of `GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeGetOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
}

/** 查询用户会员卡信息: what `GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeGetResponse = {
  /** 会员卡id */
  card_id?: string
  /** 会员卡code */
  code?: string
  /** 用户标识 */
  openid?: string
  /** 会员卡编号 */
  membership_number?: string
  /** 用户等级 */
  level?: string
  /** 微信昵称 */
  nickname?: string
  /** 微信头像url */
  head_image_url?: string
  /** 会员卡背景图 */
  background_picture_url?: string
  /** 用户储值余额 */
  balance?: number
  /** 用户会员卡状态 */
  user_card_status?: 'NOT_ACTIVATE' | 'EFFECTIVE' | 'EXPIRE' | 'UNAVAILABLE' | 'DELETE' | (string & {})
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 用户开卡时填写的个人信息 */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 字段值 */
      value?: string
      /** 字段值列表 */
      value_list?: string[]
    }[]
  }
  /** 用户当前积分 */
  bonus_value?: number
}

export interface MarketingMembercardOpenCardsByCardIdCodesByCodePatchJson {
  /** 会员卡编号 */
  membership_number?: string
  /** 会员卡背景图 */
  background_picture_url?: string
  /** 用户等级 */
  level?: string
  /** 商户请求单号 */
  out_request_no?: string
  /** 用户储值变更信息 */
  balance_information?: {
    /** 更新前用户储值余额 */
    before_balance: number
    /** 更新后用户储值余额 */
    balance: number
    /** 本次余额变动值 */
    add_balance: number
    /** 储值消耗记录 */
    balance_remark?: string
  }
  /** 是否发送储值变更通知 */
  need_inform_balance?: boolean
  /** 是否发送等级变更通知 */
  need_inform_level?: boolean
}

/** 修改用户会员卡信息: the options of `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodePatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json?: MarketingMembercardOpenCardsByCardIdCodesByCodePatchJson
}

/** 修改用户会员卡信息: what `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodePatchResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeActivatePostJson {
  /** 会员卡编号 */
  membership_number?: string
}

/** 激活会员卡（跳转型激活）: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeActivatePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json?: MarketingMembercardOpenCardsByCardIdCodesByCodeActivatePostJson
}

/** 激活会员卡（跳转型激活）: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeActivatePostResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeBonusCommitPostJson {
  /** 商户订单号 */
  out_trade_no: string
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 会员积分值 */
  bonus_value: number
}

/** 设置支付后展示的积分到账: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeBonusCommitPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json: MarketingMembercardOpenCardsByCardIdCodesByCodeBonusCommitPostJson
}

/** 设置支付后展示的积分到账: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeBonusCommitPostResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeBonusPreparePostJson {
  /** 商户订单号 */
  out_trade_no: string
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 会员积分值 */
  bonus_value: number
}

/** 支付结果页展示会员积分: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeBonusPreparePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json: MarketingMembercardOpenCardsByCardIdCodesByCodeBonusPreparePostJson
}

/** 支付结果页展示会员积分: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeBonusPreparePostResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeRightsPatchJson {
  /** 变更前的会员积分值 */
  before_bonus_value?: number
  /** 变更后的会员积分值 */
  bonus_value?: number
  /** 会员积分变动值 */
  add_bonus_value?: number
  /** 商户请求单号 */
  out_request_no: string
  /** 是否发送积分变更通知 */
  need_inform_bonus?: boolean
  /** 会员专享价文案 */
  member_price_word?: string
  /** 会员发票跳转文案 */
  fapiao_jump_word?: string
  /** 会员专属咨询信息 */
  guide?: {
    /** 联系人名字 */
    staff_name?: string
    /** 联系人头像 */
    head_image_url?: string
    /** 联系方式 */
    contact_information_name?: string
    /** 联系信息值 */
    contact_information_value?: string
    /** 联系电话 */
    phone_number?: string
  }
}

/** 设置会员权益: the options of `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeRightsPatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json: MarketingMembercardOpenCardsByCardIdCodesByCodeRightsPatchJson
}

/** 设置会员权益: what `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeRightsPatchResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeSetServiceModuleDataPostJson {
  /** 商户请求单号 */
  out_request_no: string
  /** 会员服务项ID */
  service_module_id: string
  /** 服务状态设置 */
  state_setting: {
    /** 状态ID */
    state_id: string
    /** 内容模板设置 */
    content_template_data: {
      /** 服务内容列表 */
      field_list?: readonly {
        /** 内容字段ID */
        field_id: string
        /** 内容字段值 */
        field_value: string
      }[]
      /** 操作设置 */
      action_setting?: {
        /** 操作名称 */
        action_name: string
        /** 跳转小程序 */
        jump_miniprogram: {
          /** 小程序appid */
          appid: string
          /** 小程序path */
          path: string
        }
      }
    }
    /** 消息模板设置 */
    message_template_setting?: {
      /** 模板消息ID */
      message_template_id: string
      /** 服务内容列表 */
      field_list: readonly {
        /** 内容字段ID */
        field_id: string
        /** 内容字段值 */
        field_value: string
      }[]
    }
  }
}

/** 设置会员服务项用户信息: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeSetServiceModuleDataPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json: MarketingMembercardOpenCardsByCardIdCodesByCodeSetServiceModuleDataPostJson
}

/** 设置会员服务项用户信息: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeSetServiceModuleDataPostResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdCodesByCodeUnavailablePostJson {
  /** 失效理由 */
  reason?: string
}

/** 作废用户会员卡: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable`. */
export interface MarketingMembercardOpenCardsByCardIdCodesByCodeUnavailablePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code: string
  }
  json?: MarketingMembercardOpenCardsByCardIdCodesByCodeUnavailablePostJson
}

/** 作废用户会员卡: what `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable` answers. */
export type MarketingMembercardOpenCardsByCardIdCodesByCodeUnavailablePostResponse = undefined

/** 加密code解码（跳转型激活）: the options of `GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code`. */
export interface MarketingMembercardOpenCardsByCardIdDecryptCodeGetOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  query: {
    /** 加密code */
    encrypt_code: string
  }
}

/** 加密code解码（跳转型激活）: what `GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code` answers. */
export type MarketingMembercardOpenCardsByCardIdDecryptCodeGetResponse = {
  /** 会员卡code */
  code: string
}

export interface MarketingMembercardOpenCardsByCardIdPermissionTokensPostJson {
  /** 激活类型 */
  activate_type: string
  /** 设置用户在开卡完成后 */
  navigate_back_previous_page?: boolean
  /** 跳转激活的url */
  activate_url?: string
  /** 跳转激活的appid */
  activate_appid?: string
  /** 跳转激活的path */
  activate_path?: string
  /** 自定义场景值 */
  outer_str?: string
}

/** 商户预授权: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens`. */
export interface MarketingMembercardOpenCardsByCardIdPermissionTokensPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡模板id */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdPermissionTokensPostJson
}

/** 商户预授权: what `POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens` answers. */
export type MarketingMembercardOpenCardsByCardIdPermissionTokensPostResponse = {
  /** 预授权token */
  permission_token: string
}

export interface MarketingMembercardOpenCardsByCardIdPhoneMembercardImportPostJson {
  /** 用户加密手机号 (encrypt with `client.encrypt()`) */
  encrypted_phone_number: Encrypted
  /** 会员卡code */
  code?: string
  /** 商户请求单号 */
  out_request_no: string
}

/** 根据手机号导入用户会员卡: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import`. */
export interface MarketingMembercardOpenCardsByCardIdPhoneMembercardImportPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡ID */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdPhoneMembercardImportPostJson
}

/** 根据手机号导入用户会员卡: what `POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import` answers. */
export type MarketingMembercardOpenCardsByCardIdPhoneMembercardImportPostResponse = {
  /** 会员卡code */
  code: string
}

export interface MarketingMembercardOpenCardsByCardIdQrcodePostJson {
  /** 会员卡激活类型 */
  activate_type: 'AUTO_ACTIVATE' | 'JUMP_ACTIVATE'
  /** 跳转激活的url */
  activate_url?: string
  /** 跳转激活的appid */
  activate_appid?: string
  /** 跳转激活的path */
  activate_path?: string
  /** 自定义场景值 */
  outer_str?: string
}

/** 创建会员卡二维码: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/qrcode`. */
export interface MarketingMembercardOpenCardsByCardIdQrcodePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdQrcodePostJson
}

/** 创建会员卡二维码: what `POST /v3/marketing/membercard-open/cards/{card_id}/qrcode` answers. */
export type MarketingMembercardOpenCardsByCardIdQrcodePostResponse = {
  /** 二维码对应的url */
  url: string
}

export interface MarketingMembercardOpenCardsByCardIdRightsPatchJson {
  /** 是否展示会员积分 */
  show_bonus: boolean
  /** 是否展示会员优惠 */
  show_favor: boolean
  /** 会员积分 */
  bonus?: {
    /** 会员初始积分值 */
    init_bonus: number
    /** 积分值文案 */
    bonus_value_word: string
    /** 积分价值项标题 */
    bonus_cost_title?: string
    /** 积分价值项文案 */
    bonus_cost_word: string
    /** 积分跳转文案 */
    bonus_jump_word?: string
    /** 积分跳转appid */
    bonus_jump_appid?: string
    /** 积分跳转path */
    bonus_jump_path?: string
    /** 自助积分跳转appid */
    bonus_support_appid?: string
    /** 自助积分跳转path */
    bonus_support_path?: string
  }
  /** 会员优惠 */
  favor?: {
    /** 是否展示优惠券 */
    show_coupon: boolean
    /** 会员专享价文案 */
    member_price_word?: string
    /** 会员专享价跳转appid */
    member_price_appid?: string
    /** 会员专享价跳转path */
    member_price_path?: string
    /** 会员专享价标题 */
    member_price_title?: 'MEMBER_PRICE' | 'MEMBER_ACTIVITY'
    /** 会员优惠栏目名称 */
    favor_module_title?: 'FAVOR' | 'VIP'
  }
  /** 是否展示会员发票 */
  show_fapiao?: boolean
  /** 会员发票 */
  fapiao?: {
    /** 发票跳转文案 */
    fapiao_jump_word?: string
    /** 发票跳转AppID */
    fapiao_jump_appid?: string
    /** 发票跳转path */
    fapiao_jump_path?: string
  }
  /** 是否展示会员专属咨询 */
  show_guide?: boolean
  /** 会员专属咨询信息 */
  guide?: {
    /** 联系人名字 */
    staff_name?: string
    /** 联系人头像 */
    head_image_url?: string
    /** 联系方式 */
    contact_information_name?: string
    /** 联系信息值 */
    contact_information_value?: string
    /** 联系电话 */
    phone_number?: string
  }
}

/** 设置会员卡模板权益项: the options of `PATCH /v3/marketing/membercard-open/cards/{card_id}/rights`. */
export interface MarketingMembercardOpenCardsByCardIdRightsPatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdRightsPatchJson
}

/** 设置会员卡模板权益项: what `PATCH /v3/marketing/membercard-open/cards/{card_id}/rights` answers. */
export type MarketingMembercardOpenCardsByCardIdRightsPatchResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdServiceModulesPostJson {
  /** 会员服务项ID */
  service_module_id: string
  /** 跳转小程序 */
  jump_miniprogram: {
    /** 小程序appid */
    appid: string
    /** 小程序path */
    path: string
  }
}

/** 添加会员卡服务项: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/service-modules`. */
export interface MarketingMembercardOpenCardsByCardIdServiceModulesPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdServiceModulesPostJson
}

/** 添加会员卡服务项: what `POST /v3/marketing/membercard-open/cards/{card_id}/service-modules` answers. */
export type MarketingMembercardOpenCardsByCardIdServiceModulesPostResponse = {
  /** 会员卡id */
  card_id: string
  /** 会员服务项ID */
  service_module_id: string
  /** 跳转小程序 */
  jump_miniprogram: {
    /** 小程序appid */
    appid: string
    /** 小程序path */
    path: string
  }
}

/** 移除会员卡服务项: the options of `DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}`. */
export interface MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdDeleteOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员服务项ID */
    service_module_id: string
  }
}

/** 移除会员卡服务项: what `DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}` answers. */
export type MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdDeleteResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdPatchJson {
  /** 跳转小程序 */
  jump_miniprogram: {
    /** 小程序appid */
    appid: string
    /** 小程序path */
    path: string
  }
}

/** 修改会员卡服务项: the options of `PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}`. */
export interface MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdPatchOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
    /** 会员服务项ID */
    service_module_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdPatchJson
}

/** 修改会员卡服务项: what `PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}` answers. */
export type MarketingMembercardOpenCardsByCardIdServiceModulesByServiceModuleIdPatchResponse = {
  /** 会员卡id */
  card_id: string
  /** 会员服务项ID */
  service_module_id: string
  /** 跳转小程序 */
  jump_miniprogram: {
    /** 小程序appid */
    appid: string
    /** 小程序path */
    path: string
  }
}

export interface MarketingMembercardOpenCardsByCardIdUpgradePostJson {
  /** 品牌id */
  brand_id: string
  /** 商户AppId */
  appid: string
}

/** 老会员卡模板升级: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/upgrade`. */
export interface MarketingMembercardOpenCardsByCardIdUpgradePostOptions extends RouteCallOptions {
  params: {
    /** 会员卡id */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdUpgradePostJson
}

/** 老会员卡模板升级: what `POST /v3/marketing/membercard-open/cards/{card_id}/upgrade` answers. */
export type MarketingMembercardOpenCardsByCardIdUpgradePostResponse = undefined

export interface MarketingMembercardOpenCardsByCardIdUsersImportPostJson {
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  code?: string
  /** 商户请求单号 */
  out_request_no: string
}

/** 根据openid导入用户会员卡: the options of `POST /v3/marketing/membercard-open/cards/{card_id}/users/import`. */
export interface MarketingMembercardOpenCardsByCardIdUsersImportPostOptions extends RouteCallOptions {
  params: {
    /** 会员卡ID */
    card_id: string
  }
  json: MarketingMembercardOpenCardsByCardIdUsersImportPostJson
}

/** 根据openid导入用户会员卡: what `POST /v3/marketing/membercard-open/cards/{card_id}/users/import` answers. */
export type MarketingMembercardOpenCardsByCardIdUsersImportPostResponse = {
  /** 会员卡code */
  code: string
}

export interface MarketingMembercardOpenPhonenumberMemberImportPostJson {
  /** 会员信息 */
  member_information: {
    /** 会员卡id */
    card_id: string
    /** 会员卡code */
    code?: string
    /** 会员卡编号 */
    membership_number?: string
    /** 会员注册时间 */
    registration_time: string
  }
  /** 加密手机号 (encrypt with `client.encrypt()`) */
  encrypted_phone_number: Encrypted
  /** 自定义场景值 */
  outer_str?: string
}

/** 导入加密手机号提醒会员领卡: the options of `POST /v3/marketing/membercard-open/phonenumber-member/import`. */
export interface MarketingMembercardOpenPhonenumberMemberImportPostOptions extends RouteCallOptions {
  json: MarketingMembercardOpenPhonenumberMemberImportPostJson
}

/** 导入加密手机号提醒会员领卡: what `POST /v3/marketing/membercard-open/phonenumber-member/import` answers. */
export type MarketingMembercardOpenPhonenumberMemberImportPostResponse = undefined

/** 通过加密手机号查询会员领卡状态: the options of `GET /v3/marketing/membercard-open/phonenumber-member/search`. */
export interface MarketingMembercardOpenPhonenumberMemberSearchGetOptions extends RouteCallOptions {
  query: {
    /** 会员卡id */
    card_id: string
    /** 加密手机号 (encrypt with `client.encrypt()`) */
    encrypted_phone_number: Encrypted
  }
}

/** 通过加密手机号查询会员领卡状态: what `GET /v3/marketing/membercard-open/phonenumber-member/search` answers. */
export type MarketingMembercardOpenPhonenumberMemberSearchGetResponse = {
  /** 用户领取状态 */
  receive_status: 'UNSHOWED' | 'UNRECEIVED' | 'RECEIVED' | (string & {})
  /** 用户会员卡信息 */
  user_card_information?: {
    /** 会员卡code */
    code: string
    /** 用户标识 */
    openid: string
    /** 用户标识 */
    unionid?: string
    /** 会员卡领取时间 */
    receive_time: string
    /** 品牌appid */
    card_appid: string
    /** 会员卡id */
    card_id: string
  }
}

/** 查询用户在品牌下所有会员卡: the options of `GET /v3/marketing/membercard-open/user/cards`. */
export interface MarketingMembercardOpenUserCardsGetOptions extends RouteCallOptions {
  query: {
    /** 用户标识 */
    openid: string
    /** 商户AppId */
    appid?: string
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
  }
}

/** 查询用户在品牌下所有会员卡: what `GET /v3/marketing/membercard-open/user/cards` answers. */
export type MarketingMembercardOpenUserCardsGetResponse = {
  /** 会员卡列表 */
  data?: {
    /** 会员卡id */
    card_id?: string
    /** 会员卡code */
    code?: string
  }[]
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
}
