export { a as EndpointId, E as Endpoints, L as LIMIT_PAY, b as PAY_EXAMPLES, R as REFUND_STATES, c as RefundResource, T as TRADE_STATES, d as TransactionResource, e as appPrepay, f as applyAbnormalRefund, g as closeOrder, h as createRefund, i as endpoints, j as fundFlowBill, k as h5Prepay, l as jsapiPrepay, n as nativePrepay, p as pay, q as queryOrderByOutTradeNo, m as queryOrderByTransactionId, o as queryRefund, r as refundNotification, s as tradeBill, t as transactionNotification } from './schemas-<chunk>.js';
import '@core/kit/define';
import 'zod';

// ── shared chunk schemas-<chunk> ──
import * as _core_kit_define from '@core/kit/define';
import { Family } from '@core/kit/define';
import { z } from 'zod';

declare const tradeBill: _core_kit_define.Endpoint<"trade_bill", undefined, z.ZodObject<{
    bill_date: z.ZodString;
    bill_type: z.ZodOptional<z.ZodEnum<{
        ALL: "ALL";
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        RECHARGE_REFUND: "RECHARGE_REFUND";
        ALL_SPECIAL: "ALL_SPECIAL";
        SUC_SPECIAL: "SUC_SPECIAL";
        REF_SPECIAL: "REF_SPECIAL";
    }>>;
    tar_type: z.ZodOptional<z.ZodEnum<{
        GZIP: "GZIP";
    }>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    hash_type: z.ZodString;
    hash_value: z.ZodString;
    download_url: z.ZodString;
}, z.core.$loose>, undefined>;
declare const fundFlowBill: _core_kit_define.Endpoint<"fund_flow_bill", undefined, z.ZodObject<{
    bill_date: z.ZodString;
    account_type: z.ZodOptional<z.ZodEnum<{
        BASIC: "BASIC";
        OPERATION: "OPERATION";
        FEES: "FEES";
    }>>;
    tar_type: z.ZodOptional<z.ZodEnum<{
        GZIP: "GZIP";
    }>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    hash_type: z.ZodString;
    hash_value: z.ZodString;
    download_url: z.ZodString;
}, z.core.$loose>, undefined>;

/** 支付方式限制 (`limit_pay`) values. */
declare const LIMIT_PAY: readonly ["no_balance", "no_credit", "no_debit", "balance_only"];
/** 交易状态 as protocol.md §6 lists them. */
declare const TRADE_STATES: readonly ["SUCCESS", "REFUND", "NOTPAY", "CLOSED", "REVOKED", "USERPAYING", "PAYERROR"];
/**
 * The order as the two queries answer it — and, decrypted, as TRANSACTION.SUCCESS carries it (protocol.md §6).
 * `transaction_id`, `payer` and `success_time` appear once the order is paid.
 */
declare const transaction: z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>;

/**
 * 支付成功通知 (`TRANSACTION.SUCCESS`): WeChat Pay → the prepay request's `notify_url`. The decrypted resource is the
 * order as the queries answer it (protocol.md §6), so it is typed by the same schema.
 */
declare const transactionNotification: _core_kit_define.NotificationDefinition<"notify_transaction", "TRANSACTION.SUCCESS", z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>>;
/** The decrypted refund of REFUND.SUCCESS / .ABNORMAL / .CLOSED (direct merchant). */
declare const refundResource: z.ZodObject<{
    mchid: z.ZodString;
    out_trade_no: z.ZodString;
    transaction_id: z.ZodString;
    out_refund_no: z.ZodString;
    refund_id: z.ZodString;
    refund_status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
    }>;
    success_time: z.ZodOptional<z.ZodString>;
    user_received_account: z.ZodString;
    recv_account: z.ZodOptional<z.ZodString>;
    fund_source: z.ZodOptional<z.ZodEnum<{
        REFUND_SOURCE_UNSETTLED_FUNDS: "REFUND_SOURCE_UNSETTLED_FUNDS";
        REFUND_SOURCE_RECHARGE_FUNDS: "REFUND_SOURCE_RECHARGE_FUNDS";
    }>>;
    amount: z.ZodObject<{
        settlement_refund: z.ZodOptional<z.ZodInt>;
        settlement_currency: z.ZodOptional<z.ZodString>;
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        refund: z.ZodInt;
        payer_total: z.ZodInt;
        payer_currency: z.ZodOptional<z.ZodString>;
        payer_refund: z.ZodInt;
        exchange_rate: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodEnum<{
                USERPAYMENT_RATE: "USERPAYMENT_RATE";
                SETTLEMENT_RATE: "SETTLEMENT_RATE";
            }>>;
            rate: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>>;
    }, z.core.$loose>;
}, z.core.$loose>;
/**
 * 退款结果通知 (`REFUND.SUCCESS` / `REFUND.ABNORMAL` / `REFUND.CLOSED`): WeChat Pay → the refund's `notify_url` (or
 * the one set on the merchant platform). One definition: the three share their envelope and resource.
 */
declare const refundNotification: _core_kit_define.NotificationDefinition<"notify_refund", "REFUND.SUCCESS" | "REFUND.ABNORMAL" | "REFUND.CLOSED", z.ZodObject<{
    mchid: z.ZodString;
    out_trade_no: z.ZodString;
    transaction_id: z.ZodString;
    out_refund_no: z.ZodString;
    refund_id: z.ZodString;
    refund_status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
    }>;
    success_time: z.ZodOptional<z.ZodString>;
    user_received_account: z.ZodString;
    recv_account: z.ZodOptional<z.ZodString>;
    fund_source: z.ZodOptional<z.ZodEnum<{
        REFUND_SOURCE_UNSETTLED_FUNDS: "REFUND_SOURCE_UNSETTLED_FUNDS";
        REFUND_SOURCE_RECHARGE_FUNDS: "REFUND_SOURCE_RECHARGE_FUNDS";
    }>>;
    amount: z.ZodObject<{
        settlement_refund: z.ZodOptional<z.ZodInt>;
        settlement_currency: z.ZodOptional<z.ZodString>;
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        refund: z.ZodInt;
        payer_total: z.ZodInt;
        payer_currency: z.ZodOptional<z.ZodString>;
        payer_refund: z.ZodInt;
        exchange_rate: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodEnum<{
                USERPAYMENT_RATE: "USERPAYMENT_RATE";
                SETTLEMENT_RATE: "SETTLEMENT_RATE";
            }>>;
            rate: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>>;
    }, z.core.$loose>;
}, z.core.$loose>>;
/** The decrypted TRANSACTION.SUCCESS resource (the order) as the schema outputs it. */
type TransactionResource = z.output<typeof transaction>;
/** The decrypted REFUND.* resource as the schema outputs it. */
type RefundResource = z.output<typeof refundResource>;

declare const queryOrderByOutTradeNo: _core_kit_define.Endpoint<"query_order_by_out_trade_no", z.ZodObject<{
    out_trade_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const queryOrderByTransactionId: _core_kit_define.Endpoint<"query_order_by_transaction_id", z.ZodObject<{
    transaction_id: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const closeOrder: _core_kit_define.Endpoint<"close_order", z.ZodObject<{
    out_trade_no: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;

declare const jsapiPrepay: _core_kit_define.Endpoint<"jsapi_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodObject<{
        openid: z.ZodString;
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    subsidy_info: z.ZodOptional<z.ZodObject<{
        subsidy_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            subsidy_period_type: z.ZodEnum<{
                DAILY: "DAILY";
                PERIOD: "PERIOD";
            }>;
            subsidy_plan: z.ZodArray<z.ZodObject<{
                subsidy_installment_num: z.ZodLiteral<3 | 6 | 12>;
                subsidy_percent: z.ZodLiteral<0 | 100>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    prepay_id: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const appPrepay: _core_kit_define.Endpoint<"app_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    subsidy_info: z.ZodOptional<z.ZodObject<{
        subsidy_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            subsidy_period_type: z.ZodEnum<{
                DAILY: "DAILY";
                PERIOD: "PERIOD";
            }>;
            subsidy_plan: z.ZodArray<z.ZodObject<{
                subsidy_installment_num: z.ZodLiteral<3 | 6 | 12>;
                subsidy_percent: z.ZodLiteral<0 | 100>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    prepay_id: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const h5Prepay: _core_kit_define.Endpoint<"h5_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodObject<{
        h5_info: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            app_name: z.ZodOptional<z.ZodString>;
            app_url: z.ZodOptional<z.ZodString>;
            bundle_id: z.ZodOptional<z.ZodString>;
            package_name: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    h5_url: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const nativePrepay: _core_kit_define.Endpoint<"native_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    code_url: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;

/** 退款状态 as protocol.md §6 lists them. */
declare const REFUND_STATES: readonly ["SUCCESS", "CLOSED", "PROCESSING", "ABNORMAL"];
declare const createRefund: _core_kit_define.Endpoint<"create_refund", undefined, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodOptional<z.ZodString>;
    out_refund_no: z.ZodString;
    reason: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$strict>>>;
        total: z.ZodInt;
        currency: z.ZodString;
    }, z.core.$strict>;
    goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        merchant_goods_id: z.ZodString;
        wechatpay_goods_id: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodOptional<z.ZodString>;
        unit_price: z.ZodInt;
        refund_amount: z.ZodInt;
        refund_quantity: z.ZodInt;
    }, z.core.$strict>>>;
}, z.core.$strict>, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, {
    readonly field: "out_refund_no";
    readonly generate: false;
}>;
declare const queryRefund: _core_kit_define.Endpoint<"query_refund", z.ZodObject<{
    out_refund_no: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const applyAbnormalRefund: _core_kit_define.Endpoint<"apply_abnormal_refund", z.ZodObject<{
    refund_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    out_refund_no: z.ZodString;
    type: z.ZodEnum<{
        USER_BANK_CARD: "USER_BANK_CARD";
        MERCHANT_BANK_CARD: "MERCHANT_BANK_CARD";
    }>;
    bank_type: z.ZodOptional<z.ZodEnum<{
        CMB_DEBIT: "CMB_DEBIT";
        COMM_DEBIT: "COMM_DEBIT";
        ABC_DEBIT: "ABC_DEBIT";
        CCB_DEBIT: "CCB_DEBIT";
        ICBC_DEBIT: "ICBC_DEBIT";
        BOC_DEBIT: "BOC_DEBIT";
        PAB_DEBIT: "PAB_DEBIT";
        SPDB_DEBIT: "SPDB_DEBIT";
        CITIC_DEBIT: "CITIC_DEBIT";
        CEB_DEBIT: "CEB_DEBIT";
        CMBC_DEBIT: "CMBC_DEBIT";
        CIB_DEBIT: "CIB_DEBIT";
        GDB_DEBIT: "GDB_DEBIT";
        PSBC_DEBIT: "PSBC_DEBIT";
        NBCB_DEBIT: "NBCB_DEBIT";
    }>>;
    bank_account: z.ZodOptional<z.ZodString>;
    real_name: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, {
    readonly field: "out_refund_no";
    readonly generate: false;
}>;

/**
 * The example values of the pay endpoints' docs (TSDoc `@example`s and the docs pages' snippets), kept in one place so
 * the examples tell one story — the JSAPI order is placed, paid, queried and partly refunded — and so the sandbox can
 * pre-load exactly these. The merchant, the payer and the order are those of `@api/busifavor`'s 核销 (use_coupon)
 * example, so a 商家券 can be redeemed on this very order.
 */
declare const PAY_EXAMPLES: Readonly<{
    /** The merchant of every example (WeChat Pay's own documentation merchant, also the busifavor examples'). */
    mchid: "1900000001";
    /** The 公众号 / 小程序 AppID bound to the merchant. */
    appid: "wx1234567889999";
    /** The payer: the user's openid under `appid`. */
    openid: "xsd3434454567676";
    /** Where WeChat Pay posts the TRANSACTION.SUCCESS and REFUND.* callbacks. */
    notify_url: "https://www.example.com/wechatpay/notify";
    /** The JSAPI order: placed by `jsapiPrepay`, paid by the payer, queried both ways, then partly refunded. */
    order: {
        out_trade_no: string;
        /** WeChat Pay's number of the order once it is paid. */
        transaction_id: string;
        prepay_id: string;
        description: string;
        /** 分: 10.00 元. */
        total: number;
    };
    /** The APP order (a mobile app's own AppID, bound to the same merchant). */
    app: {
        appid: string;
        out_trade_no: string;
        prepay_id: string;
    };
    /** The H5 order, placed from a mobile browser. */
    h5: {
        out_trade_no: string;
        payer_client_ip: string;
    };
    /** The Native order: its QR code is never scanned, so the close example closes it. */
    native: {
        out_trade_no: string;
    };
    /** The partial refund of the JSAPI order (3.00 元 of 10.00 元), later queried. */
    refund: {
        out_refund_no: string;
        refund_id: string;
        /** 分. */
        refund: number;
        reason: string;
    };
    /** A second partial refund of the JSAPI order whose money could not go back the original way (ABNORMAL). */
    abnormal: {
        out_refund_no: string;
        refund_id: string;
        refund: number;
    };
    /**
     * Bills are asked for a past day: yesterday in Beijing time, the day WeChat Pay bills by (it generates a day's bills
     * the next morning). The UTC date of now − 24 h would name the day before yesterday from 00:00 to 08:00 Beijing.
     */
    bill_date: _core_kit_define.ExampleCode;
}>;

/** Every Payments endpoint definition by id. */
type PayEndpoints = {
    readonly jsapi_prepay: typeof jsapiPrepay;
    readonly app_prepay: typeof appPrepay;
    readonly h5_prepay: typeof h5Prepay;
    readonly native_prepay: typeof nativePrepay;
    readonly query_order_by_out_trade_no: typeof queryOrderByOutTradeNo;
    readonly query_order_by_transaction_id: typeof queryOrderByTransactionId;
    readonly close_order: typeof closeOrder;
    readonly create_refund: typeof createRefund;
    readonly query_refund: typeof queryRefund;
    readonly apply_abnormal_refund: typeof applyAbnormalRefund;
    readonly trade_bill: typeof tradeBill;
    readonly fund_flow_bill: typeof fundFlowBill;
};
/** Every Payments callback definition by id. */
type PayNotifications = {
    readonly notify_transaction: typeof transactionNotification;
    readonly notify_refund: typeof refundNotification;
};

/**
 * The one list of the 基础支付 family (direct merchant): every endpoint in the order of a payment's life — place,
 * query, close, refund, reconcile — and its two callbacks. (The annotation names the generated types so declarations
 * refer to each definition instead of repeating its schemas.)
 */
declare const pay: Family<PayEndpoints, PayNotifications>;
/** Every pay endpoint by id. */
declare const endpoints: PayEndpoints;
type Endpoints = PayEndpoints;
type EndpointId = keyof Endpoints;

export { type Endpoints as E, LIMIT_PAY as L, type PayEndpoints as P, REFUND_STATES as R, TRADE_STATES as T, type EndpointId as a, PAY_EXAMPLES as b, type RefundResource as c, type TransactionResource as d, appPrepay as e, applyAbnormalRefund as f, closeOrder as g, createRefund as h, endpoints as i, fundFlowBill as j, h5Prepay as k, jsapiPrepay as l, queryOrderByTransactionId as m, nativePrepay as n, queryRefund as o, pay as p, queryOrderByOutTradeNo as q, refundNotification as r, tradeBill as s, transactionNotification as t };
