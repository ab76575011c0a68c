import * as zod from 'zod';
import { z } from 'zod';
import * as zod_v4_core from 'zod/v4/core';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/**
 * One WeChat Pay endpoint as data. The same object types the facade, validates input in the SDK and in the sandbox,
 * and generates the docs tables, so none of them can drift from the others.
 *
 * Schema conventions (zod 4):
 * - every field carries `.meta({ description: '中文描述' })`; a field whose reading is unconfirmed adds
 *   `uncertain: '<which sources disagree, and how>'` to its meta;
 * - request objects are strict (`z.strictObject`) so unknown keys are reported; response objects are loose
 *   (`z.looseObject`) so fields WeChat Pay adds later are kept;
 * - lengths from the spec become `.min()/.max()` (characters), enums become `z.enum([...])`; the spec's 约束 text is
 *   kept verbatim as `constraints` in the meta (see `FieldMeta`);
 * - integers in the query string use `queryInt` (typed as numbers, coerced back from the URL's text by servers).
 */
interface EndpointDefinition<Id extends string = string, PathParams extends z.ZodObject | undefined = z.ZodObject | undefined, Query extends z.ZodObject | undefined = z.ZodObject | undefined, Body extends z.ZodObject | undefined = z.ZodObject | undefined, Response extends z.ZodType | undefined = z.ZodType | undefined> {
    /** snake_case id from the spec, e.g. `deactivate_coupon`. */
    id: Id;
    /** Facade method name (camelCase of the id), e.g. `deactivateCoupon`. */
    name: string;
    /** 中文接口名, e.g. `使券失效`. */
    title: string;
    titleEn: string;
    method: HttpMethod;
    /** Path template with `{name}` placeholders, e.g. `/v3/marketing/busifavor/stocks/{stock_id}`. */
    path: string;
    contentType: 'application/json' | 'multipart/form-data' | undefined;
    pathParams: PathParams;
    query: Query;
    body: Body;
    /** `undefined` when the success answer is 204 without a body. */
    response: Response;
    responseStatus: 200 | 204;
    /**
     * The input field that makes a retry safe (the business request-no), if the endpoint has one. It is a body field,
     * except for `delete_coupon_code` whose `delete_request_no` travels in the query string.
     */
    idempotencyKey: string | undefined;
    /** Set when the whole endpoint rests on thin sources (no official page, a single source…). */
    uncertain: string | undefined;
    docs: {
        /** 一句话说明 (the page description). */
        description: string;
        /** Preconditions and remarks, in Chinese. */
        notes: readonly string[];
        /** Official documentation pages. */
        links: readonly string[];
        /** Errors known for this endpoint (status, code, 中文说明); `uncertain` says why one is not confirmed. */
        errors: readonly EndpointError[];
    };
}
interface EndpointError {
    status: number;
    code: string;
    description: string;
    uncertain?: string;
}
/** Keeps the literal types of a definition while checking its shape. */
declare function defineEndpoint<const Id extends string, PathParams extends z.ZodObject | undefined, Query extends z.ZodObject | undefined, Body extends z.ZodObject | undefined, Response extends z.ZodType | undefined>(definition: EndpointDefinition<Id, PathParams, Query, Body, Response>): EndpointDefinition<Id, PathParams, Query, Body, Response>;
type Infer<S> = S extends z.ZodType ? z.input<S> : {};
/** What a facade method takes: path parameters, query and body fields side by side in one object. */
type EndpointInput<E extends EndpointDefinition> = Infer<E['pathParams']> & Infer<E['query']> & Infer<E['body']>;
/** What a facade method resolves to (`undefined` for 204 endpoints). */
type EndpointOutput<E extends EndpointDefinition> = E['response'] extends z.ZodType ? z.output<E['response']> : undefined;

declare const setNotifyUrl: EndpointDefinition<"set_notify_url", undefined, undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    update_time: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>>;
declare const getNotifyUrl: EndpointDefinition<"get_notify_url", undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>>;

declare const uploadCouponCodes: EndpointDefinition<"upload_coupon_codes", z.ZodObject<{
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
}, z.core.$loose>>;
declare const listCouponCodes: EndpointDefinition<"list_coupon_codes", z.ZodObject<{
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
}, z.core.$loose>>;
declare const getCouponCode: EndpointDefinition<"get_coupon_code", z.ZodObject<{
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
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
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
}, z.core.$loose>>;
declare const deleteCouponCode: EndpointDefinition<"delete_coupon_code", z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    delete_request_no: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    delete_time: z.ZodString;
}, z.core.$loose>>;

declare const sendCoupon: EndpointDefinition<"send_coupon", undefined, undefined, z.ZodObject<{
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
}, z.core.$loose>]>>;
declare const sendProductCoupon: EndpointDefinition<"send_product_coupon", undefined, undefined, z.ZodObject<{
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
}, z.core.$loose>>;
declare const presendProductCoupon: EndpointDefinition<"presend_product_coupon", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    send_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    token: z.ZodString;
}, z.core.$loose>>;
declare const useCoupon: EndpointDefinition<"use_coupon", undefined, undefined, z.ZodObject<{
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
}, z.core.$loose>>;
declare const associateTrade: EndpointDefinition<"associate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_associate_time: z.ZodString;
}, z.core.$loose>>;
declare const disassociateTrade: EndpointDefinition<"disassociate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_disassociate_time: z.ZodString;
}, z.core.$loose>>;
declare const returnCoupon: EndpointDefinition<"return_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    return_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_return_time: z.ZodString;
}, z.core.$loose>>;
declare const deactivateCoupon: EndpointDefinition<"deactivate_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    deactivate_request_no: z.ZodString;
    deactivate_reason: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_deactivate_time: z.ZodString;
}, z.core.$loose>>;
declare const sendGovCard: EndpointDefinition<"send_gov_card", z.ZodObject<{
    card_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    appid: z.ZodString;
    openid: z.ZodString;
    out_request_no: z.ZodString;
    send_time: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    card_code: z.ZodString;
}, z.core.$loose>>;

/** Largest image WeChat Pay accepts here: 2 MB. */
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
declare const marketingImageUpload: EndpointDefinition<"marketing_image_upload", undefined, undefined, z.ZodObject<{
    file: z.ZodCustom<Uint8Array<ArrayBufferLike>, Uint8Array<ArrayBufferLike>>;
    filename: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    media_url: z.ZodString;
}, z.core.$loose>>;

declare const createStock: EndpointDefinition<"create_stock", undefined, undefined, z.ZodObject<{
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
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
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
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodInt;
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
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
}, z.core.$loose>>;
declare const getStock: EndpointDefinition<"get_stock", z.ZodObject<{
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
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
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
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodOptional<z.ZodInt>;
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
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
}, z.core.$loose>>;
declare const modifyStock: EndpointDefinition<"modify_stock", z.ZodObject<{
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
}, z.core.$strict>, undefined>;
declare const modifyBudget: EndpointDefinition<"modify_budget", z.ZodObject<{
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
}, z.core.$loose>>;

declare const subsidyPay: EndpointDefinition<"subsidy_pay", undefined, undefined, z.ZodObject<{
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
}, z.core.$loose>>;
declare const listSubsidyPayReceipts: EndpointDefinition<"list_subsidy_pay_receipts", undefined, z.ZodObject<{
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
}, z.core.$loose>>;
declare const getSubsidyPayReceipt: EndpointDefinition<"get_subsidy_pay_receipt", z.ZodObject<{
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
}, z.core.$loose>>;
declare const subsidyReturn: EndpointDefinition<"subsidy_return", undefined, undefined, z.ZodObject<{
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
}, z.core.$loose>>;
declare const getSubsidyReturnReceipt: EndpointDefinition<"get_subsidy_return_receipt", z.ZodObject<{
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
}, z.core.$loose>>;

declare const listUserCoupons: EndpointDefinition<"list_user_coupons", z.ZodObject<{
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
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
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
}, z.core.$loose>>;
declare const getUserCoupon: EndpointDefinition<"get_user_coupon", z.ZodObject<{
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
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
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

/** Every busifavor HTTP endpoint, by spec id, in the order of the spec (the COUPON.SEND callback is not one). */
declare const endpoints: {
    readonly create_stock: EndpointDefinition<"create_stock", undefined, undefined, zod.ZodObject<{
        stock_name: zod.ZodString;
        belong_merchant: zod.ZodString;
        comment: zod.ZodOptional<zod.ZodString>;
        goods_name: zod.ZodString;
        stock_type: zod.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        coupon_use_rule: zod.ZodObject<{
            coupon_available_time: zod.ZodObject<{
                available_begin_time: zod.ZodString;
                available_end_time: zod.ZodString;
                available_day_after_receive: zod.ZodOptional<zod.ZodInt>;
                available_week: zod.ZodOptional<zod.ZodObject<{
                    week_day: zod.ZodOptional<zod.ZodArray<zod.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
                    available_day_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        begin_time: zod.ZodOptional<zod.ZodInt>;
                        end_time: zod.ZodOptional<zod.ZodInt>;
                    }, zod_v4_core.$strict>>>;
                }, zod_v4_core.$strict>>;
                irregulary_avaliable_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    begin_time: zod.ZodOptional<zod.ZodString>;
                    end_time: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$strict>>>;
                wait_days_after_receive: zod.ZodOptional<zod.ZodInt>;
                available_second_after_receive: zod.ZodOptional<zod.ZodInt>;
            }, zod_v4_core.$strict>;
            fixed_normal_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_amount: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$strict>>;
            discount_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_percent: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$strict>>;
            exchange_coupon: zod.ZodOptional<zod.ZodObject<{
                exchange_price: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$strict>>;
            use_method: zod.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: zod.ZodOptional<zod.ZodString>;
            mini_programs_path: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>;
        stock_send_rule: zod.ZodObject<{
            max_amount: zod.ZodOptional<zod.ZodInt>;
            max_coupons: zod.ZodInt;
            max_coupons_per_user: zod.ZodInt;
            max_amount_by_day: zod.ZodOptional<zod.ZodInt>;
            max_coupons_by_day: zod.ZodOptional<zod.ZodInt>;
            natural_person_limit: zod.ZodOptional<zod.ZodBoolean>;
            prevent_api_abuse: zod.ZodOptional<zod.ZodBoolean>;
            transferable: zod.ZodOptional<zod.ZodBoolean>;
            shareable: zod.ZodOptional<zod.ZodBoolean>;
        }, zod_v4_core.$strict>;
        out_request_no: zod.ZodString;
        custom_entrance: zod.ZodOptional<zod.ZodObject<{
            mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                mini_programs_appid: zod.ZodString;
                mini_programs_path: zod.ZodString;
                entrance_words: zod.ZodString;
                guiding_words: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$strict>>;
            appid: zod.ZodOptional<zod.ZodString>;
            hall_id: zod.ZodOptional<zod.ZodString>;
            store_id: zod.ZodOptional<zod.ZodString>;
            code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, zod_v4_core.$strict>>;
        display_pattern_info: zod.ZodOptional<zod.ZodObject<{
            description: zod.ZodOptional<zod.ZodString>;
            merchant_logo_url: zod.ZodOptional<zod.ZodString>;
            merchant_name: zod.ZodOptional<zod.ZodString>;
            background_color: zod.ZodOptional<zod.ZodEnum<{
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
            coupon_image_url: zod.ZodOptional<zod.ZodString>;
            finder_info: zod.ZodOptional<zod.ZodObject<{
                finder_id: zod.ZodString;
                finder_video_id: zod.ZodString;
                finder_video_cover_image_url: zod.ZodString;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>>;
        coupon_code_mode: zod.ZodEnum<{
            WECHATPAY_MODE: "WECHATPAY_MODE";
            MERCHANT_API: "MERCHANT_API";
            MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
        }>;
        notify_config: zod.ZodOptional<zod.ZodObject<{
            notify_appid: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>>;
        subsidy: zod.ZodOptional<zod.ZodBoolean>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        stock_id: zod.ZodString;
        create_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly get_stock: EndpointDefinition<"get_stock", zod.ZodObject<{
        stock_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, undefined, zod.ZodObject<{
        stock_name: zod.ZodString;
        belong_merchant: zod.ZodString;
        comment: zod.ZodOptional<zod.ZodString>;
        goods_name: zod.ZodString;
        stock_type: zod.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        coupon_use_rule: zod.ZodObject<{
            coupon_available_time: zod.ZodObject<{
                available_begin_time: zod.ZodString;
                available_end_time: zod.ZodString;
                available_day_after_receive: zod.ZodOptional<zod.ZodInt>;
                available_week: zod.ZodOptional<zod.ZodObject<{
                    week_day: zod.ZodOptional<zod.ZodArray<zod.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
                    available_day_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        begin_time: zod.ZodOptional<zod.ZodInt>;
                        end_time: zod.ZodOptional<zod.ZodInt>;
                    }, zod_v4_core.$loose>>>;
                }, zod_v4_core.$loose>>;
                irregulary_avaliable_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    begin_time: zod.ZodOptional<zod.ZodString>;
                    end_time: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>>;
                wait_days_after_receive: zod.ZodOptional<zod.ZodInt>;
            }, zod_v4_core.$loose>;
            fixed_normal_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_amount: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            discount_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_percent: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            exchange_coupon: zod.ZodOptional<zod.ZodObject<{
                exchange_price: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            use_method: zod.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: zod.ZodOptional<zod.ZodString>;
            mini_programs_path: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>;
        stock_send_rule: zod.ZodObject<{
            max_amount: zod.ZodOptional<zod.ZodInt>;
            max_coupons: zod.ZodOptional<zod.ZodInt>;
            max_coupons_per_user: zod.ZodInt;
            max_amount_by_day: zod.ZodOptional<zod.ZodInt>;
            max_coupons_by_day: zod.ZodOptional<zod.ZodInt>;
            natural_person_limit: zod.ZodOptional<zod.ZodBoolean>;
            prevent_api_abuse: zod.ZodOptional<zod.ZodBoolean>;
            transferable: zod.ZodOptional<zod.ZodBoolean>;
            shareable: zod.ZodOptional<zod.ZodBoolean>;
        }, zod_v4_core.$loose>;
        custom_entrance: zod.ZodOptional<zod.ZodObject<{
            mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                mini_programs_appid: zod.ZodString;
                mini_programs_path: zod.ZodString;
                entrance_words: zod.ZodString;
                guiding_words: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            appid: zod.ZodOptional<zod.ZodString>;
            hall_id: zod.ZodOptional<zod.ZodString>;
            store_id: zod.ZodOptional<zod.ZodString>;
            code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, zod_v4_core.$loose>>;
        display_pattern_info: zod.ZodOptional<zod.ZodObject<{
            description: zod.ZodOptional<zod.ZodString>;
            merchant_logo_url: zod.ZodOptional<zod.ZodString>;
            merchant_name: zod.ZodOptional<zod.ZodString>;
            background_color: zod.ZodOptional<zod.ZodEnum<{
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
            coupon_image_url: zod.ZodOptional<zod.ZodString>;
            finder_info: zod.ZodOptional<zod.ZodObject<{
                finder_id: zod.ZodString;
                finder_video_id: zod.ZodString;
                finder_video_cover_image_url: zod.ZodString;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>;
        stock_state: zod.ZodEnum<{
            UNAUDIT: "UNAUDIT";
            RUNNING: "RUNNING";
            STOPED: "STOPED";
            PAUSED: "PAUSED";
        }>;
        coupon_code_mode: zod.ZodEnum<{
            WECHATPAY_MODE: "WECHATPAY_MODE";
            MERCHANT_API: "MERCHANT_API";
            MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
        }>;
        stock_id: zod.ZodString;
        coupon_code_count: zod.ZodOptional<zod.ZodObject<{
            total_count: zod.ZodInt;
            available_count: zod.ZodInt;
        }, zod_v4_core.$loose>>;
        notify_config: zod.ZodOptional<zod.ZodObject<{
            notify_appid: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        send_count_information: zod.ZodOptional<zod.ZodObject<{
            total_send_num: zod.ZodOptional<zod.ZodInt>;
            total_send_amount: zod.ZodOptional<zod.ZodInt>;
            today_send_num: zod.ZodOptional<zod.ZodInt>;
            today_send_amount: zod.ZodOptional<zod.ZodInt>;
        }, zod_v4_core.$loose>>;
        subsidy: zod.ZodOptional<zod.ZodBoolean>;
    }, zod_v4_core.$loose>>;
    readonly modify_stock: EndpointDefinition<"modify_stock", zod.ZodObject<{
        stock_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        custom_entrance: zod.ZodOptional<zod.ZodObject<{
            mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                mini_programs_appid: zod.ZodString;
                mini_programs_path: zod.ZodString;
                entrance_words: zod.ZodString;
                guiding_words: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$strict>>;
            appid: zod.ZodOptional<zod.ZodString>;
            hall_id: zod.ZodOptional<zod.ZodString>;
            code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, zod_v4_core.$strict>>;
        stock_name: zod.ZodOptional<zod.ZodString>;
        comment: zod.ZodOptional<zod.ZodString>;
        goods_name: zod.ZodOptional<zod.ZodString>;
        out_request_no: zod.ZodString;
        display_pattern_info: zod.ZodOptional<zod.ZodObject<{
            description: zod.ZodOptional<zod.ZodString>;
            merchant_logo_url: zod.ZodOptional<zod.ZodString>;
            merchant_name: zod.ZodOptional<zod.ZodString>;
            background_color: zod.ZodOptional<zod.ZodEnum<{
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
            coupon_image_url: zod.ZodOptional<zod.ZodString>;
            finder_info: zod.ZodOptional<zod.ZodObject<{
                finder_id: zod.ZodString;
                finder_video_id: zod.ZodString;
                finder_video_cover_image_url: zod.ZodString;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>>;
        coupon_use_rule: zod.ZodOptional<zod.ZodObject<{
            use_method: zod.ZodOptional<zod.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>>;
            mini_programs_appid: zod.ZodOptional<zod.ZodString>;
            mini_programs_path: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>>;
        stock_send_rule: zod.ZodOptional<zod.ZodObject<{
            natural_person_limit: zod.ZodOptional<zod.ZodBoolean>;
            prevent_api_abuse: zod.ZodOptional<zod.ZodBoolean>;
        }, zod_v4_core.$strict>>;
        notify_config: zod.ZodOptional<zod.ZodObject<{
            notify_appid: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>>;
        subsidy: zod.ZodOptional<zod.ZodBoolean>;
    }, zod_v4_core.$strict>, undefined>;
    readonly modify_budget: EndpointDefinition<"modify_budget", zod.ZodObject<{
        stock_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        target_max_coupons: zod.ZodOptional<zod.ZodInt>;
        target_max_coupons_by_day: zod.ZodOptional<zod.ZodInt>;
        current_max_coupons: zod.ZodOptional<zod.ZodInt>;
        current_max_coupons_by_day: zod.ZodOptional<zod.ZodInt>;
        modify_budget_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        max_coupons: zod.ZodInt;
        max_coupons_by_day: zod.ZodOptional<zod.ZodInt>;
    }, zod_v4_core.$loose>>;
    readonly upload_coupon_codes: EndpointDefinition<"upload_coupon_codes", zod.ZodObject<{
        stock_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        coupon_code_list: zod.ZodArray<zod.ZodString>;
        upload_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        stock_id: zod.ZodString;
        total_count: zod.ZodInt;
        success_count: zod.ZodInt;
        success_codes: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        success_time: zod.ZodString;
        fail_count: zod.ZodOptional<zod.ZodInt>;
        fail_codes: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
            coupon_code: zod.ZodString;
            code: zod.ZodString;
            message: zod.ZodString;
        }, zod_v4_core.$loose>>>;
        exist_codes: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        duplicate_codes: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
    }, zod_v4_core.$loose>>;
    readonly list_coupon_codes: EndpointDefinition<"list_coupon_codes", zod.ZodObject<{
        stock_id: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        status: zod.ZodOptional<zod.ZodEnum<{
            AVAILABLE: "AVAILABLE";
            DISPATCHED: "DISPATCHED";
        }>>;
        appid: zod.ZodOptional<zod.ZodString>;
        offset: zod.ZodOptional<zod.ZodCoercedNumber<number>>;
        limit: zod.ZodOptional<zod.ZodCoercedNumber<number>>;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        total_count: zod.ZodInt;
        limit: zod.ZodInt;
        offset: zod.ZodInt;
        data: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
            code: zod.ZodString;
            code_status: zod.ZodEnum<{
                AVAILABLE: "AVAILABLE";
                DISPATCHED: "DISPATCHED";
            }>;
            upload_time: zod.ZodOptional<zod.ZodString>;
            dispatched_time: zod.ZodOptional<zod.ZodString>;
            openid: zod.ZodOptional<zod.ZodString>;
            unionid: zod.ZodOptional<zod.ZodString>;
            coupon_code: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
    }, zod_v4_core.$loose>>;
    readonly get_coupon_code: EndpointDefinition<"get_coupon_code", zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        appid: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        code_information: zod.ZodObject<{
            code: zod.ZodString;
            code_status: zod.ZodEnum<{
                AVAILABLE: "AVAILABLE";
                DISPATCHED: "DISPATCHED";
            }>;
            upload_time: zod.ZodOptional<zod.ZodString>;
            dispatched_time: zod.ZodOptional<zod.ZodString>;
            openid: zod.ZodOptional<zod.ZodString>;
            unionid: zod.ZodOptional<zod.ZodString>;
            coupon_code: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>;
        coupon_information: zod.ZodOptional<zod.ZodObject<{
            belong_merchant: zod.ZodString;
            stock_name: zod.ZodString;
            comment: zod.ZodOptional<zod.ZodString>;
            goods_name: zod.ZodString;
            stock_type: zod.ZodEnum<{
                NORMAL: "NORMAL";
                DISCOUNT: "DISCOUNT";
                EXCHANGE: "EXCHANGE";
            }>;
            transferable: zod.ZodOptional<zod.ZodBoolean>;
            shareable: zod.ZodOptional<zod.ZodBoolean>;
            coupon_state: zod.ZodOptional<zod.ZodEnum<{
                SENDED: "SENDED";
                USED: "USED";
                EXPIRED: "EXPIRED";
                DELETED: "DELETED";
                DEACTIVATED: "DEACTIVATED";
            }>>;
            display_pattern_info: zod.ZodOptional<zod.ZodObject<{
                description: zod.ZodOptional<zod.ZodString>;
                merchant_logo_url: zod.ZodOptional<zod.ZodString>;
                merchant_name: zod.ZodOptional<zod.ZodString>;
                background_color: zod.ZodOptional<zod.ZodEnum<{
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
                coupon_image_url: zod.ZodOptional<zod.ZodString>;
                finder_info: zod.ZodOptional<zod.ZodObject<{
                    finder_id: zod.ZodString;
                    finder_video_id: zod.ZodString;
                    finder_video_cover_image_url: zod.ZodString;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>;
            coupon_use_rule: zod.ZodObject<{
                coupon_available_time: zod.ZodObject<{
                    available_begin_time: zod.ZodString;
                    available_end_time: zod.ZodString;
                    available_day_after_receive: zod.ZodOptional<zod.ZodInt>;
                    available_week: zod.ZodOptional<zod.ZodObject<{
                        week_day: zod.ZodOptional<zod.ZodArray<zod.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
                        available_day_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                            begin_time: zod.ZodOptional<zod.ZodInt>;
                            end_time: zod.ZodOptional<zod.ZodInt>;
                        }, zod_v4_core.$loose>>>;
                    }, zod_v4_core.$loose>>;
                    irregulary_avaliable_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        begin_time: zod.ZodOptional<zod.ZodString>;
                        end_time: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>>;
                    wait_days_after_receive: zod.ZodOptional<zod.ZodInt>;
                }, zod_v4_core.$loose>;
                fixed_normal_coupon: zod.ZodOptional<zod.ZodObject<{
                    discount_amount: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                discount_coupon: zod.ZodOptional<zod.ZodObject<{
                    discount_percent: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                exchange_coupon: zod.ZodOptional<zod.ZodObject<{
                    exchange_price: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                use_method: zod.ZodEnum<{
                    OFF_LINE: "OFF_LINE";
                    MINI_PROGRAMS: "MINI_PROGRAMS";
                    SELF_CONSUME: "SELF_CONSUME";
                    PAYMENT_CODE: "PAYMENT_CODE";
                }>;
                mini_programs_appid: zod.ZodOptional<zod.ZodString>;
                mini_programs_path: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>;
            custom_entrance: zod.ZodOptional<zod.ZodObject<{
                mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                    mini_programs_appid: zod.ZodString;
                    mini_programs_path: zod.ZodString;
                    entrance_words: zod.ZodString;
                    guiding_words: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
                appid: zod.ZodOptional<zod.ZodString>;
                hall_id: zod.ZodOptional<zod.ZodString>;
                store_id: zod.ZodOptional<zod.ZodString>;
                code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                    NOT_SHOW: "NOT_SHOW";
                    BARCODE: "BARCODE";
                    QRCODE: "QRCODE";
                }>>;
            }, zod_v4_core.$loose>>;
            coupon_code: zod.ZodOptional<zod.ZodString>;
            stock_id: zod.ZodOptional<zod.ZodString>;
            available_start_time: zod.ZodString;
            expire_time: zod.ZodString;
            receive_time: zod.ZodString;
            send_request_no: zod.ZodString;
            use_request_no: zod.ZodOptional<zod.ZodString>;
            use_time: zod.ZodOptional<zod.ZodString>;
            associate_out_trade_no: zod.ZodOptional<zod.ZodString>;
            return_request_no: zod.ZodOptional<zod.ZodString>;
            return_time: zod.ZodOptional<zod.ZodString>;
            deactivate_request_no: zod.ZodOptional<zod.ZodString>;
            deactivate_time: zod.ZodOptional<zod.ZodString>;
            deactivate_reason: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>;
    readonly delete_coupon_code: EndpointDefinition<"delete_coupon_code", zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        delete_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        delete_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly send_coupon: EndpointDefinition<"send_coupon", undefined, undefined, zod.ZodObject<{
        openid: zod.ZodString;
        appid: zod.ZodString;
        stock_id: zod.ZodString;
        out_request_no: zod.ZodString;
        coupon_code: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodUnion<readonly [zod.ZodObject<{
        send_coupon_result: zod.ZodOptional<zod.ZodObject<{
            stock_id: zod.ZodOptional<zod.ZodString>;
            out_request_no: zod.ZodOptional<zod.ZodString>;
            coupon_code: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>, zod.ZodObject<{
        stock_id: zod.ZodString;
        out_request_no: zod.ZodOptional<zod.ZodString>;
        coupon_code: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>]>>;
    readonly send_product_coupon: EndpointDefinition<"send_product_coupon", undefined, undefined, zod.ZodObject<{
        openid: zod.ZodString;
        appid: zod.ZodString;
        stock_id: zod.ZodString;
        out_request_no: zod.ZodString;
        coupon_code: zod.ZodOptional<zod.ZodString>;
        coupon_type: zod.ZodEnum<{
            NORMAL: "NORMAL";
            MEMBER: "MEMBER";
        }>;
        member_card_id: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        out_request_no: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly presend_product_coupon: EndpointDefinition<"presend_product_coupon", undefined, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodOptional<zod.ZodString>;
        appid: zod.ZodString;
        openid: zod.ZodOptional<zod.ZodString>;
        send_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        token: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly use_coupon: EndpointDefinition<"use_coupon", undefined, undefined, zod.ZodObject<{
        coupon_code: zod.ZodString;
        stock_id: zod.ZodOptional<zod.ZodString>;
        appid: zod.ZodString;
        use_time: zod.ZodString;
        use_request_no: zod.ZodString;
        openid: zod.ZodOptional<zod.ZodString>;
        out_trade_no: zod.ZodOptional<zod.ZodString>;
        mch_id: zod.ZodOptional<zod.ZodString>;
        transaction_id: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        stock_id: zod.ZodString;
        openid: zod.ZodString;
        wechatpay_use_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly list_user_coupons: EndpointDefinition<"list_user_coupons", zod.ZodObject<{
        openid: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        appid: zod.ZodString;
        stock_id: zod.ZodOptional<zod.ZodString>;
        coupon_state: zod.ZodOptional<zod.ZodEnum<{
            SENDED: "SENDED";
            USED: "USED";
            EXPIRED: "EXPIRED";
            DELETED: "DELETED";
            DEACTIVATED: "DEACTIVATED";
        }>>;
        creator_merchant: zod.ZodOptional<zod.ZodString>;
        belong_merchant: zod.ZodOptional<zod.ZodString>;
        sender_merchant: zod.ZodOptional<zod.ZodString>;
        offset: zod.ZodOptional<zod.ZodCoercedNumber<number>>;
        limit: zod.ZodOptional<zod.ZodCoercedNumber<number>>;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        total_count: zod.ZodInt;
        offset: zod.ZodInt;
        limit: zod.ZodInt;
        data: zod.ZodArray<zod.ZodObject<{
            belong_merchant: zod.ZodString;
            stock_name: zod.ZodString;
            comment: zod.ZodOptional<zod.ZodString>;
            goods_name: zod.ZodString;
            stock_type: zod.ZodEnum<{
                NORMAL: "NORMAL";
                DISCOUNT: "DISCOUNT";
                EXCHANGE: "EXCHANGE";
            }>;
            transferable: zod.ZodOptional<zod.ZodBoolean>;
            shareable: zod.ZodOptional<zod.ZodBoolean>;
            coupon_state: zod.ZodOptional<zod.ZodEnum<{
                SENDED: "SENDED";
                USED: "USED";
                EXPIRED: "EXPIRED";
                DELETED: "DELETED";
                DEACTIVATED: "DEACTIVATED";
            }>>;
            display_pattern_info: zod.ZodOptional<zod.ZodObject<{
                description: zod.ZodOptional<zod.ZodString>;
                merchant_logo_url: zod.ZodOptional<zod.ZodString>;
                merchant_name: zod.ZodOptional<zod.ZodString>;
                background_color: zod.ZodOptional<zod.ZodEnum<{
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
                coupon_image_url: zod.ZodOptional<zod.ZodString>;
                finder_info: zod.ZodOptional<zod.ZodObject<{
                    finder_id: zod.ZodString;
                    finder_video_id: zod.ZodString;
                    finder_video_cover_image_url: zod.ZodString;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>;
            coupon_use_rule: zod.ZodObject<{
                coupon_available_time: zod.ZodObject<{
                    available_begin_time: zod.ZodString;
                    available_end_time: zod.ZodString;
                    available_day_after_receive: zod.ZodOptional<zod.ZodInt>;
                    available_week: zod.ZodOptional<zod.ZodObject<{
                        week_day: zod.ZodOptional<zod.ZodArray<zod.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
                        available_day_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                            begin_time: zod.ZodOptional<zod.ZodInt>;
                            end_time: zod.ZodOptional<zod.ZodInt>;
                        }, zod_v4_core.$loose>>>;
                    }, zod_v4_core.$loose>>;
                    irregulary_avaliable_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        begin_time: zod.ZodOptional<zod.ZodString>;
                        end_time: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>>;
                    wait_days_after_receive: zod.ZodOptional<zod.ZodInt>;
                }, zod_v4_core.$loose>;
                fixed_normal_coupon: zod.ZodOptional<zod.ZodObject<{
                    discount_amount: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                discount_coupon: zod.ZodOptional<zod.ZodObject<{
                    discount_percent: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                exchange_coupon: zod.ZodOptional<zod.ZodObject<{
                    exchange_price: zod.ZodInt;
                    transaction_minimum: zod.ZodInt;
                }, zod_v4_core.$loose>>;
                use_method: zod.ZodEnum<{
                    OFF_LINE: "OFF_LINE";
                    MINI_PROGRAMS: "MINI_PROGRAMS";
                    SELF_CONSUME: "SELF_CONSUME";
                    PAYMENT_CODE: "PAYMENT_CODE";
                }>;
                mini_programs_appid: zod.ZodOptional<zod.ZodString>;
                mini_programs_path: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>;
            custom_entrance: zod.ZodOptional<zod.ZodObject<{
                mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                    mini_programs_appid: zod.ZodString;
                    mini_programs_path: zod.ZodString;
                    entrance_words: zod.ZodString;
                    guiding_words: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
                appid: zod.ZodOptional<zod.ZodString>;
                hall_id: zod.ZodOptional<zod.ZodString>;
                store_id: zod.ZodOptional<zod.ZodString>;
                code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                    NOT_SHOW: "NOT_SHOW";
                    BARCODE: "BARCODE";
                    QRCODE: "QRCODE";
                }>>;
            }, zod_v4_core.$loose>>;
            coupon_code: zod.ZodOptional<zod.ZodString>;
            stock_id: zod.ZodOptional<zod.ZodString>;
            available_start_time: zod.ZodString;
            expire_time: zod.ZodString;
            receive_time: zod.ZodString;
            send_request_no: zod.ZodString;
            use_request_no: zod.ZodOptional<zod.ZodString>;
            use_time: zod.ZodOptional<zod.ZodString>;
            associate_out_trade_no: zod.ZodOptional<zod.ZodString>;
            return_request_no: zod.ZodOptional<zod.ZodString>;
            return_time: zod.ZodOptional<zod.ZodString>;
            deactivate_request_no: zod.ZodOptional<zod.ZodString>;
            deactivate_time: zod.ZodOptional<zod.ZodString>;
            deactivate_reason: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>;
    readonly get_user_coupon: EndpointDefinition<"get_user_coupon", zod.ZodObject<{
        openid: zod.ZodString;
        coupon_code: zod.ZodString;
        appid: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, undefined, zod.ZodObject<{
        belong_merchant: zod.ZodString;
        stock_name: zod.ZodString;
        comment: zod.ZodOptional<zod.ZodString>;
        goods_name: zod.ZodString;
        stock_type: zod.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        transferable: zod.ZodOptional<zod.ZodBoolean>;
        shareable: zod.ZodOptional<zod.ZodBoolean>;
        coupon_state: zod.ZodOptional<zod.ZodEnum<{
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
        display_pattern_info: zod.ZodOptional<zod.ZodObject<{
            description: zod.ZodOptional<zod.ZodString>;
            merchant_logo_url: zod.ZodOptional<zod.ZodString>;
            merchant_name: zod.ZodOptional<zod.ZodString>;
            background_color: zod.ZodOptional<zod.ZodEnum<{
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
            coupon_image_url: zod.ZodOptional<zod.ZodString>;
            finder_info: zod.ZodOptional<zod.ZodObject<{
                finder_id: zod.ZodString;
                finder_video_id: zod.ZodString;
                finder_video_cover_image_url: zod.ZodString;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>;
        coupon_use_rule: zod.ZodObject<{
            coupon_available_time: zod.ZodObject<{
                available_begin_time: zod.ZodString;
                available_end_time: zod.ZodString;
                available_day_after_receive: zod.ZodOptional<zod.ZodInt>;
                available_week: zod.ZodOptional<zod.ZodObject<{
                    week_day: zod.ZodOptional<zod.ZodArray<zod.ZodLiteral<0 | 1 | 4 | 3 | 5 | 2 | 6>>>;
                    available_day_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        begin_time: zod.ZodOptional<zod.ZodInt>;
                        end_time: zod.ZodOptional<zod.ZodInt>;
                    }, zod_v4_core.$loose>>>;
                }, zod_v4_core.$loose>>;
                irregulary_avaliable_time: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    begin_time: zod.ZodOptional<zod.ZodString>;
                    end_time: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>>;
                wait_days_after_receive: zod.ZodOptional<zod.ZodInt>;
            }, zod_v4_core.$loose>;
            fixed_normal_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_amount: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            discount_coupon: zod.ZodOptional<zod.ZodObject<{
                discount_percent: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            exchange_coupon: zod.ZodOptional<zod.ZodObject<{
                exchange_price: zod.ZodInt;
                transaction_minimum: zod.ZodInt;
            }, zod_v4_core.$loose>>;
            use_method: zod.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: zod.ZodOptional<zod.ZodString>;
            mini_programs_path: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>;
        custom_entrance: zod.ZodOptional<zod.ZodObject<{
            mini_programs_info: zod.ZodOptional<zod.ZodObject<{
                mini_programs_appid: zod.ZodString;
                mini_programs_path: zod.ZodString;
                entrance_words: zod.ZodString;
                guiding_words: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            appid: zod.ZodOptional<zod.ZodString>;
            hall_id: zod.ZodOptional<zod.ZodString>;
            store_id: zod.ZodOptional<zod.ZodString>;
            code_display_mode: zod.ZodOptional<zod.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, zod_v4_core.$loose>>;
        coupon_code: zod.ZodOptional<zod.ZodString>;
        stock_id: zod.ZodOptional<zod.ZodString>;
        available_start_time: zod.ZodString;
        expire_time: zod.ZodString;
        receive_time: zod.ZodString;
        send_request_no: zod.ZodString;
        use_request_no: zod.ZodOptional<zod.ZodString>;
        use_time: zod.ZodOptional<zod.ZodString>;
        associate_out_trade_no: zod.ZodOptional<zod.ZodString>;
        return_request_no: zod.ZodOptional<zod.ZodString>;
        return_time: zod.ZodOptional<zod.ZodString>;
        deactivate_request_no: zod.ZodOptional<zod.ZodString>;
        deactivate_time: zod.ZodOptional<zod.ZodString>;
        deactivate_reason: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly set_notify_url: EndpointDefinition<"set_notify_url", undefined, undefined, zod.ZodObject<{
        mchid: zod.ZodOptional<zod.ZodString>;
        notify_url: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        update_time: zod.ZodOptional<zod.ZodString>;
        notify_url: zod.ZodString;
        mchid: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly get_notify_url: EndpointDefinition<"get_notify_url", undefined, zod.ZodObject<{
        mchid: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        notify_url: zod.ZodString;
        mchid: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly associate_trade: EndpointDefinition<"associate_trade", undefined, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        out_trade_no: zod.ZodString;
        out_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        wechatpay_associate_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly disassociate_trade: EndpointDefinition<"disassociate_trade", undefined, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        out_trade_no: zod.ZodString;
        out_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        wechatpay_disassociate_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly return_coupon: EndpointDefinition<"return_coupon", undefined, undefined, zod.ZodObject<{
        coupon_code: zod.ZodString;
        stock_id: zod.ZodString;
        return_request_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        wechatpay_return_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly deactivate_coupon: EndpointDefinition<"deactivate_coupon", undefined, undefined, zod.ZodObject<{
        coupon_code: zod.ZodString;
        stock_id: zod.ZodString;
        deactivate_request_no: zod.ZodString;
        deactivate_reason: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        wechatpay_deactivate_time: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly send_gov_card: EndpointDefinition<"send_gov_card", zod.ZodObject<{
        card_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        appid: zod.ZodString;
        openid: zod.ZodString;
        out_request_no: zod.ZodString;
        send_time: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        card_code: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly subsidy_pay: EndpointDefinition<"subsidy_pay", undefined, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        out_subsidy_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        subsidy_receipt_id: zod.ZodString;
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        status: zod.ZodUnion<readonly [zod.ZodEnum<{
            PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
            PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
            PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
            PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
            PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
            PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
            PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
        }>, zod.ZodEnum<{
            ACCEPTED: "ACCEPTED";
            SUCCESS: "SUCCESS";
            FAIL: "FAIL";
            RETURNING: "RETURNING";
            PARTIAL_RETURN: "PARTIAL_RETURN";
            FULL_RETURN: "FULL_RETURN";
        }>]>;
        fail_reason: zod.ZodOptional<zod.ZodUnion<readonly [zod.ZodEnum<{
            PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
            PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
            PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
            PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
            PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
        }>, zod.ZodEnum<{
            INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
            NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
            EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
            EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
            OTHER: "OTHER";
        }>]>>;
        success_time: zod.ZodOptional<zod.ZodString>;
        out_subsidy_no: zod.ZodString;
        create_time: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly list_subsidy_pay_receipts: EndpointDefinition<"list_subsidy_pay_receipts", undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        out_subsidy_no: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, undefined, zod.ZodObject<{
        pay_receipt_list: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
            subsidy_receipt_id: zod.ZodString;
            stock_id: zod.ZodString;
            coupon_code: zod.ZodString;
            transaction_id: zod.ZodString;
            payer_merchant: zod.ZodString;
            payee_merchant: zod.ZodString;
            amount: zod.ZodInt;
            description: zod.ZodString;
            status: zod.ZodUnion<readonly [zod.ZodEnum<{
                PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
                PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
                PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
                PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
                PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
                PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
                PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
            }>, zod.ZodEnum<{
                ACCEPTED: "ACCEPTED";
                SUCCESS: "SUCCESS";
                FAIL: "FAIL";
                RETURNING: "RETURNING";
                PARTIAL_RETURN: "PARTIAL_RETURN";
                FULL_RETURN: "FULL_RETURN";
            }>]>;
            fail_reason: zod.ZodOptional<zod.ZodUnion<readonly [zod.ZodEnum<{
                PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
                PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
                PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
                PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
                PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
            }>, zod.ZodEnum<{
                INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
                NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
                EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
                EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
                OTHER: "OTHER";
            }>]>>;
            success_time: zod.ZodOptional<zod.ZodString>;
            out_subsidy_no: zod.ZodString;
            create_time: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
    }, zod_v4_core.$loose>>;
    readonly get_subsidy_pay_receipt: EndpointDefinition<"get_subsidy_pay_receipt", zod.ZodObject<{
        subsidy_receipt_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, undefined, zod.ZodObject<{
        subsidy_receipt_id: zod.ZodString;
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        status: zod.ZodUnion<readonly [zod.ZodEnum<{
            PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
            PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
            PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
            PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
            PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
            PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
            PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
        }>, zod.ZodEnum<{
            ACCEPTED: "ACCEPTED";
            SUCCESS: "SUCCESS";
            FAIL: "FAIL";
            RETURNING: "RETURNING";
            PARTIAL_RETURN: "PARTIAL_RETURN";
            FULL_RETURN: "FULL_RETURN";
        }>]>;
        fail_reason: zod.ZodOptional<zod.ZodUnion<readonly [zod.ZodEnum<{
            PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
            PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
            PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
            PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
            PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
        }>, zod.ZodEnum<{
            INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
            NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
            EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
            EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
            OTHER: "OTHER";
        }>]>>;
        success_time: zod.ZodOptional<zod.ZodString>;
        out_subsidy_no: zod.ZodString;
        create_time: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly subsidy_return: EndpointDefinition<"subsidy_return", undefined, undefined, zod.ZodObject<{
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        refund_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        out_subsidy_return_no: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        subsidy_return_receipt_id: zod.ZodOptional<zod.ZodString>;
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        refund_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        status: zod.ZodEnum<{
            RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
            RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
            RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
            RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
        }>;
        fail_reason: zod.ZodOptional<zod.ZodEnum<{
            RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
            RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
        }>>;
        return_done_time: zod.ZodOptional<zod.ZodString>;
        subsidy_receipt_id: zod.ZodString;
        out_subsidy_return_no: zod.ZodString;
        return_create_time: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly get_subsidy_return_receipt: EndpointDefinition<"get_subsidy_return_receipt", zod.ZodObject<{
        subsidy_return_receipt_id: zod.ZodString;
    }, zod_v4_core.$strict>, undefined, undefined, zod.ZodObject<{
        subsidy_return_receipt_id: zod.ZodOptional<zod.ZodString>;
        stock_id: zod.ZodString;
        coupon_code: zod.ZodString;
        transaction_id: zod.ZodString;
        refund_id: zod.ZodString;
        payer_merchant: zod.ZodString;
        payee_merchant: zod.ZodString;
        amount: zod.ZodInt;
        description: zod.ZodString;
        status: zod.ZodEnum<{
            RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
            RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
            RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
            RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
        }>;
        fail_reason: zod.ZodOptional<zod.ZodEnum<{
            RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
            RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
        }>>;
        return_done_time: zod.ZodOptional<zod.ZodString>;
        subsidy_receipt_id: zod.ZodString;
        out_subsidy_return_no: zod.ZodString;
        return_create_time: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly marketing_image_upload: EndpointDefinition<"marketing_image_upload", undefined, undefined, zod.ZodObject<{
        file: zod.ZodCustom<Uint8Array<ArrayBufferLike>, Uint8Array<ArrayBufferLike>>;
        filename: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        media_url: zod.ZodString;
    }, zod_v4_core.$loose>>;
};
type Endpoints = typeof endpoints;
type EndpointId = keyof Endpoints;

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
            coupon: "coupon";
        }>;
        algorithm: z.ZodEnum<{
            AEAD_AES_256_GCM: "AEAD_AES_256_GCM";
        }>;
        associated_data: z.ZodOptional<z.ZodString>;
        nonce: z.ZodString;
        ciphertext: z.ZodString;
    }, z.core.$loose>;
}, z.core.$loose>;
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
/**
 * 领券事件回调通知 (`COUPON.SEND`): WeChat Pay → the merchant's `notify_url`. Not an HTTP endpoint of the SDK (it is
 * received, not called), so it is kept out of `endpoints`.
 */
declare const couponSendNotification: {
    readonly id: "notify_coupon_send";
    readonly title: "领券事件回调通知（商家券事件通知）";
    readonly titleEn: "Coupon-received event notification (COUPON.SEND)";
    readonly eventType: "COUPON.SEND";
    readonly method: "POST";
    readonly contentType: "application/json";
    readonly headers: z.ZodObject<{
        'Request-ID': z.ZodString;
        'Wechatpay-Nonce': z.ZodString;
        'Wechatpay-Serial': z.ZodString;
        'Wechatpay-Signature': z.ZodString;
        'Wechatpay-Signature-Type': z.ZodEnum<{
            "WECHATPAY2-SHA256-RSA2048": "WECHATPAY2-SHA256-RSA2048";
        }>;
        'Wechatpay-Timestamp': z.ZodString;
    }, z.core.$loose>;
    readonly envelope: z.ZodObject<{
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
                coupon: "coupon";
            }>;
            algorithm: z.ZodEnum<{
                AEAD_AES_256_GCM: "AEAD_AES_256_GCM";
            }>;
            associated_data: z.ZodOptional<z.ZodString>;
            nonce: z.ZodString;
            ciphertext: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>;
    readonly resource: z.ZodObject<{
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
    readonly ack: z.ZodObject<{
        code: z.ZodOptional<z.ZodEnum<{
            SUCCESS: "SUCCESS";
            FAIL: "FAIL";
        }>>;
        message: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    /** Handlers must deduplicate on the notification `id`: the same notification can be delivered several times. */
    readonly idempotencyKey: "id";
    readonly docs: {
        readonly description: "用户领取商家券后，微信支付向商户设置的通知地址推送领券事件（需验签并用 APIv3 密钥解密 resource）";
        readonly notes: readonly ["应答 HTTP 200/204 表示接收成功；4XX/5XX 或超时视为失败，按 60s/次 总计 11 次重投（wechatpay.im 注释）", "须验签（Wechatpay-Signature 覆盖 timestamp\\nnonce\\nbody\\n）并检查时间戳偏移；解密失败可能是平台探测流量", "真实样例中还出现过未文档化字段 send_req_no（2020 年第三方测试代码）"];
        readonly links: readonly ["https://pay.weixin.qq.com/doc/v3/merchant/4012285279", "https://pay.weixin.qq.com/doc/v3/partner/4012285839"];
    };
};
/** The decrypted COUPON.SEND resource (领券事件) as the schema outputs it. */
type CouponSendResource = z.output<typeof resource>;
/** The COUPON.SEND envelope as it arrives (resource still encrypted). */
type CouponSendEnvelope = z.output<typeof envelope>;

/** An RFC 3339 date-time string, e.g. `2015-05-20T13:29:35+08:00`. */
declare const rfc3339: z.ZodString;
/**
 * A non-negative integer carried in the query string. Callers pass a number (that is its TypeScript type); a server
 * parsing the URL (the sandbox) gets the text coerced back to a number by the same schema.
 */
declare const queryInt: z.ZodCoercedNumber<number>;
/**
 * What every field's `.meta()` may carry, for the docs tables and for anyone reading the schemas:
 * `description` (中文), `constraints` (the spec's 约束 text, verbatim) and `uncertain` (why the reading is unconfirmed).
 */
interface FieldMeta {
    description?: string;
    constraints?: string;
    uncertain?: string;
}
/** The metadata attached to a schema with `.meta()`, looking through `.optional()` wrappers. */
declare function fieldMeta(schema: z.ZodType): FieldMeta | undefined;

export { type CouponSendEnvelope, type CouponSendResource, type EndpointDefinition, type EndpointError, type EndpointId, type EndpointInput, type EndpointOutput, type Endpoints, type FieldMeta, type HttpMethod, MAX_IMAGE_BYTES, associateTrade, couponSendNotification, createStock, deactivateCoupon, defineEndpoint, deleteCouponCode, disassociateTrade, endpoints, fieldMeta, getCouponCode, getNotifyUrl, getStock, getSubsidyPayReceipt, getSubsidyReturnReceipt, getUserCoupon, listCouponCodes, listSubsidyPayReceipts, listUserCoupons, marketingImageUpload, marketingImageUploadMeta, modifyBudget, modifyStock, presendProductCoupon, queryInt, returnCoupon, rfc3339, sendCoupon, sendGovCard, sendProductCoupon, setNotifyUrl, subsidyPay, subsidyReturn, uploadCouponCodes, useCoupon };
