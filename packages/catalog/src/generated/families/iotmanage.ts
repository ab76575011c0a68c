// iotmanage: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 获取出厂检查结果: the options of `GET /v3/iotmanage/device-inspections/{device_sn}`. */
export interface IotmanageDeviceInspectionsByDeviceSnGetOptions extends RouteCallOptions {
  params: {
    /** 设备序列号 */
    device_sn: string
  }
}

/** 获取出厂检查结果: what `GET /v3/iotmanage/device-inspections/{device_sn}` answers. */
export type IotmanageDeviceInspectionsByDeviceSnGetResponse = {
  /** 设备序列号 */
  device_sn: string
  /** 有线网卡MAC地址 */
  wired_mac: string
  /** 无线网卡MAC地址 */
  wireless_mac: string
  /** 蓝牙MAC地址 */
  bluetooth_mac: string
  /** 刷脸应用版本号 */
  app_version: string
  /** 摄像头序列号 */
  camera_sn: string
  /** 国际移动设备识别码 */
  imei: string
  /** 查询结果 */
  result: 'SUCCESS' | 'WARN' | 'FAIL' | (string & {})
  /** 错误信息 */
  errors?: string[]
  /** 告警信息 */
  warnings?: string[]
  /** 查询时间 */
  inspect_time: string
}

/** 智能设备列表: the options of `GET /v3/iotmanage/devices`. */
export interface IotmanageDevicesGetOptions extends RouteCallOptions {
  query: {
    /** 最大资源条数 */
    limit: number
    /** 请求资源起始位置 */
    offset: number
  }
}

/** 智能设备列表: what `GET /v3/iotmanage/devices` answers. */
export type IotmanageDevicesGetResponse = {
  /** 设备信息 */
  data: {
    /** 设备序列号 */
    device_sn?: string
    /** 摄像头序列号 */
    camera_sn?: string
    /** 设备品类代码 */
    device_category_code?: string
    /** 设备品类 */
    device_category?: string
    /** 设备类型代码 */
    device_class_code?: string
    /** 设备类型 */
    device_class?: string
    /** 设备型号 */
    device_model?: string
    /** 刷脸应用软件模式代码 */
    app_scene_code?: string
    /** 刷脸应用软件模式 */
    app_scene?: string
    /** 刷脸应用操作系统 */
    operating_system?: string
    /** 激活状态 */
    activation_status?: 'ACTIVATED' | 'INACTIVATED' | (string & {})
    /** 激活时间 */
    activation_time?: string
    /** 商户号 */
    mchid?: string
    /** 商户简称 */
    merchant_shortname?: string
    /** 子商户号 */
    sub_mchid?: string
    /** 子商户简称 */
    sub_merchant_shortname?: string
  }[]
  /** 请求资源起始位置 */
  offset: number
  /** 最大资源条数 */
  limit: number
  /** 资源总条数 */
  total_count: number
  /** 相关链接 */
  links: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self?: string
  }
}
