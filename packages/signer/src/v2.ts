import { createHash, createHmac } from 'node:crypto'
import { invalidArgument } from './errors.js'

export type V2SignType = 'HMAC-SHA256' | 'MD5'
export type V2Params = Record<string, string | number | boolean | null | undefined>

/**
 * `stringA` of the APIv2 signature: non-empty parameters except `sign`, sorted by name (ASCII), joined as `k=v&…`.
 */
export function buildV2Message(params: V2Params): string {
  return Object.keys(params)
    .filter((name) => {
      const value = params[name]
      if (value !== null && typeof value === 'object') invalidArgument(`APIv2 parameter "${name}" must be a scalar.`)
      return name !== 'sign' && value !== undefined && value !== null && value !== ''
    })
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join('&')
}

/**
 * The APIv2 signature used by front-end coupon issuance (小程序/H5 发券): `stringA&key=KEY`, then MD5 or HMAC-SHA256
 * keyed by the APIv2 key, uppercase hex.
 */
export function signV2(params: V2Params, key: string, signType: V2SignType = 'HMAC-SHA256'): string {
  if (typeof key !== 'string' || key === '') invalidArgument('signV2 needs the APIv2 key (32 characters).')
  const message = `${buildV2Message(params)}&key=${key}`
  if (signType === 'MD5') return createHash('md5').update(message, 'utf8').digest('hex').toUpperCase()
  if (signType === 'HMAC-SHA256') return createHmac('sha256', key).update(message, 'utf8').digest('hex').toUpperCase()
  return invalidArgument('signType must be "HMAC-SHA256" or "MD5".')
}
