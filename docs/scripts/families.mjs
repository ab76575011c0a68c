// The API families of the site: one entry each. Everything a page says comes from the family's registry (the
// endpoint and notification definitions); an entry only says where the family's pages go and how they are arranged.
//
// An entry:
// - `registry`: the family (`defineFamily`), from its `/schemas` entry so the generator never loads an HTTP client;
// - `slug`: the folder of its pages (`/api/<slug>/`);
// - `source`: where its definitions live in the repository (the pages' "edit" link);
// - `groups`: the sidebar and overview sections, each listing endpoint and notification ids (every id exactly once;
//   pages keep the registry's order inside a group);
// - `frameworks`: endpoints a merchant's backend calls from one of its own routes (their pages add Express and NestJS);
// - `parsers`: for each notification, the family's parser (and its event type) the receiving snippets use;
// - `readers`: endpoints whose answer is read with a helper of the family (the snippets print what it returns).

import { busifavor } from '@api/busifavor/schemas'
import { pay } from '@api/pay/schemas'

/** @type {import('./generate.mjs').DocsFamily[]} */
export const FAMILIES = [
  {
    registry: busifavor,
    slug: 'busifavor',
    source: 'packages/busifavor/src/endpoints',
    groups: [
      { zh: '批次', en: 'Stocks', ids: ['create_stock', 'get_stock', 'modify_stock', 'modify_budget'] },
      {
        zh: '预存 code',
        en: 'Pre-stored codes',
        ids: ['upload_coupon_codes', 'list_coupon_codes', 'get_coupon_code', 'delete_coupon_code'],
      },
      {
        zh: '发券与核销',
        en: 'Issuing and redeeming',
        ids: [
          'send_coupon',
          'send_product_coupon',
          'presend_product_coupon',
          'use_coupon',
          'associate_trade',
          'disassociate_trade',
          'return_coupon',
          'deactivate_coupon',
          'send_gov_card',
        ],
      },
      { zh: '用户券', en: 'User coupons', ids: ['list_user_coupons', 'get_user_coupon'] },
      { zh: '事件通知地址', en: 'Notify URL', ids: ['set_notify_url', 'get_notify_url'] },
      {
        zh: '营销补差',
        en: 'Subsidies',
        ids: [
          'subsidy_pay',
          'list_subsidy_pay_receipts',
          'get_subsidy_pay_receipt',
          'subsidy_return',
          'get_subsidy_return_receipt',
        ],
      },
      { zh: '图片', en: 'Images', ids: ['marketing_image_upload'] },
      { zh: '回调', en: 'Callbacks', ids: ['notify_coupon_send'] },
    ],
    frameworks: [
      'send_coupon',
      'use_coupon',
      'deactivate_coupon',
      'return_coupon',
      'associate_trade',
      'disassociate_trade',
      'get_user_coupon',
      'list_user_coupons',
    ],
    parsers: { notify_coupon_send: { parse: 'parseCouponSendNotification', event: 'CouponSendEvent' } },
    readers: { send_coupon: 'readSendCouponResult' },
  },
  {
    registry: pay,
    slug: 'pay',
    source: 'packages/pay/src/endpoints',
    groups: [
      { zh: '下单', en: 'Placing orders', ids: ['jsapi_prepay', 'app_prepay', 'h5_prepay', 'native_prepay'] },
      {
        zh: '查询与关单',
        en: 'Query and close',
        ids: ['query_order_by_out_trade_no', 'query_order_by_transaction_id', 'close_order'],
      },
      { zh: '退款', en: 'Refunds', ids: ['create_refund', 'query_refund', 'apply_abnormal_refund'] },
      { zh: '账单', en: 'Bills', ids: ['trade_bill', 'fund_flow_bill'] },
      { zh: '回调', en: 'Callbacks', ids: ['notify_transaction', 'notify_refund'] },
    ],
    frameworks: ['query_order_by_out_trade_no', 'query_refund'],
    parsers: {
      notify_transaction: { parse: 'parseTransactionNotification', event: 'TransactionEvent' },
      notify_refund: { parse: 'parseRefundNotification', event: 'RefundEvent' },
    },
    readers: {},
  },
]
