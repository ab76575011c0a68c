// capital: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询省份列表: the options of `GET /v3/capital/capitallhh/areas/provinces`. */
export interface CapitalCapitallhhAreasProvincesGetOptions extends RouteCallOptions {}

/** 查询省份列表: what `GET /v3/capital/capitallhh/areas/provinces` answers. */
export type CapitalCapitallhhAreasProvincesGetResponse = {
  /** 省份列表 */
  data?: {
    /** 省份名称 */
    province_name: string
    /** 省份编码 */
    province_code: number
  }[]
  /** 查询数据总条数 */
  total_count: number
}

/** 查询城市列表: the options of `GET /v3/capital/capitallhh/areas/provinces/{province_code}/cities`. */
export interface CapitalCapitallhhAreasProvincesByProvinceCodeCitiesGetOptions extends RouteCallOptions {
  params: {
    /** 省份编码 */
    province_code: number
  }
}

/** 查询城市列表: what `GET /v3/capital/capitallhh/areas/provinces/{province_code}/cities` answers. */
export type CapitalCapitallhhAreasProvincesByProvinceCodeCitiesGetResponse = {
  /** 城市列表 */
  data?: {
    /** 城市名称 */
    city_name: string
    /** 城市编码 */
    city_code: number
  }[]
  /** 查询数据总条数 */
  total_count: number
}

/** 查询支持对公业务的银行列表: the options of `GET /v3/capital/capitallhh/banks/corporate-banking`. */
export interface CapitalCapitallhhBanksCorporateBankingGetOptions extends RouteCallOptions {
  query: {
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit: number
  }
}

/** 查询支持对公业务的银行列表: what `GET /v3/capital/capitallhh/banks/corporate-banking` answers. */
export type CapitalCapitallhhBanksCorporateBankingGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 本次查询数据条数 */
  count: number
  /** 银行列表 */
  data?: {
    /** 银行别名 */
    bank_alias: string
    /** 银行别名编码 */
    bank_alias_code: string
    /** 开户银行 */
    account_bank: string
    /** 开户银行编码 */
    account_bank_code: number
    /** 是否需要填写支行 */
    need_bank_branch: boolean
  }[]
  /** 本次查询偏移量 */
  offset: number
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
}

/** 查询支持个人业务的银行列表: the options of `GET /v3/capital/capitallhh/banks/personal-banking`. */
export interface CapitalCapitallhhBanksPersonalBankingGetOptions extends RouteCallOptions {
  query: {
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit: number
  }
}

/** 查询支持个人业务的银行列表: what `GET /v3/capital/capitallhh/banks/personal-banking` answers. */
export type CapitalCapitallhhBanksPersonalBankingGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 本次查询数据条数 */
  count: number
  /** 银行列表 */
  data?: {
    /** 银行别名 */
    bank_alias: string
    /** 银行别名编码 */
    bank_alias_code: string
    /** 开户银行 */
    account_bank: string
    /** 开户银行编码 */
    account_bank_code: number
    /** 是否需要填写支行 */
    need_bank_branch: boolean
  }[]
  /** 本次查询偏移量 */
  offset: number
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
}

/** 获取对私银行卡号开户银行: the options of `GET /v3/capital/capitallhh/banks/search-banks-by-bank-account`. */
export interface CapitalCapitallhhBanksSearchBanksByBankAccountGetOptions extends RouteCallOptions {
  query: {
    /** 银行卡号 (encrypt with `client.encrypt()`) */
    account_number: Encrypted
  }
}

/** 获取对私银行卡号开户银行: what `GET /v3/capital/capitallhh/banks/search-banks-by-bank-account` answers. */
export type CapitalCapitallhhBanksSearchBanksByBankAccountGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 银行列表 */
  data?: {
    /** 银行别名 */
    bank_alias: string
    /** 银行别名编码 */
    bank_alias_code: string
    /** 开户银行 */
    account_bank: string
    /** 开户银行编码 */
    account_bank_code: number
    /** 是否需要填写支行 */
    need_bank_branch: boolean
  }[]
}

/** 查询支行列表: the options of `GET /v3/capital/capitallhh/banks/{bank_alias_code}/branches`. */
export interface CapitalCapitallhhBanksByBankAliasCodeBranchesGetOptions extends RouteCallOptions {
  params: {
    /** 银行别名编码 */
    bank_alias_code: string
  }
  query: {
    /** 城市编码 */
    city_code: number
    /** 本次查询偏移量 */
    offset?: number
    /** 本次请求最大查询条数 */
    limit: number
  }
}

/** 查询支行列表: what `GET /v3/capital/capitallhh/banks/{bank_alias_code}/branches` answers. */
export type CapitalCapitallhhBanksByBankAliasCodeBranchesGetResponse = {
  /** 查询数据总条数 */
  total_count: number
  /** 本次查询条数 */
  count: number
  /** 支行列表 */
  data?: {
    /** 开户银行支行名称 */
    bank_branch_name: string
    /** 开户银行支行联行号 */
    bank_branch_id: string
  }[]
  /** 本次查询偏移量 */
  offset: number
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
  /** 开户银行 */
  account_bank: string
  /** 开户银行编码 */
  account_bank_code: number
  /** 银行别名 */
  bank_alias: string
  /** 银行别名编码 */
  bank_alias_code: string
}
