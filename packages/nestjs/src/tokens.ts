// Injection tokens are namespaced strings, not symbols or classes: the ESM and the CJS build of this package (both
// may load in one Nest app) then still agree on them.
const NAMESPACE = '@adapters/nestjs'

/** @internal The resolved module options. Use {@link getWechatPayOptionsToken} in application code. */
export const WECHATPAY_OPTIONS = `${NAMESPACE}:options`
/** @internal The `@core/client` client. Use {@link getWechatPayClientToken} or `@InjectWechatPayClient()`. */
export const WECHATPAY_CLIENT = `${NAMESPACE}:client`

/** The token of the options the module was configured with (`forRoot` value or `forRootAsync` result). */
export function getWechatPayOptionsToken(): string {
  return WECHATPAY_OPTIONS
}

/**
 * The token of the module's `WechatPayClient`, e.g. for `inject: [getWechatPayClientToken()]` in a factory or
 * `moduleRef.get(getWechatPayClientToken())`.
 */
export function getWechatPayClientToken(): string {
  return WECHATPAY_CLIENT
}
