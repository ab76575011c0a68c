// pay-devices: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询音箱绑定信息: the options of `GET /v3/pay-devices/open-scenario-speaker/{device_sn}`. */
export interface PayDevicesOpenScenarioSpeakerByDeviceSnGetOptions extends RouteCallOptions {
  params: {
    /** 设备sn */
    device_sn: string
  }
}

/** 查询音箱绑定信息: what `GET /v3/pay-devices/open-scenario-speaker/{device_sn}` answers. */
export type PayDevicesOpenScenarioSpeakerByDeviceSnGetResponse = {
  /** 子商户 */
  sub_mchid: string
  /** 设备sn */
  device_sn: string
  /** 绑定状态 */
  bind_state: 'OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND' | 'OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED' | (string & {})
  /** 收款链接url */
  code_url: string
}

export interface PayDevicesOpenScenarioSpeakerByDeviceSnBindPostJson {
  /** 子商户 */
  sub_mchid: string
  /** 收款链接url */
  code_url: string
}

/** 绑定音箱设备码牌: the options of `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind`. */
export interface PayDevicesOpenScenarioSpeakerByDeviceSnBindPostOptions extends RouteCallOptions {
  params: {
    /** 设备sn */
    device_sn: string
  }
  json: PayDevicesOpenScenarioSpeakerByDeviceSnBindPostJson
}

/** 绑定音箱设备码牌: what `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind` answers. */
export type PayDevicesOpenScenarioSpeakerByDeviceSnBindPostResponse = {
  /** 子商户 */
  sub_mchid: string
  /** 设备sn */
  device_sn: string
  /** 绑定状态 */
  bind_state: 'OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND' | 'OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED' | (string & {})
  /** 收款链接url */
  code_url: string
}

export interface PayDevicesOpenScenarioSpeakerByDeviceSnPrebindPostJson {
  /** 收款链接url */
  code_url: string
}

/** 出厂预绑定音箱和码牌: the options of `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind`. */
export interface PayDevicesOpenScenarioSpeakerByDeviceSnPrebindPostOptions extends RouteCallOptions {
  params: {
    /** 设备sn */
    device_sn: string
  }
  json: PayDevicesOpenScenarioSpeakerByDeviceSnPrebindPostJson
}

/** 出厂预绑定音箱和码牌: what `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` answers. */
export type PayDevicesOpenScenarioSpeakerByDeviceSnPrebindPostResponse = {
  /** 设备sn */
  device_sn: string
  /** 绑定状态 */
  bind_state: 'OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND' | 'OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED' | (string & {})
  /** 收款链接url */
  code_url: string
}

/** 解绑音箱设备码牌: the options of `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind`. */
export interface PayDevicesOpenScenarioSpeakerByDeviceSnUnbindPostOptions extends RouteCallOptions {
  params: {
    /** 设备sn */
    device_sn: string
  }
}

/** 解绑音箱设备码牌: what `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` answers. */
export type PayDevicesOpenScenarioSpeakerByDeviceSnUnbindPostResponse = {
  /** 子商户 */
  sub_mchid: string
  /** 设备sn */
  device_sn: string
  /** 绑定状态 */
  bind_state: 'OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND' | 'OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED' | (string & {})
  /** 收款链接url */
  code_url: string
}

export interface PayDevicesOpenScenarioSpeakerorderByTransactionIdReportPostJson {
  /** 子商户 */
  sub_mchid: string
  /** 收款链接url */
  code_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 设备sn */
  device_sn: string
}

/** 码牌支付结果上报: the options of `POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report`. */
export interface PayDevicesOpenScenarioSpeakerorderByTransactionIdReportPostOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  json: PayDevicesOpenScenarioSpeakerorderByTransactionIdReportPostJson
}

/** 码牌支付结果上报: what `POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` answers. */
export type PayDevicesOpenScenarioSpeakerorderByTransactionIdReportPostResponse = {
  /** 子商户 */
  sub_mchid: string
  /** 收款链接url */
  code_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 设备sn */
  device_sn: string
  /** 微信支付订单号 */
  transaction_id: string
}

export interface PayDevicesPrintersByDeviceIdPrintOrdersPostJson {
  /** 打印单号 */
  print_order_no?: string
  /** 模板ID */
  template_id?: string
  /** 回调通知地址 */
  notify_url?: string
  /** 变量列表 */
  variable_list?: readonly {
    /** Key字段 */
    key?: string
    /** Value值字段 */
    value?: string
  }[]
  /** 表格变量列表 */
  table_list?: readonly {
    /** Key字段 */
    key?: string
    /** Value值列表 */
    row_list?: readonly {
      /** 值列表 */
      cell_list?: readonly string[]
    }[]
  }[]
}

/** 小票机打印: the options of `POST /v3/pay-devices/printers/{device_id}/print-orders`. */
export interface PayDevicesPrintersByDeviceIdPrintOrdersPostOptions extends RouteCallOptions {
  params: {
    /** 小票机设备号 */
    device_id: string
  }
  json?: PayDevicesPrintersByDeviceIdPrintOrdersPostJson
}

/** 小票机打印: what `POST /v3/pay-devices/printers/{device_id}/print-orders` answers. */
export type PayDevicesPrintersByDeviceIdPrintOrdersPostResponse = undefined

/** 查询订单: the options of `GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}`. */
export interface PayDevicesPrintersByDeviceIdPrintOrdersByPrintOrderNoGetOptions extends RouteCallOptions {
  params: {
    /** 小票机设备号 */
    device_id: string
    /** 打印单号 */
    print_order_no: string
  }
}

/** 查询订单: what `GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` answers. */
export type PayDevicesPrintersByDeviceIdPrintOrdersByPrintOrderNoGetResponse = {
  /** 打印单号 */
  print_order_no?: string
  /** 模板ID */
  template_id?: string
  /** 回调通知地址 */
  notify_url?: string
  /** 打印状态 */
  print_state?: 'PRINT_STATE_WAIT' | 'PRINT_STATE_SUCCESS' | 'PRINT_STATE_FAIL' | 'PRINT_STATE_CACHED' | (string & {})
  /** 打印状态描述 */
  print_state_description?: string
  /** 变量列表 */
  variable_list?: {
    /** Key字段 */
    key?: string
    /** Value值字段 */
    value?: string
  }[]
  /** 表格变量列表 */
  table_list?: {
    /** Key字段 */
    key?: string
    /** Value值列表 */
    row_list?: {
      /** 值列表 */
      cell_list?: string[]
    }[]
  }[]
}
