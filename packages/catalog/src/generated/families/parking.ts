// parking: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface ParkingRemindersApplicationPostJson {
  parking_lot: {
    /** 停车场名称 */
    parking_lot_name: string
    /** 商户停车场ID */
    out_parking_lot_id: string
    /** 停车场地址 */
    parking_lot_address: string
    /** 停车场经度 */
    longitude: string
    /** 停车场纬度 */
    latitude: string
    /** 停车场类型 */
    parking_lot_type: 'PARKING_LOT_TYPE_UNKNOWN' | 'PARKING_LOT_TYPE_BUSINESS_DISTRICT' | 'PARKING_LOT_TYPE_OFFICE_BUILDING' | 'PARKING_LOT_TYPE_TRANSPORTATION_HUB' | 'PARKING_LOT_TYPE_RESIDENTIAL_AREA' | 'PARKING_LOT_TYPE_PARK_AREA' | 'PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY'
    /** 客服联系电话 */
    phone_number: string
    /** 收费告示牌url */
    parking_sign_url?: string
    /** 停车场优惠文案 */
    notification_text_list?: readonly string[]
    /** 商家支付小程序appid */
    payment_mini_prog_appid?: string
    /** 商家支付路径 */
    payment_path: string
    /** 商家停车订单小程序appid */
    parking_order_mini_prog_appid?: string
    /** 商家停车订单路径 */
    parking_order_path?: string
    charging_rule?: {
      /** 收费规则类型 */
      rule_type?: 'CHARGING_RULE_UNKNOWN' | 'CHARGING_RULE_FIXED_INTERVAL' | 'CHARGING_RULE_SEGMENT' | 'CHARGING_RULE_PER_ENTRY'
      /** 收费金额限制类型 */
      fee_limit_type?: 'FEE_LIMIT_UNKNOWN' | 'FEE_LIMIT_AGGREGATE' | 'FEE_LIMIT_SINGLE'
      /** 计费周期类型 */
      daily_limit_type?: 'DAILY_LIMIT_UNKNOWN' | 'DAILY_LIMIT_ROLLING_24H' | 'DAILY_LIMIT_CALENDAR_DAY'
      /** 不满一小时取整方式 */
      time_rounding_type?: 'TIME_ROUND_UNKNOWN' | 'TIME_ROUND_DOWN' | 'TIME_ROUND_UP'
      /** 入场免费时间 */
      free_entry_duration?: number
      /** 出场免费时间 */
      free_exit_duration?: number
      fixed_interval_rule?: readonly {
        /** 日期类型 */
        day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY'
        /** 时段开始时间 */
        start_time?: string
        /** 时段结束时间 */
        end_time?: string
        /** 车辆类型 */
        vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE'
        /** 车牌类型 */
        plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS'
        /** 首段收费时长 */
        first_duration?: number
        /** 首段收费金额 */
        first_amount?: number
        /** 间隔收费时长 */
        interval_duration?: number
        /** 间隔收费金额 */
        interval_amount?: number
        /** 间隔时段收费封顶 */
        interval_max_amount?: number
        /** 单日最大收款金额 */
        max_fee_per_day?: number
        /** 免费时段收取模式 */
        free_period_charging_mode?: 'FREE_PERIOD_CHARGING_UNKNOWN' | 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY' | 'FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS' | 'FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY' | 'FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION'
        /** 免费时段计算方式 */
        free_period_calculation_mode?: 'FREE_PERIOD_CAL_UNKNOWN' | 'FREE_PERIOD_CAL_CONCURRENT_START' | 'FREE_PERIOD_CAL_SEQUENTIAL_START'
        /** 新能源是否免停 */
        is_green_vehicle_free_parking?: boolean
        /** 首段收费模式 */
        first_duration_mode?: 'FIRST_DURATION_MODE_UNKNOWN' | 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION' | 'FIRST_DURATION_MODE_EVERY_FIRST_DURATION'
      }[]
      duration_segment_rule?: readonly {
        /** 日期类型 */
        day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY'
        /** 时段开始时间 */
        start_time?: string
        /** 时段结束时间 */
        end_time?: string
        /** 车辆类型 */
        vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE'
        /** 车牌类型 */
        plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS'
        /** 收费模式 */
        charge_mode?: 'UNKNOWN' | 'INTERVAL' | 'ONE_TIME'
        /** 停车时长起始 */
        duration_from?: number
        /** 停车时长结束 */
        duration_to?: number
        /** 固定收费金额 */
        fixed_amount?: number
        /** 间隔时段 */
        interval_min?: number
        /** 间隔收费金额 */
        interval_amount?: number
        /** 间隔时段收费封顶 */
        interval_max_amount?: number
        /** 单日最大收款金额 */
        max_fee_per_day?: number
      }[]
      pre_entry_rule?: readonly {
        /** 日期类型 */
        day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY'
        /** 时段开始时间 */
        start_time?: string
        /** 时段结束时间 */
        end_time?: string
        /** 车辆类型 */
        vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE'
        /** 车牌类型 */
        plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS'
        /** 收费金额 */
        amount?: number
        /** 单日最大收款金额 */
        max_fee_per_day?: number
      }[]
      /** 节假日模式 */
      holiday_mode?: 'HOLIDAY_MODE_UNKNOWN' | 'HOLIDAY_MODE_LEGAL_MODY' | 'HOLIDAY_MODE_CALENDAR_MODY' | 'HOLIDAY_MODE_FINANCIAL_MODY'
      /** 累计限额模式 */
      aggregate_limit_mode?: 'AGGREGATE_LIMIT_MODE_UNKNOWN' | 'AGGREGATE_LIMIT_MODE_NORMAL' | 'AGGREGATE_LIMIT_MODE_MIN'
      /** 首次计费时间模式 */
      first_charge_time_mode?: 'FIRST_CHARGE_TIME_MODE_UNKNOWN' | 'FIRST_CHARGE_TIME_MODE_ENTER' | 'FIRST_CHARGE_TIME_MODE_AFTER_FREE'
    }
  }
}

/** 提交停车场进件申请: the options of `POST /v3/parking/reminders/application`. */
export interface ParkingRemindersApplicationPostOptions extends RouteCallOptions {
  json: ParkingRemindersApplicationPostJson
}

/** 提交停车场进件申请: what `POST /v3/parking/reminders/application` answers. */
export type ParkingRemindersApplicationPostResponse = {
  /** 停车场进件审核单号 */
  parking_lot_audit_no?: string
}

/** 查询停车场进件申请单: the options of `GET /v3/parking/reminders/application/query`. */
export interface ParkingRemindersApplicationQueryGetOptions extends RouteCallOptions {
  query: {
    /** 停车场进件审核单号 */
    parking_lot_audit_no: string
    /** 商户停车场ID */
    out_parking_lot_id: string
  }
}

/** 查询停车场进件申请单: what `GET /v3/parking/reminders/application/query` answers. */
export type ParkingRemindersApplicationQueryGetResponse = {
  application?: {
    /** 停车场进件审核单号 */
    parking_lot_audit_no?: string
    /** 审核状态 */
    audit_status?: 'AUDIT_STATUS_UNKNOWN' | 'AUDIT_STATUS_PENDING' | 'AUDIT_STATUS_WITHDRAWN' | 'AUDIT_STATUS_APPROVED' | 'AUDIT_STATUS_REJECTED' | (string & {})
    /** 提交时间 */
    submit_time?: number
    parking_lot?: {
      /** 停车场名称 */
      parking_lot_name?: string
      /** 商户停车场ID */
      out_parking_lot_id?: string
      /** 停车场地址 */
      parking_lot_address?: string
      /** 停车场经度 */
      longitude?: string
      /** 停车场纬度 */
      latitude?: string
      /** 停车场类型 */
      parking_lot_type?: 'PARKING_LOT_TYPE_UNKNOWN' | 'PARKING_LOT_TYPE_BUSINESS_DISTRICT' | 'PARKING_LOT_TYPE_OFFICE_BUILDING' | 'PARKING_LOT_TYPE_TRANSPORTATION_HUB' | 'PARKING_LOT_TYPE_RESIDENTIAL_AREA' | 'PARKING_LOT_TYPE_PARK_AREA' | 'PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY' | (string & {})
      /** 客服联系电话 */
      phone_number?: string
      /** 收费告示牌url */
      parking_sign_url?: string
      /** 停车场优惠文案 */
      notification_text_list?: string[]
      /** 商家支付小程序appid */
      payment_mini_prog_appid?: string
      /** 商家支付路径 */
      payment_path?: string
      /** 商家停车订单小程序appid */
      parking_order_mini_prog_appid?: string
      /** 商家停车订单路径 */
      parking_order_path?: string
      charging_rule?: {
        /** 收费规则类型 */
        rule_type?: 'CHARGING_RULE_UNKNOWN' | 'CHARGING_RULE_FIXED_INTERVAL' | 'CHARGING_RULE_SEGMENT' | 'CHARGING_RULE_PER_ENTRY' | (string & {})
        /** 收费金额限制类型 */
        fee_limit_type?: 'FEE_LIMIT_UNKNOWN' | 'FEE_LIMIT_AGGREGATE' | 'FEE_LIMIT_SINGLE' | (string & {})
        /** 计费周期类型 */
        daily_limit_type?: 'DAILY_LIMIT_UNKNOWN' | 'DAILY_LIMIT_ROLLING_24H' | 'DAILY_LIMIT_CALENDAR_DAY' | (string & {})
        /** 不满一小时取整方式 */
        time_rounding_type?: 'TIME_ROUND_UNKNOWN' | 'TIME_ROUND_DOWN' | 'TIME_ROUND_UP' | (string & {})
        /** 入场免费时间 */
        free_entry_duration?: number
        /** 出场免费时间 */
        free_exit_duration?: number
        fixed_interval_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 首段收费时长 */
          first_duration?: number
          /** 首段收费金额 */
          first_amount?: number
          /** 间隔收费时长 */
          interval_duration?: number
          /** 间隔收费金额 */
          interval_amount?: number
          /** 间隔时段收费封顶 */
          interval_max_amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
          /** 免费时段收取模式 */
          free_period_charging_mode?: 'FREE_PERIOD_CHARGING_UNKNOWN' | 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY' | 'FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS' | 'FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY' | 'FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION' | (string & {})
          /** 免费时段计算方式 */
          free_period_calculation_mode?: 'FREE_PERIOD_CAL_UNKNOWN' | 'FREE_PERIOD_CAL_CONCURRENT_START' | 'FREE_PERIOD_CAL_SEQUENTIAL_START' | (string & {})
          /** 新能源是否免停 */
          is_green_vehicle_free_parking?: boolean
          /** 首段收费模式 */
          first_duration_mode?: 'FIRST_DURATION_MODE_UNKNOWN' | 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION' | 'FIRST_DURATION_MODE_EVERY_FIRST_DURATION' | (string & {})
        }[]
        duration_segment_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 收费模式 */
          charge_mode?: 'UNKNOWN' | 'INTERVAL' | 'ONE_TIME' | (string & {})
          /** 停车时长起始 */
          duration_from?: number
          /** 停车时长结束 */
          duration_to?: number
          /** 固定收费金额 */
          fixed_amount?: number
          /** 间隔时段 */
          interval_min?: number
          /** 间隔收费金额 */
          interval_amount?: number
          /** 间隔时段收费封顶 */
          interval_max_amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
        }[]
        pre_entry_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 收费金额 */
          amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
        }[]
        /** 节假日模式 */
        holiday_mode?: 'HOLIDAY_MODE_UNKNOWN' | 'HOLIDAY_MODE_LEGAL_MODY' | 'HOLIDAY_MODE_CALENDAR_MODY' | 'HOLIDAY_MODE_FINANCIAL_MODY' | (string & {})
        /** 累计限额模式 */
        aggregate_limit_mode?: 'AGGREGATE_LIMIT_MODE_UNKNOWN' | 'AGGREGATE_LIMIT_MODE_NORMAL' | 'AGGREGATE_LIMIT_MODE_MIN' | (string & {})
        /** 首次计费时间模式 */
        first_charge_time_mode?: 'FIRST_CHARGE_TIME_MODE_UNKNOWN' | 'FIRST_CHARGE_TIME_MODE_ENTER' | 'FIRST_CHARGE_TIME_MODE_AFTER_FREE' | (string & {})
      }
    }
    audit_comment?: {
      fields?: {
        /** 字段名 */
        field?: string
        /** 审核意见 */
        comment?: string
      }[]
      /** 改进建议 */
      recommendation?: string
    }
  }
  /** 微信停车场ID */
  wx_parking_lot_id?: string
}

export interface ParkingRemindersApplicationWithdrawPostJson {
  /** 停车场进件审核单号 */
  parking_lot_audit_no: string
  /** 商户停车场ID */
  out_parking_lot_id: string
}

/** 撤回停车场进件申请: the options of `POST /v3/parking/reminders/application/withdraw`. */
export interface ParkingRemindersApplicationWithdrawPostOptions extends RouteCallOptions {
  json: ParkingRemindersApplicationWithdrawPostJson
}

/** 撤回停车场进件申请: what `POST /v3/parking/reminders/application/withdraw` answers. */
export type ParkingRemindersApplicationWithdrawPostResponse = undefined

/** 查询停车场进件申请单列表: the options of `GET /v3/parking/reminders/applications`. */
export interface ParkingRemindersApplicationsGetOptions extends RouteCallOptions {
  query: {
    /** 商户停车场ID */
    out_parking_lot_id: string
    /** 偏移量 */
    offset?: number
    /** 条数 */
    limit?: number
  }
}

/** 查询停车场进件申请单列表: what `GET /v3/parking/reminders/applications` answers. */
export type ParkingRemindersApplicationsGetResponse = {
  application_list?: {
    /** 停车场进件审核单号 */
    parking_lot_audit_no?: string
    /** 审核状态 */
    audit_status?: 'AUDIT_STATUS_UNKNOWN' | 'AUDIT_STATUS_PENDING' | 'AUDIT_STATUS_WITHDRAWN' | 'AUDIT_STATUS_APPROVED' | 'AUDIT_STATUS_REJECTED' | (string & {})
    /** 提交时间 */
    submit_time?: number
    parking_lot?: {
      /** 停车场名称 */
      parking_lot_name?: string
      /** 商户停车场ID */
      out_parking_lot_id?: string
      /** 停车场地址 */
      parking_lot_address?: string
      /** 停车场经度 */
      longitude?: string
      /** 停车场纬度 */
      latitude?: string
      /** 停车场类型 */
      parking_lot_type?: 'PARKING_LOT_TYPE_UNKNOWN' | 'PARKING_LOT_TYPE_BUSINESS_DISTRICT' | 'PARKING_LOT_TYPE_OFFICE_BUILDING' | 'PARKING_LOT_TYPE_TRANSPORTATION_HUB' | 'PARKING_LOT_TYPE_RESIDENTIAL_AREA' | 'PARKING_LOT_TYPE_PARK_AREA' | 'PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY' | (string & {})
      /** 客服联系电话 */
      phone_number?: string
      /** 收费告示牌url */
      parking_sign_url?: string
      /** 停车场优惠文案 */
      notification_text_list?: string[]
      /** 商家支付小程序appid */
      payment_mini_prog_appid?: string
      /** 商家支付路径 */
      payment_path?: string
      /** 商家停车订单小程序appid */
      parking_order_mini_prog_appid?: string
      /** 商家停车订单路径 */
      parking_order_path?: string
      charging_rule?: {
        /** 收费规则类型 */
        rule_type?: 'CHARGING_RULE_UNKNOWN' | 'CHARGING_RULE_FIXED_INTERVAL' | 'CHARGING_RULE_SEGMENT' | 'CHARGING_RULE_PER_ENTRY' | (string & {})
        /** 收费金额限制类型 */
        fee_limit_type?: 'FEE_LIMIT_UNKNOWN' | 'FEE_LIMIT_AGGREGATE' | 'FEE_LIMIT_SINGLE' | (string & {})
        /** 计费周期类型 */
        daily_limit_type?: 'DAILY_LIMIT_UNKNOWN' | 'DAILY_LIMIT_ROLLING_24H' | 'DAILY_LIMIT_CALENDAR_DAY' | (string & {})
        /** 不满一小时取整方式 */
        time_rounding_type?: 'TIME_ROUND_UNKNOWN' | 'TIME_ROUND_DOWN' | 'TIME_ROUND_UP' | (string & {})
        /** 入场免费时间 */
        free_entry_duration?: number
        /** 出场免费时间 */
        free_exit_duration?: number
        fixed_interval_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 首段收费时长 */
          first_duration?: number
          /** 首段收费金额 */
          first_amount?: number
          /** 间隔收费时长 */
          interval_duration?: number
          /** 间隔收费金额 */
          interval_amount?: number
          /** 间隔时段收费封顶 */
          interval_max_amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
          /** 免费时段收取模式 */
          free_period_charging_mode?: 'FREE_PERIOD_CHARGING_UNKNOWN' | 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY' | 'FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS' | 'FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY' | 'FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION' | (string & {})
          /** 免费时段计算方式 */
          free_period_calculation_mode?: 'FREE_PERIOD_CAL_UNKNOWN' | 'FREE_PERIOD_CAL_CONCURRENT_START' | 'FREE_PERIOD_CAL_SEQUENTIAL_START' | (string & {})
          /** 新能源是否免停 */
          is_green_vehicle_free_parking?: boolean
          /** 首段收费模式 */
          first_duration_mode?: 'FIRST_DURATION_MODE_UNKNOWN' | 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION' | 'FIRST_DURATION_MODE_EVERY_FIRST_DURATION' | (string & {})
        }[]
        duration_segment_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 收费模式 */
          charge_mode?: 'UNKNOWN' | 'INTERVAL' | 'ONE_TIME' | (string & {})
          /** 停车时长起始 */
          duration_from?: number
          /** 停车时长结束 */
          duration_to?: number
          /** 固定收费金额 */
          fixed_amount?: number
          /** 间隔时段 */
          interval_min?: number
          /** 间隔收费金额 */
          interval_amount?: number
          /** 间隔时段收费封顶 */
          interval_max_amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
        }[]
        pre_entry_rule?: {
          /** 日期类型 */
          day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY' | (string & {})
          /** 时段开始时间 */
          start_time?: string
          /** 时段结束时间 */
          end_time?: string
          /** 车辆类型 */
          vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE' | (string & {})
          /** 车牌类型 */
          plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS' | (string & {})
          /** 收费金额 */
          amount?: number
          /** 单日最大收款金额 */
          max_fee_per_day?: number
        }[]
        /** 节假日模式 */
        holiday_mode?: 'HOLIDAY_MODE_UNKNOWN' | 'HOLIDAY_MODE_LEGAL_MODY' | 'HOLIDAY_MODE_CALENDAR_MODY' | 'HOLIDAY_MODE_FINANCIAL_MODY' | (string & {})
        /** 累计限额模式 */
        aggregate_limit_mode?: 'AGGREGATE_LIMIT_MODE_UNKNOWN' | 'AGGREGATE_LIMIT_MODE_NORMAL' | 'AGGREGATE_LIMIT_MODE_MIN' | (string & {})
        /** 首次计费时间模式 */
        first_charge_time_mode?: 'FIRST_CHARGE_TIME_MODE_UNKNOWN' | 'FIRST_CHARGE_TIME_MODE_ENTER' | 'FIRST_CHARGE_TIME_MODE_AFTER_FREE' | (string & {})
      }
    }
    audit_comment?: {
      fields?: {
        /** 字段名 */
        field?: string
        /** 审核意见 */
        comment?: string
      }[]
      /** 改进建议 */
      recommendation?: string
    }
  }[]
  /** 微信停车场ID */
  wx_parking_lot_id?: string
}

export interface ParkingRemindersEntryPostJson {
  /** 商户停车单号 */
  out_serial_number: string
  /** 微信停车场ID */
  parking_id: string
  /** 车牌号 */
  plate_number: string
  /** 车辆入场时间 */
  enter_timestamp: number
  /** 车牌颜色 */
  plate_color: 'PLATE_COLOR_UNKNOWN' | 'PLATE_COLOR_BLUE' | 'PLATE_COLOR_YELLOW' | 'PLATE_COLOR_BLACK' | 'PLATE_COLOR_WHITE' | 'PLATE_COLOR_GREEN' | 'PLATE_COLOR_YELLOW_GREEN' | 'PLATE_COLOR_AGRICULTURAL_YELLOW' | 'PLATE_COLOR_OTHER'
  /** 车辆性质 */
  car_type: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS'
  /** 车辆类型 */
  vehicle_type: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE'
  /** 停车场入口编号 */
  entrance_number?: string
  /** 停车场入口名称 */
  entrance_name?: string
  /** 优惠信息模板ID */
  discount_template_id?: readonly number[]
}

/** 同步车辆入场通知: the options of `POST /v3/parking/reminders/entry`. */
export interface ParkingRemindersEntryPostOptions extends RouteCallOptions {
  json: ParkingRemindersEntryPostJson
}

/** 同步车辆入场通知: what `POST /v3/parking/reminders/entry` answers. */
export type ParkingRemindersEntryPostResponse = {
  /** 微信停车单号 */
  serial_number?: string
}

export interface ParkingRemindersExitPostJson {
  /** 商户停车单号 */
  out_serial_number: string
  /** 车辆出场时间 */
  exit_timestamp: number
  /** 车牌号 */
  plate_number: string
  /** 车牌颜色 */
  plate_color: 'PLATE_COLOR_UNKNOWN' | 'PLATE_COLOR_BLUE' | 'PLATE_COLOR_YELLOW' | 'PLATE_COLOR_BLACK' | 'PLATE_COLOR_WHITE' | 'PLATE_COLOR_GREEN' | 'PLATE_COLOR_YELLOW_GREEN' | 'PLATE_COLOR_AGRICULTURAL_YELLOW' | 'PLATE_COLOR_OTHER'
  /** 微信停车场ID */
  parking_id: string
  /** 支付状态 */
  pay_state?: 'PAY_STATUS_UNKNOWN' | 'PAY_STATUS_UNPAID' | 'PAY_STATUS_PAID'
  /** 支付类型 */
  pay_type?: 'PAY_TYPE_UNKNOWN' | 'PAY_TYPE_WXPAY' | 'PAY_TYPE_OTHERS'
  /** 商户支付订单号 */
  out_trade_no?: string
  /** 总费用 */
  total_amount?: number
  /** 已支付费用 */
  paid_amount?: number
  /** 付款用户OpenID */
  openid?: string
  /** 支付渠道 */
  pay_channel?: 'PAY_CHANNEL_UNKNOWN' | 'PAY_CHANNEL_WECHAT_PAY_NOTIF' | 'PAY_CHANNEL_SCAN_QRCODE' | 'PAY_CHANNEL_OFFICIAL_ACCOUNT' | 'PAY_CHANNEL_MCH_MINI_PROG' | 'PAY_CHANNEL_OTHERS'
  /** 支付时间 */
  pay_time?: number
  /** 消息支付防伪凭证 */
  token?: string
  /** 微信支付订单号 */
  wx_trade_no?: string
}

/** 同步车辆离场通知: the options of `POST /v3/parking/reminders/exit`. */
export interface ParkingRemindersExitPostOptions extends RouteCallOptions {
  json: ParkingRemindersExitPostJson
}

/** 同步车辆离场通知: what `POST /v3/parking/reminders/exit` answers. */
export type ParkingRemindersExitPostResponse = undefined

export interface ParkingRemindersExtPaymentPostJson {
  /** 商户支付订单号 */
  out_trade_no: string
  /** 费用明细列表 */
  fee_items: readonly {
    /** 费用类型 */
    fee_type: 'EXT_PARKING_PAYMENT_FEE_TYPE_UNKNOWN' | 'EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY' | 'EXT_PARKING_PAYMENT_FEE_TYPE_QUARTERLY' | 'EXT_PARKING_PAYMENT_FEE_TYPE_MEMBER'
    /** 金额（单位为分） */
    amount: number
  }[]
  /** 支付时间（秒级时间戳） */
  pay_time: number
  /** 微信停车场ID */
  wx_parking_lot_id?: string
  /** 微信支付订单号 */
  wx_trade_no?: string
}

/** 同步非临停扩展支付: the options of `POST /v3/parking/reminders/ext-payment`. */
export interface ParkingRemindersExtPaymentPostOptions extends RouteCallOptions {
  json: ParkingRemindersExtPaymentPostJson
}

/** 同步非临停扩展支付: what `POST /v3/parking/reminders/ext-payment` answers. */
export type ParkingRemindersExtPaymentPostResponse = undefined

export interface ParkingRemindersParkingFeePostJson {
  /** 商户停车单号 */
  out_serial_number: string
  /** 车牌号 */
  plate_number?: string
  /** 商户停车场ID */
  out_parking_id?: string
}

/** 查询停车费用: the options of `POST /v3/parking/reminders/parking-fee`. */
export interface ParkingRemindersParkingFeePostOptions extends RouteCallOptions {
  json: ParkingRemindersParkingFeePostJson
}

/** 查询停车费用: what `POST /v3/parking/reminders/parking-fee` answers. */
export type ParkingRemindersParkingFeePostResponse = {
  /** 当前总费用 */
  total_amount?: number
  /** 已停时长 */
  parking_timestamp?: number
  /** 停车状态 */
  parking_state?: 'PARKING_STATE_UNKNOWN' | 'PARKING_STATE_ENTERED' | 'PARKING_STATE_EXIT_GATE' | 'PARKING_STATE_EXITED' | 'PARKING_STATE_UNEXPECTED_CLOSE' | (string & {})
  /** 支付状态 */
  pay_state?: 'PAY_STATUS_UNKNOWN' | 'PAY_STATUS_UNPAID' | 'PAY_STATUS_PAID' | (string & {})
  /** 免费待出场时间 */
  allowed_exit_timestamp?: number
  /** 下一次跳价价格 */
  next_raise_price?: number
  /** 下一次跳价时间 */
  next_raise_timestamp?: number
  /** 应付金额 */
  payable_amount?: number
  /** 已付金额 */
  paid_amount?: number
}

/** 查询停车场信息: the options of `GET /v3/parking/reminders/parking-lot`. */
export interface ParkingRemindersParkingLotGetOptions extends RouteCallOptions {
  query?: {
    /** 商户停车场ID */
    out_parking_lot_id?: string
    /** 微信停车场ID */
    wx_parking_lot_id?: string
  }
}

/** 查询停车场信息: what `GET /v3/parking/reminders/parking-lot` answers. */
export type ParkingRemindersParkingLotGetResponse = {
  /** 微信停车场ID */
  wx_parking_lot_id?: string
  /** 商户停车场ID */
  out_parking_lot_id?: string
  /** 停车场名称 */
  parking_lot_name?: string
  /** 停车场地址 */
  parking_lot_address?: string
  /** 支付小程序appid */
  payment_mini_prog_appid?: string
  /** 支付小程序path */
  payment_mini_prog_path?: string
  /** 停车订单小程序appid */
  parking_order_mini_prog_appid?: string
  /** 停车订单小程序path */
  parking_order_mini_prog_path?: string
  /** 启用状态，停车场启用状态 */
  enabled_state?: 'ENABLED_STATE_UNKNOWN' | 'ENABLED_STATE_NOT_ENABLED' | 'ENABLED_STATE_ENABLED' | 'ENABLED_STATE_OFFLINE' | (string & {})
  /** 原因 */
  reason?: string
}

export interface ParkingRemindersPaymentPostJson {
  /** 商户停车单号 */
  out_serial_number: string
  /** 车牌号 */
  plate_number: string
  /** 微信停车场ID */
  parking_id: string
  /** 停车状态 */
  parking_state: 'PARKING_STATUS_UNKNOWN' | 'PARKING_STATUS_PARKING' | 'PARKING_STATUS_NOT_PARKING'
  /** 支付类型 */
  pay_type: 'PAY_TYPE_UNKNOWN' | 'PAY_TYPE_WXPAY' | 'PAY_TYPE_OTHERS'
  /** 付款用户OpenID */
  openid?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 总费用 */
  total_amount: number
  /** 已支付费用 */
  paid_amount: number
  /** 商户支付订单号 */
  out_trade_no?: string
  /** 支付渠道 */
  pay_channel?: 'PAY_CHANNEL_UNKNOWN' | 'PAY_CHANNEL_WECHAT_PAY_NOTIF' | 'PAY_CHANNEL_SCAN_QRCODE' | 'PAY_CHANNEL_OFFICIAL_ACCOUNT' | 'PAY_CHANNEL_MCH_MINI_PROG' | 'PAY_CHANNEL_OTHERS'
  /** 支付时间 */
  pay_time?: number
  /** 消息支付防伪凭证 */
  token?: string
  /** 微信支付订单号 */
  wx_trade_no?: string
}

/** 同步支付结果通知: the options of `POST /v3/parking/reminders/payment`. */
export interface ParkingRemindersPaymentPostOptions extends RouteCallOptions {
  json: ParkingRemindersPaymentPostJson
}

/** 同步支付结果通知: what `POST /v3/parking/reminders/payment` answers. */
export type ParkingRemindersPaymentPostResponse = undefined
