import { type EncryptedResource, encryptResource } from './aes.js'
import { invalidArgument } from './errors.js'
import type { KeyInput } from './keys.js'
import type { Body } from './messages.js'
import { createNonce } from './nonce.js'
import { signResponse, type WechatPaySignatureHeaders } from './responses.js'

export interface TestNotificationEvent {
  id?: string
  create_time?: string
  event_type?: string
  resource_type?: string
  summary?: string
  /** An already encrypted resource, or the plaintext object to encrypt with `apiv3Key`. */
  resource: EncryptedResource | Record<string, unknown>
  /** `original_type` and AAD used when the resource is encrypted here. */
  original_type?: string
  associated_data?: string
}

export interface SignNotificationForTestInput {
  /** Exact bytes to sign; or give `event` and the body is built (and encrypted) for you. */
  body?: Body
  event?: TestNotificationEvent
  /** Needed when `event.resource` is plaintext. */
  apiv3Key?: string | Uint8Array
  /** The platform private key your test plays WeChat Pay with; its public half goes in your PlatformKeys. */
  platformPrivateKey: KeyInput
  /** The serial your PlatformKeys knows that public key by. */
  serial: string
  timestamp?: number | string
  nonce?: string
  /** Send a chosen signature instead (e.g. `WECHATPAY/SIGNTEST/…` to test probe handling). */
  signature?: string
}

export interface SignedTestNotification {
  headers: WechatPaySignatureHeaders & { 'Content-Type': 'application/json'; 'Request-ID': string }
  /** The exact body that was signed: send these bytes unchanged. */
  body: string
}

function isEncrypted(resource: TestNotificationEvent['resource']): resource is EncryptedResource {
  return typeof resource.ciphertext === 'string' && typeof resource.nonce === 'string'
}

/**
 * Builds a callback exactly as WeChat Pay sends it — body, encrypted resource and `Wechatpay-*` headers — so your own
 * tests can post it to your notification endpoint.
 * @example
 * const { headers, body } = signNotificationForTest({
 *   event: { event_type: 'COUPON.SEND', resource: { coupon_code: 'c1', stock_id: '1' } },
 *   apiv3Key, platformPrivateKey, serial: 'PUB_KEY_ID_0000000000000000000000000000000000',
 * })
 * await fetch(url, { method: 'POST', headers, body })
 */
export function signNotificationForTest(input: SignNotificationForTestInput): SignedTestNotification {
  let body: string
  if (input.body !== undefined) {
    body = typeof input.body === 'string' ? input.body : Buffer.from(input.body).toString('utf8')
  } else if (input.event !== undefined) {
    const event = input.event
    let resource: EncryptedResource
    if (isEncrypted(event.resource)) {
      resource = event.resource
    } else {
      if (input.apiv3Key === undefined)
        invalidArgument('signNotificationForTest needs apiv3Key to encrypt a plaintext resource.')
      resource = encryptResource(JSON.stringify(event.resource), input.apiv3Key, {
        associatedData: event.associated_data ?? 'coupon',
        originalType: event.original_type ?? 'coupon',
      })
    }
    body = JSON.stringify({
      id: event.id ?? createNonce(36),
      create_time: event.create_time ?? new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      resource_type: event.resource_type ?? 'encrypt-resource',
      event_type: event.event_type ?? 'COUPON.SEND',
      summary: event.summary ?? '商家券领券通知',
      resource,
    })
  } else {
    return invalidArgument('signNotificationForTest needs either body or event.')
  }
  const signed = signResponse({
    body,
    privateKey: input.platformPrivateKey,
    serial: input.serial,
    ...(input.timestamp === undefined ? {} : { timestamp: input.timestamp }),
    ...(input.nonce === undefined ? {} : { nonce: input.nonce }),
    ...(input.signature === undefined ? {} : { signature: input.signature }),
  })
  return { headers: { ...signed, 'Content-Type': 'application/json', 'Request-ID': createNonce(32) }, body }
}
