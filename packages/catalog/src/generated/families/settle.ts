// settle: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询结算资金明细: the options of `GET /v3/settle/settlements`. */
export interface SettleSettlementsGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 结算状态 */
    settle_state: 'SETTLED' | 'UNSETTLE'
    /** 结算开始日期 */
    settle_start_date?: string
    /** 结算结束日期 */
    settle_end_date?: string
    /** 最大记录条数 */
    limit: number
    /** 记录起始位置 */
    offset: number
  }
}

/** 查询结算资金明细: what `GET /v3/settle/settlements` answers. */
export type SettleSettlementsGetResponse = {
  /** 结算信息列表 */
  data?: {
    /** 付款批次号 */
    batch_id: string
    /** 结算日期 */
    settlement_date: string
    /** 交易开始日期 */
    trade_start_date: string
    /** 交易结束日期 */
    trade_end_date: string
    /** 金额 */
    amount: {
      /** 已结算金额 */
      settled: number
      /** 未结算金额 */
      unsettle: number
      /** 结算币种 */
      currency: string
      /** 支付金额 */
      pay: number
      /** 退款金额 */
      refund: number
      /** 支付净额 */
      net: number
      /** 手续费金额 */
      fee: number
    }
    /** 钱包主体 */
    wallet_region?: 'CHINA_MAINLAND' | 'CHINA_HONGKONG' | (string & {})
  }[]
  /** 总记录条数 */
  total_count: number
  /** 记录起始位置 */
  offset: number
  /** 本次返回条数 */
  limit: number
}
