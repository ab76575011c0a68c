// brand-basic: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 获得品牌已授权且在生效中的产品权限信息: the options of `GET /v3/brand-basic/partner/brands/{brand_id}/product-authorities`. */
export interface BrandBasicPartnerBrandsByBrandIdProductAuthoritiesGetOptions extends RouteCallOptions {
  params: {
    /** 品牌ID */
    brand_id: string
  }
}

/** 获得品牌已授权且在生效中的产品权限信息: what `GET /v3/brand-basic/partner/brands/{brand_id}/product-authorities` answers. */
export type BrandBasicPartnerBrandsByBrandIdProductAuthoritiesGetResponse = {
  /** 品牌ID */
  brand_id: string
  /** 授权类型 */
  authorization_type: 'AUTHORIZATION_TYPE_HOSTING' | 'AUTHORIZATION_TYPE_PARTLY' | (string & {})
  /** 授权产品权限 */
  authorization_product?: ('BRAND_PRODUCT_AUTHORITY_MERCHANT_CARD' | 'BRAND_PRODUCT_AUTHORITY_CARD_LINK' | 'BRAND_PRODUCT_AUTHORITY_PRODUCT_COUPON' | 'BRAND_PRODUCT_AUTHORITY_SHAKE_COUPON' | 'BRAND_PRODUCT_AUTHORITY_BRAND_PAY_GIFT' | 'BRAND_PRODUCT_AUTHORITY_BRAND_STORE' | 'BRAND_PRODUCT_AUTHORITY_PAYMENT_MERCHANT_MANAGE' | 'BRAND_PRODUCT_AUTHORITY_APPID_MANAGE' | 'BRAND_PRODUCT_AUTHORITY_FINDER_MANAGE' | 'BRAND_PRODUCT_AUTHORITY_CATEGORY_MANAGE' | (string & {}))[]
  /** 更新时间 */
  update_time: string
}
