import { ENCRYPTED_FIELDS } from './generated/encrypted.js'

const NONE: readonly string[] = Object.freeze([])

/**
 * The request fields of a route that WeChat Pay decrypts (RSA-OAEP with its own key, made by `client.encrypt()`),
 * e.g. `encryptedFields('POST /v3/pay/transactions/jsapi')` → `['json.payer.identity.number', …]`; none for others.
 */
export function encryptedFields(route: string): readonly string[] {
  return Object.hasOwn(ENCRYPTED_FIELDS, route) ? (ENCRYPTED_FIELDS[route] as readonly string[]) : NONE
}
