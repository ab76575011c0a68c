// ecommerce/mch-transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface EcommerceMchTransferAuthorizationsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 签约协议列表 */
  agreement_list: readonly {
    /** 协议编号 */
    agreement_code: string
    /** 协议版本号 */
    agreement_version: string
    /** 签约主体 */
    sign_organization: string
    /** 签约时间 */
    sign_time: string
  }[]
}

/** 申请二级商户商家转账授权: the options of `POST /v3/ecommerce/mch-transfer/authorizations`. */
export interface EcommerceMchTransferAuthorizationsPostOptions extends RouteCallOptions {
  json: EcommerceMchTransferAuthorizationsPostJson
}

/** 申请二级商户商家转账授权: what `POST /v3/ecommerce/mch-transfer/authorizations` answers. */
export type EcommerceMchTransferAuthorizationsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 授权状态 */
  authorization_state: string
  /** 授权申请受理时间 */
  accept_time: string
  /** 授权时间 */
  authorize_time?: string
}

/** 查询二级商户商家转账授权状态: the options of `GET /v3/ecommerce/mch-transfer/authorizations/{sub_mchid}`. */
export interface EcommerceMchTransferAuthorizationsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询二级商户商家转账授权状态: what `GET /v3/ecommerce/mch-transfer/authorizations/{sub_mchid}` answers. */
export type EcommerceMchTransferAuthorizationsBySubMchidGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 授权状态 */
  authorization_state: string
  /** 授权时间 */
  authorize_time?: string
}

export interface EcommerceMchTransferTransferBillsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 商户单号 */
  out_bill_no: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 收款用户OpenID */
  openid: string
  /** 收款用户姓名 (encrypt with `client.encrypt()`) */
  user_name?: Encrypted
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 商户回调地址 */
  notify_url?: string
}

/** 发起转账: the options of `POST /v3/ecommerce/mch-transfer/transfer-bills`. */
export interface EcommerceMchTransferTransferBillsPostOptions extends RouteCallOptions {
  json: EcommerceMchTransferTransferBillsPostJson
}

/** 发起转账: what `POST /v3/ecommerce/mch-transfer/transfer-bills` answers. */
export type EcommerceMchTransferTransferBillsPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据创建时间 */
  create_time: string
  /** 单据状态 */
  state: string
  /** 失败原因 */
  fail_reason?: string
  /** 跳转领取页面的package信息 */
  package_info?: string
}

/** 商户单号查询转账单: the options of `GET /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`. */
export interface EcommerceMchTransferTransferBillsByOutBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 商户单号查询转账单: what `GET /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` answers. */
export type EcommerceMchTransferTransferBillsByOutBillNoGetResponse = {
  /** 服务商商户号 */
  mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 服务商AppID */
  appid: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 单据状态 */
  state: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 状态变更时间 */
  update_time: string
}

export interface EcommerceMchTransferTransferBillsByOutBillNoCancelPostJson {
  /** 二级商户号 */
  sub_mchid: string
}

/** 撤销转账: the options of `POST /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`. */
export interface EcommerceMchTransferTransferBillsByOutBillNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户单号 */
    out_bill_no: string
  }
  json: EcommerceMchTransferTransferBillsByOutBillNoCancelPostJson
}

/** 撤销转账: what `POST /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel` answers. */
export type EcommerceMchTransferTransferBillsByOutBillNoCancelPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 单据状态 */
  state: string
  /** 状态变更时间 */
  update_time: string
}

/** 微信转账单号查询转账单: the options of `GET /v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}`. */
export interface EcommerceMchTransferTransferBillsByTransferBillNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信转账单号 */
    transfer_bill_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 微信转账单号查询转账单: what `GET /v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}` answers. */
export type EcommerceMchTransferTransferBillsByTransferBillNoGetResponse = {
  /** 服务商商户号 */
  mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** 服务商AppID */
  appid: string
  /** 转账场景ID */
  transfer_scene_id: string
  /** 单据状态 */
  state: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 失败原因 */
  fail_reason?: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户姓名 */
  user_name?: string
  /** 单据创建时间 */
  create_time: string
  /** 状态变更时间 */
  update_time: string
}
