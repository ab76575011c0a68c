import * as _core_kit_define from '@core/kit/define';
import { Family } from '@core/kit/define';
import { z } from 'zod';

declare const setNotifyUrl: _core_kit_define.Endpoint<"set_notify_url", undefined, undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    update_time: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>, undefined>;
declare const getNotifyUrl: _core_kit_define.Endpoint<"get_notify_url", undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>, undefined>;

declare const uploadCouponCodes: _core_kit_define.Endpoint<"upload_coupon_codes", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    coupon_code_list: z.ZodArray<z.ZodString>;
    upload_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    total_count: z.ZodInt;
    success_count: z.ZodInt;
    success_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    success_time: z.ZodString;
    fail_count: z.ZodOptional<z.ZodInt>;
    fail_codes: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_code: z.ZodString;
        code: z.ZodString;
        message: z.ZodString;
    }, z.core.$loose>>>;
    exist_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    duplicate_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$loose>, {
    readonly field: "upload_request_no";
    readonly generate: true;
}>;
declare const listCouponCodes: _core_kit_define.Endpoint<"list_coupon_codes", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    status: z.ZodOptional<z.ZodEnum<{
        AVAILABLE: "AVAILABLE";
        DISPATCHED: "DISPATCHED";
    }>>;
    appid: z.ZodOptional<z.ZodString>;
    offset: z.ZodOptional<z.ZodCoercedNumber<number>>;
    limit: z.ZodOptional<z.ZodCoercedNumber<number>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    total_count: z.ZodInt;
    limit: z.ZodInt;
    offset: z.ZodInt;
    data: z.ZodOptional<z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        code_status: z.ZodEnum<{
            AVAILABLE: "AVAILABLE";
            DISPATCHED: "DISPATCHED";
        }>;
        upload_time: z.ZodOptional<z.ZodString>;
        dispatched_time: z.ZodOptional<z.ZodString>;
        openid: z.ZodOptional<z.ZodString>;
        unionid: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const getCouponCode: _core_kit_define.Endpoint<"get_coupon_code", z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    appid: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    code_information: z.ZodObject<{
        code: z.ZodString;
        code_status: z.ZodEnum<{
            AVAILABLE: "AVAILABLE";
            DISPATCHED: "DISPATCHED";
        }>;
        upload_time: z.ZodOptional<z.ZodString>;
        dispatched_time: z.ZodOptional<z.ZodString>;
        openid: z.ZodOptional<z.ZodString>;
        unionid: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    coupon_information: z.ZodOptional<z.ZodObject<{
        belong_merchant: z.ZodString;
        stock_name: z.ZodString;
        comment: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodString;
        stock_type: z.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        coupon_state: z.ZodOptional<z.ZodEnum<{
            SENDED: "SENDED";
            USED: "USED";
            EXPIRED: "EXPIRED";
            DELETED: "DELETED";
            DEACTIVATED: "DEACTIVATED";
        }>>;
        display_pattern_info: z.ZodOptional<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            merchant_logo_url: z.ZodOptional<z.ZodString>;
            merchant_name: z.ZodOptional<z.ZodString>;
            background_color: z.ZodOptional<z.ZodEnum<{
                Color010: "Color010";
                Color020: "Color020";
                Color030: "Color030";
                Color040: "Color040";
                Color050: "Color050";
                Color060: "Color060";
                Color070: "Color070";
                Color080: "Color080";
                Color090: "Color090";
                Color100: "Color100";
            }>>;
            coupon_image_url: z.ZodOptional<z.ZodString>;
            finder_info: z.ZodOptional<z.ZodObject<{
                finder_id: z.ZodString;
                finder_video_id: z.ZodString;
                finder_video_cover_image_url: z.ZodString;
            }, z.core.$loose>>;
        }, z.core.$loose>>;
        coupon_use_rule: z.ZodObject<{
            coupon_available_time: z.ZodObject<{
                available_begin_time: z.ZodString;
                available_end_time: z.ZodString;
                available_day_after_receive: z.ZodOptional<z.ZodInt>;
                available_week: z.ZodOptional<z.ZodObject<{
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                    available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        begin_time: z.ZodOptional<z.ZodInt>;
                        end_time: z.ZodOptional<z.ZodInt>;
                    }, z.core.$loose>>>;
                }, z.core.$loose>>;
                irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodString>;
                    end_time: z.ZodOptional<z.ZodString>;
                }, z.core.$loose>>>;
                wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            }, z.core.$loose>;
            fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
                discount_amount: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            discount_coupon: z.ZodOptional<z.ZodObject<{
                discount_percent: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            exchange_coupon: z.ZodOptional<z.ZodObject<{
                exchange_price: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            use_method: z.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: z.ZodOptional<z.ZodString>;
            mini_programs_path: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        custom_entrance: z.ZodOptional<z.ZodObject<{
            mini_programs_info: z.ZodOptional<z.ZodObject<{
                mini_programs_appid: z.ZodString;
                mini_programs_path: z.ZodString;
                entrance_words: z.ZodString;
                guiding_words: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
            appid: z.ZodOptional<z.ZodString>;
            hall_id: z.ZodOptional<z.ZodString>;
            store_id: z.ZodOptional<z.ZodString>;
            code_display_mode: z.ZodOptional<z.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, z.core.$loose>>;
        coupon_code: z.ZodOptional<z.ZodString>;
        stock_id: z.ZodOptional<z.ZodString>;
        available_start_time: z.ZodString;
        expire_time: z.ZodString;
        receive_time: z.ZodString;
        send_request_no: z.ZodString;
        use_request_no: z.ZodOptional<z.ZodString>;
        use_time: z.ZodOptional<z.ZodString>;
        associate_out_trade_no: z.ZodOptional<z.ZodString>;
        return_request_no: z.ZodOptional<z.ZodString>;
        return_time: z.ZodOptional<z.ZodString>;
        deactivate_request_no: z.ZodOptional<z.ZodString>;
        deactivate_time: z.ZodOptional<z.ZodString>;
        deactivate_reason: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, undefined>;
declare const deleteCouponCode: _core_kit_define.Endpoint<"delete_coupon_code", z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    delete_request_no: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    delete_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "delete_request_no";
    readonly generate: true;
}>;

declare const returnCoupon: _core_kit_define.Endpoint<"return_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    return_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_return_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "return_request_no";
    readonly generate: false;
}>;
declare const deactivateCoupon: _core_kit_define.Endpoint<"deactivate_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    deactivate_request_no: z.ZodString;
    deactivate_reason: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_deactivate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "deactivate_request_no";
    readonly generate: false;
}>;

declare const sendCoupon: _core_kit_define.Endpoint<"send_coupon", undefined, undefined, z.ZodObject<{
    openid: z.ZodString;
    appid: z.ZodString;
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodUnion<readonly [z.ZodObject<{
    send_coupon_result: z.ZodOptional<z.ZodObject<{
        stock_id: z.ZodOptional<z.ZodString>;
        out_request_no: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, z.ZodObject<{
    stock_id: z.ZodString;
    out_request_no: z.ZodOptional<z.ZodString>;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$loose>]>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const sendProductCoupon: _core_kit_define.Endpoint<"send_product_coupon", undefined, undefined, z.ZodObject<{
    openid: z.ZodString;
    appid: z.ZodString;
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
    coupon_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        MEMBER: "MEMBER";
    }>;
    member_card_id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const presendProductCoupon: _core_kit_define.Endpoint<"presend_product_coupon", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    send_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    token: z.ZodString;
}, z.core.$loose>, {
    readonly field: "send_request_no";
    readonly generate: false;
}>;
declare const sendGovCard: _core_kit_define.Endpoint<"send_gov_card", z.ZodObject<{
    card_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    appid: z.ZodString;
    openid: z.ZodString;
    out_request_no: z.ZodString;
    send_time: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    card_code: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;

declare const useCoupon: _core_kit_define.Endpoint<"use_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    use_time: z.ZodString;
    use_request_no: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodOptional<z.ZodString>;
    mch_id: z.ZodOptional<z.ZodString>;
    transaction_id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    openid: z.ZodString;
    wechatpay_use_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "use_request_no";
    readonly generate: false;
}>;
declare const associateTrade: _core_kit_define.Endpoint<"associate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_associate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;
declare const disassociateTrade: _core_kit_define.Endpoint<"disassociate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_disassociate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;

/** Largest image WeChat Pay accepts here: 2 MB (the one set of image rules lives in `@core/client/image`). */
declare const MAX_IMAGE_BYTES: number;
/**
 * The `meta` part of the multipart body, as WeChat Pay receives it (a JSON string of this object). It is also the
 * body that gets signed. The facade builds it from the file; a server (the sandbox) validates it with this schema.
 */
declare const marketingImageUploadMeta: z.ZodObject<{
    filename: z.ZodString;
    sha256: z.ZodString;
}, z.core.$strict>;
/**
 * 图片上传. `body` is what the caller gives the facade — the file bytes and their name; the facade computes the
 * SHA-256, builds the `meta` part ({@link marketingImageUploadMeta}) and sends `file` + `meta` as multipart/form-data.
 */
declare const marketingImageUpload: _core_kit_define.Endpoint<"marketing_image_upload", undefined, undefined, z.ZodObject<{
    file: z.ZodCustom<Uint8Array<ArrayBufferLike>, Uint8Array<ArrayBufferLike>>;
    filename: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    media_url: z.ZodString;
}, z.core.$loose>, undefined>;

/** The decrypted `resource` (领券事件). Loose: real payloads carry undocumented fields such as `send_req_no`. */
declare const resource: z.ZodObject<{
    event_type: z.ZodOptional<z.ZodEnum<{
        EVENT_TYPE_BUSICOUPON_SEND: "EVENT_TYPE_BUSICOUPON_SEND";
    }>>;
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    send_time: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    unionid: z.ZodOptional<z.ZodString>;
    send_channel: z.ZodUnion<readonly [z.ZodEnum<{
        BUSICOUPON_SEND_CHANNEL_MINIAPP: "BUSICOUPON_SEND_CHANNEL_MINIAPP";
        BUSICOUPON_SEND_CHANNEL_API: "BUSICOUPON_SEND_CHANNEL_API";
        BUSICOUPON_SEND_CHANNEL_PAYGIFT: "BUSICOUPON_SEND_CHANNEL_PAYGIFT";
        BUSICOUPON_SEND_CHANNEL_H5: "BUSICOUPON_SEND_CHANNEL_H5";
        BUSICOUPON_SEND_CHANNEL_FTOF: "BUSICOUPON_SEND_CHANNEL_FTOF";
        BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT: "BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT";
        BUSICOUPON_SEND_CHANNEL_HALL: "BUSICOUPON_SEND_CHANNEL_HALL";
        BUSICOUPON_SEND_CHANNEL_JSAPI: "BUSICOUPON_SEND_CHANNEL_JSAPI";
        JSAPI: "JSAPI";
        BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE: "BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE";
        BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH: "BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH";
        BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT: "BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT";
        BUSICOUPON_SEND_CHANNEL_WECHAT_AD: "BUSICOUPON_SEND_CHANNEL_WECHAT_AD";
        BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM: "BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM";
        BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT: "BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT";
        BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT: "BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT";
        BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL: "BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL";
        BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM: "BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM";
    }>, z.ZodString]>;
    send_merchant: z.ZodString;
    act_id: z.ZodOptional<z.ZodString>;
    attach_info: z.ZodOptional<z.ZodObject<{
        transaction_id: z.ZodOptional<z.ZodString>;
        act_code: z.ZodOptional<z.ZodString>;
        hall_code: z.ZodOptional<z.ZodString>;
        hall_belong_mch_id: z.ZodOptional<z.ZodNumber>;
        card_id: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
        activity_id: z.ZodOptional<z.ZodString>;
        phone_number: z.ZodOptional<z.ZodString>;
        country_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>;
/** The signed JSON body as it arrives, before decryption. */
declare const envelope: z.ZodObject<{
    id: z.ZodString;
    create_time: z.ZodString;
    event_type: z.ZodEnum<{
        "COUPON.SEND": "COUPON.SEND";
    }>;
    resource_type: z.ZodEnum<{
        "encrypt-resource": "encrypt-resource";
    }>;
    summary: z.ZodString;
    resource: z.ZodObject<{
        original_type: z.ZodEnum<{
            [x: string]: string;
        }>;
        algorithm: z.ZodEnum<{
            AEAD_AES_256_GCM: "AEAD_AES_256_GCM";
        }>;
        associated_data: z.ZodOptional<z.ZodString>;
        nonce: z.ZodString;
        ciphertext: z.ZodString;
    }, z.core.$loose>;
}, z.core.$loose>;
/**
 * 领券事件回调通知 (`COUPON.SEND`): WeChat Pay → the merchant's notify URL (set with `setNotifyUrl`). Received, not
 * called. Research notes: redelivery every 60 s for 11 attempts is from wechatpay.im's comments; an undocumented
 * `send_req_no` field was seen in a 2020 third-party test payload (the resource schema is loose, so it is kept).
 */
declare const couponSendNotification: _core_kit_define.NotificationDefinition<"notify_coupon_send", "COUPON.SEND", z.ZodObject<{
    event_type: z.ZodOptional<z.ZodEnum<{
        EVENT_TYPE_BUSICOUPON_SEND: "EVENT_TYPE_BUSICOUPON_SEND";
    }>>;
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    send_time: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    unionid: z.ZodOptional<z.ZodString>;
    send_channel: z.ZodUnion<readonly [z.ZodEnum<{
        BUSICOUPON_SEND_CHANNEL_MINIAPP: "BUSICOUPON_SEND_CHANNEL_MINIAPP";
        BUSICOUPON_SEND_CHANNEL_API: "BUSICOUPON_SEND_CHANNEL_API";
        BUSICOUPON_SEND_CHANNEL_PAYGIFT: "BUSICOUPON_SEND_CHANNEL_PAYGIFT";
        BUSICOUPON_SEND_CHANNEL_H5: "BUSICOUPON_SEND_CHANNEL_H5";
        BUSICOUPON_SEND_CHANNEL_FTOF: "BUSICOUPON_SEND_CHANNEL_FTOF";
        BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT: "BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT";
        BUSICOUPON_SEND_CHANNEL_HALL: "BUSICOUPON_SEND_CHANNEL_HALL";
        BUSICOUPON_SEND_CHANNEL_JSAPI: "BUSICOUPON_SEND_CHANNEL_JSAPI";
        JSAPI: "JSAPI";
        BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE: "BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE";
        BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH: "BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH";
        BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT: "BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT";
        BUSICOUPON_SEND_CHANNEL_WECHAT_AD: "BUSICOUPON_SEND_CHANNEL_WECHAT_AD";
        BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM: "BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM";
        BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT: "BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT";
        BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT: "BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT";
        BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL: "BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL";
        BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM: "BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM";
    }>, z.ZodString]>;
    send_merchant: z.ZodString;
    act_id: z.ZodOptional<z.ZodString>;
    attach_info: z.ZodOptional<z.ZodObject<{
        transaction_id: z.ZodOptional<z.ZodString>;
        act_code: z.ZodOptional<z.ZodString>;
        hall_code: z.ZodOptional<z.ZodString>;
        hall_belong_mch_id: z.ZodOptional<z.ZodNumber>;
        card_id: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
        activity_id: z.ZodOptional<z.ZodString>;
        phone_number: z.ZodOptional<z.ZodString>;
        country_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>>;
/** The decrypted COUPON.SEND resource (领券事件) as the schema outputs it. */
type CouponSendResource = z.output<typeof resource>;
/** The COUPON.SEND envelope as it arrives (resource still encrypted). */
type CouponSendEnvelope = z.output<typeof envelope>;

declare const modifyStock: _core_kit_define.Endpoint<"modify_stock", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$strict>>;
    stock_name: z.ZodOptional<z.ZodString>;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodOptional<z.ZodString>;
    out_request_no: z.ZodString;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    coupon_use_rule: z.ZodOptional<z.ZodObject<{
        use_method: z.ZodOptional<z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    stock_send_rule: z.ZodOptional<z.ZodObject<{
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, undefined, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;
declare const modifyBudget: _core_kit_define.Endpoint<"modify_budget", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    target_max_coupons: z.ZodOptional<z.ZodInt>;
    target_max_coupons_by_day: z.ZodOptional<z.ZodInt>;
    current_max_coupons: z.ZodOptional<z.ZodInt>;
    current_max_coupons_by_day: z.ZodOptional<z.ZodInt>;
    modify_budget_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    max_coupons: z.ZodInt;
    max_coupons_by_day: z.ZodOptional<z.ZodInt>;
}, z.core.$loose>, {
    readonly field: "modify_budget_request_no";
    readonly generate: true;
}>;

declare const createStock: _core_kit_define.Endpoint<"create_stock", undefined, undefined, z.ZodObject<{
    stock_name: z.ZodString;
    belong_merchant: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            available_second_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$strict>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    stock_send_rule: z.ZodObject<{
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodInt;
    }, z.core.$strict>;
    out_request_no: z.ZodString;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$strict>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    coupon_code_mode: z.ZodEnum<{
        WECHATPAY_MODE: "WECHATPAY_MODE";
        MERCHANT_API: "MERCHANT_API";
        MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
    }>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    create_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const getStock: _core_kit_define.Endpoint<"get_stock", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    stock_name: z.ZodString;
    belong_merchant: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$loose>>>;
            }, z.core.$loose>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    stock_send_rule: z.ZodObject<{
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$loose>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    stock_state: z.ZodEnum<{
        UNAUDIT: "UNAUDIT";
        RUNNING: "RUNNING";
        STOPED: "STOPED";
        PAUSED: "PAUSED";
    }>;
    coupon_code_mode: z.ZodEnum<{
        WECHATPAY_MODE: "WECHATPAY_MODE";
        MERCHANT_API: "MERCHANT_API";
        MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
    }>;
    stock_id: z.ZodString;
    coupon_code_count: z.ZodOptional<z.ZodObject<{
        total_count: z.ZodInt;
        available_count: z.ZodInt;
    }, z.core.$loose>>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    send_count_information: z.ZodOptional<z.ZodObject<{
        total_send_num: z.ZodOptional<z.ZodInt>;
        total_send_amount: z.ZodOptional<z.ZodInt>;
        today_send_num: z.ZodOptional<z.ZodInt>;
        today_send_amount: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$loose>, undefined>;

declare const subsidyPay: _core_kit_define.Endpoint<"subsidy_pay", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    out_subsidy_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
        PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
        PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
        PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
        PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
        PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
        PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
    }>, z.ZodEnum<{
        ACCEPTED: "ACCEPTED";
        SUCCESS: "SUCCESS";
        FAIL: "FAIL";
        RETURNING: "RETURNING";
        PARTIAL_RETURN: "PARTIAL_RETURN";
        FULL_RETURN: "FULL_RETURN";
    }>]>;
    fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
        PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
        PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
        PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
        PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
    }>, z.ZodEnum<{
        INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
        NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
        EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
        EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
        OTHER: "OTHER";
    }>]>>;
    success_time: z.ZodOptional<z.ZodString>;
    out_subsidy_no: z.ZodString;
    create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, {
    readonly field: "out_subsidy_no";
    readonly generate: false;
}>;
declare const listSubsidyPayReceipts: _core_kit_define.Endpoint<"list_subsidy_pay_receipts", undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_subsidy_no: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    pay_receipt_list: z.ZodOptional<z.ZodArray<z.ZodObject<{
        subsidy_receipt_id: z.ZodString;
        stock_id: z.ZodString;
        coupon_code: z.ZodString;
        transaction_id: z.ZodString;
        payer_merchant: z.ZodString;
        payee_merchant: z.ZodString;
        amount: z.ZodInt;
        description: z.ZodString;
        status: z.ZodUnion<readonly [z.ZodEnum<{
            PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
            PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
            PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
            PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
            PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
            PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
            PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
        }>, z.ZodEnum<{
            ACCEPTED: "ACCEPTED";
            SUCCESS: "SUCCESS";
            FAIL: "FAIL";
            RETURNING: "RETURNING";
            PARTIAL_RETURN: "PARTIAL_RETURN";
            FULL_RETURN: "FULL_RETURN";
        }>]>;
        fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
            PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
            PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
            PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
            PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
        }>, z.ZodEnum<{
            INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
            NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
            EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
            EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
            OTHER: "OTHER";
        }>]>>;
        success_time: z.ZodOptional<z.ZodString>;
        out_subsidy_no: z.ZodString;
        create_time: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const getSubsidyPayReceipt: _core_kit_define.Endpoint<"get_subsidy_pay_receipt", z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
        PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
        PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
        PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
        PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
        PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
        PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
    }>, z.ZodEnum<{
        ACCEPTED: "ACCEPTED";
        SUCCESS: "SUCCESS";
        FAIL: "FAIL";
        RETURNING: "RETURNING";
        PARTIAL_RETURN: "PARTIAL_RETURN";
        FULL_RETURN: "FULL_RETURN";
    }>]>;
    fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
        PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
        PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
        PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
        PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
    }>, z.ZodEnum<{
        INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
        NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
        EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
        EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
        OTHER: "OTHER";
    }>]>>;
    success_time: z.ZodOptional<z.ZodString>;
    out_subsidy_no: z.ZodString;
    create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;
declare const subsidyReturn: _core_kit_define.Endpoint<"subsidy_return", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    out_subsidy_return_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    subsidy_return_receipt_id: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodEnum<{
        RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
        RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
        RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
        RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
    }>;
    fail_reason: z.ZodOptional<z.ZodEnum<{
        RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
        RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
    }>>;
    return_done_time: z.ZodOptional<z.ZodString>;
    subsidy_receipt_id: z.ZodString;
    out_subsidy_return_no: z.ZodString;
    return_create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, {
    readonly field: "out_subsidy_return_no";
    readonly generate: false;
}>;
declare const getSubsidyReturnReceipt: _core_kit_define.Endpoint<"get_subsidy_return_receipt", z.ZodObject<{
    subsidy_return_receipt_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    subsidy_return_receipt_id: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodEnum<{
        RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
        RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
        RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
        RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
    }>;
    fail_reason: z.ZodOptional<z.ZodEnum<{
        RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
        RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
    }>>;
    return_done_time: z.ZodOptional<z.ZodString>;
    subsidy_receipt_id: z.ZodString;
    out_subsidy_return_no: z.ZodString;
    return_create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;

declare const listUserCoupons: _core_kit_define.Endpoint<"list_user_coupons", z.ZodObject<{
    openid: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    appid: z.ZodString;
    stock_id: z.ZodOptional<z.ZodString>;
    coupon_state: z.ZodOptional<z.ZodEnum<{
        SENDED: "SENDED";
        USED: "USED";
        EXPIRED: "EXPIRED";
        DELETED: "DELETED";
        DEACTIVATED: "DEACTIVATED";
    }>>;
    creator_merchant: z.ZodOptional<z.ZodString>;
    belong_merchant: z.ZodOptional<z.ZodString>;
    sender_merchant: z.ZodOptional<z.ZodString>;
    offset: z.ZodOptional<z.ZodCoercedNumber<number>>;
    limit: z.ZodOptional<z.ZodCoercedNumber<number>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    total_count: z.ZodInt;
    offset: z.ZodInt;
    limit: z.ZodInt;
    data: z.ZodArray<z.ZodObject<{
        belong_merchant: z.ZodString;
        stock_name: z.ZodString;
        comment: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodString;
        stock_type: z.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        coupon_state: z.ZodOptional<z.ZodEnum<{
            SENDED: "SENDED";
            USED: "USED";
            EXPIRED: "EXPIRED";
            DELETED: "DELETED";
            DEACTIVATED: "DEACTIVATED";
        }>>;
        display_pattern_info: z.ZodOptional<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            merchant_logo_url: z.ZodOptional<z.ZodString>;
            merchant_name: z.ZodOptional<z.ZodString>;
            background_color: z.ZodOptional<z.ZodEnum<{
                Color010: "Color010";
                Color020: "Color020";
                Color030: "Color030";
                Color040: "Color040";
                Color050: "Color050";
                Color060: "Color060";
                Color070: "Color070";
                Color080: "Color080";
                Color090: "Color090";
                Color100: "Color100";
            }>>;
            coupon_image_url: z.ZodOptional<z.ZodString>;
            finder_info: z.ZodOptional<z.ZodObject<{
                finder_id: z.ZodString;
                finder_video_id: z.ZodString;
                finder_video_cover_image_url: z.ZodString;
            }, z.core.$loose>>;
        }, z.core.$loose>>;
        coupon_use_rule: z.ZodObject<{
            coupon_available_time: z.ZodObject<{
                available_begin_time: z.ZodString;
                available_end_time: z.ZodString;
                available_day_after_receive: z.ZodOptional<z.ZodInt>;
                available_week: z.ZodOptional<z.ZodObject<{
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                    available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        begin_time: z.ZodOptional<z.ZodInt>;
                        end_time: z.ZodOptional<z.ZodInt>;
                    }, z.core.$loose>>>;
                }, z.core.$loose>>;
                irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodString>;
                    end_time: z.ZodOptional<z.ZodString>;
                }, z.core.$loose>>>;
                wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            }, z.core.$loose>;
            fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
                discount_amount: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            discount_coupon: z.ZodOptional<z.ZodObject<{
                discount_percent: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            exchange_coupon: z.ZodOptional<z.ZodObject<{
                exchange_price: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            use_method: z.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: z.ZodOptional<z.ZodString>;
            mini_programs_path: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        custom_entrance: z.ZodOptional<z.ZodObject<{
            mini_programs_info: z.ZodOptional<z.ZodObject<{
                mini_programs_appid: z.ZodString;
                mini_programs_path: z.ZodString;
                entrance_words: z.ZodString;
                guiding_words: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
            appid: z.ZodOptional<z.ZodString>;
            hall_id: z.ZodOptional<z.ZodString>;
            store_id: z.ZodOptional<z.ZodString>;
            code_display_mode: z.ZodOptional<z.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, z.core.$loose>>;
        coupon_code: z.ZodOptional<z.ZodString>;
        stock_id: z.ZodOptional<z.ZodString>;
        available_start_time: z.ZodString;
        expire_time: z.ZodString;
        receive_time: z.ZodString;
        send_request_no: z.ZodString;
        use_request_no: z.ZodOptional<z.ZodString>;
        use_time: z.ZodOptional<z.ZodString>;
        associate_out_trade_no: z.ZodOptional<z.ZodString>;
        return_request_no: z.ZodOptional<z.ZodString>;
        return_time: z.ZodOptional<z.ZodString>;
        deactivate_request_no: z.ZodOptional<z.ZodString>;
        deactivate_time: z.ZodOptional<z.ZodString>;
        deactivate_reason: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, undefined>;
declare const getUserCoupon: _core_kit_define.Endpoint<"get_user_coupon", z.ZodObject<{
    openid: z.ZodString;
    coupon_code: z.ZodString;
    appid: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    belong_merchant: z.ZodString;
    stock_name: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    transferable: z.ZodOptional<z.ZodBoolean>;
    shareable: z.ZodOptional<z.ZodBoolean>;
    coupon_state: z.ZodOptional<z.ZodEnum<{
        SENDED: "SENDED";
        USED: "USED";
        EXPIRED: "EXPIRED";
        DELETED: "DELETED";
        DEACTIVATED: "DEACTIVATED";
        PENDING_REDEEM: "PENDING_REDEEM";
        REDEEM_CONFIRMING: "REDEEM_CONFIRMING";
        REDEEM_FAILED: "REDEEM_FAILED";
        REDEEM_EXPIRED: "REDEEM_EXPIRED";
    }>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$loose>>>;
            }, z.core.$loose>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$loose>>;
    coupon_code: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodOptional<z.ZodString>;
    available_start_time: z.ZodString;
    expire_time: z.ZodString;
    receive_time: z.ZodString;
    send_request_no: z.ZodString;
    use_request_no: z.ZodOptional<z.ZodString>;
    use_time: z.ZodOptional<z.ZodString>;
    associate_out_trade_no: z.ZodOptional<z.ZodString>;
    return_request_no: z.ZodOptional<z.ZodString>;
    return_time: z.ZodOptional<z.ZodString>;
    deactivate_request_no: z.ZodOptional<z.ZodString>;
    deactivate_time: z.ZodOptional<z.ZodString>;
    deactivate_reason: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;

/** Every Merchant coupons (busifavor) endpoint definition by id. */
type BusifavorEndpoints = {
    readonly create_stock: typeof createStock;
    readonly get_stock: typeof getStock;
    readonly modify_stock: typeof modifyStock;
    readonly modify_budget: typeof modifyBudget;
    readonly upload_coupon_codes: typeof uploadCouponCodes;
    readonly list_coupon_codes: typeof listCouponCodes;
    readonly get_coupon_code: typeof getCouponCode;
    readonly delete_coupon_code: typeof deleteCouponCode;
    readonly send_coupon: typeof sendCoupon;
    readonly send_product_coupon: typeof sendProductCoupon;
    readonly presend_product_coupon: typeof presendProductCoupon;
    readonly use_coupon: typeof useCoupon;
    readonly list_user_coupons: typeof listUserCoupons;
    readonly get_user_coupon: typeof getUserCoupon;
    readonly set_notify_url: typeof setNotifyUrl;
    readonly get_notify_url: typeof getNotifyUrl;
    readonly associate_trade: typeof associateTrade;
    readonly disassociate_trade: typeof disassociateTrade;
    readonly return_coupon: typeof returnCoupon;
    readonly deactivate_coupon: typeof deactivateCoupon;
    readonly send_gov_card: typeof sendGovCard;
    readonly subsidy_pay: typeof subsidyPay;
    readonly list_subsidy_pay_receipts: typeof listSubsidyPayReceipts;
    readonly get_subsidy_pay_receipt: typeof getSubsidyPayReceipt;
    readonly subsidy_return: typeof subsidyReturn;
    readonly get_subsidy_return_receipt: typeof getSubsidyReturnReceipt;
    readonly marketing_image_upload: typeof marketingImageUpload;
};
/** Every Merchant coupons (busifavor) callback definition by id. */
type BusifavorNotifications = {
    readonly notify_coupon_send: typeof couponSendNotification;
};

/**
 * The one list of the 商家券 family: every endpoint in the order of the docs, and its callback. (The annotation names
 * the generated types so declarations refer to each definition instead of repeating its schemas.)
 */
declare const busifavor: Family<BusifavorEndpoints, BusifavorNotifications>;
/** Every busifavor endpoint by id. */
declare const endpoints: BusifavorEndpoints;
type Endpoints = BusifavorEndpoints;
type EndpointId = keyof Endpoints;

export { type BusifavorEndpoints, type BusifavorNotifications, type CouponSendEnvelope, type CouponSendResource, type EndpointId, type Endpoints, MAX_IMAGE_BYTES, associateTrade, busifavor, couponSendNotification, createStock, deactivateCoupon, deleteCouponCode, disassociateTrade, endpoints, getCouponCode, getNotifyUrl, getStock, getSubsidyPayReceipt, getSubsidyReturnReceipt, getUserCoupon, listCouponCodes, listSubsidyPayReceipts, listUserCoupons, marketingImageUpload, marketingImageUploadMeta, modifyBudget, modifyStock, presendProductCoupon, returnCoupon, sendCoupon, sendGovCard, sendProductCoupon, setNotifyUrl, subsidyPay, subsidyReturn, uploadCouponCodes, useCoupon };
