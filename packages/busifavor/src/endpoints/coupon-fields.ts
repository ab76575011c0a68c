// Field texts the coupon endpoints share (issue, use, return and deactivate).

export const OPENID = { description: '用户标识', en: 'OpenID of the user' }
export const STOCK_ID = { description: '批次号', en: 'Stock ID' }
export const COUPON_CODE = { description: '券code', en: 'Coupon code' }
