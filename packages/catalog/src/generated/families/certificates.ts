// certificates: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 获取平台证书列表: the options of `GET /v3/certificates`. */
export interface CertificatesGetOptions extends RouteCallOptions {
  query?: {
    /** 平台证书算法类型 */
    algorithm_type?: 'SM2' | 'RSA' | 'ALL'
  }
}

/** 获取平台证书列表: what `GET /v3/certificates` answers. */
export type CertificatesGetResponse = {
  /** 平台证书列表 */
  data: {
    /** 证书序列号 */
    serial_no: string
    /** 证书启用时间 */
    effective_time: string
    /** 证书弃用时间 */
    expire_time: string
    /** 证书信息 */
    encrypt_certificate: {
      /** 加密证书的算法 */
      algorithm: string
      /** 加密证书的随机串 */
      nonce: string
      /** 加密证书的附加数据 */
      associated_data: string
      /** 加密后的证书内容 */
      ciphertext: string
    }
  }[]
}
