// Written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.

/** 异常转付处理结果回调(ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS)通知(JSON): the decrypted `resource` of `ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS`. */
export type AbnormalFundProcessingTransferSuccessResource = {
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
  create_time: string
  /** 在途异常资金付款单据更新时间 */
  last_update_time: string
  /** 在途异常资金付款指令信息 */
  instruction: {
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
    success_time: string
    /** 微信支付在途异常资金付款指令执行流水号 */
    instruction_instance_id: string
  }
}

/** H5支付域名修改申请事件(APPLYMENT_STATE.APPROVED)通知(JSON): the decrypted `resource` of `APPLYMENT_STATE.APPROVED`. */
export type ApplymentStateApprovedResource = {
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户经营网址状态 */
  website_state?: 'HAS_LAUNCHED' | 'UN_LAUNCHED' | (string & {})
  /** H5支付域名 */
  domains?: string[]
  /** 子商户H5经营网址 */
  website_url?: string
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[]
  /** 经营网址首页截图 */
  website_homepage_pics?: string[]
  /** 申请单号 */
  applyment_id?: number
  /** 驳回原因 */
  audit_reject_detail?: string
  /** 申请单状态 */
  applyment_state?: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | (string & {})
  /** 商户提供的审核结果回调接口 */
  notify_url?: string
  /** 商户申请单号 */
  out_applyment_id?: string
}

/** 商户交易拦截记录新增(BLOCKRECORD.CHANGE)通知(JSON): the decrypted `resource` of `BLOCKRECORD.CHANGE`. */
export type BlockrecordChangeResource = {
  /** 子商户号 */
  sub_mchid: string
  /** 交易拦截记录ID */
  block_record_id: string
  /** 商户管理记录状态 */
  block_count_level: 'LESS_THAN_TWENTY' | 'LESS_THAN_ONE_HUNDRED' | 'LESS_THAN_ONE_THOUSAND' | 'OVER_ONE_THOUSAND' | (string & {})
}

/** 商户交易拦截记录申诉(BLOCKSUBMISSION.CHANGE)通知(JSON): the decrypted `resource` of `BLOCKSUBMISSION.CHANGE`. */
export type BlocksubmissionChangeResource = {
  /** 子商户号 */
  sub_mchid: string
  /** 交易拦截记录申诉ID */
  appeal_record_id: string
  /** 商户管理记录状态 */
  appeal_result: 'PASS' | 'REJECT' | (string & {})
}

/** 商家名片会员用户积分兑券事件(BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON)通知(JSON): the decrypted `resource` of `BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON`. */
export type BrandMemberCardSpPointExchangeCouponResource = {
  /** 兑券记录ID */
  record_id: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
  /** 积分兑券模板ID */
  exchange_coupon_template_id: string
  /** 消耗积分数 */
  deduct_points: number
  /** 批次ID */
  stock_id: string
}

/** 商家名片会员用户积分同步事件(BRAND_MEMBER_CARD_SP.SYNC_USER_POINT)通知(JSON): the decrypted `resource` of `BRAND_MEMBER_CARD_SP.SYNC_USER_POINT`. */
export type BrandMemberCardSpSyncUserPointResource = {
  /** 品牌ID */
  brand_id: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 会员卡code */
  user_card_code: string
}

/** 用户开通商家名片会员卡事件(BRAND_MEMBER_CARD_SP.USER_CARD.CREATE)通知(JSON): the decrypted `resource` of `BRAND_MEMBER_CARD_SP.USER_CARD.CREATE`. */
export type BrandMemberCardSpUserCardCreateResource = {
  /** 会员卡code */
  user_card_code?: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 (encrypted to your merchant API key) */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'NOT_EFFECTIVE' | 'EFFECTIVE' | 'EXPIRED' | 'UNAVAILABLE' | 'DELETE' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

/** 用户删除商家名片会员卡事件(BRAND_MEMBER_CARD_SP.USER_CARD.DELETE)通知(JSON): the decrypted `resource` of `BRAND_MEMBER_CARD_SP.USER_CARD.DELETE`. */
export type BrandMemberCardSpUserCardDeleteResource = {
  /** 会员卡code */
  user_card_code?: string
  /** 会员卡模板ID */
  card_id: string
  /** 用户标识 */
  openid: string
  /** 卡背景颜色 */
  card_color: string
  /** 卡背景图URL */
  card_picture_url: string
  /** 品牌ID */
  brand_id: string
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE' | (string & {})
  /** 加密的手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 等级 */
  level?: string
  /** 会员卡有效期 */
  valid_date_information: {
    /** 有效期类型 */
    type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT' | (string & {})
    /** 有效期开始时间 */
    available_begin_time?: string
    /** 有效期结束时间 */
    available_end_time?: string
    /** 生效后N天内有效 */
    available_day_after_receive?: number
  }
  /** 领取时间 */
  pickup_time: string
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: {
      /** 平台提供的通用开卡信息字段 */
      name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY' | (string & {})
      /** 加密的用户开卡时填写的个人信息 (encrypted to your merchant API key) */
      value?: string
    }[]
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: {
      /** 字段名称 */
      name?: string
      /** 加密的用户选择的字段值列表 (encrypted to your merchant API key) */
      user_chosen_values?: string[]
    }[]
  }
  /** 商家数据包 */
  attach?: string
  /** 用户会员卡状态 */
  user_card_state: 'NOT_EFFECTIVE' | 'EFFECTIVE' | 'EXPIRED' | 'UNAVAILABLE' | 'DELETE' | (string & {})
  /** 作废原因 */
  invalid_reason?: string
  /** 作废时间 */
  invalid_time?: string
  /** 创建时间 */
  create_time: string
  /** 更新时间 */
  modify_time: string
}

/** 公益捐赠-预算申请关闭回调(BUDGET.CLOSED)通知(JSON): the decrypted `resource` of `BUDGET.CLOSED`. */
export type BudgetClosedResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state: 'CLOSED' | (string & {})
  /** 撤销说明 */
  unlock_remark?: string
  /** 关闭时间 */
  closed_time?: string
}

/** 公益捐赠-预算申请完结回调(BUDGET.FINISHED)通知(JSON): the decrypted `resource` of `BUDGET.FINISHED`. */
export type BudgetFinishedResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state: 'FINISHED' | (string & {})
  /** 撤销说明 */
  unlock_remark?: string
  /** 完成时间 */
  finished_time?: string
}

/** 公益捐赠-预算申请锁定成功回调(BUDGET.LOCKED)通知(JSON): the decrypted `resource` of `BUDGET.LOCKED`. */
export type BudgetLockedResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 商户预算单号 */
  out_budget_no: string
  /** 微信支付预算单号 */
  budget_id: string
  /** 预算总金额 */
  amount: number
  /** 出资商户号 */
  sponsor_mchid: string
  /** 活动名称 */
  activity_name: string
  /** 活动说明 */
  activity_remark: string
  /** 预算单状态 */
  state: 'LOCKED' | (string & {})
  /** 资金锁定时间 */
  locked_time?: string
}

/** 产生新投诉(COMPLAINT.CREATE)通知(JSON): the decrypted `resource` of `COMPLAINT.CREATE`. */
export type ComplaintCreateResource = {
  /** 投诉单对应的投诉单号 */
  complaint_id: string
  /** 触发本次投诉通知回调的具体动作类型 */
  action_type: 'CREATE_COMPLAINT' | 'CONTINUE_COMPLAINT' | 'USER_RESPONSE' | 'RESPONSE_BY_PLATFORM' | 'SELLER_REFUND' | 'MERCHANT_RESPONSE' | 'MERCHANT_CONFIRM_COMPLETE' | 'USER_APPLY_PLATFORM_SERVICE' | 'USER_CANCEL_PLATFORM_SERVICE' | 'PLATFORM_SERVICE_FINISHED' | 'MERCHANT_APPROVE_REFUND' | 'MERCHANT_REJECT_REFUND' | 'REFUND_SUCCESS' | (string & {})
}

/** 投诉状态变化(COMPLAINT.STATE_CHANGE)通知(JSON): the decrypted `resource` of `COMPLAINT.STATE_CHANGE`. */
export type ComplaintStateChangeResource = {
  /** 投诉单对应的投诉单号 */
  complaint_id: string
  /** 触发本次投诉通知回调的具体动作类型 */
  action_type: 'CREATE_COMPLAINT' | 'CONTINUE_COMPLAINT' | 'USER_RESPONSE' | 'RESPONSE_BY_PLATFORM' | 'SELLER_REFUND' | 'MERCHANT_RESPONSE' | 'MERCHANT_CONFIRM_COMPLETE' | 'USER_APPLY_PLATFORM_SERVICE' | 'USER_CANCEL_PLATFORM_SERVICE' | 'PLATFORM_SERVICE_FINISHED' | 'MERCHANT_APPROVE_REFUND' | 'MERCHANT_REJECT_REFUND' | 'REFUND_SUCCESS' | (string & {})
}

/** 领券事件回调(COUPON.SEND)通知(JSON): the decrypted `resource` of `COUPON.SEND`. */
export type CouponSendResource = {
  /** 业务细分事件类型 */
  event_type?: 'EVENT_TYPE_BUSICOUPON_SEND'
  /** 券code */
  coupon_code: string
  /** 批次号 */
  stock_id: string
  /** 发放时间 */
  send_time: string
  /** 用户在 notify_appid 下的 openid（未配置 notify_appid 时为空） */
  openid?: string
  /** 用户 unionid */
  unionid?: string
  /** 发放渠道 */
  send_channel: 'BUSICOUPON_SEND_CHANNEL_MINIAPP' | 'BUSICOUPON_SEND_CHANNEL_API' | 'BUSICOUPON_SEND_CHANNEL_PAYGIFT' | 'BUSICOUPON_SEND_CHANNEL_H5' | 'BUSICOUPON_SEND_CHANNEL_FTOF' | 'BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT' | 'BUSICOUPON_SEND_CHANNEL_HALL' | 'BUSICOUPON_SEND_CHANNEL_JSAPI' | 'JSAPI' | 'BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE' | 'BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH' | 'BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT' | 'BUSICOUPON_SEND_CHANNEL_WECHAT_AD' | 'BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM' | 'BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT' | 'BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT' | 'BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL' | 'BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM' | (string & {})
  /** 发券商户号 */
  send_merchant: string
  /** 摇一摇活动ID */
  act_id?: string
  /** 发券附加信息（仅支付有礼、扫码领券（营销馆）、会员有礼渠道） */
  attach_info?: {
    /** 支付有礼：曝光支付订单号 */
    transaction_id?: string
    /** 营销馆领券活动ID（不与支付有礼活动编码同时出现） */
    act_code?: string
    /** 营销馆ID */
    hall_code?: string
    /** 营销馆所属商户号（数字） */
    hall_belong_mch_id?: number
    /** 会员卡活动：会员卡 card_id */
    card_id?: string
    /** 会员卡活动：用户卡包会员卡 code */
    code?: string
    /** 会员卡活动：会员有礼活动ID */
    activity_id?: string
    /** 领券手机号（接入摇一摇有优惠核销组件时） */
    phone_number?: string
    /** 领券手机区号（同上） */
    country_code?: string
  }
}

/** 核销事件回调(COUPON.USE)通知(JSON): the decrypted `resource` of `COUPON.USE`. */
export type CouponUseResource = {
  /** 批次创建方商户号 */
  stock_creator_mchid: string
  /** 微信为每个代金券批次分配的唯一ID */
  stock_id: string
  /** 微信为代金券或消费金唯一分配的id */
  coupon_id: string
  /** 单品优惠特定信息 */
  singleitem_discount_off?: {
    /** 单品最高优惠价格，单位：分 */
    single_price_max?: number
  }
  /** 减至优惠限定字段，仅减至优惠场景有返回 */
  discount_to?: {
    /** 减至后优惠单价，单位：分 */
    cut_to_price?: number
    /** 可享受优惠的最高价格，单位：分 */
    max_price?: number
  }
  /** 券或消费金名称 */
  coupon_name: string
  /** 券或消费金状态： */
  status: 'SENDED' | 'USED' | 'EXPIRED' | (string & {})
  /** 券或消费金描述说明字段 */
  description: string
  /** 领券时间 */
  create_time: string
  /** 券或消费金类型： */
  coupon_type: 'NORMAL' | 'CUT_TO' | (string & {})
  /** 是否无资金流 */
  no_cash: boolean
  /** 可用开始时间 */
  available_begin_time: string
  /** 可用结束时间 */
  available_end_time: string
  /** 是否单品优惠 */
  singleitem: boolean
  /** 普通满减券或消费金面额、门槛信息 */
  normal_coupon_information?: {
    /** 面额，单位：分 */
    coupon_amount: number
    /** 使用券或消费金金额门槛，单位：分 */
    transaction_minimum: number
  }
  /** 已实扣代金券或消费金信息 */
  consume_information?: {
    /** 代金券核销时间 */
    consume_time: string
    /** 核销代金券的商户号 */
    consume_mchid: string
    /** 微信支付系统生成的订单号 */
    transaction_id: string
    /** 核销金额 */
    consume_amount: number
    /** 商户下单接口传的单品信息 */
    goods_detail?: {
      /** 单品券创建时录入的单品编码 */
      goods_id: string
      /** 单品数据 */
      quantity: number
      /** 单品单价 */
      price: number
      /** 优惠金额 */
      discount_amount: number
    }[]
  }
  /** 细分业务类型 */
  business_type?: 'MULTIUSE' | (string & {})
}

/** 自动还款扣费还款成功(CREDIT_REPAYMENT.DEDUCTION_PAY)通知(JSON): the decrypted `resource` of `CREDIT_REPAYMENT.DEDUCTION_PAY`. */
export type CreditRepaymentDeductionPayResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid: string
  /** 用户标识 */
  openid: string
  /** 还款单状态 */
  order_state: 'DEDUCT_ORDER_STATE_PAY_SUCCESS' | (string & {})
  /** 商户侧交易单号 */
  out_trade_no: string
  /** 商户侧预约还款单号 */
  out_record_id: string
  /** 还款协议ID */
  contract_id: string
  /** 还款金额 */
  deduct_amount: string
  /** 实际还款金额 */
  pay_success_amount?: string
  /** 产品描述 */
  description: string
  /** 商户数据包 */
  attach?: string
  /** 微信支付的支付单号 */
  transaction_id?: string
}

/** 自动还款协议签约成功(CREDIT_REPAYMENT.SIGN_CONTRACT)通知(JSON): the decrypted `resource` of `CREDIT_REPAYMENT.SIGN_CONTRACT`. */
export type CreditRepaymentSignContractResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 模板ID */
  contract_id: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 用户展示名称 */
  display_name: string
  /** 委托代扣协议状态 */
  contract_state: 'CONTRACT_STATE_INVALID' | 'CONTRACT_STATE_EFFECTIVE' | 'CONTRACT_STATE_TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议解约时间 */
  contract_terminated_time?: string
  /** 协议解约方式 */
  contract_terminated_mode: 'TERMINATION_MODE_INVALID' | 'TERMINATION_MODE_BY_USER' | 'TERMINATION_MODE_BY_MERCHANT' | 'TERMINATION_MODE_BY_CUSTOMER_SERVICE' | (string & {})
  /** 解约原因的备注说明 */
  contract_termination_remark?: string
  /** 还款日 */
  repayment_day?: number
  /** 还款金额上限 */
  repayment_amount_limit: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
}

/** 自动还款协议解约成功(CREDIT_REPAYMENT.TERMINATE_CONTRACT)通知(JSON): the decrypted `resource` of `CREDIT_REPAYMENT.TERMINATE_CONTRACT`. */
export type CreditRepaymentTerminateContractResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 模板ID */
  contract_id: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 用户展示名称 */
  display_name: string
  /** 委托代扣协议状态 */
  contract_state: 'CONTRACT_STATE_INVALID' | 'CONTRACT_STATE_EFFECTIVE' | 'CONTRACT_STATE_TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议解约时间 */
  contract_terminated_time?: string
  /** 协议解约方式 */
  contract_terminated_mode: 'TERMINATION_MODE_INVALID' | 'TERMINATION_MODE_BY_USER' | 'TERMINATION_MODE_BY_MERCHANT' | 'TERMINATION_MODE_BY_CUSTOMER_SERVICE' | (string & {})
  /** 解约原因的备注说明 */
  contract_termination_remark?: string
  /** 还款日 */
  repayment_day?: number
  /** 还款金额上限 */
  repayment_amount_limit: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
}

/** 外包内用-查询收款二维码信息(CROSS_BORDER_PAY.GET_MCH_INFO)回调(JSON): the decrypted `resource` of `CROSS_BORDER_PAY.GET_MCH_INFO`. */
export type CrossBorderPayGetMchInfoResource = {
  /** 受理网络交易流水号 */
  acq_tid: string
  /** 钱包编码 */
  bank_type: string
  /** 收款码，传递钱包网络扫码解析的url */
  qr_cd_mp: string
}

/** 外包内用-推送订单信息(CROSS_BORDER_PAY.PUSH_ORDER_INFO)回调(JSON): the decrypted `resource` of `CROSS_BORDER_PAY.PUSH_ORDER_INFO`. */
export type CrossBorderPayPushOrderInfoResource = {
  /** 受理网络交易流水号 */
  acq_tid: string
  /** 钱包编码 */
  bank_type: string
  /** 订单金额信息 */
  amount: {
    /** 用户输入金额，单位为分 */
    total: number
    /** 货币类型，固定传CNY */
    currency?: string
  }
  /** 用户标识 */
  openid: string
}

/** 投放计划状态变更(DELIVERY_PLAN.CHANGE)通知(JSON): the decrypted `resource` of `DELIVERY_PLAN.CHANGE`. */
export type DeliveryPlanChangeResource = {
  /** 投放计划ID */
  plan_id?: string
  /** 投放计划变更前状态 */
  plan_state: 'CREATED' | 'DELIVERING' | 'PLAN_TERMINATED' | 'PAUSED' | 'TERMINATED' | 'EXPIRED' | (string & {})
  /** 投放计划当前审核状态 */
  audit_state: 'PROCESSING' | 'PASSED' | 'REJECTED' | (string & {})
  /** 变更原因 */
  change_reason: string
  /** 修改时间 */
  modify_time: string
}

/** 守约状态变化(DISCOUNT_CARD.AGREEMENT_ENDED)通知(JSON): the decrypted `resource` of `DISCOUNT_CARD.AGREEMENT_ENDED`. */
export type DiscountCardAgreementEndedResource = {
  /** 公众账号ID */
  appid?: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 先享卡ID */
  card_id?: string
  card_template_id?: string
  create_time?: string
  mchid?: string
  objectives?: {
    objective_id?: string
  }[]
  out_card_code?: string
  rewards?: {
    reward_id?: string
  }[]
  state?: string
  time_range?: {
    begin_time?: string
    end_time?: string
  }
  total_amount?: string
  unfinished_reason?: string
}

/** 微信先享卡用户领卡(DISCOUNT_CARD.GET_CARD)通知(JSON): the decrypted `resource` of `DISCOUNT_CARD.GET_CARD`. */
export type DiscountCardGetCardResource = {
  /** 公众账号ID */
  appid?: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 先享卡ID */
  card_id?: string
  card_template_id?: string
  create_time?: string
  mchid?: string
  objectives?: {
    objective_id?: string
  }[]
  out_card_code?: string
  rewards?: {
    reward_id?: string
  }[]
  state?: string
  time_range?: {
    begin_time?: string
    end_time?: string
  }
  total_amount?: string
  unfinished_reason?: string
}

/** 微信先享卡用户结算(DISCOUNT_CARD.SETTLEMENT)通知(JSON): the decrypted `resource` of `DISCOUNT_CARD.SETTLEMENT`. */
export type DiscountCardSettlementResource = {
  /** 公众账号ID */
  appid?: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 先享卡ID */
  card_id?: string
  card_template_id?: string
  create_time?: string
  mchid?: string
  objectives?: {
    objective_id?: string
  }[]
  out_card_code?: string
  rewards?: {
    reward_id?: string
  }[]
  state?: string
  time_range?: {
    begin_time?: string
    end_time?: string
  }
  total_amount?: string
  unfinished_reason?: string
}

/** 微信先享卡用户领卡(DISCOUNT_CARD.USER_ACCEPTED)通知(JSON): the decrypted `resource` of `DISCOUNT_CARD.USER_ACCEPTED`. */
export type DiscountCardUserAcceptedResource = {
  /** 公众账号ID */
  appid?: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 先享卡ID */
  card_id?: string
  card_template_id?: string
  create_time?: string
  mchid?: string
  objectives?: {
    objective_id?: string
  }[]
  out_card_code?: string
  rewards?: {
    reward_id?: string
  }[]
  state?: string
  time_range?: {
    begin_time?: string
    end_time?: string
  }
  total_amount?: string
  unfinished_reason?: string
}

/** 扣费状态变化(DISCOUNT_CARD.USER_PAID)通知(JSON): the decrypted `resource` of `DISCOUNT_CARD.USER_PAID`. */
export type DiscountCardUserPaidResource = {
  /** 公众账号ID */
  appid?: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 先享卡ID */
  card_id?: string
  card_template_id?: string
  out_card_code?: string
  mchid?: string
  state?: string
  unfinished_reason?: string
  total_amount?: string
  pay_information?: {
    transaction_id?: string
    pay_state?: string
    pay_amount?: string
    pay_time?: string
  }
}

/** 收付通合单代扣签约成功(ECOMMERCE_ENTRUST.SIGN)通知(JSON): the decrypted `resource` of `ECOMMERCE_ENTRUST.SIGN`. */
export type EcommerceEntrustSignResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 操作时间 */
  operate_time: string
  /** 附加数据 */
  attach?: string
}

/** 收付通合单代扣解约成功(ECOMMERCE_ENTRUST.TERMINATE)通知(JSON): the decrypted `resource` of `ECOMMERCE_ENTRUST.TERMINATE`. */
export type EcommerceEntrustTerminateResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议解约方式 */
  contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
  /** 操作时间 */
  operate_time: string
  /** 附加数据 */
  attach?: string
}

/** 校园轻松付用户欠款状态变化(EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE)通知(JSON): the decrypted `resource` of `EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE`. */
export type EduSchoolPayUserDebtStateUpdateResource = {
  /** 微信公众平台为服务商商户分配的公众账号ID */
  appid: string
  /** 使用字段AppID生成的用户唯一标识 */
  openid: string
  /** 根据校园轻松付风控规则 */
  state: 'NORMAL' | 'FORBIDDEN' | (string & {})
  /** 用户在校园轻松付中尚未归还的欠款笔数 */
  debt_count: number
  /** 遵循rfc3339标准格式 */
  update_time: string
}

/** 教育续费通用户解约成功(ENTRUST.RELEASE)通知(JSON): the decrypted `resource` of `ENTRUST.RELEASE`. */
export type EntrustReleaseResource = {
  /** 微信公众平台为商户的应用分配的ID */
  appid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 附加数据 */
  attach?: string
  /** 银行类型，采用字符串类型的银行标识 */
  bank_type?: string
  /** 支付成功时返回 */
  success_time?: string
  /** 枚举值： */
  trade_state: 'SUCCESS' | 'REFUND' | 'ACCEPTED' | 'PAY_FAIL' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_description?: string
  /** 支付者 */
  payer?: {
    /** 用户在服务商AppID下的唯一标识 */
    openid?: string
    /** 用户在子商户AppID下的唯一标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount?: {
    /** 订单总金额，单位为分，只能为整数 */
    total: number
    /** 用户实际支付金额，单位为分，只能为整数 */
    payer_total?: number
    /** 订单折扣 */
    discount_total?: number
    /** 符合ISO 4217标准的三位字母代码 */
    currency?: string
  }
  /** 设备信息 */
  device_information?: {
    /** 商户设备号 */
    device_id?: string
    /** 商户端设备IP */
    payer_total: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 枚举值： */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 枚举值： */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 活动ID，批次ID */
    stock_id?: string
    /** 特指由微信支付商户平台创建的优惠 */
    wechatpay_contribute?: number
    /** 特指商户自己创建的优惠 */
    merchant_contribute?: number
    /** 其他出资方出资金额，单位为分 */
    other_contribute?: number
  }[]
  /** 微信支付分配的商户号 */
  sp_mchid?: string
  /** 微信支付分配的商户号 */
  sub_mchid?: string
  /** 微信公众平台为商户的应用分配的ID */
  sub_appid?: string
  /** 用户在服务商AppID下的唯一标识 */
  openid?: string
  /** 用户在子商户AppID下的唯一标识 */
  sub_openid?: string
  /** 签约模板号，签约模板唯一标识 */
  plan_id?: string
  /** 签约信息 */
  contract_information?: {
    /** 标识用户与某签约模板的一次签约 */
    contract_id?: string
    /** 枚举值： */
    contract_status: 'ADD' | 'DELETE' | (string & {})
    /** 签约完成时间 */
    create_time?: string
  }
}

/** 委托代扣签约成功(ENTRUST.SIGN)通知(JSON): the decrypted `resource` of `ENTRUST.SIGN`. */
export type EntrustSignResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 签约用户的名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'API' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约原因的备注说明 */
    contract_termination_remark?: string
  }
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预约扣费场景下有效 */
    estimated_deduct_date: string
    /** 预约扣费场景下有效 */
    estimated_deduct_amount: {
      /** 总金额，单位为分，只能为整数 */
      amount: number
      /** 枚举类型 */
      currency: string
    }
    /** 扣费预约状态 */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 总金额，单位为分，只能为整数 */
      amount?: number
      /** 枚举类型 */
      currency?: string
    }
    /** 实际扣费金额，当状态为已扣费时有返回 */
    deduct_amount?: {
      /** 总金额，单位为分，只能为整数 */
      amount: number
      /** 枚举类型 */
      currency: string
    }
    /** 实际扣费的日期 */
    deduct_date: string
  }
  /** 普通服务商商户号，微信支付分配的商户号 */
  sp_mchid?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  sp_appid?: string
  /** 子商户号，微信支付分配的商户号 */
  sub_mchid?: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 商户AppID下的用户唯一标识 */
  sp_openid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
}

/** 教育续费通用户签约成功(ENTRUST.SIGNING)通知(JSON): the decrypted `resource` of `ENTRUST.SIGNING`. */
export type EntrustSigningResource = {
  /** 微信公众平台为商户的应用分配的ID */
  appid: string
  /** 用户在服务商AppID下的唯一标识 */
  openid?: string
  /** 签约模板号，签约模板唯一标识 */
  plan_id?: string
  /** 签约信息 */
  contract_information?: {
    /** 标识用户与某签约模板的一次签约 */
    contract_id?: string
    /** 枚举值： */
    contract_status?: 'ADD' | 'DELETE' | (string & {})
    /** 签约完成时间 */
    create_time?: string
  }
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 附加数据 */
  attach?: string
  /** 银行类型，采用字符串类型的银行标识 */
  bank_type?: string
  /** 支付成功时返回 */
  success_time?: string
  /** 枚举值： */
  trade_state: 'SUCCESS' | 'REFUND' | 'ACCEPTED' | 'PAY_FAIL' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_description?: string
  /** 支付者 */
  payer?: {
    /** 用户在服务商AppID下的唯一标识 */
    openid?: string
    /** 用户在子商户AppID下的唯一标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount?: {
    /** 订单总金额，单位为分，只能为整数 */
    total: number
    /** 用户实际支付金额，单位为分，只能为整数 */
    payer_total?: number
    /** 订单折扣 */
    discount_total?: number
    /** 符合ISO 4217标准的三位字母代码 */
    currency?: string
  }
  /** 设备信息 */
  device_information: {
    /** 商户设备号 */
    device_id?: string
    /** 商户端设备IP */
    payer_total: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 枚举值： */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 枚举值： */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 活动ID，批次ID */
    stock_id?: string
    /** 特指由微信支付商户平台创建的优惠 */
    wechatpay_contribute?: number
    /** 特指商户自己创建的优惠 */
    merchant_contribute?: number
    /** 其他出资方出资金额，单位为分 */
    other_contribute?: number
  }[]
  /** 微信支付分配的商户号 */
  sp_mchid: string
  /** 微信支付分配的商户号 */
  sub_mchid?: string
  /** 微信公众平台为商户的应用分配的ID */
  sub_appid?: string
  /** 用户在子商户AppID下的唯一标识 */
  sub_openid?: string
}

/** 委托代扣解约成功(ENTRUST.TERMINATE)通知(JSON): the decrypted `resource` of `ENTRUST.TERMINATE`. */
export type EntrustTerminateResource = {
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id: string
  /** 普通服务商商户号，微信支付分配的商户号 */
  sp_mchid?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  sp_appid?: string
  /** 子商户号，微信支付分配的商户号 */
  sub_mchid?: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 签约用户的名称 */
  contract_display_account: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 商户AppID下的用户唯一标识 */
  sp_openid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
  /** 协议解约信息 */
  contract_terminate_info: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'API' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time?: string
    /** 解约原因的备注说明 */
    contract_termination_remark?: string
  }
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: {
    /** 预约扣费场景下有效 */
    estimated_deduct_date: string
    /** 预约扣费场景下有效 */
    estimated_deduct_amount: {
      /** 总金额，单位为分，只能为整数 */
      amount: number
      /** 枚举类型 */
      currency: string
    }
    /** 扣费预约状态 */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** 已预约的扣费金额信息 */
    scheduled_amount?: {
      /** 总金额，单位为分，只能为整数 */
      amount: number
      /** 枚举类型 */
      currency: string
    }
    /** 实际扣费金额，当状态为已扣费时有返回 */
    deduct_amount?: {
      /** 总金额，单位为分，只能为整数 */
      amount: number
      /** 枚举类型 */
      currency: string
    }
    /** 实际扣费的日期 */
    deduct_date: string
  }
}

/** 代扣解约问询(ENTRUST.TERMINATE_INQUIRY)通知(JSON): the decrypted `resource` of `ENTRUST.TERMINATE_INQUIRY`. */
export type EntrustTerminateInquiryResource = {
  /** 返回状态码 */
  code: string
  /** 返回信息 */
  messsage: string
  /** 商户号，微信支付分配的商户号 */
  mchid: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 商户AppID下的用户唯一标识 */
  openid?: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 商户侧用户标识 */
  out_user_code: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id?: string
  /** 签约用户的名称 */
  contract_display_account?: string
  /** 委托代扣协议状态 */
  contract_state?: 'SIGNED' | 'TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time?: string
}

/** 代扣解约挽留业务-获取解约挽留信息(ENTRUST.TERMINATE_RETENTION)通知(JSON): the decrypted `resource` of `ENTRUST.TERMINATE_RETENTION`. */
export type EntrustTerminateRetentionResource = {
  /** 普通服务商商户号，微信支付分配的商户号 */
  mchid?: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid?: string
  /** 委托代扣协议模板ID */
  plan_id?: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code?: string
  /** 商户AppID下的用户唯一标识 */
  openid?: string
}

/** 用户签约状态变更(FACEPAY.USER_STATE_CHANGE)通知(JSON): the decrypted `resource` of `FACEPAY.USER_STATE_CHANGE`. */
export type FacepayUserStateChangeResource = {
  /** 微信刷脸用户ID */
  user_id: string
  /** 商户刷脸用户ID */
  out_user_id: string
  /** 机构编号 */
  organization_id: string
  /** 商户号 */
  mch_id: string
  /** 通知创建时间 */
  notify_create_time: string
  /** 微信APPID */
  appid: string
  /** 微信用户openid */
  openid: string
  /** 签约ID */
  contract_id: string
}

/** 发票卡券作废(FAPIAO.CARD_DISCARDED)通知(JSON): the decrypted `resource` of `FAPIAO.CARD_DISCARDED`. */
export type FapiaoCardDiscardedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信支付分配的子商户号，服务商模式下存在 */
  sub_mchid?: string
  /** 冲红时指定的发票申请单号 */
  fapiao_apply_id: string
  /** 发票申请单下关联的所有发票信息 */
  fapiao_information: {
    /** 商户发票单号，唯一标识一张发票 */
    fapiao_id: string
    /** 发票状态 */
    fapiao_status: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | (string & {})
    /** 发票状态 */
    card_status: 'INSERT_ACCEPTED' | 'INSERTED' | 'DISCARD_ACCEPTED' | 'DISCARDED' | (string & {})
  }[]
}

/** 发票插入用户卡包成功(FAPIAO.CARD_INSERTED)通知(JSON): the decrypted `resource` of `FAPIAO.CARD_INSERTED`. */
export type FapiaoCardInsertedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信支付分配的子商户号，服务商模式下存在 */
  sub_mchid?: string
  /** 开票时指定的发票申请单号 */
  fapiao_apply_id: string
  /** 发票申请单下关联的所有发票信息 */
  fapiao_information: {
    /** 商户发票单号，唯一标识一张发票 */
    fapiao_id: string
    /** 发票状态 */
    fapiao_status: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | (string & {})
    /** 发票状态 */
    card_status: 'INSERT_ACCEPTED' | 'INSERTED' | 'DISCARD_ACCEPTED' | 'DISCARDED' | (string & {})
  }[]
}

/** 发票开具成功(FAPIAO.ISSUED)通知(JSON): the decrypted `resource` of `FAPIAO.ISSUED`. */
export type FapiaoIssuedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信支付分配的子商户号，服务商模式下存在 */
  sub_mchid?: string
  /** 开票时指定的发票申请单号 */
  fapiao_apply_id: string
  /** 发票申请单下关联的所有发票信息 */
  fapiao_information: {
    /** 商户发票单号，唯一标识一张发票 */
    fapiao_id: string
    /** 发票状态 */
    fapiao_status: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | (string & {})
    /** 发票状态 */
    card_status: 'INSERT_ACCEPTED' | 'INSERTED' | 'DISCARD_ACCEPTED' | 'DISCARDED' | (string & {})
  }[]
}

/** 发票冲红成功(FAPIAO.REVERSED)通知(JSON): the decrypted `resource` of `FAPIAO.REVERSED`. */
export type FapiaoReversedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信支付分配的子商户号，服务商模式下存在 */
  sub_mchid?: string
  /** 开票时指定的发票申请单号 */
  fapiao_apply_id: string
  /** 发票申请单下关联的所有发票信息 */
  fapiao_information: {
    /** 商户发票单号，唯一标识一张发票 */
    fapiao_id: string
    /** 发票状态 */
    fapiao_status: 'ISSUE_ACCEPTED' | 'ISSUED' | 'REVERSE_ACCEPTED' | 'REVERSED' | (string & {})
    /** 发票状态 */
    card_status: 'INSERT_ACCEPTED' | 'INSERTED' | 'DISCARD_ACCEPTED' | 'DISCARDED' | (string & {})
  }[]
}

/** 用户发票抬头填写完成(FAPIAO.USER_APPLIED)通知(JSON): the decrypted `resource` of `FAPIAO.USER_APPLIED`. */
export type FapiaoUserAppliedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信支付分配的子商户号，服务商模式下存在 */
  sub_mchid?: string
  /** 发票申请单号，唯一标识一次开票行为 */
  fapiao_apply_id: string
  /** 用户完成发票抬头填写的时间 */
  apply_time: string
}

/** 隔夜归还保险订单状态变化(HIRE_POWER_BANK.RECEIVE_INSURANCE)通知(JSON): the decrypted `resource` of `HIRE_POWER_BANK.RECEIVE_INSURANCE`. */
export type HirePowerBankReceiveInsuranceResource = {
  /** 保险订单ID */
  order_id: string
  /** 商户保险订单号 */
  out_order_no: string
  /** 用户标识 */
  openid: string
  /** 最大理赔次数 */
  max_claim_count: number
  /** 已理赔次数 */
  claimed_count: number
  /** 保险订单领取时间 */
  order_receive_time: string
  /** 保险订单领取状态 */
  order_receive_state: string
  /** 保险订单开始时间 */
  order_begin_time?: string
  /** 保险订单结束时间 */
  order_end_time?: string
}

/** 保险商户委托代续期完成(INSURANCE_ENTRUST.RENEW)通知(JSON): the decrypted `resource` of `INSURANCE_ENTRUST.RENEW`. */
export type InsuranceEntrustRenewResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 签约用户的名称 */
  insured_display_name: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'API' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约原因的备注说明 */
    contract_termination_remark?: string
  }
}

/** 保险商户委托代扣签约成功(INSURANCE_ENTRUST.SIGN)通知(JSON): the decrypted `resource` of `INSURANCE_ENTRUST.SIGN`. */
export type InsuranceEntrustSignResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 签约用户的名称 */
  insured_display_name: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'API' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约原因的备注说明 */
    contract_termination_remark?: string
  }
}

/** 保险商户委托代扣解约完成(INSURANCE_ENTRUST.TERMINATE)通知(JSON): the decrypted `resource` of `INSURANCE_ENTRUST.TERMINATE`. */
export type InsuranceEntrustTerminateResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid: string
  /** 委托代扣协议模板ID */
  plan_id: number
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code: string
  /** 签约用户的名称 */
  insured_display_name: string
  /** 委托代扣协议状态 */
  contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time: string
  /** 协议到期时间 */
  contract_expired_time: string
  /** 商户AppID下的用户唯一标识 */
  openid: string
  /** 协议解约信息 */
  contract_terminate_info: {
    /** 协议解约方式 */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'API' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | (string & {})
    /** 协议解约时间 */
    contract_terminated_time: string
    /** 解约原因的备注说明 */
    contract_termination_remark?: string
  }
}

/** 微信保单服务用户授权成功(INSURANCE_POLICY_MANAGEMENT.GRANTED)通知(JSON): the decrypted `resource` of `INSURANCE_POLICY_MANAGEMENT.GRANTED`. */
export type InsurancePolicyManagementGrantedResource = {
  /** 商户保险编码 */
  out_insurance_no: string
  /** 保险名称 */
  insurance_name: string
  /** 授权状态 */
  auth_state: 'AUTH_STATE_INIT' | 'AUTH_STATE_PENDING' | 'AUTH_STATE_GRANTED' | 'AUTH_STATE_DENIED' | 'AUTH_STATE_INEFFECTIE' | (string & {})
  /** 用户授权时间 */
  user_auth_time: string
}

/** 商圈会员积分服务授权结果(MALL_AUTH.ACTIVATE_CARD)通知(JSON): the decrypted `resource` of `MALL_AUTH.ACTIVATE_CARD`. */
export type MallAuthActivateCardResource = {
  /** 顾客授权时使用的小程序上的OpenID */
  openid: string
  /** 用户在商圈会员卡card_id下的唯一标志 */
  code: string
  /** 用户开会员卡时的商圈商户号 */
  mchid: string
  /** 用户授权类型 */
  auth_type: 'REGISTERED_MODE' | 'REGISTERED_AND_AUTHORIZATION_MODE' | (string & {})
}

/** 商圈会员场内退款(MALL_REFUND.SUCCESS)通知(JSON): the decrypted `resource` of `MALL_REFUND.SUCCESS`. */
export type MallRefundSuccessResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 商圈商户名称 */
  merchant_name: string
  /** 门店名称 */
  shop_name: string
  /** 门店编号 */
  shop_number: string
  /** 顾客授权积分时使用的小程序的AppID */
  appid: string
  /** 顾客授权时使用的小程序上的OpenID */
  openid: string
  /** 交易完成时间 */
  refund_time: string
  /** 用户实际消费金额，单位（分） */
  pay_amount: number
  /** 用户退款金额，单位（分） */
  refund_amount: number
  /** 微信支付订单号 */
  transaction_id: string
  /** 微信支付退款单号 */
  refund_id: string
}

/** 商圈会员场内支付结果(MALL_TRANSACTION.SUCCESS)通知(JSON): the decrypted `resource` of `MALL_TRANSACTION.SUCCESS`. */
export type MallTransactionSuccessResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 商圈商户名称 */
  merchant_name: string
  /** 门店名称 */
  shop_name: string
  /** 门店编号 */
  shop_number: string
  /** 顾客授权积分时使用的小程序的AppID */
  appid: string
  /** 顾客授权时使用的小程序上的OpenID */
  openid: string
  /** 交易完成时间 */
  time_end: string
  /** 用户实际消费金额，单位（分） */
  amount: number
  /** 微信支付订单号 */
  transaction_id: string
  /** 手动提交积分标记 */
  commit_tag?: string
}

/** 商户管理记录(MANAGERECORD.CHANGE)通知(JSON): the decrypted `resource` of `MANAGERECORD.CHANGE`. */
export type ManagerecordChangeResource = {
  /** 子商户号 */
  sub_mchid: string
  /** 商户管理记录ID */
  manage_record_id: string
  /** 商户管理记录状态 */
  manage_record_state: 'PENDING' | 'SUBMITTED' | 'EXPIRED' | 'UNDER_REVIEW' | 'RECOVERED' | 'REJECTED' | (string & {})
}

/** 用户关闭自动收款授权(MCHTRANSFER.AUTHORIZATION.CLOSED)通知(用户确认模式)(JSON): the decrypted `resource` of `MCHTRANSFER.AUTHORIZATION.CLOSED`. */
export type MchtransferAuthorizationClosedResource = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id: string
  /** 单据状态 */
  state: 'TAKING_EFFECT' | 'CLOSED' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | 'USER_CLOSE' | (string & {})
  }
}

/** 用户确认自动收款授权(MCHTRANSFER.AUTHORIZATION.CONFIRMED)通知(用户确认模式)(JSON): the decrypted `resource` of `MCHTRANSFER.AUTHORIZATION.CONFIRMED`. */
export type MchtransferAuthorizationConfirmedResource = {
  /** 商户侧授权单号 */
  out_authorization_no: string
  /** 商户AppID */
  appid: string
  /** 收款用户OpenID */
  openid: string
  /** 用户展示名称 */
  user_display_name: string
  /** 微信自动收款授权单号 */
  authorization_id: string
  /** 单据状态 */
  state: 'TAKING_EFFECT' | 'CLOSED' | (string & {})
  /** 用户确认授权的时间 */
  authorize_time: string
  /** 自动收款授权的关闭信息 */
  close_info?: {
    /** 关闭时间 */
    close_time: string
    /** 自动收款授权的原因 */
    close_reason: 'CLOSE_VIA_MCH_API' | 'USER_CLOSE' | (string & {})
  }
}

/** 商家转账批次关闭回调(MCHTRANSFER.BATCH.CLOSED)通知(JSON): the decrypted `resource` of `MCHTRANSFER.BATCH.CLOSED`. */
export type MchtransferBatchClosedResource = {
  /** 商户号 */
  mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信批次单号 */
  batch_id: string
  /** 批次状态 */
  batch_status: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 批次总笔数 */
  total_num: number
  /** 批次总金额 */
  total_amount: number
  /** 批次关闭原因 */
  close_reason: 'CLOSED' | 'OVERDUE_CLOSE' | 'TRANSFER_SCENE_INVALID' | (string & {})
  /** 批次更新时间 */
  update_time: string
}

/** 商家转账批次完成回调(MCHTRANSFER.BATCH.FINISHED)通知(JSON): the decrypted `resource` of `MCHTRANSFER.BATCH.FINISHED`. */
export type MchtransferBatchFinishedResource = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信批次单号 */
  batch_id: string
  /** 批次状态 */
  batch_status: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
  /** 批次总笔数 */
  total_num: number
  /** 批次总金额 */
  total_amount: number
  /** 转账成功金额 */
  success_amount: number
  /** 转账成功笔数 */
  success_num: number
  /** 转账失败金额 */
  fail_amount: number
  /** 转账失败笔数 */
  fail_num: number
  /** 批次更新时间 */
  update_time: string
}

/** 商家转账回调(MCHTRANSFER.BILL.FINISHED)通知(用户确认模式)(JSON): the decrypted `resource` of `MCHTRANSFER.BILL.FINISHED`. */
export type MchtransferBillFinishedResource = {
  /** 商户单号 */
  out_bill_no: string
  /** 商家转账订单号 */
  transfer_bill_no: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 商户号 */
  mch_id?: string
  /** 商户号 */
  mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 转账金额 */
  transfer_amount: number
  /** 收款用户OpenID */
  openid: string
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'ACCOUNT_NOT_EXIST' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_PARAM_ERROR' | 'BANK_CARD_STATUS_ABNORMAL' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | 'BLOCK_B2C_USERLIMITAMOUNT_MONTH' | 'DAY_RECEIVED_COUNT_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'EXCEEDED_ESTIMATED_AMOUNT' | 'ID_CARD_NOT_CORRECT' | 'MCH_CANCEL' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'OTHER_FAIL_REASON_TYPE' | 'OVERDUE_CLOSE' | 'PAYEE_ACCOUNT_ABNORMAL' | 'PAYER_ACCOUNT_ABNORMAL' | 'PRODUCT_AUTH_CHECK_FAIL' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'REAL_NAME_CHECK_FAIL' | 'RECEIVE_ACCOUNT_NOT_CONFIGURE' | 'RESERVATION_INFO_NOT_MATCH' | 'RESERVATION_SCENE_NOT_MATCH' | 'RESERVATION_STATE_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL' | 'TRANSFER_RISK' | 'TRANSFER_SCENE_INVALID' | 'TRANSFER_SCENE_UNAVAILABLE' | 'RELATED_ORDER_TRANSFER_AMOUNT_EXCEED' | 'RELATED_ORDER_TRANSFER_COUNT_EXCEED' | 'BUDGET_NOT_ENOUGH' | (string & {})
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time: string
  /** 收款方式类型 */
  payment_method_type?: 'CFT' | 'WPHK' | (string & {})
}

/** 转账到QQ钱包(MCHTRANSFER.QQWALLETBILL.FINISHED)通知(JSON): the decrypted `resource` of `MCHTRANSFER.QQWALLETBILL.FINISHED`. */
export type MchtransferQqwalletbillFinishedResource = {
  /** 商户号 */
  mchid: string
  /** 商户单号 */
  out_bill_no: string
  /** 微信转账单号 */
  transfer_bill_no: string
  /** QQ互联开放平台AppID */
  appid: string
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED' | (string & {})
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 收款用户OpenID */
  openid?: string
  /** 收款用户QQ号 */
  user_qq?: string
  /** 收款用户姓名 (encrypted to your merchant API key) */
  user_name?: string
  /** 失败原因 */
  fail_reason?: string
  /** 单据创建时间 */
  create_time: string
  /** 最后一次状态变更时间 */
  update_time: string
}

/** 商户提现状态变更(MCHWITHDRAW.CHANGE)通知(JSON): the decrypted `resource` of `MCHWITHDRAW.CHANGE`. */
export type MchwithdrawChangeResource = {
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason: string
  /** 提现备注 */
  remark: string
  /** 银行附言 */
  bank_memo: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 提现失败解决方案 */
  solution: string
  /** 入账银行账号后四位 */
  account_number: string
  /** 入账银行 */
  account_bank: string
  /** 入账银行全称（含支行） */
  bank_name?: string
} | {
  /** 二级商户号 */
  sub_mchid?: string
  /** 电商平台商户号 */
  sp_mchid: string
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  amount: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason: string
  /** 提现备注 */
  remark: string
  /** 银行备注 */
  bank_memo: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number: string
  /** 入账银行 */
  account_bank: string
  /** 入账银行全称（含支行） */
  bank_name?: string
} | {
  /** 电商平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 提现单状态 */
  status: 'CREATED' | 'PROCESSING' | 'FINISHED' | 'ABNORMAL' | (string & {})
  /** 微信支付提现单号 */
  withdraw_id: string
  /** 商户提现单号 */
  out_request_no: string
  /** 提现金额 */
  total_amount: number
  /** 提现成功金额 */
  success_amount?: number
  /** 提现失败金额 */
  fail_amount?: number
  /** 提现退票金额 */
  refund_amount?: number
  /** 发起提现时间 */
  create_time: string
  /** 提现状态更新时间 */
  update_time: string
  /** 失败原因 */
  reason?: string
  /** 提现备注 */
  remark?: string
  /** 银行备注 */
  bank_memo?: string
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES' | (string & {})
  /** 入账银行账号后四位 */
  account_number: string
  /** 入账银行 */
  account_bank: string
  /** 入账银行全称（含支行） */
  bank_name?: string
}

/** 医保混合收款成功(MEDICAL_INSURANCE.SUCCESS)通知(JSON): the decrypted `resource` of `MEDICAL_INSURANCE.SUCCESS`. */
export type MedicalInsuranceSuccessResource = {
  /** 唯一定义此资源的标识 */
  mix_trade_no: string
  /** 医保自费混合订单支付状态 */
  mix_pay_status: 'UNKNOWN_MIX_PAY_STATUS' | 'MIX_PAY_CREATED' | 'MIX_PAY_SUCCESS' | 'MIX_PAY_REFUND' | 'MIX_PAY_FAIL' | (string & {})
  /** 混合订单中自费部分的支付状态 */
  self_pay_status?: 'UNKNOWN_SELF_PAY_STATUS' | 'SELF_PAY_CREATED' | 'SELF_PAY_SUCCESS' | 'SELF_PAY_REFUND' | 'SELF_PAY_FAIL' | 'NO_SELF_PAY' | (string & {})
  /** 混合订单中医保部分的支付状态 */
  med_ins_pay_status?: 'UNKNOWN_MED_INS_PAY_STATUS' | 'MED_INS_PAY_CREATED' | 'MED_INS_PAY_SUCCESS' | 'MED_INS_PAY_REFUND' | 'MED_INS_PAY_FAIL' | 'NO_MED_INS_PAY' | (string & {})
  /** 订单支付时间 */
  paid_time?: string
  /** 支付完成后医保局返回内容 (JSON text) */
  passthrough_response_content?: string
  /** 混合支付类型 */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE' | (string & {})
  /** 订单类型 */
  order_type?: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY' | (string & {})
  /** 从业机构的公众号ID */
  appid: string
  /** 医疗机构的公众号ID */
  sub_appid?: string
  /** 医疗机构的商户号 */
  sub_mchid?: string
  /** 用户在appid下的唯一标识 */
  openid?: string
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string
  /** 是否代亲属支付，不传默认替本人支付 */
  pay_for_relatives?: boolean
  /** 从业机构订单号 */
  out_trade_no: string
  /** 医疗机构订单号 */
  serial_no?: string
  /** 医保局返回的支付单ID */
  pay_order_id?: string
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string
  /** 用户定位信息，经纬度 */
  geo_location?: string
  /** 城市ID */
  city_id: string
  /** 医疗机构名称 */
  med_inst_name: string
  /** 医疗机构编码 */
  med_inst_no: string
  /** 医保下单时间 */
  med_ins_order_create_time?: string
  /** 现金补充列表 */
  cash_add_detail?: {
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES' | (string & {})
  }
  /** 现金减免列表 */
  cash_reduce_detail?: {
    /** 现金减免类型 */
    cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION' | (string & {})
  }
  /** 回调通知URL */
  callback_url: string
  /** 自费预下单ID */
  prepay_id?: string
  /** 医疗机构透传给医保的数据 (JSON text) */
  passthrough_request_content?: string
  /** 医疗机构与微信医保约定的扩展字段 */
  extends?: string
  /** 查询与通知中返回 */
  attach?: string
  /** 渠道号 */
  channel_no?: string
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean
}

/** 会员卡领卡事件(MEMBERCARD.ACCEPT_CARD)通知(JSON): the decrypted `resource` of `MEMBERCARD.ACCEPT_CARD`. */
export type MembercardAcceptCardResource = {
  /** 事件类型 */
  event_type: 'NEW_ACTIVATE' | 'RECOVER' | 'MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER' | (string & {})
  /** 会员卡ID */
  card_id: string
  /** 会员卡code */
  code?: string
  /** 激活时间 */
  event_time: string
  /** 用户标识 */
  openid: string
  /** 用户统一标识 */
  unionid?: string
  /** 加密手机号 (encrypted to your merchant API key) */
  phone_number?: string
  /** 自定义场景值 */
  outer_str?: string
}

/** 会员卡激活事件(MEMBERCARD.ACTIVATE_CARD)通知(JSON): the decrypted `resource` of `MEMBERCARD.ACTIVATE_CARD`. */
export type MembercardActivateCardResource = {
  /** 事件类型 */
  event_type: 'MEMBER_CARD_ACTIVATE' | (string & {})
  /** 会员卡ID */
  card_id: string
  /** 会员卡code */
  code?: string
  /** 激活时间 */
  event_time: string
  /** 激活场景 */
  activate_scene: 'NEW_ACTIVATE' | 'RECOVER' | (string & {})
  /** 用户标识 */
  openid: string
  /** 用户统一标识 */
  unionid?: string
  /** 自定义场景值 */
  outer_str?: string
}

/** 用户管理会员卡事件(MEMBERCARD.USERCARD_MANAGE)通知(JSON): the decrypted `resource` of `MEMBERCARD.USERCARD_MANAGE`. */
export type MembercardUsercardManageResource = {
  /** 事件类型 */
  event_type: 'USER_VIEW_MEMBERCARD' | 'USER_DELETE_MEMBERCARD' | 'USER_MODIFY_INFORMATION' | (string & {})
  /** 会员卡ID */
  card_id: string
  /** 会员卡code */
  code?: string
  /** 激活时间 */
  event_time: string
  /** 用户标识 */
  openid: string
  /** 用户统一标识 */
  unionid?: string
}

/** 合作伙伴订阅(MERCHANT_NOTIFY.NOTIFY)通知(JSON): the decrypted `resource` of `MERCHANT_NOTIFY.NOTIFY`. */
export type MerchantNotifyNotifyResource = {
  topic_name: {
    topic_english_name: string
    topic_chinese_name: string
  }
  message_content: {
    /** 商户号 */
    merchant_code: string
    /** 商户全称 */
    merchant_company_name: string
    /** 业务发生时间 */
    business_time: string
    /** 业务单据 */
    business_code: string
    /** 业务状态 */
    business_state: string
  }
}

/** 跨境/全球-委托代扣签约成功(PAPAY.SIGN)通知(JSON): the decrypted `resource` of `PAPAY.SIGN`. */
export type PapaySignResource = {
  /** 微信支付分配的商户号 */
  mchid?: string
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid?: string
  /** 商户AppID下的用户唯一标识 */
  openid?: string
  /** 协议解约方式 */
  contract_termination_mode?: 'USER' | 'MERCHANT' | 'PLATFORM' | (string & {})
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id?: string
  /** 委托代扣协议模板ID */
  plan_id?: number
  /** 操作时间 */
  operate_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 普通服务商商户号，微信支付分配的商户号 */
  sp_mchid?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  sp_appid?: string
  /** 子商户号，微信支付分配的商户号 */
  sub_mchid?: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 商户AppID下的用户唯一标识 */
  sp_openid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
}

/** 跨境/全球-委托代扣成功解约(PAPAY.TERMINATE)通知(JSON): the decrypted `resource` of `PAPAY.TERMINATE`. */
export type PapayTerminateResource = {
  /** 微信支付分配的商户号 */
  mchid?: string
  /** 商户侧的签约协议号，商户侧需保证唯一性 */
  out_contract_code?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  appid?: string
  /** 商户AppID下的用户唯一标识 */
  openid?: string
  /** 协议解约方式 */
  contract_termination_mode?: 'USER' | 'MERCHANT' | 'PLATFORM' | (string & {})
  /** 委托代扣协议的主键，唯一定义此资源的标识 */
  contract_id?: string
  /** 委托代扣协议模板ID */
  plan_id?: number
  /** 操作时间 */
  operate_time?: string
  /** 协议到期时间 */
  contract_expired_time?: string
  /** 普通服务商商户号，微信支付分配的商户号 */
  sp_mchid?: string
  /** 商户在微信申请的公众号或移动应用AppID */
  sp_appid?: string
  /** 子商户号，微信支付分配的商户号 */
  sub_mchid?: string
  /** 子商户的AppID */
  sub_appid?: string
  /** 商户AppID下的用户唯一标识 */
  sp_openid?: string
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string
}

/** 停车缴费服务-商户查费(PARKING_FEE.QUERY_TRANS_INFO)回调(JSON): the decrypted `resource` of `PARKING_FEE.QUERY_TRANS_INFO`. */
export type ParkingFeeQueryTransInfoResource = {
  /** 商户停车单号 */
  out_serial_number: string
  /** 车牌号 */
  plate_number?: string
  /** 商户停车场ID */
  out_parking_id?: string
}

/** 服务账户绑定结果(PAYSCORE.BIND_SERVICE_ACCOUNT)通知(JSON): the decrypted `resource` of `PAYSCORE.BIND_SERVICE_ACCOUNT`. */
export type PayscoreBindServiceAccountResource = {
  /** 服务ID */
  service_id: string
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 商户申请绑定单号 */
  out_apply_no: string
  /** 受理状态 */
  apply_state: string
  /** 拒绝原因 */
  reject_reason?: string
}

/** 支付分从业机构-商户预下单(PAYSCORE.MCH_PREPAY)通知(JSON): the decrypted `resource` of `PAYSCORE.MCH_PREPAY`. */
export type PayscoreMchPrepayResource = {
  /** 调用创单接口时提交的服务ID */
  service_id: string
  /** 调用创单接口时提交的应用ID */
  appid: string
  /** 调用创单接口时提交的商户号 */
  mchid: string
  /** 调用创单接口时传入的子商户应用ID */
  sub_appid?: string
  /** 调用创单接口时传入的子商户商户号 */
  sub_mchid: string
  /** 调用创单接口时传入的渠道商商户号 */
  channel_id?: string
  /** 调用创单接口时提交的商户服务订单号 */
  out_order_no: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid?: string
  /** 微信用户在商户对应sub_appid下的唯一标识 */
  sub_openid?: string
  /** 总金额 */
  total_amount: number
  /** 预下单请求部分输入参数 */
  prepay_req_body: {
    /** 终端设备号 */
    device_info: string
    /** 微信支付分配给收单服务商的ID */
    nonce_str: string
    /** 商品或支付单简要描述 */
    body: string
    /** 附加数据 */
    attach?: string
    /** 符合ISO 4217标准的三位字母代码 */
    fee_type: string
    /** 订单生成时间 */
    time_start: string
    /** 订单失效时间 */
    time_expire: string
    /** 商品标记 */
    goods_tag?: string
    /** 异步接收微信支付结果通知的回调地址 */
    notify_url: string
    /** JSAPI：公众号支付 */
    trade_type: 'JSAPI' | 'NATIVE' | 'App' | (string & {})
    /** no_credit：指定不能使用信用卡支付 */
    limit_pay: string
    /** 需要跟公众平台的发票功能联合使用 */
    need_receipt: boolean
  }
  /** Base64编码后的从业机构请求预下单接口使用请求的头部 */
  prepay_req_header_base64?: string
  /** Base64编码后的从业机构请求预下单接口使用请求的包体 */
  prepay_req_body_base64?: string
  /** 从业机构请求预下单接口时 */
  prepay_resp_http_code?: number
  /** Base64编码后的从业机构请求预下单接口收到响应的头部 */
  prepay_resp_header_base64?: string
  /** Base64编码后的从业机构请求预下单接口收到响应的包体 */
  prepay_resp_body_base64?: string
}

/** 支付分服务确认订单(PAYSCORE.USER_ACCEPTED)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_ACCEPTED`. */
export type PayscoreUserAcceptedResource = {
  /** 微信用户在校园轻松付下的合约的唯一标识 */
  contract_id?: string
  /** 商户号 */
  mchid?: string
  /** 公众账号ID */
  appid?: string
  /** 用户标识 */
  openid?: string
  /** 签约模板的唯一标识 */
  plan_id?: string
  /** 枚举值： */
  contract_status?: 'ADD' | 'DELETE' | (string & {})
  /** 签约完成时间 */
  create_time?: string
  /** 由商户自行生成的签约号 */
  out_contract_code?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户的商户号 */
  sub_mchid?: string
  /** 调用授权服务接口提交的渠道商商户号 */
  channel_id?: string
  /** 服务ID */
  service_id?: string
  /** 子商户公众号下OpenID */
  sub_openid?: string
  /** 回调状态 */
  user_service_status?: string
  /** 服务开启/解除授权时间 */
  openorclose_time?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 调用授权服务接口提交的商户请求唯一标识 */
  out_request_no?: string
}

/** 取消签约回调(PAYSCORE.USER_CANCEL_SIGN_PLAN)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_CANCEL_SIGN_PLAN`. */
export type PayscoreUserCancelSignPlanResource = {
  /** 签约计划的主键，唯一定义此资源的标识 */
  sign_plan_id: string
  /** 签约计划用户服务商应用下的OpenID */
  openid?: string
  /** 签约计划用户子商户应用下的OpenID */
  sub_openid?: string
  /** 计划所属服务 */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户系统内部签约计划单号 */
  merchant_sign_plan_no: string
  /** 签约事件通知回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 序号从1开始 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: 'UNSIGNED' | (string & {})
  /** 取消计划时间 */
  cancel_sign_time: string
  /** 签约计划取消类型 */
  cancel_sign_type?: 'NOT_CANCEL' | 'USER' | 'MERCHANT' | 'REVOKE_SERVICE' | (string & {})
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list: {
    /** 根据创建计划时传入明细顺序编号，从1开始 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: 'NOT_USED' | 'USING' | 'USED' | 'SIGN_PLAN_DETAIL_CANCEL' | (string & {})
    /** 计划明细在使用中 */
    order_id?: string
    /** 必须保障在商户下唯一 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 单位分 */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time: string
    /** 详情对应订单实际完成支付时间 */
    complete_time: string
    /** 详情对应订单取消时间 */
    cancel_time: string
  }[]
  /** 签约时间 */
  sign_time: string
}

/** 支付分服务用户解除授权成功(PAYSCORE.USER_CLOSE_SERVICE)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_CLOSE_SERVICE`. */
export type PayscoreUserCloseServiceResource = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户的商户号 */
  sub_mchid: string
  /** 调用授权服务接口提交的渠道商商户号 */
  channel_id?: string
  /** 服务ID */
  service_id: string
  /** 用户标识 */
  openid: string
  /** 子商户公众号下OpenID */
  sub_openid?: string
  /** 回调状态 */
  user_service_status?: string
  /** 服务开启/解除授权时间 */
  openorclose_time?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 调用授权服务接口提交的商户请求唯一标识 */
  out_request_no?: string
}

/** 支付分服务用户确认成功(PAYSCORE.USER_CONFIRM)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_CONFIRM`. */
export type PayscoreUserConfirmResource = {
  /** 调用授权服务接口提交的服务ID */
  service_id: string
  /** 调用授权服务接口提交的应用ID */
  appid: string
  /** 调用授权服务接口提交的商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 调用创单接口时传入的渠道商商户号 */
  channel_id?: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 服务订单状态 */
  state: string
  /** DOING状态附加说明 */
  state_description: string
  /** 服务信息 */
  service_introduction: string
  /** 总金额 */
  total_amount?: number
  /** 后付费项目 */
  post_payments: {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
  }[]
  /** 服务风险金 */
  risk_fund: {
    /** 风险名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 微信服务单号 */
  order_id?: string
  /** 是否需要收款 */
  need_collection?: boolean
  /** 商户系统内部扣款单号 */
  out_trade_no: string
  /** 收款信息 */
  collection?: {
    /** 收款状态 */
    state: string
    /** 总收款金额 */
    total_amount: number
    /** 待收金额 */
    paying_amount: number
    /** 已收金额 */
    paid_amount: number
    /** 收款明细列表 */
    details?: {
      /** 收款序号 */
      seq?: number
      /** 单笔收款金额 */
      amount: number
      /** 收款成功渠道 */
      paid_type?: string
      /** 收款成功时间 */
      paid_time: string
      /** 微信支付交易单号 */
      transaction_id?: string
      /** 优惠功能 */
      promotion_detail?: {
        /** 券ID */
        coupon_id: string
        /** 优惠名称 */
        name?: string
        /** 优惠范围 */
        scope?: string
        /** 优惠类型 */
        type?: string
        /** 优惠券面额 */
        amount: number
        /** 活动ID */
        stock_id?: string
        /** 微信出资 */
        wechatpay_contribute?: number
        /** 商户出资 */
        merchant_contribute?: number
        /** 其他出资 */
        other_contribute?: number
        /** 优惠币种 */
        currency?: string
        /** 单品列表 */
        goods_detail?: {
          /** 商品编码 */
          goods_id: string
          /** 商品数量 */
          quantity?: number
          /** 商品价格 */
          unit_price?: number
          /** 商品优惠金额 */
          discount_amount?: number
          /** 商品备注 */
          goods_remark?: string
        }[]
      }[]
    }[]
  }
  /** 1、USER_OPEN_SERVICE：授权成功 */
  user_service_status?: 'USER_OPEN_SERVICE' | 'USER_CLOSE_SERVICE' | (string & {})
  /** 服务开启/解除授权成功时间 */
  openorclose_time?: string
  /** 商户系统内部授权协议号 */
  authorization_code?: string
  /** 调用授权服务接口提交的商户请求唯一标识 */
  out_request_no?: string
}

/** 支付分服务用户授权成功(PAYSCORE.USER_OPEN_SERVICE)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_OPEN_SERVICE`. */
export type PayscoreUserOpenServiceResource = {
  /** 微信用户在校园轻松付下的合约的唯一标识 */
  contract_id: string
  /** 商户号 */
  mchid: string
  /** 公众账号ID */
  appid: string
  /** 用户标识 */
  openid: string
  /** 签约模板的唯一标识 */
  plan_id: string
  /** 枚举值： */
  contract_status: 'ADD' | 'DELETE' | (string & {})
  /** 签约完成时间 */
  create_time: string
  /** 由商户自行生成的签约号 */
  out_contract_code: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户的商户号 */
  sub_mchid: string
  /** 调用授权服务接口提交的渠道商商户号 */
  channel_id?: string
  /** 服务ID */
  service_id: string
  /** 子商户公众号下OpenID */
  sub_openid?: string
  /** 回调状态 */
  user_service_status?: string
  /** 服务开启/解除授权时间 */
  openorclose_time?: string
  /** 授权协议号 */
  authorization_code?: string
  /** 调用授权服务接口提交的商户请求唯一标识 */
  out_request_no?: string
}

/** 支付分服务用户支付成功(PAYSCORE.USER_PAID)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_PAID`. */
export type PayscoreUserPaidResource = {
  /** 调用授权服务接口提交的服务ID */
  service_id: string
  /** 调用授权服务接口提交的应用ID */
  appid: string
  /** 调用授权服务接口提交的商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 调用创单接口时传入的渠道商商户号 */
  channel_id?: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 商户系统内部扣款单号 */
  out_trade_no: string
  /** 微信用户在商户对应AppID下的唯一标识 */
  openid: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 服务订单状态 */
  state: string
  /** 服务信息 */
  service_introduction: string
  /** 商户收款总金额 */
  total_amount?: number
  /** 后付费项目 */
  post_payments: {
    /** 付费项目名称 */
    name?: string
    /** 金额 */
    amount?: number
    /** 计费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
  }[]
  /** 订单风险金 */
  risk_fund: {
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束位置 */
    end_location?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 微信支付服务订单号 */
  order_id?: string
  /** 是否需要收款 */
  need_collection?: boolean
  /** 收款信息 */
  collection?: {
    /** 收款状态 */
    state: string
    /** 总收款金额 */
    total_amount: number
    /** 待收金额 */
    paying_amount: number
    /** 已收金额 */
    paid_amount: number
    /** 收款明细列表 */
    details?: {
      /** 收款序号 */
      seq?: number
      /** 单笔收款金额 */
      amount: number
      /** 收款成功渠道 */
      paid_type?: string
      /** 收款成功时间 */
      paid_time: string
      /** 微信支付交易单号 */
      transaction_id?: string
      /** 优惠功能 */
      promotion_detail?: {
        /** 券ID */
        coupon_id: string
        /** 优惠名称 */
        name?: string
        /** 优惠范围 */
        scope?: string
        /** 优惠类型 */
        type?: string
        /** 优惠券面额 */
        amount: number
        /** 活动ID */
        stock_id?: string
        /** 微信出资 */
        wechatpay_contribute?: number
        /** 商户出资 */
        merchant_contribute?: number
        /** 其他出资 */
        other_contribute?: number
        /** 优惠币种 */
        currency?: string
        /** 单品列表 */
        goods_detail?: {
          /** 商品编码 */
          goods_id: string
          /** 商品数量 */
          quantity?: number
          /** 商品价格 */
          unit_price?: number
          /** 商品优惠金额 */
          discount_amount?: number
          /** 商品备注 */
          goods_remark?: string
        }[]
      }[]
    }[]
  }
  /** 1、USER_OPEN_SERVICE：授权成功 */
  user_service_status?: 'USER_OPEN_SERVICE' | 'USER_CLOSE_SERVICE' | (string & {})
  /** 服务开启/解除授权成功时间 */
  openorclose_time?: string
  /** 商户系统内部授权协议号 */
  authorization_code?: string
  /** 订单状态说明 */
  state_description?: string
  /** 调用授权服务接口提交的商户请求唯一标识 */
  out_request_no?: string
}

/** 签约成功回调(PAYSCORE.USER_SIGN_PLAN)通知(JSON): the decrypted `resource` of `PAYSCORE.USER_SIGN_PLAN`. */
export type PayscoreUserSignPlanResource = {
  /** 签约计划的主键，唯一定义此资源的标识 */
  sign_plan_id: string
  /** 签约计划用户服务商应用下的OpenID */
  openid?: string
  /** 签约计划用户子商户应用下的OpenID */
  sub_openid?: string
  /** 计划所属服务 */
  service_id: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务商AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户系统内部签约计划单号 */
  merchant_sign_plan_no: string
  /** 签约成功事件通知回调地址 */
  merchant_callback_url: string
  /** 签约所属计划ID */
  plan_id: string
  /** 序号从1开始 */
  going_detail_no: number
  /** 计划签约状态 */
  sign_state: 'UNSIGNED' | (string & {})
  /** 取消计划时间 */
  cancel_sign_time: string
  /** 签约计划取消类型 */
  cancel_sign_type?: 'NOT_CANCEL' | 'USER' | 'MERCHANT' | 'REVOKE_SERVICE' | (string & {})
  /** 签约计划取消原因 */
  cancel_reason?: string
  /** 签约计划的名称 */
  plan_name: string
  /** 签约计划过期时间 */
  plan_over_time: string
  /** 签约计划原总金额(单位分) */
  total_origin_price: number
  /** 签约计划扣费次数 */
  deduction_quantity: number
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number
  /** 签约计划明细列表 */
  signed_detail_list: {
    /** 根据创建计划时传入明细顺序编号，从1开始 */
    plan_detail_no: number
    /** 计划明细原支付金额（单位分） */
    original_price: number
    /** 计划明细优惠说明 */
    plan_discount_description?: string
    /** 计划明细实际支付金额（单位分） */
    actual_price: number
    /** 计划明细状态 */
    plan_detail_state: 'NOT_USED' | 'USING' | 'USED' | 'SIGN_PLAN_DETAIL_CANCEL' | (string & {})
    /** 计划明细在使用中 */
    order_id?: string
    /** 必须保障在商户下唯一 */
    merchant_plan_detail_no: string
    /** 计划详情名称 */
    plan_detail_name: string
    /** 单位分 */
    actual_pay_price?: number
    /** 详情使用时间 */
    use_time: string
    /** 详情对应订单实际完成支付时间 */
    complete_time: string
    /** 详情对应订单取消时间 */
    cancel_time: string
  }[]
  /** 签约时间 */
  sign_time: string
}

/** 商品券图片生成结果(PRODUCT_COUPON_SP.IMAGE_GENERATION)通知(JSON): the decrypted `resource` of `PRODUCT_COUPON_SP.IMAGE_GENERATION`. */
export type ProductCouponSpImageGenerationResource = {
  /** 品牌ID */
  brand_id: string
  /** 图片生成的任务ID */
  task_id: string
  /** 图片生成类型 */
  image_generation_type: 'COMBINE_IMAGE' | 'CUT_OUT' | (string & {})
  /** 任务状态 */
  task_state: 'PROCESSING' | 'FAIL' | 'SUCCESS' | (string & {})
  /** 拼图结果 */
  combine_image_result?: {
    /** 生成的图片URL */
    image_url: string
  }
  /** 生成商品图结果 */
  cut_out_result?: {
    /** 生成的图片URL */
    image_url: string
  }
}

/** 商品券领券(PRODUCT_COUPON_SP.SEND)通知(JSON): the decrypted `resource` of `PRODUCT_COUPON_SP.SEND`. */
export type ProductCouponSpSendResource = {
  /** 品牌ID */
  brand_id: string
  /** 用户券Code */
  coupon_code: string
  /** 商品券ID */
  product_coupon_id: string
  /** 商品券批次ID */
  stock_id: string
  /** 商品券批次组ID */
  stock_bundle_id?: string
  /** 用户券组ID */
  user_coupon_bundle_id?: string
  /** 事件通知AppID */
  appid: string
  /** 用户OpenID */
  openid: string
  /** 用户UnionID */
  unionid: string
  /** 领券时间 */
  receive_time: string
  /** 发券请求单号 */
  send_request_no: string
  /** 发券渠道 */
  send_channel: 'API' | 'BRAND_MANAGE' | 'RECEIVE_COMPONENT' | 'MEMBER' | (string & {})
  /** 有效期开始时间 */
  valid_begin_time: string
  /** 有效期结束时间 */
  valid_end_time: string
  /** 领券手机号 */
  phone_number?: string
  /** 领券手机区号 */
  country_code?: string
  /** 自定义附加信息 */
  attach?: string
  /** 渠道自定义信息 */
  channel_custom_info?: string
}

/** 分账动账成功回退(PROFITSHARING.RETURN)通知(JSON): the decrypted `resource` of `PROFITSHARING.RETURN`. */
export type ProfitsharingReturnResource = {
  /** 商户号 */
  mchid?: string
  /** 调用接口提交的商户号 */
  sp_mchid?: string
  /** 调用接口提交的子商户号 */
  sub_mchid?: string
  /** 微信支付系统生成的订单号 */
  transaction_id: string
  /** 微信分账/回退单号 */
  order_id: string
  /** 分账方系统内部的分账/回退单号 */
  out_order_no: string
  /** 分账接收方对象 */
  receiver: {
    /** 分账接收方的类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | (string & {})
    /** 分账接收方的账号 */
    account: string
    /** 分账动账金额，单位为分，只能为整数 */
    amount: number
    /** 分账/回退描述 */
    description: string
  }
  /** 订单支付完成时间 */
  success_time: string
}

/** 分账动账成功变动(PROFITSHARING.SUCCESS)通知(JSON): the decrypted `resource` of `PROFITSHARING.SUCCESS`. */
export type ProfitsharingSuccessResource = {
  /** 商户号 */
  mchid?: string
  /** 调用接口提交的商户号 */
  sp_mchid?: string
  /** 调用接口提交的子商户号 */
  sub_mchid?: string
  /** 微信支付系统生成的订单号 */
  transaction_id: string
  /** 微信分账/回退单号 */
  order_id: string
  /** 分账方系统内部的分账/回退单号 */
  out_order_no: string
  /** 分账接收方对象 */
  receiver: {
    /** 分账接收方的类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | (string & {})
    /** 分账接收方的账号 */
    account: string
    /** 分账动账金额，单位为分，只能为整数 */
    amount: number
    /** 分账/回退描述 */
    description: string
  }
  /** 订单支付完成时间 */
  success_time: string
}

/** 平台收付通商家充值-关闭充值(RECHARGE.CLOSED)通知(JSON): the decrypted `resource` of `RECHARGE.CLOSED`. */
export type RechargeClosedResource = {
  /** 平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 充值渠道 */
  recharge_channel: 'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {})
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION' | (string & {})
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT' | (string & {})
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED' | (string & {})
  /** 充值状态描述 */
  recharge_state_desc?: string
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount: number
    /** 货币类型 */
    currency: string
  }
  /** 备注 */
  remark?: string
  /** 银行转账信息 */
  bank_transfer_info?: {
    /** 转账充值附言 */
    memo: string
    /** 转入的银行流水单号 */
    bill_no: string
    /** 开户银行名称 */
    bank_name: string
    /** 银行卡尾号 */
    bank_card_tail: string
    /** 银行账户名称 */
    bank_account_name: string
  }
  /** 扫码充值信息 */
  qr_recharge_info?: Record<string, unknown>
  /** 员工类型 */
  employee_type?: 'ADMIN' | 'STAFF' | 'LEGAL_PERSON' | (string & {})
  /** 网银充值的付款信息 */
  online_bank_recharge_info?: {
    /** 银行交易订单号 */
    bill_no?: string
    /** 网银充值退回时间 */
    return_time?: string
    /** 网银充值退回原因 */
    return_reason?: string
    /** 开户银行名称 */
    bank_name?: string
    /** 网银类型 */
    online_bank_type?: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL' | (string & {})
    /** 银行卡号后四位 */
    bank_card_tail?: string
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 受理充值时间 */
  accept_time: string
  /** 充值成功时间 */
  success_time?: string
  /** 关闭充值时间 */
  close_time?: string
  /** 可用充值渠道列表 */
  available_recharge_channels?: ('BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {}))[]
}

/** 平台收付通商家充值-充值资金退回(RECHARGE.FUND_RETURNED)通知(JSON): the decrypted `resource` of `RECHARGE.FUND_RETURNED`. */
export type RechargeFundReturnedResource = {
  /** 充值退回单号 */
  recharge_returned_id: string
  /** 平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 充值渠道 */
  recharge_channel: 'BANK_TRANSFER' | 'ONLINE_BANK' | (string & {})
  /** BANK_TRANSFER 银行转账充值退回详情 */
  detail?: {
    /** 开户银行名称 */
    bank_name: string
    /** 银行卡尾号 */
    bank_card_tail: string
    /** 银行账户名称 */
    bank_account_name?: string
    /** 充值金额 */
    amount?: number
    /** 充值币种 */
    currency?: string
    /** 银行附言 */
    memo: string
    /** 退回时间 */
    return_time: string
    /** 退回原因 */
    return_reason: string
  } | {
    /** 网银类型 */
    online_bank_type: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL' | (string & {})
    /** 开户银行名称 */
    bank_name: string
    /** 银行卡尾号 */
    bank_card_tail: string
    /** 银行账户名称 */
    bank_account_name?: string
    /** 充值金额 */
    amount?: number
    /** 充值币种 */
    currency?: string
    /** 退回时间 */
    return_time: string
    /** 退回原因 */
    return_reason: string
  }
}

/** 平台收付通商家充值-充值成功(RECHARGE.SUCCESS)通知(JSON): the decrypted `resource` of `RECHARGE.SUCCESS`. */
export type RechargeSuccessResource = {
  /** 平台商户号 */
  sp_mchid: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户充值单号 */
  out_recharge_no: string
  /** 微信支付充值单号 */
  recharge_id: string
  /** 充值渠道 */
  recharge_channel: 'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {})
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION' | (string & {})
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT' | (string & {})
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED' | (string & {})
  /** 充值状态描述 */
  recharge_state_desc?: string
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount: number
    /** 货币类型 */
    currency: string
  }
  /** 备注 */
  remark?: string
  /** 银行转账信息 */
  bank_transfer_info?: {
    /** 转账充值附言 */
    memo: string
    /** 转入的银行流水单号 */
    bill_no: string
    /** 开户银行名称 */
    bank_name: string
    /** 银行卡尾号 */
    bank_card_tail: string
    /** 银行账户名称 */
    bank_account_name: string
  }
  /** 扫码充值信息 */
  qr_recharge_info?: {
    /** 员工类型 */
    employee_type: 'ADMIN' | 'STAFF' | 'LEGAL_PERSON' | (string & {})
    /** 用户openid */
    openid: string
  }
  /** 网银充值的付款信息 */
  online_bank_recharge_info?: {
    /** 银行交易订单号 */
    bill_no?: string
    /** 网银充值退回时间 */
    return_time?: string
    /** 网银充值退回原因 */
    return_reason?: string
    /** 开户银行名称 */
    bank_name?: string
    /** 网银类型 */
    online_bank_type?: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL' | (string & {})
    /** 银行卡号后四位 */
    bank_card_tail?: string
    /** 银行账户名称 */
    bank_account_name?: string
  }
  /** 受理充值时间 */
  accept_time: string
  /** 充值成功时间 */
  success_time?: string
  /** 关闭充值时间 */
  close_time?: string
  /** 可用充值渠道列表 */
  available_recharge_channels?: ('BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK' | (string & {}))[]
}

/** 退款异常(REFUND.ABNORMAL)通知(JSON): the decrypted `resource` of `REFUND.ABNORMAL`. */
export type RefundAbnormalResource = {
  /** 直连商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付退款号 */
  refund_id: string
  /** 退款状态（SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL'
  /** 退款成功时间（退款成功时返回） */
  success_time?: string
  /** 退款入账账户 */
  user_received_account: string
  /** 退款入账账户（同 user_received_account） */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_RECHARGE_FUNDS'
  /** 金额信息 */
  amount: {
    /** 结算币种退款金额（分） */
    settlement_refund?: number
    /** 结算币种 */
    settlement_currency?: string
    /** 订单总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 退款金额（分） */
    refund: number
    /** 用户实际支付金额（分） */
    payer_total: number
    /** 用户支付币种 */
    payer_currency?: string
    /** 退款给用户的金额（分，不含优惠） */
    payer_refund: number
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE'
      /** 汇率值 */
      rate?: number
    }
  }
}

/** 退款关闭(REFUND.CLOSED)通知(JSON): the decrypted `resource` of `REFUND.CLOSED`. */
export type RefundClosedResource = {
  /** 直连商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付退款号 */
  refund_id: string
  /** 退款状态（SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL'
  /** 退款成功时间（退款成功时返回） */
  success_time?: string
  /** 退款入账账户 */
  user_received_account: string
  /** 退款入账账户（同 user_received_account） */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_RECHARGE_FUNDS'
  /** 金额信息 */
  amount: {
    /** 结算币种退款金额（分） */
    settlement_refund?: number
    /** 结算币种 */
    settlement_currency?: string
    /** 订单总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 退款金额（分） */
    refund: number
    /** 用户实际支付金额（分） */
    payer_total: number
    /** 用户支付币种 */
    payer_currency?: string
    /** 退款给用户的金额（分，不含优惠） */
    payer_refund: number
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE'
      /** 汇率值 */
      rate?: number
    }
  }
}

/** 退款成功(REFUND.SUCCESS)通知(JSON): the decrypted `resource` of `REFUND.SUCCESS`. */
export type RefundSuccessResource = {
  /** 直连商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 微信支付退款号 */
  refund_id: string
  /** 退款状态（SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常） */
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL'
  /** 退款成功时间（退款成功时返回） */
  success_time?: string
  /** 退款入账账户 */
  user_received_account: string
  /** 退款入账账户（同 user_received_account） */
  recv_account?: string
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_RECHARGE_FUNDS'
  /** 金额信息 */
  amount: {
    /** 结算币种退款金额（分） */
    settlement_refund?: number
    /** 结算币种 */
    settlement_currency?: string
    /** 订单总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 退款金额（分） */
    refund: number
    /** 用户实际支付金额（分） */
    payer_total: number
    /** 用户支付币种 */
    payer_currency?: string
    /** 退款给用户的金额（分，不含优惠） */
    payer_refund: number
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE'
      /** 汇率值 */
      rate?: number
    }
  }
}

/** 风险订单回调(RISKTRADE.IDENTIFICATION)通知(JSON): the decrypted `resource` of `RISKTRADE.IDENTIFICATION`. */
export type RisktradeIdentificationResource = {
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 风险类型 */
  risk_type: 1 | 2 | 3 | 4 | (number & {})
  /** 风险等级 */
  risk_level: 1 | 2 | 3 | (number & {})
}

/** 商户签名验签／加解密测试-回调接口(SECURITY_ECHO.SUCCESS)通知(JSON): the decrypted `resource` of `SECURITY_ECHO.SUCCESS`. */
export type SecurityEchoSuccessResource = {
  /** 回显消息 */
  echo_message: string
  /** 加密回显消息 */
  encrypt_echo_message?: string
}

/** 个人收款-结算回调(SETTLEMENT.SUCCESS)通知(JSON): the decrypted `resource` of `SETTLEMENT.SUCCESS`. */
export type SettlementSuccessResource = {
  /** 商户结算批次单号 */
  out_settle_batch_no: string
  /** 微信支付结算批次单号 */
  settle_batch_no: string
  /** 商品单个人收款方受理授权ID */
  individual_auth_id: string
  /** 收款方描述 */
  description: string
  /** 批次状态 */
  state: string
  /** 交易场景 */
  trade_scenario: string
  /** 批次创建时间 */
  create_time: string
  /** 批次完成时间 */
  finish_time?: string
}

/** 停车服务扣费失败(TRANSACTION.FAIL)通知(JSON): the decrypted `resource` of `TRANSACTION.FAIL`. */
export type TransactionFailResource = {
  /** 调用接口提交的商户号 */
  sp_mchid: string
  /** 调用接口提交的应用ID */
  appid: string
  /** 调用接口提交的子商户号 */
  sub_mchid: string
  /** 调用接口提交的子商户应用ID */
  sub_appid: string
  /** 用户在服务商AppID下的唯一标识 */
  openid?: string
  /** 用户在子商户AppID下的唯一标识 */
  sub_openid?: string
  /** 签约模板号，签约模板唯一标识 */
  plan_id?: string
  /** 签约信息 */
  contract_information?: {
    /** 标识用户与某签约模板的一次签约 */
    contract_id?: string
    /** 枚举值： */
    contract_status?: 'ADD' | 'DELETE' | (string & {})
    /** 签约完成时间 */
    create_time?: string
  }
  /** 调用接口提交的商户服务订单号 */
  out_trade_no: string
  /** 微信支付系统生成的订单号 */
  transaction_id: string
  /** 附加数据 */
  attach?: string
  /** 银行类型，采用字符串类型的银行标识 */
  bank_type: string
  /** 订单支付完成时间 */
  success_time: string
  /** 交易状态： */
  trade_state: 'SUCCESS' | 'ACCEPT' | 'PAY_FAIL' | 'REFUND' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_description?: string
  /** 支付者信息，详细说明见下文 */
  payer: {
    /** 用户在服务商的标识 */
    openid: string
    /** 用户在子商户的标识 */
    sub_openid?: string
    /** 用户在服务商商户AppID下的唯一标识 */
    sp_openid?: string
  }
  /** 订单金额信息，详细说明见下文 */
  amount: {
    /** 符合ISO 4217标准的三位字母代码 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
  }
  /** 设备信息 */
  device_information: {
    /** 商户设备号 */
    device_id?: string
    /** 商户端设备IP */
    payer_total: string
  }
  /** 优惠功能信息，详细说明见下文 */
  promotion_detail?: {
    /** 券或者立减优惠ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 枚举值 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 枚举值： */
    type?: 'CASH' | 'NOCASH' | (string & {})
    /** 活动ID */
    stock_id?: string
    /** CNY：人民币，境内商户号仅支持人民币 */
    currency?: string
    /** 单品列表信息 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 用户购买的数量 */
      quantity: number
      /** 商品单价，单位为分 */
      unit_price: number
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品备注信息 */
      goods_remark?: string
    }[]
    /** 在微信商户后台配置的批次ID */
    activity_id?: string
  }[]
  /** 商户的商户号，由微信支付生成并下发 */
  mchid: string
  /** 交易类型 */
  trade_type: 'PAP' | (string & {})
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付场景信息描述 */
  scene_info?: {
    /** 终端设备号（门店号或收银设备ID） */
    device_id?: string
  }
  /** 服务商申请的公众号或移动应用AppID */
  sp_appid?: string
  /** 商户自定义字段 */
  description: string
  /** 订单成功创建时返回 */
  create_time: string
  /** 枚举值： */
  user_repaid: 'Y' | 'N' | (string & {})
  /** 交易场景值，PARKING：车场停车场景 */
  trade_scene?: string
  /** trade_scene为PARKING时 */
  parking_info: {
    /** 车主服务为商户分配的入场ID */
    parking_id: string
    /** 车牌号，仅包括省份+车牌，不包括特殊字符 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
    /** 用户入场时间 */
    start_time: string
    /** 用户出场时间 */
    end_time: string
    /** 所在停车位车场的名称 */
    parking_name: string
    /** 计费的时间长，单位为秒 */
    charging_duration: number
    /** 停车场设备ID */
    device_id: string
  }
}

/** 校园轻松付扣费失败(TRANSACTION.INDUSTRY_FAILED)通知(JSON): the decrypted `resource` of `TRANSACTION.INDUSTRY_FAILED`. */
export type TransactionIndustryFailedResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信公众平台为服务商商户分配的公众账号ID */
  appid: string
  /** 微信支付分配的商户号 */
  sub_mchid?: string
  /** 微信公众平台为商户分配的公众账号ID */
  sub_appid?: string
  /** 商户自行生成的订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 本支付订单的状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'ACCEPTED' | 'PAY_FAIL' | 'PAY_BACK' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_desc?: string
  /** 银行类型，采用字符串类型的银行标识 */
  bank_type?: string
  /** 附加数据 */
  attach?: string
  /** 支付订单已成功才会返回 */
  success_time?: string
  /** 支付者 */
  payer?: {
    /** 用户在商户AppID下的唯一标识 */
    openid: string
    /** 用户在子商户AppID下的唯一标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单总金额，单位为分，只能为整数 */
    total: number
    /** 用户实际支付金额 */
    payer_total?: number
    /** 订单折扣，有优惠折扣则返回该字段 */
    discount_total?: number
    /** 符合ISO 4217标准的三位字母代码 */
    currency: string
  }
  /** 设备信息 */
  device_info: {
    /** 商户设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 枚举值： */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** COUPON：代金券 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 活动ID，批次ID */
    stock_id?: string
    /** 特指由微信支付商户平台创建的优惠 */
    wechatpay_contribute?: number
    /** 特指商户自己创建的优惠 */
    merchant_contribute?: number
    /** 其他出资方出资金额，单位为分 */
    other_contribute?: number
  }[]
}

/** 校园轻松付扣费支付成功(TRANSACTION.INDUSTRY_SUCCESS)通知(JSON): the decrypted `resource` of `TRANSACTION.INDUSTRY_SUCCESS`. */
export type TransactionIndustrySuccessResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 微信公众平台为服务商商户分配的公众账号ID */
  appid: string
  /** 微信支付分配的商户号 */
  sub_mchid?: string
  /** 微信公众平台为商户分配的公众账号ID */
  sub_appid?: string
  /** 商户自行生成的订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 本支付订单的状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'ACCEPTED' | 'PAY_FAIL' | 'PAY_BACK' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_desc?: string
  /** 银行类型 */
  bank_type?: string
  /** 附加数据 */
  attach?: string
  /** 支付订单已成功才会返回 */
  success_time?: string
  /** 支付者 */
  payer?: {
    /** 用户在商户AppID下的唯一标识 */
    openid: string
    /** 用户在子商户AppID下的唯一标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单总金额，单位为分，只能为整数 */
    total: number
    /** 用户实际支付金额 */
    payer_total?: number
    /** 订单折扣，有优惠折扣则返回该字段 */
    discount_total?: number
    /** 符合ISO 4217标准的三位字母代码 */
    currency: string
  }
  /** 设备信息 */
  device_info: {
    /** 商户设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 枚举值： */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** COUPON：代金券 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount?: number
    /** 活动ID，批次ID */
    stock_id?: string
    /** 特指由微信支付商户平台创建的优惠 */
    wechatpay_contribute?: number
    /** 特指商户自己创建的优惠 */
    merchant_contribute?: number
    /** 其他出资方出资金额，单位为分 */
    other_contribute?: number
  }[]
}

/** 用户对垫资单还款(TRANSACTION.PAY_BACK)通知(JSON): the decrypted `resource` of `TRANSACTION.PAY_BACK`. */
export type TransactionPayBackResource = {
  /** 微信支付分配的商户号 */
  mchid: string
  /** 调用接口提交的应用ID */
  appid: string
  /** 调用接口提交的子商户号 */
  sub_mchid: string
  /** 调用接口提交的子商户应用ID */
  sub_appid: string
  /** 调用接口提交的商户服务订单号 */
  out_trade_no: string
  /** 微信支付系统生成的订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态： */
  trade_state: 'SUCCESS' | 'ACCEPT' | 'PAY_FAIL' | 'REFUND' | (string & {})
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_desc?: string
  /** 银行类型，采用字符串类型的银行标识 */
  bank_type?: string
  /** 附加数据 */
  attach?: string
  /** 订单支付完成时间 */
  success_time?: string
  /** 支付者信息，详细说明见下文 */
  payer?: {
    /** 用户在服务商的标识 */
    openid: string
    /** 用户在子商户的标识 */
    sub_openid?: string
  }
  /** 订单金额信息，详细说明见下文 */
  amount: {
    /** 符合ISO 4217标准的三位字母代码 */
    currency: string
  }
  /** 设备信息 */
  device_info: {
    /** 商户设备号 */
    device_id?: string
  }
  /** 优惠功能信息，详细说明见下文 */
  promotion_detail?: {
    /** 券或者立减优惠ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 枚举值 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 枚举值： */
    type?: 'CASH' | 'NOCASH' | (string & {})
    /** 活动ID，批次ID */
    stock_id?: string
    /** 在微信商户后台配置的批次ID */
    activity_id?: string
    /** CNY：人民币，境内商户号仅支持人民币 */
    currency?: string
  }[]
  /** 调用接口提交的商户号 */
  sp_mchid: string
  /** 商户自定义字段 */
  description: string
  /** 订单成功创建时返回 */
  create_time: string
  /** 对当前订单状态的描述和下一步操作的指引 */
  trade_state_description?: string
  /** 枚举值： */
  user_repaid?: 'Y' | 'N' | (string & {})
  /** 交易场景值，PARKING：车场停车场景 */
  trade_scene?: string
  /** trade_scene为PARKING时 */
  parking_info: {
    /** 车主服务为商户分配的入场ID */
    parking_id: string
    /** 车牌号，仅包括省份+车牌，不包括特殊字符 */
    plate_number: string
    /** 车牌颜色 */
    plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
    /** 用户入场时间 */
    start_time: string
    /** 用户出场时间 */
    end_time: string
    /** 所在停车位车场的名称 */
    parking_name: string
    /** 计费的时间长，单位为秒 */
    charging_duration: number
    /** 停车场设备ID */
    device_id: string
  }
}

/** 支付成功(TRANSACTION.SUCCESS)通知(JSON): the decrypted `resource` of `TRANSACTION.SUCCESS`. */
export type TransactionSuccessResource = {
  /** 微信支付订单号（支付后返回） */
  transaction_id?: string
  /** 交易类型（JSAPI、NATIVE、APP、MWEB 等） */
  trade_type?: string
  /** 交易状态（SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，USERPAYING 用户支付中，PAYERROR 支付失败，REVOKED 已撤销） */
  trade_state?: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 公众号ID（下单时的 AppID） */
  appid: string
  /** 直连商户号 */
  mchid: string
  /** 商品描述 */
  description?: string
  /** 附加数据（下单时传入，原样返回） */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单金额 */
  amount: {
    /** 总金额（分） */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额（分） */
    payer_total?: number
    /** 用户支付币种 */
    payer_currency?: string
  }
  /** 交易结束时间 */
  time_expire?: string
  /** 通知地址 */
  notify_url?: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 指定支付方式 */
  limit_pay?: ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean
  /** 优惠功能（单品优惠信息） */
  detail?: {
    /** 订单原价（分） */
    cost_price?: number
    /** 商品小票ID */
    invoice_id?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商户侧商品编码 */
      merchant_goods_id: string
      /** 微信侧商品编码 */
      wechatpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价（分） */
      unit_price: number
    }[]
  }
  /** 场景信息 */
  scene_info?: {
    /** 用户终端IP */
    payer_client_ip?: string
    /** 商户端设备号 */
    device_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 门店编号 */
      id?: string
      /** 门店名称 */
      name: string
      /** 地区编码 */
      area_code: string
      /** 详细地址 */
      address: string
    }
  }
  /** 支付者（支付后返回） */
  payer?: {
    /** 用户标识（用户在 appid 下的 openid） */
    openid: string
  }
  /** 使用的商户贴息信息(微信分付) */
  installment_info?: {
    /** 是否使用了商户贴息 */
    use_subsidy: boolean
    /** 用户实际选择分期期数 */
    selected_installment_number: number
  }
  /** 优惠功能（享受的代金券等优惠） */
  promotion_detail?: {
    /** 券ID */
    coupon_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围（GLOBAL 全场，SINGLE 单品） */
    scope?: 'GLOBAL' | 'SINGLE'
    /** 优惠类型（CASH 充值型，NOCASH 免充值型） */
    type?: 'CASH' | 'NOCASH'
    /** 优惠券面额（分） */
    amount: number
    /** 活动ID（批次ID） */
    stock_id?: string
    /** 微信出资（分） */
    wechatpay_contribute?: number
    /** 商户出资（分） */
    merchant_contribute?: number
    /** 其他出资（分） */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品数量 */
      quantity: number
      /** 商品单价（分） */
      unit_price: number
      /** 商品优惠金额（分） */
      discount_amount: number
      /** 商品备注 */
      goods_remark?: string
    }[]
  }[]
}

/** 停车入场状态变更(VEHICLE.ENTRANCE_STATE_CHANGE)通知(JSON): the decrypted `resource` of `VEHICLE.ENTRANCE_STATE_CHANGE`. */
export type VehicleEntranceStateChangeResource = {
  /** 调用接口提交的商户号 */
  sp_mchid: string
  /** 调用接口提交的子商户号 */
  sub_mchid: string
  /** 车主服务为商户分配的入场ID */
  parking_id: string
  /** 商户侧入场标识ID，在同一个商户号下唯一 */
  out_parking_no: string
  /** 车牌号，仅包括省份+车牌，不包括特殊字符 */
  plate_number: string
  /** 车牌颜色 */
  plate_color: 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN' | (string & {})
  /** 入场时间 */
  start_time: string
  /** 所在停车位车场的名称 */
  parking_name: string
  /** 停车场的免费停车时长 */
  free_duration: number
  /** 本次入场车牌的服务状态 */
  parking_state: 'NORMAL' | 'BLOCKED' | (string & {})
  /** 不可用服务状态描述 */
  blocked_state_description?: 'PAUSE' | 'OVERDUE' | 'REMOVE' | (string & {})
  /** 状态变更的发生时间 */
  state_update_time: string
}

/** ETC授权签约状态变化(VEHICLE.USER_STATE_CHANGE)通知(JSON): the decrypted `resource` of `VEHICLE.USER_STATE_CHANGE`. */
export type VehicleUserStateChangeResource = {
  /** 发起签约的AppID */
  appid: string
  /** 服务商商户号 */
  sp_mchid: string
  /** 用户在发起签约App的标识 */
  sp_openid: string
  /** 用户在发起签约子App的标识 */
  sub_openid?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** ETC扣费授权协议号 */
  contract_id: string
  /** etc绑定状态 */
  bind_state: string
  /** 绑定的车牌号 */
  plate_number: string
}

/** 商户平台申诉(VIOLATION.APPEAL)通知(JSON): the decrypted `resource` of `VIOLATION.APPEAL`. */
export type ViolationAppealResource = {
  /** 该商户平台处置记录对应的商户号 */
  sub_mchid: string
  /** 子商户公司名称 */
  company_name: string
  /** 微信支付对违约商户处理通知的唯一标识 */
  record_id: string
  /** 微信支付对违约商户的具体处罚方案 */
  punish_plan: string
  /** 微信支付对违约商户的处置时间 */
  punish_time: string
  /** 微信支付对违约商户处罚方案的详细描述信息 */
  punish_description: string
  /** 微信支付对违约商户定义的风险类型 */
  risk_type: 'ONE_YUAN_PURCHASES' | 'MULTI_LEVEL_DISTRIBUTION_REBATE' | 'PROHIBITED_BUSINESS_CATEGORIES' | 'CASH_ADVANCE_VIA_CREDIT_CARD' | 'INDUCING_USERS_TO_MAKE_PAYMENTS' | 'FRAUD' | 'MALICIOUS_FAN_COUNT_BOOSTING' | 'CROSS_CATEGORY_ACTIVITIES' | 'CROSS_CATEGORY_BUSINESS' | 'GAMBLING' | 'LEWD_CONTENT' | 'UNLICENSED_PAYMENT_AND_SETTLEMENT_BUSINESS' | 'INVESTMENT' | 'TRANSACTION_DISPUTE' | 'CROSS_BORDER_USE_OF_DOMESTIC_PAYMENT_API' | 'OVERSEAS_ACTIVITIES_OUTSIDE_THE_BUSINESS_SCOPE_APPROVED_BY_REGULATORY_AUTHORITIES' | 'UNUSUAL_TRANSACTION' | 'UNLICENSED_BUSINESS' | 'WEALTH_INVESTMENT' | 'AFFILIATED_TO_A_VIOLATING_ENTITY' | 'INVOLVED_IN_A_JUDICIAL_CASE' | 'INCORRECT_INFORMATION_SUBMITTED' | 'APPEAL_SUCCESSFUL' | 'REPORTED_BY_OTHERS' | 'VIOLATING_SMART_CATERING_ACTIVITIES' | 'MORE_THAN_ONE_MERCHANT_UNDER_A_SINGLE_MERCHANT_ID' | 'CROSS_REGION_USE_OF_INTERNATIONAL_PAYMENT_API' | 'UNUSUAL_REAL_TIME_TRANSACTION' | 'UNACCEPTABLE_DOCUMENTS' | 'LARGE_AMOUNT_TRANSACTION' | 'ALL_MERCHANTS_HAVE_CONFIRMED_THE_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'UNCONFIRMED_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'INACTIVE_TRANSACTION' | 'OTHER_UNUSUAL_ACTIVITIES' | (string & {})
  /** 微信支付对违约商户定义的风险类型枚举值对应的中文描述 */
  risk_description: string
}

/** 商户平台拦截(VIOLATION.INTERCEPT)通知(JSON): the decrypted `resource` of `VIOLATION.INTERCEPT`. */
export type ViolationInterceptResource = {
  /** 该商户平台处置记录对应的商户号 */
  sub_mchid: string
  /** 子商户公司名称 */
  company_name: string
  /** 微信支付对违约商户处理通知的唯一标识 */
  record_id: string
  /** 微信支付对违约商户的具体处罚方案 */
  punish_plan: string
  /** 微信支付对违约商户的处置时间 */
  punish_time: string
  /** 微信支付对违约商户处罚方案的详细描述信息 */
  punish_description: string
  /** 微信支付对违约商户定义的风险类型 */
  risk_type: 'ONE_YUAN_PURCHASES' | 'MULTI_LEVEL_DISTRIBUTION_REBATE' | 'PROHIBITED_BUSINESS_CATEGORIES' | 'CASH_ADVANCE_VIA_CREDIT_CARD' | 'INDUCING_USERS_TO_MAKE_PAYMENTS' | 'FRAUD' | 'MALICIOUS_FAN_COUNT_BOOSTING' | 'CROSS_CATEGORY_ACTIVITIES' | 'CROSS_CATEGORY_BUSINESS' | 'GAMBLING' | 'LEWD_CONTENT' | 'UNLICENSED_PAYMENT_AND_SETTLEMENT_BUSINESS' | 'INVESTMENT' | 'TRANSACTION_DISPUTE' | 'CROSS_BORDER_USE_OF_DOMESTIC_PAYMENT_API' | 'OVERSEAS_ACTIVITIES_OUTSIDE_THE_BUSINESS_SCOPE_APPROVED_BY_REGULATORY_AUTHORITIES' | 'UNUSUAL_TRANSACTION' | 'UNLICENSED_BUSINESS' | 'WEALTH_INVESTMENT' | 'AFFILIATED_TO_A_VIOLATING_ENTITY' | 'INVOLVED_IN_A_JUDICIAL_CASE' | 'INCORRECT_INFORMATION_SUBMITTED' | 'APPEAL_SUCCESSFUL' | 'REPORTED_BY_OTHERS' | 'VIOLATING_SMART_CATERING_ACTIVITIES' | 'MORE_THAN_ONE_MERCHANT_UNDER_A_SINGLE_MERCHANT_ID' | 'CROSS_REGION_USE_OF_INTERNATIONAL_PAYMENT_API' | 'UNUSUAL_REAL_TIME_TRANSACTION' | 'UNACCEPTABLE_DOCUMENTS' | 'LARGE_AMOUNT_TRANSACTION' | 'ALL_MERCHANTS_HAVE_CONFIRMED_THE_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'UNCONFIRMED_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'INACTIVE_TRANSACTION' | 'OTHER_UNUSUAL_ACTIVITIES' | (string & {})
  /** 微信支付对违约商户定义的风险类型枚举值对应的中文描述 */
  risk_description: string
}

/** 商户平台处罚(VIOLATION.PUNISH)通知(JSON): the decrypted `resource` of `VIOLATION.PUNISH`. */
export type ViolationPunishResource = {
  /** 该商户平台处置记录对应的商户号 */
  sub_mchid: string
  /** 子商户公司名称 */
  company_name: string
  /** 微信支付对违约商户处理通知的唯一标识 */
  record_id: string
  /** 微信支付对违约商户的具体处罚方案 */
  punish_plan: string
  /** 微信支付对违约商户的处置时间 */
  punish_time: string
  /** 微信支付对违约商户处罚方案的详细描述信息 */
  punish_description: string
  /** 微信支付对违约商户定义的风险类型 */
  risk_type: 'ONE_YUAN_PURCHASES' | 'MULTI_LEVEL_DISTRIBUTION_REBATE' | 'PROHIBITED_BUSINESS_CATEGORIES' | 'CASH_ADVANCE_VIA_CREDIT_CARD' | 'INDUCING_USERS_TO_MAKE_PAYMENTS' | 'FRAUD' | 'MALICIOUS_FAN_COUNT_BOOSTING' | 'CROSS_CATEGORY_ACTIVITIES' | 'CROSS_CATEGORY_BUSINESS' | 'GAMBLING' | 'LEWD_CONTENT' | 'UNLICENSED_PAYMENT_AND_SETTLEMENT_BUSINESS' | 'INVESTMENT' | 'TRANSACTION_DISPUTE' | 'CROSS_BORDER_USE_OF_DOMESTIC_PAYMENT_API' | 'OVERSEAS_ACTIVITIES_OUTSIDE_THE_BUSINESS_SCOPE_APPROVED_BY_REGULATORY_AUTHORITIES' | 'UNUSUAL_TRANSACTION' | 'UNLICENSED_BUSINESS' | 'WEALTH_INVESTMENT' | 'AFFILIATED_TO_A_VIOLATING_ENTITY' | 'INVOLVED_IN_A_JUDICIAL_CASE' | 'INCORRECT_INFORMATION_SUBMITTED' | 'APPEAL_SUCCESSFUL' | 'REPORTED_BY_OTHERS' | 'VIOLATING_SMART_CATERING_ACTIVITIES' | 'MORE_THAN_ONE_MERCHANT_UNDER_A_SINGLE_MERCHANT_ID' | 'CROSS_REGION_USE_OF_INTERNATIONAL_PAYMENT_API' | 'UNUSUAL_REAL_TIME_TRANSACTION' | 'UNACCEPTABLE_DOCUMENTS' | 'LARGE_AMOUNT_TRANSACTION' | 'ALL_MERCHANTS_HAVE_CONFIRMED_THE_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'UNCONFIRMED_WILLINGNESS_TO_OPEN_AN_ACCOUNT' | 'INACTIVE_TRANSACTION' | 'OTHER_UNUSUAL_ACTIVITIES' | (string & {})
  /** 微信支付对违约商户定义的风险类型枚举值对应的中文描述 */
  risk_description: string
}

/** 关系授权完成(WEBIZPAY.AUTHORIZED)通知(JSON): the decrypted `resource` of `WEBIZPAY.AUTHORIZED`. */
export type WebizpayAuthorizedResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业员工ID */
  user_id: string
  /** 微信授权关系ID */
  employee_id: string
  /** 授权时间 */
  authorization_time: string
}

/** 企业支付额度卡退款成功后(WEBIZPAY.PAYMENTREFUNDSUCCESS)通知(JSON): the decrypted `resource` of `WEBIZPAY.PAYMENTREFUNDSUCCESS`. */
export type WebizpayPaymentrefundsuccessResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付退款单号 */
  refund_id: string
  /** 商户退款单号 */
  out_refund_no: string
  /** 金额 */
  amount: number
  /** 支付完成时间 */
  pay_success_time: number
  /** 已退款金额 */
  refunded_amount: number
  /** 退款金额 */
  refund_amount: number
  /** 退款状态 */
  refund_state: 'SUCCESS' | (string & {})
  /** 退款创建时间 */
  refund_create_time: number
  /** 退款成功时间 */
  refund_success_time: number
}

/** 企业支付额度卡支付成功后(WEBIZPAY.PAYMENTSUCCESS)通知(JSON): the decrypted `resource` of `WEBIZPAY.PAYMENTSUCCESS`. */
export type WebizpayPaymentsuccessResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 收款商户简称 */
  receive_mch_name: string
  /** 收款商户全称 */
  receive_mch_full_name: string
  /** 收款商户对应社会组织代码 */
  receive_mch_organization_code: string
  /** 收单机构 */
  acquirer: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付退款单号 */
  refund_id?: string
  /** 商户退款单号 */
  out_refund_no?: string
  /** 交易状态 */
  transaction_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | (string & {})
  /** 金额 */
  amount: number
  /** 商品名称 */
  goods_name: number
  /** 支付完成时间 */
  pay_success_time: number
}

/** 企业支付额度卡失效后(WEBIZPAY.QUOTACARDEXPIRED)通知(JSON): the decrypted `resource` of `WEBIZPAY.QUOTACARDEXPIRED`. */
export type WebizpayQuotacardexpiredResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业支付额度卡卡号 */
  card_no: string
  /** 微信授权关系ID */
  employee_id: string
  /** 卡片状态 */
  card_state: 'ACTIVE' | 'DISABLED' | (string & {})
  /** 卡片失效时间 */
  card_disabled_time: string
  /** 失效原因 */
  reason?: string
}

/** 企业支付关系解除授权后(WEBIZPAY.REVOKED)通知(JSON): the decrypted `resource` of `WEBIZPAY.REVOKED`. */
export type WebizpayRevokedResource = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 出资子商户号 */
  sub_mchid: string
  /** 企业员工ID */
  user_id: string
  /** 员工企业支付权限状态 */
  authorization_state: 'AUTHORIZED' | 'REVOKED' | (string & {})
  /** 授权解除时间 */
  authorization_revoked_time: string
  /** 授权解除原因 */
  reason: '企业发起' | '员工注销' | (string & {})
}

/** Every webhook event type of the catalog: its decrypted resource. */
export interface CatalogEvents {
  'ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS': AbnormalFundProcessingTransferSuccessResource
  'APPLYMENT_STATE.APPROVED': ApplymentStateApprovedResource
  'BLOCKRECORD.CHANGE': BlockrecordChangeResource
  'BLOCKSUBMISSION.CHANGE': BlocksubmissionChangeResource
  'BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON': BrandMemberCardSpPointExchangeCouponResource
  'BRAND_MEMBER_CARD_SP.SYNC_USER_POINT': BrandMemberCardSpSyncUserPointResource
  'BRAND_MEMBER_CARD_SP.USER_CARD.CREATE': BrandMemberCardSpUserCardCreateResource
  'BRAND_MEMBER_CARD_SP.USER_CARD.DELETE': BrandMemberCardSpUserCardDeleteResource
  'BUDGET.CLOSED': BudgetClosedResource
  'BUDGET.FINISHED': BudgetFinishedResource
  'BUDGET.LOCKED': BudgetLockedResource
  'COMPLAINT.CREATE': ComplaintCreateResource
  'COMPLAINT.STATE_CHANGE': ComplaintStateChangeResource
  'COUPON.SEND': CouponSendResource
  'COUPON.USE': CouponUseResource
  'CREDIT_REPAYMENT.DEDUCTION_PAY': CreditRepaymentDeductionPayResource
  'CREDIT_REPAYMENT.SIGN_CONTRACT': CreditRepaymentSignContractResource
  'CREDIT_REPAYMENT.TERMINATE_CONTRACT': CreditRepaymentTerminateContractResource
  'CROSS_BORDER_PAY.GET_MCH_INFO': CrossBorderPayGetMchInfoResource
  'CROSS_BORDER_PAY.PUSH_ORDER_INFO': CrossBorderPayPushOrderInfoResource
  'DELIVERY_PLAN.CHANGE': DeliveryPlanChangeResource
  'DISCOUNT_CARD.AGREEMENT_ENDED': DiscountCardAgreementEndedResource
  'DISCOUNT_CARD.GET_CARD': DiscountCardGetCardResource
  'DISCOUNT_CARD.SETTLEMENT': DiscountCardSettlementResource
  'DISCOUNT_CARD.USER_ACCEPTED': DiscountCardUserAcceptedResource
  'DISCOUNT_CARD.USER_PAID': DiscountCardUserPaidResource
  'ECOMMERCE_ENTRUST.SIGN': EcommerceEntrustSignResource
  'ECOMMERCE_ENTRUST.TERMINATE': EcommerceEntrustTerminateResource
  'EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE': EduSchoolPayUserDebtStateUpdateResource
  'ENTRUST.RELEASE': EntrustReleaseResource
  'ENTRUST.SIGN': EntrustSignResource
  'ENTRUST.SIGNING': EntrustSigningResource
  'ENTRUST.TERMINATE': EntrustTerminateResource
  'ENTRUST.TERMINATE_INQUIRY': EntrustTerminateInquiryResource
  'ENTRUST.TERMINATE_RETENTION': EntrustTerminateRetentionResource
  'FACEPAY.USER_STATE_CHANGE': FacepayUserStateChangeResource
  'FAPIAO.CARD_DISCARDED': FapiaoCardDiscardedResource
  'FAPIAO.CARD_INSERTED': FapiaoCardInsertedResource
  'FAPIAO.ISSUED': FapiaoIssuedResource
  'FAPIAO.REVERSED': FapiaoReversedResource
  'FAPIAO.USER_APPLIED': FapiaoUserAppliedResource
  'HIRE_POWER_BANK.RECEIVE_INSURANCE': HirePowerBankReceiveInsuranceResource
  'INSURANCE_ENTRUST.RENEW': InsuranceEntrustRenewResource
  'INSURANCE_ENTRUST.SIGN': InsuranceEntrustSignResource
  'INSURANCE_ENTRUST.TERMINATE': InsuranceEntrustTerminateResource
  'INSURANCE_POLICY_MANAGEMENT.GRANTED': InsurancePolicyManagementGrantedResource
  'MALL_AUTH.ACTIVATE_CARD': MallAuthActivateCardResource
  'MALL_REFUND.SUCCESS': MallRefundSuccessResource
  'MALL_TRANSACTION.SUCCESS': MallTransactionSuccessResource
  'MANAGERECORD.CHANGE': ManagerecordChangeResource
  'MCHTRANSFER.AUTHORIZATION.CLOSED': MchtransferAuthorizationClosedResource
  'MCHTRANSFER.AUTHORIZATION.CONFIRMED': MchtransferAuthorizationConfirmedResource
  'MCHTRANSFER.BATCH.CLOSED': MchtransferBatchClosedResource
  'MCHTRANSFER.BATCH.FINISHED': MchtransferBatchFinishedResource
  'MCHTRANSFER.BILL.FINISHED': MchtransferBillFinishedResource
  'MCHTRANSFER.QQWALLETBILL.FINISHED': MchtransferQqwalletbillFinishedResource
  'MCHWITHDRAW.CHANGE': MchwithdrawChangeResource
  'MEDICAL_INSURANCE.SUCCESS': MedicalInsuranceSuccessResource
  'MEMBERCARD.ACCEPT_CARD': MembercardAcceptCardResource
  'MEMBERCARD.ACTIVATE_CARD': MembercardActivateCardResource
  'MEMBERCARD.USERCARD_MANAGE': MembercardUsercardManageResource
  'MERCHANT_NOTIFY.NOTIFY': MerchantNotifyNotifyResource
  'PAPAY.SIGN': PapaySignResource
  'PAPAY.TERMINATE': PapayTerminateResource
  'PARKING_FEE.QUERY_TRANS_INFO': ParkingFeeQueryTransInfoResource
  'PAYSCORE.BIND_SERVICE_ACCOUNT': PayscoreBindServiceAccountResource
  'PAYSCORE.MCH_PREPAY': PayscoreMchPrepayResource
  'PAYSCORE.USER_ACCEPTED': PayscoreUserAcceptedResource
  'PAYSCORE.USER_CANCEL_SIGN_PLAN': PayscoreUserCancelSignPlanResource
  'PAYSCORE.USER_CLOSE_SERVICE': PayscoreUserCloseServiceResource
  'PAYSCORE.USER_CONFIRM': PayscoreUserConfirmResource
  'PAYSCORE.USER_OPEN_SERVICE': PayscoreUserOpenServiceResource
  'PAYSCORE.USER_PAID': PayscoreUserPaidResource
  'PAYSCORE.USER_SIGN_PLAN': PayscoreUserSignPlanResource
  'PRODUCT_COUPON_SP.IMAGE_GENERATION': ProductCouponSpImageGenerationResource
  'PRODUCT_COUPON_SP.SEND': ProductCouponSpSendResource
  'PROFITSHARING.RETURN': ProfitsharingReturnResource
  'PROFITSHARING.SUCCESS': ProfitsharingSuccessResource
  'RECHARGE.CLOSED': RechargeClosedResource
  'RECHARGE.FUND_RETURNED': RechargeFundReturnedResource
  'RECHARGE.SUCCESS': RechargeSuccessResource
  'REFUND.ABNORMAL': RefundAbnormalResource
  'REFUND.CLOSED': RefundClosedResource
  'REFUND.SUCCESS': RefundSuccessResource
  'RISKTRADE.IDENTIFICATION': RisktradeIdentificationResource
  'SECURITY_ECHO.SUCCESS': SecurityEchoSuccessResource
  'SETTLEMENT.SUCCESS': SettlementSuccessResource
  'TRANSACTION.FAIL': TransactionFailResource
  'TRANSACTION.INDUSTRY_FAILED': TransactionIndustryFailedResource
  'TRANSACTION.INDUSTRY_SUCCESS': TransactionIndustrySuccessResource
  'TRANSACTION.PAY_BACK': TransactionPayBackResource
  'TRANSACTION.SUCCESS': TransactionSuccessResource
  'VEHICLE.ENTRANCE_STATE_CHANGE': VehicleEntranceStateChangeResource
  'VEHICLE.USER_STATE_CHANGE': VehicleUserStateChangeResource
  'VIOLATION.APPEAL': ViolationAppealResource
  'VIOLATION.INTERCEPT': ViolationInterceptResource
  'VIOLATION.PUNISH': ViolationPunishResource
  'WEBIZPAY.AUTHORIZED': WebizpayAuthorizedResource
  'WEBIZPAY.PAYMENTREFUNDSUCCESS': WebizpayPaymentrefundsuccessResource
  'WEBIZPAY.PAYMENTSUCCESS': WebizpayPaymentsuccessResource
  'WEBIZPAY.QUOTACARDEXPIRED': WebizpayQuotacardexpiredResource
  'WEBIZPAY.REVOKED': WebizpayRevokedResource
}
