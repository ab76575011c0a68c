// abnormal-fund-processing: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询在途异常资金付款结果: the options of `GET /v3/abnormal-fund-processing/receipts/{receipt_id}`. */
export interface AbnormalFundProcessingReceiptsByReceiptIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付在途异常资金付款单号 */
    receipt_id: string
  }
}

/** 查询在途异常资金付款结果: what `GET /v3/abnormal-fund-processing/receipts/{receipt_id}` answers. */
export type AbnormalFundProcessingReceiptsByReceiptIdGetResponse = {
  /** 产品名称 */
  product_name: 'C2C' | (string & {})
  /** 微信支付在途异常资金付款单号 */
  receipt_id: string
  /** 付款金额信息 */
  transfer_amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY' | (string & {})
  }
  /** 在途异常资金付款状态 */
  receipt_state: 'RECEIPT_STATE_PENDING' | 'RECEIPT_STATE_PROGRESS' | 'RECEIPT_STATE_COMPLETED' | (string & {})
  /** 在途异常资金付款单据创建时间 */
  create_time?: string
  /** 在途异常资金付款单据更新时间 */
  last_update_time?: string
  /** 在途异常资金付款指令信息 */
  instruction?: {
    /** 商户侧指令编号 */
    out_instruction_no: string
    /** 在途异常资金付款指令的发起方 */
    commander: {
      /** 发起在途异常资金付款请求的角色 */
      operator: 'MERCHANT' | (string & {})
      /** 微信支付商户号 */
      mchid: string
    }
    /** 付款方式 */
    transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER' | (string & {})
    /** 入账成功时间 */
    success_time?: string
    /** 商户AppID */
    appid: string[]
    /** 回调通知地址 */
    notify_url: string
  }
}

export interface AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsPostJson {
  /** 商户侧指令编号 */
  out_instruction_no: string
  /** 付款方式 */
  transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER' | 'TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT' | 'TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT'
  /** 收款方 */
  receiver?: {
    /** 入账用户OpenID */
    openid?: string
    /** 商户AppID */
    appid?: string
    /** 入账商户号 */
    mchid?: string
  }
  /** 回调通知地址 */
  notify_url?: string
}

/** 发起在途异常资金付款指令: the options of `POST /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions`. */
export interface AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsPostOptions extends RouteCallOptions {
  params: {
    /** 微信支付在途异常资金付款单号 */
    receipt_id: string
  }
  json: AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsPostJson
}

/** 发起在途异常资金付款指令: what `POST /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions` answers. */
export type AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsPostResponse = {
  /** 产品名称 */
  product_name: 'C2C' | (string & {})
  /** 微信支付在途异常资金付款单号 */
  receipt_id: string
  /** 付款金额信息 */
  transfer_amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: 'CNY' | (string & {})
  }
  /** 在途异常资金付款状态 */
  receipt_state: 'RECEIPT_STATE_PENDING' | 'RECEIPT_STATE_PROGRESS' | 'RECEIPT_STATE_COMPLETED' | (string & {})
  /** 在途异常资金付款单据创建时间 */
  create_time?: string
  /** 在途异常资金付款单据更新时间 */
  last_update_time?: string
  /** 在途异常资金付款指令信息 */
  instruction?: {
    /** 商户侧指令编号 */
    out_instruction_no: string
    /** 在途异常资金付款指令的发起方 */
    commander: {
      /** 发起在途异常资金付款请求的角色 */
      operator: 'MERCHANT' | (string & {})
      /** 微信支付商户号 */
      mchid: string
    }
    /** 付款方式 */
    transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER' | 'TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT' | 'TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT' | (string & {})
    /** 收款方 */
    receiver?: {
      /** 入账用户OpenID */
      openid?: string
      /** 商户AppID */
      appid?: string
      /** 入账商户号 */
      mchid?: string
    }
    /** 在途异常资金付款指令状态 */
    instruction_state?: 'INSTRUCTION_STATE_PENDING' | 'INSTRUCTION_STATE_IN_PROGRESS' | 'INSTRUCTION_STATE_CLOSED' | 'INSTRUCTION_STATE_SUCCESS' | (string & {})
    /** 在途异常资金付款单据创建时间 */
    create_time?: string
    /** 入账成功时间 */
    success_time?: string
    /** 回调通知地址 */
    notify_url: string
  }
}

/** 查询在途异常资金付款指令执行结果: the options of `GET /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}`. */
export interface AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsByOutInstructionNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付在途异常资金付款单号 */
    receipt_id: string
    /** 商户侧指令编号 */
    out_instruction_no: string
  }
}

/** 查询在途异常资金付款指令执行结果: what `GET /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}` answers. */
export type AbnormalFundProcessingReceiptsByReceiptIdTransferInstructionsByOutInstructionNoGetResponse = {
  /** 商户侧指令编号 */
  out_instruction_no: string
  /** 在途异常资金付款指令的发起方 */
  commander: {
    /** 发起在途异常资金付款请求的角色 */
    operator: 'MERCHANT' | (string & {})
    /** 微信支付商户号 */
    mchid?: string
  }
  /** 付款方式 */
  transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER' | 'TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT' | 'TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT' | (string & {})
  /** 收款方 */
  receiver?: {
    /** 入账账户类型 */
    account_type?: string
    /** 入账用户OpenID */
    openid?: string
    /** 商户AppID */
    appid?: string
    /** 入账商户号 */
    mchid?: string
  }
  /** 在途异常资金付款指令状态 */
  instruction_state: 'INSTRUCTION_STATE_PENDING' | 'INSTRUCTION_STATE_IN_PROGRESS' | 'INSTRUCTION_STATE_CLOSED' | 'INSTRUCTION_STATE_SUCCESS' | (string & {})
  /** 在途异常资金付款指令创建时间 */
  create_time?: string
  /** 入账成功时间 */
  success_time?: string
  /** 在途异常资金付款指令关闭时间 */
  close_time?: string
  /** 回调通知地址 */
  notify_url: string
  /** 微信支付在途异常资金付款指令执行流水号 */
  instruction_instance_id?: string
}
