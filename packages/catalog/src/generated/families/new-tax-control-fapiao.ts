// new-tax-control-fapiao: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions, UploadFile } from '@core/client'

export interface NewTaxControlFapiaoCardTemplatePostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 插卡公众号AppID */
  card_appid: string
  /** 卡券模板信息 */
  card_template_information: {
    /** 收款方名称 */
    payee_name?: string
    /** 卡券logo地址 */
    logo_url: string
    /** 卡券自定义cell位配置 */
    custom_cell?: {
      /** cell位文字 */
      words: string
      /** cell位描述 */
      description: string
      /** 点击cell位跳转的地址 */
      jump_url?: string
      /** 点击cell位跳转的小程序的用户名 */
      miniprogram_user_name?: string
      /** 点击cell位跳转的小程序的页面路径 */
      miniprogram_path?: string
    }
  }
}

/** 创建电子发票卡券模板: the options of `POST /v3/new-tax-control-fapiao/card-template`. */
export interface NewTaxControlFapiaoCardTemplatePostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoCardTemplatePostJson
}

/** 创建电子发票卡券模板: what `POST /v3/new-tax-control-fapiao/card-template` answers. */
export type NewTaxControlFapiaoCardTemplatePostResponse = {
  /** 插卡公众号AppID */
  card_appid: string
  /** 卡券模板id */
  card_id: string
}

/** 下载发票文件: the options of `GET /v3/new-tax-control-fapiao/download`. */
export interface NewTaxControlFapiaoDownloadGetOptions extends RouteCallOptions {
  query: {
    /** 前序download_url的查询参数 */
    token: string
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 通过查询电子发票接口获取的card_openid */
    openid: string
    /** 发票代码 */
    invoice_code: string
    /** 发票号码 */
    invoice_no: string
    /** 唯一标识一张发票 */
    fapiao_id: string
  }
}

/** 下载发票文件: what `GET /v3/new-tax-control-fapiao/download` answers. */
export type NewTaxControlFapiaoDownloadGetResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 开票场景 */
  scene: string
  /** 发票申请单号 */
  fapiao_apply_id: string
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: string
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
  }
  /** 需要开具的发票信息 */
  fapiao_information: readonly {
    /** 商户发票单号 */
    fapiao_id: string
    /** 总价税合计 */
    total_amount: number
    /** 是否以清单形式开具发票 */
    need_list: boolean
    /** 发票备注 */
    remark?: string
    /** 发票行信息 */
    items: readonly {
      /** 税局侧规定的货物或应税劳务、服务税收分类编码 */
      tax_code: string
      /** 税局侧规定的货物或应税劳务、服务分类名称 */
      goods_category?: string
      /** 货物或应税劳务、服务名称 */
      goods_name?: string
      /** 企业侧维护的货物或应税劳务、服务编码 */
      goods_id?: number
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate?: number
      /** 税收优惠政策标识 */
      tax_prefer_mark?: string
      /** 是否折扣行 */
      discount: boolean
    }[]
  }[]
}

/** 开具电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications`. */
export interface NewTaxControlFapiaoFapiaoApplicationsPostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoFapiaoApplicationsPostJson
}

/** 开具电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsPostResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsIssueGeneralPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 发票申请单号 */
  fapiao_apply_id: string
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: 'INDIVIDUAL' | 'ORGANIZATION'
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
    /** 订单金额 */
    amount?: number
    /** 商户订单号 */
    out_trade_no?: string
    /** 开具的发票类型 */
    fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 留言信息 */
    user_apply_message?: string
  }
  /** 需要开具的数电发票信息 */
  fapiao_information: {
    /** 商户发票单号 */
    fapiao_id: string
    /** 总价税合计 */
    total_amount: number
    /** 发票行信息 */
    items: readonly {
      /** 税局侧规定的货物或应税劳务、服务税收分类编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity?: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 是否折扣行 */
      discount: boolean
      /** 优惠政策标识 */
      preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18
    }[]
    /** 出口业务适用政策代码 */
    export_business_policy_code?: 1 | 2 | 3
    /** 增值税即征即退代码 */
    vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12
    /** 开票人ID */
    billing_person_id: string
    /** 开票人名称 */
    billing_person?: string
    /** 发票类型 */
    fapiao_bill_type: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 交易信息 */
    transaction_information: readonly {
      /** 支付渠道 */
      pay_channel: 'WECHAT_PAY'
      /** 支付订单号 */
      transaction_id: string
      /** 支付商户订单号 */
      out_trade_no?: string
      /** 交易金额 */
      amount: number
    }[]
    /** 发票备注 */
    remark?: string
  }
}

/** 开具通用行业电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-general`. */
export interface NewTaxControlFapiaoFapiaoApplicationsIssueGeneralPostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoFapiaoApplicationsIssueGeneralPostJson
}

/** 开具通用行业电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-general` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsIssueGeneralPostResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 发票申请单号 */
  fapiao_apply_id: string
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: 'INDIVIDUAL' | 'ORGANIZATION'
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
    /** 订单金额 */
    amount?: number
    /** 商户订单号 */
    out_trade_no?: string
    /** 开具的发票类型 */
    fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 留言信息 */
    user_apply_message?: string
  }
  /** 需要开具的数电发票信息 */
  fapiao_information: {
    /** 商户发票单号 */
    fapiao_id: string
    /** 总价税合计 */
    total_amount: number
    /** 发票行信息 */
    items: readonly {
      /** 税局侧规定的货物或应税劳务、服务税收分类编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity?: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 是否折扣行 */
      discount: boolean
      /** 优惠政策标识 */
      preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18
      /** 出行人额外信息 */
      passenger_information?: {
        /** 出行人名称 */
        name: string
        /** 出行人证件类型 */
        certificate_type: 'IDENTITY_CARD' | 'PASSPORT' | 'HONG_KONG_PERMIT' | 'MACAO_PERMIT' | 'TAIWAN_PERMIT' | 'FOREIGNER_RESIDENCE_PERMIT' | 'HONG_KONG_RESIDENT_CARD' | 'MACAO_RESIDENT_CARD' | 'TAIWAN_RESIDENT_CARD' | 'MILITARY_OFFICER_CARD' | 'ARMED_POLICE_OFFICER_CARD' | 'SOLDIER_CARD' | 'HOMECOMING_CERT' | 'TAIWAN_COMPATRIOT_CERT'
        /** 证件号码 (encrypt with `client.encrypt()`) */
        certificate_number: Encrypted
        /** 出行日期 */
        departure_date: string
        /** 出发地 */
        departure_place: string
        /** 目的地 */
        destination: string
        /** 交通工具类型 */
        transportation_type: 'LONG_DISTANCE_BUS' | 'PUBLIC_TRANSPORTATION' | 'CAR' | 'SHIP' | 'OTHER_TRANSPORTATION'
        /** 交通工具等级 */
        transportation_classes?: 'SHIP_FIRST_CLASS_CABIN' | 'SHIP_SECOND_CLASS_CABIN' | 'SHIP_THIRD_CLASS_CABIN'
      }
    }[]
    /** 出口业务适用政策代码 */
    export_business_policy_code?: 1 | 2 | 3
    /** 增值税即征即退代码 */
    vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12
    /** 开票人ID */
    billing_person_id: string
    /** 开票人名称 */
    billing_person?: string
    /** 发票类型 */
    fapiao_bill_type: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 交易信息 */
    transaction_information: readonly {
      /** 支付渠道 */
      pay_channel: 'WECHAT_PAY'
      /** 支付订单号 */
      transaction_id: string
      /** 支付商户订单号 */
      out_trade_no?: string
      /** 交易金额 */
      amount: number
    }[]
    /** 发票备注 */
    remark?: string
  }
}

/** 开具旅客运输行业电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport`. */
export interface NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportPostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportPostJson
}

/** 开具旅客运输行业电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportPostResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 发票申请单号 */
  fapiao_apply_id: string
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: 'INDIVIDUAL' | 'ORGANIZATION'
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
    /** 订单金额 */
    amount?: number
    /** 商户订单号 */
    out_trade_no?: string
    /** 开具的发票类型 */
    fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 留言信息 */
    user_apply_message?: string
  }
  /** 需要开具的数电发票信息 */
  fapiao_information: {
    /** 商户发票单号 */
    fapiao_id: string
    /** 总价税合计 */
    total_amount: number
    /** 发票行信息 */
    items: readonly {
      /** 税局侧规定的货物或应税劳务、服务税收分类编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 成品油单位 */
      unit?: 'TON' | 'LETER'
      /** 数量 */
      quantity?: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 是否折扣行 */
      discount: boolean
      /** 优惠政策标识 */
      preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18
      /** 成品油行业额外信息 */
      refined_oil_information?: {
        /** 成品油站点 */
        station: string
        /** 交易时间 */
        trade_time: string
        /** 加油枪号码 */
        gun_number: string
      }
    }[]
    /** 出口业务适用政策代码 */
    export_business_policy_code?: 1 | 2 | 3
    /** 增值税即征即退代码 */
    vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12
    /** 开票人ID */
    billing_person_id: string
    /** 开票人名称 */
    billing_person?: string
    /** 发票类型 */
    fapiao_bill_type: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 交易信息 */
    transaction_information: readonly {
      /** 支付渠道 */
      pay_channel: 'WECHAT_PAY'
      /** 支付订单号 */
      transaction_id: string
      /** 支付商户订单号 */
      out_trade_no?: string
      /** 交易金额 */
      amount: number
    }[]
    /** 发票备注 */
    remark?: string
  }
}

/** 开具成品油行业电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil`. */
export interface NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilPostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilPostJson
}

/** 开具成品油行业电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilPostResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 发票申请单号 */
  fapiao_apply_id: string
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: 'INDIVIDUAL' | 'ORGANIZATION'
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
    /** 订单金额 */
    amount?: number
    /** 商户订单号 */
    out_trade_no?: string
    /** 开具的发票类型 */
    fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 留言信息 */
    user_apply_message?: string
  }
  /** 需要开具的数电发票信息 */
  fapiao_information: {
    /** 商户发票单号 */
    fapiao_id: string
    /** 总价税合计 */
    total_amount: number
    /** 发票行信息 */
    items: readonly {
      /** 税局侧规定的货物或应税劳务、服务税收分类编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity?: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 是否折扣行 */
      discount: boolean
      /** 优惠政策标识 */
      preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18
      /** 不动产租赁特定行业额外信息 */
      real_estate_leasing_information?: {
        /** 不动产坐落省份 */
        province: string
        /** 不动产坐落城市 */
        city?: string
        /** 不动产坐落地址（详细地址） */
        address: string
        /** 租赁期起 */
        lease_period_start: string
        /** 租赁期止 */
        lease_period_end: string
        /** 跨地（市）标志 */
        cross_city_flag: boolean
        /** 产权证书/不动产权证号 (encrypt with `client.encrypt()`) */
        certificate_no?: Encrypted
        /** 车牌号 */
        plate_no?: readonly string[]
      }
    }[]
    /** 出口业务适用政策代码 */
    export_business_policy_code?: 1 | 2 | 3
    /** 增值税即征即退代码 */
    vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12
    /** 开票人ID */
    billing_person_id: string
    /** 开票人名称 */
    billing_person?: string
    /** 发票类型 */
    fapiao_bill_type: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 交易信息 */
    transaction_information: readonly {
      /** 支付渠道 */
      pay_channel: 'WECHAT_PAY'
      /** 支付订单号 */
      transaction_id: string
      /** 支付商户订单号 */
      out_trade_no?: string
      /** 交易金额 */
      amount: number
    }[]
    /** 发票备注 */
    remark?: string
  }
}

/** 开具不动产租赁行业电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing`. */
export interface NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingPostOptions extends RouteCallOptions {
  json: NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingPostJson
}

/** 开具不动产租赁行业电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingPostResponse = undefined

/** 上传电子发票文件: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file`. */
export interface NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFilePostOptions extends RouteCallOptions {
  multipart: {
    /** 电子发票文件二进制数据流 */
    file: UploadFile
    /** 媒体文件元信息JSON字符串表达式 */
    meta: {
      /** 微信支付分配的子商户号，服务商模式下必传 */
      sub_mchid?: string
      /** 发票文件的类型 */
      file_type: 'PDF' | 'OFD'
      /** 文件摘要算法 */
      digest_alogrithm: 'SM3'
      /** 文件的SM3摘要 */
      digest: string
    }
  }
}

/** 上传电子发票文件: what `POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFilePostResponse = {
  /** 电子发票文件ID */
  fapiao_media_id: string
}

/** 查询电子发票: the options of `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}`. */
export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdGetOptions extends RouteCallOptions {
  params: {
    /** 发票申请单号 */
    fapiao_apply_id: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 商户发票单号 */
    fapiao_id?: string
  }
}

/** 查询电子发票: what `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdGetResponse = {
  /** 发票数量 */
  total_count: number
  /** 发票信息 */
  fapiao_information: {
    /** 商户发票单号 */
    fapiao_id: string
    /** 发票状态 */
    status: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | 'ISSUE_FAILED' | 'REVERSE_FAILED' | (string & {})
    /** 蓝字发票信息 */
    blue_fapiao?: {
      /** 发票代码 */
      fapiao_code: string
      /** 发票号码 */
      fapiao_number: string
      /** 校验码 */
      check_code: string
      /** 密码 */
      password: string
      /** 开票时间 */
      fapiao_time: string
    }
    /** 红字发票信息 */
    red_fapiao?: {
      /** 发票代码 */
      fapiao_code: string
      /** 发票号码 */
      fapiao_number: string
      /** 校验码 */
      check_code: string
      /** 密码 */
      password: string
      /** 开票时间 */
      fapiao_time: string
    }
    /** 电子发票插卡信息 */
    card_information?: {
      /** 插卡公众号AppID */
      card_appid: string
      /** 用户在插卡公众号下的OpenID */
      card_openid: string
      /** 电子发票卡券模板ID */
      card_id?: string
      /** 电子发票在卡包中的编码 */
      card_code?: string
      /** 发票卡券状态 */
      card_status: 'INSERT_ACCEPTED' | 'INSERTED' | 'DISCARD_ACCEPTED' | 'DISCARDED' | (string & {})
    }
    /** 总价税合计 */
    total_amount: number
    /** 总税额 */
    tax_amount: number
    /** 总金额 */
    amount: number
    /** 销售方信息 */
    seller_information: {
      /** 名称 */
      name: string
      /** 纳税人识别号 */
      taxpayer_id: string
      /** 地址 */
      address: string
      /** 电话 */
      telephone?: string
      /** 开户银行 */
      bank_name?: string
      /** 银行账号 */
      bank_account?: string
    }
    /** 购买方信息 */
    buyer_information: {
      /** 购买方类型 */
      type: 'INDIVIDUAL' | 'ORGANIZATION' | (string & {})
      /** 名称 */
      name: string
      /** 纳税人识别号 */
      taxpayer_id?: string
      /** 地址 */
      address?: string
      /** 电话 */
      telephone?: string
      /** 开户银行 */
      bank_name?: string
      /** 银行账号 */
      bank_account?: string
      /** 手机号 (encrypted to your merchant API key) */
      phone?: string
      /** 邮箱地址 (encrypted to your merchant API key) */
      email?: string
      /** 订单金额 */
      amount?: number
      /** 商户订单号 */
      out_trade_no?: string
      /** 开具的发票类型 */
      fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO' | (string & {})
      /** 留言信息 */
      user_apply_message?: string
    }
    /** 附加信息 */
    extra_information: {
      /** 收款人 */
      payee?: string
      /** 复核人 */
      reviewer?: string
      /** 开票人 */
      drawer: string
    }
    /** 发票行信息 */
    items: {
      /** 货物或应税劳务、服务编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity: number
      /** 单价 */
      unit_price: number
      /** 单行金额 */
      amount: number
      /** 单行税额 */
      tax_amount: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 税收优惠政策标识 */
      tax_prefer_mark: 'NO_FAVORABLE' | 'OUTSIDE_VAT' | 'VAT_EXEMPT' | 'NORMAL_ZERO_RATED' | 'EXPORT_ZERO_RATED' | (string & {})
      /** 是否折扣行 */
      discount: boolean
    }[]
    /** 备注信息 */
    remark?: string
    /** 开票失败错误码 */
    fapiao_error_code?: string
    /** 开票失败原因 */
    fapiao_error_message?: string
  }[]
}

/** 获取发票下载信息: the options of `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files`. */
export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdFapiaoFilesGetOptions extends RouteCallOptions {
  params: {
    /** 发票申请单号 */
    fapiao_apply_id: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
    /** 商户发票单号 */
    fapiao_id: string
  }
}

/** 获取发票下载信息: what `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdFapiaoFilesGetResponse = {
  /** 发票列表 */
  fapiao_download_info_list?: {
    /** 商户发票单号 */
    fapiao_id?: string
    /** 发票文件下载地址 */
    download_url?: string
    /** 发票状态 */
    status?: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | 'ISSUE_FAILED' | 'REVERSE_FAILED' | (string & {})
  }[]
}

export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdInsertCardsPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 插卡场景 */
  scene: 'WITH_WECHATPAY' | 'WITHOUT_WECHATPAY'
  /** 购买方信息 */
  buyer_information: {
    /** 购买方类型 */
    type: 'INDIVIDUAL' | 'ORGANIZATION'
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id?: string
    /** 地址 */
    address?: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
    /** 手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 邮箱地址 (encrypt with `client.encrypt()`) */
    email?: Encrypted
    /** 订单金额 */
    amount?: number
    /** 商户订单号 */
    out_trade_no?: string
    /** 开具的发票类型 */
    fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO'
    /** 留言信息 */
    user_apply_message?: string
  }
  /** 电子发票卡券信息列表 */
  fapiao_card_information: readonly {
    /** 电子发票文件ID */
    fapiao_media_id: string
    /** 发票号码 */
    fapiao_number: string
    /** 发票代码 */
    fapiao_code: string
    /** 开票时间 */
    fapiao_time: string
    /** 校验码 */
    check_code: string
    /** 密码 */
    password: string
    /** 总价税合计 */
    total_amount: number
    /** 总税额 */
    tax_amount: number
    /** 总金额 */
    amount: number
    /** 销售方信息 */
    seller_information: {
      /** 名称 */
      name: string
      /** 纳税人识别号 */
      taxpayer_id: string
      /** 地址 */
      address: string
      /** 电话 */
      telephone?: string
      /** 开户银行 */
      bank_name?: string
      /** 银行账号 */
      bank_account?: string
    }
    /** 附加信息 */
    extra_information: {
      /** 收款人 */
      payee?: string
      /** 复核人 */
      reviewer?: string
      /** 开票人 */
      drawer: string
    }
    /** 发票行信息 */
    items: readonly {
      /** 货物或应税劳务、服务编码 */
      tax_code: string
      /** 货物或应税劳务、服务名称 */
      goods_name: string
      /** 规格型号 */
      specification?: string
      /** 单位 */
      unit?: string
      /** 数量 */
      quantity: number
      /** 单价 */
      unit_price: number
      /** 单行金额 */
      amount: number
      /** 单行税额 */
      tax_amount: number
      /** 单行金额合计 */
      total_amount: number
      /** 税率 */
      tax_rate: number
      /** 税收优惠政策标识 */
      tax_prefer_mark: 'NO_FAVORABLE' | 'OUTSIDE_VAT' | 'VAT_EXEMPT' | 'NORMAL_ZERO_RATED' | 'EXPORT_ZERO_RATED'
      /** 是否折扣行 */
      discount: boolean
    }[]
    /** 备注信息 */
    remark?: string
  }[]
}

/** 将电子发票插入微信用户卡包: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards`. */
export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdInsertCardsPostOptions extends RouteCallOptions {
  params: {
    /** 发票申请单号 */
    fapiao_apply_id: string
  }
  json: NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdInsertCardsPostJson
}

/** 将电子发票插入微信用户卡包: what `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdInsertCardsPostResponse = undefined

export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdReversePostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 冲红原因 */
  reverse_reason: 'ISSUE_ERROR' | 'SALES_RETURN' | 'SERVICE_SUSPENTION' | 'SALES_DISCOUNT' | (string & {})
  /** 需要冲红的发票信息 */
  fapiao_information: readonly {
    /** 商户发票单号 */
    fapiao_id: string
    /** 发票代码 */
    fapiao_code?: string
    /** 发票号码 */
    fapiao_number: string
  }[]
}

/** 冲红电子发票: the options of `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse`. */
export interface NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdReversePostOptions extends RouteCallOptions {
  params: {
    /** 发票申请单号 */
    fapiao_apply_id: string
  }
  json: NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdReversePostJson
}

/** 冲红电子发票: what `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse` answers. */
export type NewTaxControlFapiaoFapiaoApplicationsByFapiaoApplyIdReversePostResponse = undefined

/** 获取邀请商户开通服务商电子发票能力: the options of `GET /v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl`. */
export interface NewTaxControlFapiaoFapiaomerchantGetspinviteurlGetOptions extends RouteCallOptions {
  query: {
    /** 操作类型 */
    operation_type: 'AUTH_BINDING'
    /** 开票模式 */
    fapiao_mode: 'THIRD_OR_SELF_FAPIAO' | 'TENCENT_DIGITAL_TAX'
    /** 发票能力类型 */
    fapiao_ability_type_list?: readonly ('BASE_ABILITY' | 'REAL_ESTATE_ABILITY' | 'PASSENGER_TRANSPORT_ABILITY' | 'REFINED_OIL_ABILITY')[]
    /** 服务商邀请渠道 */
    invite_channel?: string
    /** 操作人员 (encrypt with `client.encrypt()`) */
    operate_user?: Encrypted
    /** 服务商邀请code */
    invite_code: string
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 获取邀请商户开通服务商电子发票能力: what `GET /v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl` answers. */
export type NewTaxControlFapiaoFapiaomerchantGetspinviteurlGetResponse = {
  /** 邀请开通二维码链接 */
  invite_url: string
  /** 开通小程序AppID */
  miniprogram_appid: string
  /** 开通小程序跳转路径 */
  miniprogram_path: string
}

/** 获取邀请开通的商户信息: the options of `GET /v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo`. */
export interface NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoGetOptions extends RouteCallOptions {
  query: {
    /** 查询时间起 */
    query_time_start: string
    /** 查询时间止 */
    query_time_end: string
    /** 本次查询的起始位置 */
    offset: number
    /** 本次查询的最大数量 */
    limit: number
    /** 服务商邀请code */
    invite_code?: string
    /** 商户邀请状态 */
    mch_invite_status: 'MCH_INVITE_SUCC' | 'MCH_INVITE_FAILED'
  }
}

/** 获取邀请开通的商户信息: what `GET /v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo` answers. */
export type NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoGetResponse = {
  /** 总数 */
  total_count: number
  /** 本次查询的起始位置 */
  offset: number
  /** 本次查询的最大数量 */
  limit: number
  /** 相关链接 */
  links?: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
  /** 邀请的商户结果 */
  mch_invite_result_list?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 商户邀请的状态 */
    mch_invite_status: 'MCH_INVITE_SUCC' | 'MCH_INVITE_FAILED' | (string & {})
    /** 商户名称 */
    ep_name: string
    /** 商户税号 */
    tax_id: string
    /** 服务商邀请code */
    invite_code: string
    /** 商户操作时间 */
    operate_time: string
    /** 商户邀请失败错误码 */
    invite_failed_code?: 'UNKNOWN_TAX_INFO' | 'INVALID_COMPANY_INFO' | 'NOT_MEET_ACCESS_CONDITION' | 'NOT_IN_PILOT_SCOPE' | 'MISSING_TAX_AUTHORITY_CODE' | 'MERCHANT_INFO_NOT_SET' | 'UNKNOWN_ERROR' | (string & {})
    /** 商户邀请失败的原因 */
    invite_failed_reason?: string
  }[]
}

/** 获取商户开票基础信息: the options of `GET /v3/new-tax-control-fapiao/merchant/base-information`. */
export interface NewTaxControlFapiaoMerchantBaseInformationGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 获取商户开票基础信息: what `GET /v3/new-tax-control-fapiao/merchant/base-information` answers. */
export type NewTaxControlFapiaoMerchantBaseInformationGetResponse = {
  /** 销售方信息 */
  seller_information: {
    /** 名称 */
    name: string
    /** 纳税人识别号 */
    taxpayer_id: string
    /** 地址 */
    address: string
    /** 电话 */
    telephone?: string
    /** 开户银行 */
    bank_name?: string
    /** 银行账号 */
    bank_account?: string
  }
  /** 附加信息 */
  extra_information: {
    /** 收款人 */
    payee?: string
    /** 复核人 */
    reviewer?: string
    /** 开票人 */
    drawer: string
  }
}

/** 查询商户配置的开发选项: the options of `GET /v3/new-tax-control-fapiao/merchant/development-config`. */
export interface NewTaxControlFapiaoMerchantDevelopmentConfigGetOptions extends RouteCallOptions {}

/** 查询商户配置的开发选项: what `GET /v3/new-tax-control-fapiao/merchant/development-config` answers. */
export type NewTaxControlFapiaoMerchantDevelopmentConfigGetResponse = {
  /** 商户回调地址 */
  callback_url: string
  /** 全部账单展示开发票入口开关 */
  show_fapiao_cell?: boolean
  /** 商户是否支持开电子专票 */
  support_vat_fapiao?: boolean
}

export interface NewTaxControlFapiaoMerchantDevelopmentConfigPatchJson {
  /** 商户回调地址 */
  callback_url?: string
  /** 子商户号 */
  sub_mch_code?: string
  /** 全部账单展示开发票入口开关 */
  show_fapiao_cell?: boolean
  /** 商户是否支持开电子专票 */
  support_vat_fapiao?: boolean
}

/** 配置开发选项: the options of `PATCH /v3/new-tax-control-fapiao/merchant/development-config`. */
export interface NewTaxControlFapiaoMerchantDevelopmentConfigPatchOptions extends RouteCallOptions {
  json?: NewTaxControlFapiaoMerchantDevelopmentConfigPatchJson
}

/** 配置开发选项: what `PATCH /v3/new-tax-control-fapiao/merchant/development-config` answers. */
export type NewTaxControlFapiaoMerchantDevelopmentConfigPatchResponse = {
  /** 商户回调地址 */
  callback_url: string
  /** 全部账单展示开发票入口开关 */
  show_fapiao_cell?: boolean
  /** 商户是否支持开电子专票 */
  support_vat_fapiao?: boolean
}

/** 获取商品和服务税收分类对照表: the options of `GET /v3/new-tax-control-fapiao/merchant/tax-codes`. */
export interface NewTaxControlFapiaoMerchantTaxCodesGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 本次查询的起始位置 */
    offset: number
    /** 本次查询的最大数量 */
    limit: number
  }
}

/** 获取商品和服务税收分类对照表: what `GET /v3/new-tax-control-fapiao/merchant/tax-codes` answers. */
export type NewTaxControlFapiaoMerchantTaxCodesGetResponse = {
  /** 本次查询的起始位置 */
  offset: number
  /** 本次查询的最大数量 */
  limit: number
  /** 相关链接 */
  links?: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
  /** 本次查询到的数据 */
  data: {
    /** 由商户自定义的货物或应税劳务、服务名称 */
    goods_name: string
    /** 企业侧维护的货物或应税劳务、服务编码 */
    goods_id?: number
    /** 税局侧规定的货物或应税劳务、服务分类名称 */
    goods_category?: string
    /** 货物或应税劳务、服务编码 */
    tax_code: string
    /** 税率 */
    tax_rate: number
    /** 税收优惠政策标识 */
    tax_prefer_mark: string
  }[]
  /** 总记录数 */
  total_count: number
}

/** 检查子商户开票功能状态: the options of `POST /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check`. */
export interface NewTaxControlFapiaoMerchantBySubMchidCheckPostOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 检查子商户开票功能状态: what `POST /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check` answers. */
export type NewTaxControlFapiaoMerchantBySubMchidCheckPostResponse = undefined

/** 检查子商户开票功能状态: the options of `GET /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status`. */
export interface NewTaxControlFapiaoMerchantBySubMchidCheckStatusGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 检查子商户开票功能状态: what `GET /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status` answers. */
export type NewTaxControlFapiaoMerchantBySubMchidCheckStatusGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 第三方开票模式 */
  third_mode?: {
    /** 第三方/自建发票能力接入状态 */
    status: 'DISABLED' | 'ENABLED' | (string & {})
  }
  /** 数电发票模式 */
  digital_tax_mode?: {
    /** 接入状态 */
    status: 'APPROVAL_PENDING' | 'ACCESS_CONFIRMED_PENDING' | 'ABILITY_CONFIRMED_PENDING' | 'BILLING_PERSON_REGISTER_PENDING' | 'BILLING_PERSON_CONFIRMED_PENDING' | 'SECURITY_SETTING_PENDING' | 'APPLY_FAILED' | 'DISABLED' | 'ENABLED' | 'RESOURCE_EXPIRED' | (string & {})
    /** 开票人信息 */
    billing_person_info?: {
      /** 开票人ID */
      id?: string
      /** 开票人姓名 */
      name?: string
    }
    /** 接入时间 */
    access_time?: string
    /** 过期时间 */
    expired_time?: string
    /** 接入失败原因 */
    access_fail_reason?: string
    /** 能力信息 */
    ability_info?: {
      /** 能力类型 */
      type: 'BASE_ABILITY' | 'PASSENGER_TRANSPORT_ABILITY' | 'REAL_ESTATE_ABILITY' | (string & {})
      /** 能力授权状态 */
      status: 'AUTHORIZED' | 'AUTHORIZE_PENDING' | 'DEAUTHORIZED' | 'AUTHORIZE_FAILED' | (string & {})
      /** 能力授权失败原因 */
      authorize_fail_reason?: string
    }[]
  }
}

/** 获取用户填写的抬头: the options of `GET /v3/new-tax-control-fapiao/user-title`. */
export interface NewTaxControlFapiaoUserTitleGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 开票场景 */
    scene: 'WITH_WECHATPAY' | 'WITHOUT_WECHATPAY'
    /** 发票申请单号 */
    fapiao_apply_id: string
  }
}

/** 获取用户填写的抬头: what `GET /v3/new-tax-control-fapiao/user-title` answers. */
export type NewTaxControlFapiaoUserTitleGetResponse = {
  /** 购买方类型 */
  type: 'INDIVIDUAL' | 'ORGANIZATION' | (string & {})
  /** 名称 */
  name: string
  /** 纳税人识别号 */
  taxpayer_id?: string
  /** 地址 */
  address?: string
  /** 电话 */
  telephone?: string
  /** 开户银行 */
  bank_name?: string
  /** 银行账号 */
  bank_account?: string
  /** 手机号 (encrypted to your merchant API key) */
  phone?: string
  /** 邮箱地址 (encrypted to your merchant API key) */
  email?: string
  /** 订单金额 */
  amount?: number
  /** 商户订单号 */
  out_trade_no?: string
  /** 开具的发票类型 */
  fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO' | (string & {})
  /** 留言信息 */
  user_apply_message?: string
}

/** 获取抬头填写链接: the options of `GET /v3/new-tax-control-fapiao/user-title/title-url`. */
export interface NewTaxControlFapiaoUserTitleTitleUrlGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 发票申请单号 */
    fapiao_apply_id: string
    /** 开票来源 */
    source: 'WEB' | 'MINIPROGRAM'
    /** 商户AppID */
    appid: string
    /** 用户OpenID */
    openid: string
    /** 总金额 */
    total_amount: number
    /** 销售方名称 */
    seller_name?: string
    /** 是否需要展示手机号填写栏 */
    show_phone_cell?: boolean
    /** 用户是否必须填写手机号 */
    must_input_phone?: boolean
    /** 是否需要展示邮箱地址填写栏 */
    show_email_cell?: boolean
    /** 用户是否必须填写邮箱地址 */
    must_input_email?: boolean
  }
}

/** 获取抬头填写链接: what `GET /v3/new-tax-control-fapiao/user-title/title-url` answers. */
export type NewTaxControlFapiaoUserTitleTitleUrlGetResponse = {
  /** 抬头填写链接 */
  title_url?: string
  /** 抬头填写小程序AppID */
  miniprogram_appid?: string
  /** 抬头填写小程序页面路径 */
  miniprogram_path?: string
  /** 抬头填写小程序的用户名 */
  miniprogram_user_name?: string
}
