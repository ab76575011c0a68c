// parking: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交停车场进件申请
  {
    const { data } = await client.request('POST /v3/parking/reminders/application', {
      json: {
        parking_lot: {
          parking_lot_name: 'XX购物中心停车场',
          out_parking_lot_id: 'PARK001',
          parking_lot_address: 'XX市XX区XX路XX号',
          longitude: '116.397128',
          latitude: '39.916527',
          parking_lot_type: 'PARKING_LOT_TYPE_BUSINESS_DISTRICT',
          phone_number: '13800138000',
          parking_sign_url: 'https://example.com/parking_sign.jpg',
          notification_text_list: ['string'],
          payment_mini_prog_appid: 'wx1234567890abcdef',
          payment_path: 'pages/pay/index',
          parking_order_mini_prog_appid: 'wx1234567890abcdef',
          parking_order_path: 'pages/order/index',
          charging_rule: {
            rule_type: 'CHARGING_RULE_FIXED_INTERVAL',
            fee_limit_type: 'FEE_LIMIT_AGGREGATE',
            daily_limit_type: 'DAILY_LIMIT_CALENDAR_DAY',
            time_rounding_type: 'TIME_ROUND_UP',
            free_entry_duration: 30,
            free_exit_duration: 15,
            fixed_interval_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                first_duration: 60,
                first_amount: 500,
                interval_duration: 30,
                interval_amount: 200,
                interval_max_amount: 1000,
                max_fee_per_day: 5000,
                free_period_charging_mode: 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY',
                free_period_calculation_mode: 'FREE_PERIOD_CAL_SEQUENTIAL_START',
                is_green_vehicle_free_parking: true,
                first_duration_mode: 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION',
              },
            ],
            duration_segment_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                charge_mode: 'INTERVAL',
                duration_from: 0,
                duration_to: 60,
                fixed_amount: 1000,
                interval_min: 30,
                interval_amount: 200,
                interval_max_amount: 1000,
                max_fee_per_day: 5000,
              },
            ],
            pre_entry_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                amount: 1000,
                max_fee_per_day: 5000,
              },
            ],
            holiday_mode: 'HOLIDAY_MODE_LEGAL_MODY',
            aggregate_limit_mode: 'AGGREGATE_LIMIT_MODE_NORMAL',
            first_charge_time_mode: 'FIRST_CHARGE_TIME_MODE_ENTER',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders.application.post({
      json: {
        parking_lot: {
          parking_lot_name: 'XX购物中心停车场',
          out_parking_lot_id: 'PARK001',
          parking_lot_address: 'XX市XX区XX路XX号',
          longitude: '116.397128',
          latitude: '39.916527',
          parking_lot_type: 'PARKING_LOT_TYPE_BUSINESS_DISTRICT',
          phone_number: '13800138000',
          parking_sign_url: 'https://example.com/parking_sign.jpg',
          notification_text_list: ['string'],
          payment_mini_prog_appid: 'wx1234567890abcdef',
          payment_path: 'pages/pay/index',
          parking_order_mini_prog_appid: 'wx1234567890abcdef',
          parking_order_path: 'pages/order/index',
          charging_rule: {
            rule_type: 'CHARGING_RULE_FIXED_INTERVAL',
            fee_limit_type: 'FEE_LIMIT_AGGREGATE',
            daily_limit_type: 'DAILY_LIMIT_CALENDAR_DAY',
            time_rounding_type: 'TIME_ROUND_UP',
            free_entry_duration: 30,
            free_exit_duration: 15,
            fixed_interval_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                first_duration: 60,
                first_amount: 500,
                interval_duration: 30,
                interval_amount: 200,
                interval_max_amount: 1000,
                max_fee_per_day: 5000,
                free_period_charging_mode: 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY',
                free_period_calculation_mode: 'FREE_PERIOD_CAL_SEQUENTIAL_START',
                is_green_vehicle_free_parking: true,
                first_duration_mode: 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION',
              },
            ],
            duration_segment_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                charge_mode: 'INTERVAL',
                duration_from: 0,
                duration_to: 60,
                fixed_amount: 1000,
                interval_min: 30,
                interval_amount: 200,
                interval_max_amount: 1000,
                max_fee_per_day: 5000,
              },
            ],
            pre_entry_rule: [
              {
                day_type: 'DAY_TYPE_WEEKDAY',
                start_time: '09:00',
                end_time: '18:00',
                vehicle_type: 'VEHICLE_TYPE_SMALL',
                plate_type: 'PLATE_TYPE_TEMPORARY',
                amount: 1000,
                max_fee_per_day: 5000,
              },
            ],
            holiday_mode: 'HOLIDAY_MODE_LEGAL_MODY',
            aggregate_limit_mode: 'AGGREGATE_LIMIT_MODE_NORMAL',
            first_charge_time_mode: 'FIRST_CHARGE_TIME_MODE_ENTER',
          },
        },
      },
    })
    console.log(data)
  }
  // 查询停车场进件申请单
  {
    const { data } = await client.request('GET /v3/parking/reminders/application/query', {
      query: {
        parking_lot_audit_no: 'PLA202604230001',
        out_parking_lot_id: 'lot_sz_tencent_001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders.application.query.get({
      query: {
        parking_lot_audit_no: 'PLA202604230001',
        out_parking_lot_id: 'lot_sz_tencent_001',
      },
    })
    console.log(data)
  }
  // 撤回停车场进件申请
  {
    const { status } = await client.request('POST /v3/parking/reminders/application/withdraw', {
      json: {
        parking_lot_audit_no: 'PLA202604230001',
        out_parking_lot_id: 'lot_sz_tencent_001',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.parking.reminders.application.withdraw.post({
      json: {
        parking_lot_audit_no: 'PLA202604230001',
        out_parking_lot_id: 'lot_sz_tencent_001',
      },
    })
    console.log(status)
  }
  // 查询停车场进件申请单列表
  {
    const { data } = await client.request('GET /v3/parking/reminders/applications', {
      query: {
        out_parking_lot_id: 'lot_sz_tencent_001',
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders.applications.get({
      query: {
        out_parking_lot_id: 'lot_sz_tencent_001',
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 同步车辆入场通知
  {
    const { data } = await client.request('POST /v3/parking/reminders/entry', {
      json: {
        out_serial_number: 'PARK202407041530001',
        parking_id: 'WXPARK001',
        plate_number: '粤B12345',
        enter_timestamp: 1720078200,
        plate_color: 'PLATE_COLOR_BLUE',
        car_type: 'PLATE_TYPE_TEMPORARY',
        vehicle_type: 'VEHICLE_TYPE_SMALL',
        entrance_number: 'A01',
        entrance_name: '南门入口',
        discount_template_id: [1001],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders.entry.post({
      json: {
        out_serial_number: 'PARK202407041530001',
        parking_id: 'WXPARK001',
        plate_number: '粤B12345',
        enter_timestamp: 1720078200,
        plate_color: 'PLATE_COLOR_BLUE',
        car_type: 'PLATE_TYPE_TEMPORARY',
        vehicle_type: 'VEHICLE_TYPE_SMALL',
        entrance_number: 'A01',
        entrance_name: '南门入口',
        discount_template_id: [1001],
      },
    })
    console.log(data)
  }
  // 同步车辆离场通知
  {
    const { status } = await client.request('POST /v3/parking/reminders/exit', {
      json: {
        out_serial_number: 'PARK202407041530001',
        exit_timestamp: 1720081800,
        plate_number: '粤B12345',
        plate_color: 'PLATE_COLOR_BLUE',
        parking_id: 'WXPARK001',
        pay_state: 'PAY_STATUS_PAID',
        pay_type: 'PAY_TYPE_WXPAY',
        out_trade_no: 'TRADE202407041530001',
        total_amount: 1500,
        paid_amount: 1500,
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        pay_channel: 'PAY_CHANNEL_WECHAT_PAY_NOTIF',
        pay_time: 1720081800,
        token: 'token1234567890',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.parking.reminders.exit.post({
      json: {
        out_serial_number: 'PARK202407041530001',
        exit_timestamp: 1720081800,
        plate_number: '粤B12345',
        plate_color: 'PLATE_COLOR_BLUE',
        parking_id: 'WXPARK001',
        pay_state: 'PAY_STATUS_PAID',
        pay_type: 'PAY_TYPE_WXPAY',
        out_trade_no: 'TRADE202407041530001',
        total_amount: 1500,
        paid_amount: 1500,
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        pay_channel: 'PAY_CHANNEL_WECHAT_PAY_NOTIF',
        pay_time: 1720081800,
        token: 'token1234567890',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
  // 同步非临停扩展支付
  {
    const { status } = await client.request('POST /v3/parking/reminders/ext-payment', {
      json: {
        out_trade_no: 'TRADE202407041530001',
        fee_items: [
          {
            fee_type: 'EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY',
            amount: 5000,
          },
        ],
        pay_time: 1719128975,
        wx_parking_lot_id: '21232735744117624001123604298240',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.parking.reminders['ext-payment'].post({
      json: {
        out_trade_no: 'TRADE202407041530001',
        fee_items: [
          {
            fee_type: 'EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY',
            amount: 5000,
          },
        ],
        pay_time: 1719128975,
        wx_parking_lot_id: '21232735744117624001123604298240',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
  // 查询停车费用
  {
    const { data } = await client.request('POST /v3/parking/reminders/parking-fee', {
      json: {
        out_serial_number: 'PARK202407041530001',
        plate_number: '粤B12345',
        out_parking_id: 'lot_sz_tencent_001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders['parking-fee'].post({
      json: {
        out_serial_number: 'PARK202407041530001',
        plate_number: '粤B12345',
        out_parking_id: 'lot_sz_tencent_001',
      },
    })
    console.log(data)
  }
  // 查询停车场信息
  {
    const { data } = await client.request('GET /v3/parking/reminders/parking-lot', {
      query: {
        out_parking_lot_id: 'lot_sz_tencent_001',
        wx_parking_lot_id: '21232735744117624001123604298240',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.parking.reminders['parking-lot'].get({
      query: {
        out_parking_lot_id: 'lot_sz_tencent_001',
        wx_parking_lot_id: '21232735744117624001123604298240',
      },
    })
    console.log(data)
  }
  // 同步支付结果通知
  {
    const { status } = await client.request('POST /v3/parking/reminders/payment', {
      json: {
        out_serial_number: 'PARK202407041530001',
        plate_number: '粤B12345',
        parking_id: 'WXPARK001',
        parking_state: 'PARKING_STATUS_PARKING',
        pay_type: 'PAY_TYPE_WXPAY',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_mchid: '1900000109',
        total_amount: 1500,
        paid_amount: 1500,
        out_trade_no: 'TRADE202407041530001',
        pay_channel: 'PAY_CHANNEL_WECHAT_PAY_NOTIF',
        pay_time: 1720081800,
        token: 'token1234567890',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.parking.reminders.payment.post({
      json: {
        out_serial_number: 'PARK202407041530001',
        plate_number: '粤B12345',
        parking_id: 'WXPARK001',
        parking_state: 'PARKING_STATUS_PARKING',
        pay_type: 'PAY_TYPE_WXPAY',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_mchid: '1900000109',
        total_amount: 1500,
        paid_amount: 1500,
        out_trade_no: 'TRADE202407041530001',
        pay_channel: 'PAY_CHANNEL_WECHAT_PAY_NOTIF',
        pay_time: 1720081800,
        token: 'token1234567890',
        wx_trade_no: '4200001999202407041234567890',
      },
    })
    console.log(status)
  }
}
