// inspolicymgr: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface InspolicymgrDeductAuthorizationsPostJson {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 商户APPID */
  appid: string
  /** 保险代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保险名称 */
  insurance_name: string
  /** 收款方商户号 */
  payee_mchid?: string
  /** 收款方公众账号ID */
  payee_appid?: string
}

/** 提交保单授权信息: the options of `POST /v3/inspolicymgr/deduct/authorizations`. */
export interface InspolicymgrDeductAuthorizationsPostOptions extends RouteCallOptions {
  json: InspolicymgrDeductAuthorizationsPostJson
}

/** 提交保单授权信息: what `POST /v3/inspolicymgr/deduct/authorizations` answers. */
export type InspolicymgrDeductAuthorizationsPostResponse = {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 商户APPID */
  appid?: string
  /** 保险代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保险名称 */
  insurance_name: string
  /** 授权状态 */
  auth_state: 'AUTH_STATE_INIT' | 'AUTH_STATE_PENDING' | 'AUTH_STATE_GRANTED' | 'AUTH_STATE_DENIED' | 'AUTH_STATE_EXPIRED' | (string & {})
  /** 用户授权时间 */
  user_auth_time?: string
}

/** 查询保单授权信息: the options of `GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}`. */
export interface InspolicymgrDeductAuthorizationsByOutInsuranceNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户保险编号 */
    out_insurance_no: string
  }
}

/** 查询保单授权信息: what `GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}` answers. */
export type InspolicymgrDeductAuthorizationsByOutInsuranceNoGetResponse = {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 公众账号ID */
  appid: string
  /** 保险代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保险名称 */
  insurance_name: string
  /** 授权状态 */
  auth_state: 'AUTH_STATE_INIT' | 'AUTH_STATE_PENDING' | 'AUTH_STATE_GRANTED' | 'AUTH_STATE_DENIED' | 'AUTH_STATE_EXPIRED' | (string & {})
  /** 用户授权时间 */
  user_auth_time?: string
}

export interface InspolicymgrDeductPoliciesPostJson {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 被保险人姓名列表 */
  insured_name_list: readonly string[]
  /** 承保公司代码 */
  insurance_company_code: string
  /** 保单生效时间 */
  effective_time: string
  /** 保单失效时间 */
  expired_time: string
  /** 保障详情 */
  coverage_detail: string
  /** 是否支持续保 */
  support_renewal: boolean
  /** 可续保开始时间 */
  start_renewal_time?: string
  /** 可续保结束时间 */
  end_renewal_time?: string
  /** 保单类型 */
  policy_type: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY'
  /** 车牌信息 */
  car_number?: string
  /** 宠物名称 */
  pet_name?: string
  /** 地址信息 */
  address?: string
  /** 保单状态 */
  policy_state: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE'
  /** 保司保单号 */
  policy_code?: string
  /** 委托代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保单的扣费周期列表 */
  policy_periods: readonly number[]
  /** 商户APPID */
  appid: string
  /** 用户在商户公众号内的身份标识 */
  openid: string
  /** 是否为赠险 */
  free_insurance: boolean
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM'
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF'
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR'
  /** 首期保费金额 */
  first_period_amount?: number
  /** 后续每期保费金额 */
  subsequent_period_amount?: number
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME'
  /** 收款方商户号 */
  payee_mchid?: string
  /** 收款方公众账号ID */
  payee_appid?: string
  /** 收款方用户标识 */
  payee_openid?: string
}

/** 上传保单: the options of `POST /v3/inspolicymgr/deduct/policies`. */
export interface InspolicymgrDeductPoliciesPostOptions extends RouteCallOptions {
  json: InspolicymgrDeductPoliciesPostJson
}

/** 上传保单: what `POST /v3/inspolicymgr/deduct/policies` answers. */
export type InspolicymgrDeductPoliciesPostResponse = {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 保险名称 */
  insurance_name: string
  /** 被保险人姓名列表 */
  insured_name_list: string[]
  /** 承保公司代码 */
  insurance_company_code: string
  /** 保单生效时间 */
  effective_time: string
  /** 保单失效时间 */
  expired_time: string
  /** 保障详情 */
  coverage_detail: string
  /** 是否支持续保 */
  support_renewal: boolean
  /** 可续保开始时间 */
  start_renewal_time?: string
  /** 可续保结束时间 */
  end_renewal_time?: string
  /** 保单类型 */
  policy_type: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY' | (string & {})
  /** 车牌信息 */
  car_number?: string
  /** 宠物名称 */
  pet_name?: string
  /** 地址信息 */
  address?: string
  /** 保单状态 */
  policy_state: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE' | (string & {})
  /** 保司保单号 */
  policy_code?: string
  /** 委托代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保单的扣费周期列表 */
  policy_periods: number[]
  /** 是否为赠险 */
  free_insurance: boolean
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM' | (string & {})
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF' | (string & {})
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR' | (string & {})
  /** 首期保费金额 */
  first_period_amount?: number
  /** 后续每期保费金额 */
  subsequent_period_amount?: number
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME' | (string & {})
}

/** 查询保单: the options of `GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}`. */
export interface InspolicymgrDeductPoliciesByOutInsuranceNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户保险编号 */
    out_insurance_no: string
  }
}

/** 查询保单: what `GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}` answers. */
export type InspolicymgrDeductPoliciesByOutInsuranceNoGetResponse = {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 保险名称 */
  insurance_name: string
  /** 被保险人姓名列表 */
  insured_name_list: string[]
  /** 承保公司代码 */
  insurance_company_code: string
  /** 保单生效时间 */
  effective_time: string
  /** 保单失效时间 */
  expired_time: string
  /** 保障详情 */
  coverage_detail: string
  /** 是否支持续保 */
  support_renewal: boolean
  /** 可续保开始时间 */
  start_renewal_time?: string
  /** 可续保结束时间 */
  end_renewal_time?: string
  /** 保单类型 */
  policy_type: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY' | (string & {})
  /** 车牌信息 */
  car_number?: string
  /** 宠物名称 */
  pet_name?: string
  /** 地址信息 */
  address?: string
  /** 保单状态 */
  policy_state: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE' | (string & {})
  /** 保司保单号 */
  policy_code?: string
  /** 委托代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保单的扣费周期列表 */
  policy_periods: number[]
  /** 是否为赠险 */
  free_insurance: boolean
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM' | (string & {})
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF' | (string & {})
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR' | (string & {})
  /** 首期保费金额 */
  first_period_amount?: number
  /** 后续每期保费金额 */
  subsequent_period_amount?: number
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME' | (string & {})
}

export interface InspolicymgrDeductPoliciesByOutInsuranceNoPatchJson {
  /** 被保险人姓名列表 */
  insured_name_list?: readonly string[]
  /** 保险名称 */
  insurance_name?: string
  /** 保单生效时间 */
  effective_time?: string
  /** 保单失效时间 */
  expired_time?: string
  /** 保障详情 */
  coverage_detail?: string
  /** 是否支持续保 */
  support_renewal?: boolean
  /** 可续保开始时间 */
  start_renewal_time?: string
  /** 可续保结束时间 */
  end_renewal_time?: string
  /** 保单类型 */
  policy_type?: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY'
  /** 车牌信息 */
  car_number?: string
  /** 宠物名称 */
  pet_name?: string
  /** 地址信息 */
  address?: string
  /** 保单状态 */
  policy_state?: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE'
  /** 保司保单号 */
  policy_code?: string
  /** 委托代扣模板ID */
  plan_id?: string
  /** 商户签约协议号 */
  out_contract_code?: string
  /** 保单的扣费周期列表 */
  policy_periods?: readonly number[]
  /** 是否为赠险 */
  free_insurance?: boolean
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM'
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF'
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR'
  /** 首期保费金额 */
  first_period_amount?: number
  /** 后续每期保费金额 */
  subsequent_period_amount?: number
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME'
}

/** 更新保单信息: the options of `PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}`. */
export interface InspolicymgrDeductPoliciesByOutInsuranceNoPatchOptions extends RouteCallOptions {
  params: {
    /** 商户保险编号 */
    out_insurance_no: string
  }
  json?: InspolicymgrDeductPoliciesByOutInsuranceNoPatchJson
}

/** 更新保单信息: what `PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}` answers. */
export type InspolicymgrDeductPoliciesByOutInsuranceNoPatchResponse = {
  /** 商户保险编号 */
  out_insurance_no: string
  /** 保险名称 */
  insurance_name: string
  /** 被保险人姓名列表 */
  insured_name_list: string[]
  /** 承保公司代码 */
  insurance_company_code: string
  /** 保单生效时间 */
  effective_time: string
  /** 保单失效时间 */
  expired_time: string
  /** 保障详情 */
  coverage_detail: string
  /** 是否支持续保 */
  support_renewal: boolean
  /** 可续保开始时间 */
  start_renewal_time?: string
  /** 可续保结束时间 */
  end_renewal_time?: string
  /** 保单类型 */
  policy_type: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY' | (string & {})
  /** 车牌信息 */
  car_number?: string
  /** 宠物名称 */
  pet_name?: string
  /** 地址信息 */
  address?: string
  /** 保单状态 */
  policy_state: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE' | (string & {})
  /** 保司保单号 */
  policy_code?: string
  /** 委托代扣模板ID */
  plan_id: string
  /** 商户签约协议号 */
  out_contract_code: string
  /** 保单的扣费周期列表 */
  policy_periods: number[]
  /** 是否为赠险 */
  free_insurance: boolean
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM' | (string & {})
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF' | (string & {})
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR' | (string & {})
  /** 首期保费金额 */
  first_period_amount?: number
  /** 后续每期保费金额 */
  subsequent_period_amount?: number
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME' | (string & {})
}
