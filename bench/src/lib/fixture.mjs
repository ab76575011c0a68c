// One set of RSA-2048 keys and payloads shared by every subject and process, so all of them sign, verify and decrypt
// exactly the same things. Child processes load it from the JSON file named by BENCH_FIXTURE.
import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createNonce, encryptResource } from '@core/signer'
import { createCertificate } from '@core/signer/testing'

export const MCHID = '1900000001'
export const APPID = 'wxd678efh567hg6787'
export const DEACTIVATE_PATH = '/v3/marketing/busifavor/coupons/deactivate'
export const JSAPI_PATH = '/v3/pay/transactions/jsapi'
/** Bodies whose coupon_code starts with this get a corrupted signature from the raw server: a verifying client throws. */
export const TAMPER_PREFIX = 'TAMPER'

const pem = (key, type) => key.export({ type, format: 'pem' })

export function createFixture() {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const merchantSerial = randomBytes(20).toString('hex').toUpperCase()
  const now = Date.now()
  return {
    mchid: MCHID,
    merchantSerial,
    merchantPrivateKeyPem: pem(merchant.privateKey, 'pkcs8'),
    merchantPublicKeyPem: pem(merchant.publicKey, 'spki'),
    // wechatpay-node-v3 insists on the merchant certificate (it reads the serial from it when none is given).
    merchantCertificatePem: createCertificate({
      subjectKey: merchant.privateKey,
      issuerKey: merchant.privateKey,
      serial: merchantSerial,
      subject: { C: 'CN', O: 'bench', CN: MCHID },
      notBefore: new Date(now - 86_400_000),
      notAfter: new Date(now + 365 * 86_400_000),
    }),
    platformSerial: `PUB_KEY_ID_01${MCHID}2025${String(randomInt(1e9, 1e10))}00000000`,
    platformPrivateKeyPem: pem(platform.privateKey, 'pkcs8'),
    platformPublicKeyPem: pem(platform.publicKey, 'spki'),
    apiv3Key: createNonce(32),
  }
}

export function loadFixture(path = process.env.BENCH_FIXTURE) {
  if (!path) throw new Error('bench: BENCH_FIXTURE is not set (run through src/run.mjs)')
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** A deactivate body as a caller builds it: a fresh request-no per coupon. */
export function deactivateBody(couponCode, stockId, n) {
  return {
    coupon_code: couponCode,
    stock_id: stockId,
    deactivate_request_no: `1002600620019090${String(n).padStart(12, '0')}`,
    deactivate_reason: '此券使用时间设置错误',
  }
}

/** A JSAPI order as a caller builds it: the out_trade_no is the caller's, fresh per order (`prefix` + sequence). */
export function jsapiBody(n, prefix = 'BENCH') {
  return {
    appid: APPID,
    mchid: MCHID,
    description: 'Image形象店-深圳腾大-QQ公仔',
    out_trade_no: `${prefix}${String(n).padStart(16, '0')}`,
    notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
    amount: { total: 100, currency: 'CNY' },
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  }
}

/** A COUPON.SEND-like resource padded to about `bytes` of JSON, the size the issue asks for (~1 KB). */
export function couponResourcePlaintext(bytes = 1024) {
  const base = {
    event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
    coupon_code: '0a1b2c3d4e5f6a7b8c9d',
    stock_id: '1234567891',
    send_time: '2025-05-20T13:29:35+08:00',
    openid: 'o4GgauInH_RCEdvrrNGrntXDu6D4',
    unionid: 'oP1Y8t7lP8TnPp8qaV3oY4y0n3Zo',
    send_channel: 'BUSIFAVOR_SEND_CHANNEL_MINIAPP',
    send_merchant: MCHID,
    attach_info: {
      transaction_id: '4200000000000000000000000000',
      act_code: 'ACT_CODE_0001',
      hall_code: '',
      hall_belong_mchid: 0,
      card_id: '',
      code: '',
      activity_id: '',
    },
  }
  const padding = bytes - Buffer.byteLength(JSON.stringify({ ...base, remark: '' }))
  return JSON.stringify({ ...base, remark: 'x'.repeat(Math.max(0, padding)) })
}

export function encryptedCouponResource(apiv3Key, bytes = 1024) {
  return encryptResource(couponResourcePlaintext(bytes), apiv3Key, { associatedData: 'coupon', originalType: 'coupon' })
}
