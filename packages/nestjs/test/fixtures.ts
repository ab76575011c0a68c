import { generateKeyPairSync } from 'node:crypto'
import { PlatformKeys } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import type { WechatPayModuleOptions } from '../src/index.js'

// Local keys and signed deliveries shared by the callback tests; the client never reaches its base URL.
export const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
export const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
export const NOW = 1_700_000_000

/** Module options with local keys. */
export function options(extra: Partial<WechatPayModuleOptions> = {}): WechatPayModuleOptions {
  return {
    mchid: '1900000001',
    serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
    privateKey: merchant.privateKey,
    platformKeys: new PlatformKeys({ [SERIAL]: platform.publicKey }),
    apiv3Key: APIV3_KEY,
    baseUrl: 'http://127.0.0.1:9',
    clock: () => NOW * 1000,
    ...extra,
  }
}

let counter = 0
/** A fresh notification id per call, so tests never collide in a dedupe store. */
export const nextId = (tag: string) => `${tag}-${process.pid}-${++counter}`

/** A genuine COUPON.SEND delivery, signed and encrypted as WeChat Pay sends it. */
export function delivery(id: string, code = `C-${id}`) {
  return signNotificationForTest({
    event: { id, event_type: 'COUPON.SEND', resource: { coupon_code: code, stock_id: 'S-1' } },
    apiv3Key: APIV3_KEY,
    platformPrivateKey: platform.privateKey,
    serial: SERIAL,
    timestamp: NOW,
  })
}
