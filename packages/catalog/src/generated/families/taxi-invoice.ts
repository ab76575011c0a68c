// taxi-invoice: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions, UploadFile } from '@core/client'

export interface TaxiInvoiceAttendancePunchPostJson {
  /** 车牌号 */
  plate_number: string
  /** 营运资格证号 */
  driver_license: string
  /** 事件发生时间 */
  event_time: string
  /** 事件类型 */
  event_type: string
  /** 行政区划ID */
  region_id: number
}

/** 签到签退: the options of `POST /v3/taxi-invoice/attendance/punch`. */
export interface TaxiInvoiceAttendancePunchPostOptions extends RouteCallOptions {
  json: TaxiInvoiceAttendancePunchPostJson
}

/** 签到签退: what `POST /v3/taxi-invoice/attendance/punch` answers. */
export type TaxiInvoiceAttendancePunchPostResponse = undefined

export interface TaxiInvoiceCardsPostJson {
  /** 出租车经营主体商户号 */
  company_mchid: string
  /** 面对面付款单号 */
  trade_number: string
  /** 应用ID */
  appid?: string
  /** 用户标识 */
  openid: string
  /** 行政区划代码 */
  region_id: number
  /** 营运资格证号 */
  driver_license: string
  /** 车牌号 */
  plate_number: string
  /** 发票卡券信息 */
  fapiao_card_information: {
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
    }
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
    items?: readonly {
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
      tax_prefer_mark: string
      /** 是否折扣行 */
      discount: boolean
    }[]
    /** 备注信息 */
    remark?: string
  }
  /** 获取乘客行程单详情的凭证 */
  token?: string
}

/** 将出租车电子发票插入微信用户卡包: the options of `POST /v3/taxi-invoice/cards`. */
export interface TaxiInvoiceCardsPostOptions extends RouteCallOptions {
  json: TaxiInvoiceCardsPostJson
}

/** 将出租车电子发票插入微信用户卡包: what `POST /v3/taxi-invoice/cards` answers. */
export type TaxiInvoiceCardsPostResponse = {
  /** 插入用户卡包的公众号AppID */
  card_appid: string
  /** 用户在插卡公众号下的OpenID */
  card_openid: string
  /** 出租车电子发票卡券模板ID */
  card_id: string
  /** 出租车电子发票在卡包中的编码 */
  card_code: string
}

/** 上传出租车电子发票文件: the options of `POST /v3/taxi-invoice/cards/upload-file`. */
export interface TaxiInvoiceCardsUploadFilePostOptions extends RouteCallOptions {
  multipart: {
    /** 出租车电子发票文件 */
    file: UploadFile
    /** 媒体文件元信息，使用json表示 */
    meta: {
      /** 出租车经营主体商户号 */
      company_mchid: string
      /** 行政区划代码 */
      region_id: number
      /** 文件的SM3摘要 */
      digest: string
      /** 文件摘要算法 */
      digest_algorithm: 'DIGEST_ALGORITHM_SM3'
    }
  }
}

/** 上传出租车电子发票文件: what `POST /v3/taxi-invoice/cards/upload-file` answers. */
export type TaxiInvoiceCardsUploadFilePostResponse = {
  /** 出租车电子发票文件ID */
  fapiao_media_id: string
}

export interface TaxiInvoiceDriverUpdateDriverPostJson {
  /** 司机姓名 (encrypt with `client.encrypt()`) */
  driver_name: Encrypted
  /** 司机身份证号码 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 公司名称 */
  company_name: string
  /** 商户号 */
  mchid: string
  /** 营运资格证号 */
  driver_license: string
  /** 司机类别 */
  driver_category: string
  /** 岗位状态 */
  driver_status: string
  /** 司机头像 */
  driver_photo?: {
    /** 照片类型 */
    photo_type?: string
    /** 司机头像摘要 */
    photo_digest?: {
      /** 哈希类型 */
      hash_type?: string
      /** 哈希值 */
      hash_value?: string
    }
    /** 头像url */
    photo_url?: string
    /** 头像icon */
    photo_icon?: string
  }
  /** 行政区划ID */
  region_id: number
}

/** 更新司机信息: the options of `POST /v3/taxi-invoice/driver/update-driver`. */
export interface TaxiInvoiceDriverUpdateDriverPostOptions extends RouteCallOptions {
  json: TaxiInvoiceDriverUpdateDriverPostJson
}

/** 更新司机信息: what `POST /v3/taxi-invoice/driver/update-driver` answers. */
export type TaxiInvoiceDriverUpdateDriverPostResponse = {
  /** 司机姓名 (encrypted to your merchant API key) */
  driver_name: string
  /** 司机身份证号码 (encrypted to your merchant API key) */
  id_card_number: string
  /** 公司名称 */
  company_name: string
  /** 商户号 */
  mchid: string
  /** 营运资格证号 */
  driver_license: string
  /** 司机类别 */
  driver_category: string
  /** 岗位状态 */
  driver_status: string
  /** 司机头像 */
  driver_photo?: {
    /** 照片类型 */
    photo_type?: string
    /** 司机头像摘要 */
    photo_digest?: {
      /** 哈希类型 */
      hash_type?: string
      /** 哈希值 */
      hash_value?: string
    }
    /** 头像url */
    photo_url?: string
    /** 头像icon */
    photo_icon?: string
  }
  /** 行政区划ID */
  region_id: number
}

/** 获取司机信息: the options of `GET /v3/taxi-invoice/drivers/{driver_license}`. */
export interface TaxiInvoiceDriversByDriverLicenseGetOptions extends RouteCallOptions {
  params: {
    /** 营运资格证号 */
    driver_license: string
  }
  query: {
    /** 行政区划代码 */
    region_id: number
  }
}

/** 获取司机信息: what `GET /v3/taxi-invoice/drivers/{driver_license}` answers. */
export type TaxiInvoiceDriversByDriverLicenseGetResponse = {
  /** 司机姓名 */
  driver_name: string
  /** 公司名称 */
  company_name: string
  /** 商户号 */
  company_mchid: string
  /** 营运资格证号 */
  driver_license: string
  /** 司机类别 */
  driver_category: string
  /** 司机照片 */
  driver_photo?: {
    /** 照片类型 */
    photo_type?: string
    /** 司机照片摘要 */
    photo_digest?: {
      /** 哈希类型 */
      hash_type?: string
      /** 哈希值 */
      hash_value?: string
    }
    /** 头像url */
    photo_url?: string
    /** 头像icon */
    photo_data?: string
  }
  /** 行政区划代码 */
  region_id: number
  /** 司机状态 */
  driver_state: string
}

/** 获取出租车公司商户信息: the options of `GET /v3/taxi-invoice/taxi-companies/{company_mchid}`. */
export interface TaxiInvoiceTaxiCompaniesByCompanyMchidGetOptions extends RouteCallOptions {
  params: {
    /** 商户号 */
    company_mchid: string
  }
  query: {
    /** 行政区划ID */
    region_id: number
  }
}

/** 获取出租车公司商户信息: what `GET /v3/taxi-invoice/taxi-companies/{company_mchid}` answers. */
export type TaxiInvoiceTaxiCompaniesByCompanyMchidGetResponse = {
  /** 商户号 */
  company_mchid: string
  /** 企业类型 */
  enterprise_type: string
  /** 公司名称 */
  company_name: string
  /** 公司简称 */
  short_name: string
  /** 税号 */
  tax_id: string
  /** 公司地址 */
  address: string
  /** 公司电话 */
  phone?: string
  /** 开户行 */
  bank_name?: string
  /** 银行账号 */
  bank_account?: string
  /** 企业法人姓名 */
  legal_person: string
  /** 开票渠道 */
  invoice_mode: string
  /** 行政区划代码 */
  region_id: number
}

export interface TaxiInvoiceTaxiCompanyCreateTaxiCompanyPostJson {
  /** 公司名称 */
  company_name?: string
  /** 税号 */
  tax_id: string
  /** 公司地址 */
  address: string
  /** 公司电话 */
  phone?: string
  /** 开户行 */
  bank_name?: string
  /** 银行账号 */
  bank_account?: string
  /** 开票渠道 */
  invoice_mode: string
  /** 企业法人姓名 */
  legal_person: string
  /** 公司简称 */
  short_name?: string
  /** 行政区划ID */
  region_id: number
  /** 企业类型 */
  enterprise_type: string
}

/** 新增出租车公司: the options of `POST /v3/taxi-invoice/taxi-company/create-taxi-company`. */
export interface TaxiInvoiceTaxiCompanyCreateTaxiCompanyPostOptions extends RouteCallOptions {
  json: TaxiInvoiceTaxiCompanyCreateTaxiCompanyPostJson
}

/** 新增出租车公司: what `POST /v3/taxi-invoice/taxi-company/create-taxi-company` answers. */
export type TaxiInvoiceTaxiCompanyCreateTaxiCompanyPostResponse = {
  /** 商户号 */
  mchid: string
  /** 公司名称 */
  company_name?: string
}

export interface TaxiInvoiceTaxiUpdateTaxiPostJson {
  /** 车牌号 */
  plate_number: string
  /** 公司名称 */
  company_name: string
  /** 商户号 */
  mchid?: string
  /** 主班司机资格证号 */
  main_license: string
  /** 副班司机资格证号 */
  deputy_license?: string
  /** 行政区划ID */
  region_id: number
  /** 开票标记 */
  invoice_flag?: string
  /** 出租车状态 */
  taxi_state?: 'IN_OPERATION' | 'OUT_OPERATION'
}

/** 更新出租车信息: the options of `POST /v3/taxi-invoice/taxi/update-taxi`. */
export interface TaxiInvoiceTaxiUpdateTaxiPostOptions extends RouteCallOptions {
  json: TaxiInvoiceTaxiUpdateTaxiPostJson
}

/** 更新出租车信息: what `POST /v3/taxi-invoice/taxi/update-taxi` answers. */
export type TaxiInvoiceTaxiUpdateTaxiPostResponse = {
  /** 车牌号 */
  plate_number: string
  /** 公司名称 */
  company_name: string
  /** 商户号 */
  mchid?: string
  /** 主班司机资格证号 */
  main_license: string
  /** 副班司机资格证号 */
  deputy_license?: string
  /** 行政区划ID */
  region_id: number
}

/** 获取出租车信息: the options of `GET /v3/taxi-invoice/taxies/{plate_number}`. */
export interface TaxiInvoiceTaxiesByPlateNumberGetOptions extends RouteCallOptions {
  params: {
    /** 车牌号 */
    plate_number: string
  }
  query: {
    /** 行政区划代码 */
    region_id: number
  }
}

/** 获取出租车信息: what `GET /v3/taxi-invoice/taxies/{plate_number}` answers. */
export type TaxiInvoiceTaxiesByPlateNumberGetResponse = {
  /** 车牌号 */
  plate_number: string
  /** 公司名称 */
  company_name: string
  /** 公司商户号 */
  company_mchid: string
  /** 主班司机资格证号 */
  main_license: string
  /** 副班司机资格证号 */
  deputy_license: string
  /** 行政区划代码 */
  region_id: number
  /** 是否支持开票 */
  support_invoice: boolean
  /** 出租车状态 */
  taxi_state: string
}

/** 根据凭证查询乘客行程单: the options of `GET /v3/taxi-invoice/user-taxi-order/find-by-token`. */
export interface TaxiInvoiceUserTaxiOrderFindByTokenGetOptions extends RouteCallOptions {
  query: {
    /** 获取乘客行程单详情的凭证 */
    token: string
    /** 用户标识 */
    openid: string
    /** 应用ID */
    appid: string
    /** 行政区划代码 */
    region_id?: number
    /** 授权模式 */
    auth_mode?: string
  }
}

/** 根据凭证查询乘客行程单: what `GET /v3/taxi-invoice/user-taxi-order/find-by-token` answers. */
export type TaxiInvoiceUserTaxiOrderFindByTokenGetResponse = {
  /** 车牌号 */
  plate_number: string
  /** 营运资格证号 */
  driver_license: string
  /** 上车时间 */
  up_time: string
  /** 行政区划代码 */
  region_id: number
  /** 乘客行程单来源 */
  source: string
  /** 面对面付款时间 */
  pay_time?: string
  /** 面对面付款金额 */
  pay_amount?: number
}

/** 获取乘客行程单列表: the options of `GET /v3/taxi-invoice/user-taxi-orders`. */
export interface TaxiInvoiceUserTaxiOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 最大资源条数 */
    limit?: number
    /** 请求资源起始位置 */
    offset?: number
    /** 小程序用户的微信openid */
    openid: string
    /** 小程序appid */
    appid: string
    /** 起始日期 */
    begin_date: string
    /** 结束日期 */
    end_date: string
    /** 行政区划id */
    region_id: number
  }
}

/** 获取乘客行程单列表: what `GET /v3/taxi-invoice/user-taxi-orders` answers. */
export type TaxiInvoiceUserTaxiOrdersGetResponse = {
  /** 乘客行程单详情 */
  data: {
    /** 车牌号 */
    plate_number: string
    /** 营运资格证号 */
    driver_license: string
    /** 上车时间 */
    up_time: string
  }[]
  /** 请求资源起始位置 */
  offset: number
  /** 最大资源条数 */
  limit: number
  /** 资源总条数 */
  total_count: number
  /** 相关链接 */
  links?: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
}
