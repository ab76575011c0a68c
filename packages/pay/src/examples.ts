import { exampleCode } from '@core/kit/define'

/**
 * The example values of the pay endpoints' docs (TSDoc `@example`s and the docs pages' snippets), kept in one place so
 * the examples tell one story — the JSAPI order is placed, paid, queried and partly refunded — and so the sandbox can
 * pre-load exactly these. The merchant, the payer and the order are those of `@api/busifavor`'s 核销 (use_coupon)
 * example, so a 商家券 can be redeemed on this very order.
 */
export const PAY_EXAMPLES = Object.freeze({
  /** The merchant of every example (WeChat Pay's own documentation merchant, also the busifavor examples'). */
  mchid: '1900000001',
  /** The 公众号 / 小程序 AppID bound to the merchant. */
  appid: 'wx1234567889999',
  /** The payer: the user's openid under `appid`. */
  openid: 'xsd3434454567676',
  /** Where WeChat Pay posts the TRANSACTION.SUCCESS and REFUND.* callbacks. */
  notify_url: 'https://www.example.com/wechatpay/notify',
  /** The JSAPI order: placed by `jsapiPrepay`, paid by the payer, queried both ways, then partly refunded. */
  order: {
    out_trade_no: 'MCH_102233445',
    /** WeChat Pay's number of the order once it is paid. */
    transaction_id: '4200000913202101152566792388',
    prepay_id: 'wx201410272009395522657a690389285100',
    description: '示例商城-会员月卡',
    /** 分: 10.00 元. */
    total: 1000,
  },
  /** The APP order (a mobile app's own AppID, bound to the same merchant). */
  app: {
    appid: 'wxd678efh567hg6787',
    out_trade_no: 'MCH_102233446',
    prepay_id: 'wx201410272009395522657a690389285101',
  },
  /** The H5 order, placed from a mobile browser. */
  h5: { out_trade_no: 'MCH_102233447', payer_client_ip: '14.23.150.211' },
  /** The Native order: its QR code is never scanned, so the close example closes it. */
  native: { out_trade_no: 'MCH_102233448' },
  /** The partial refund of the JSAPI order (3.00 元 of 10.00 元), later queried. */
  refund: {
    out_refund_no: 'RF_102233445_1',
    refund_id: '50000000382019052709732678859',
    /** 分. */
    refund: 300,
    reason: '商品已售完',
  },
  /** A second partial refund of the JSAPI order whose money could not go back the original way (ABNORMAL). */
  abnormal: { out_refund_no: 'RF_102233445_2', refund_id: '50000000382019052709732678860', refund: 200 },
  /**
   * Bills are asked for a past day: yesterday in Beijing time, the day WeChat Pay bills by (it generates a day's bills
   * the next morning). The UTC date of now − 24 h would name the day before yesterday from 00:00 to 08:00 Beijing.
   */
  bill_date: exampleCode('new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)'),
})
