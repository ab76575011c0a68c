// What `wxpay request` and `wxpay certificates download` print when a call fails, and with which exit code.
import { isApiError, isNetworkError, isTimeoutError, isValidationError } from '@core/client'
import { isKeyFormatError, isSignatureVerificationError, isWechatPayError } from '@core/signer'
import { CliError, EXIT } from './exit.js'

/** A client error as a CliError: the SDK's messages never hold a key, an Authorization or a signature. */
export function callFailure(error: unknown, target: string, sandbox: boolean): CliError {
  if (isApiError(error)) {
    const detail = error.detail === undefined ? '' : `\n  detail: ${JSON.stringify(error.detail)}`
    const hint =
      error.code === 'SIGN_ERROR' && sandbox
        ? 'see why the sandbox refused it: wxpay logs --failed'
        : error.code === 'SIGN_ERROR'
          ? 'check WECHATPAY_MCHID, WECHATPAY_SERIAL (the merchant API certificate serial) and the private key file'
          : undefined
    return new CliError(
      `HTTP ${error.status} ${error.code}: ${error.apiMessage ?? ''} (Request-ID ${error.requestId ?? 'none'})${detail}`,
      EXIT.FAILED,
      hint,
    )
  }
  if (isSignatureVerificationError(error)) {
    return new CliError(
      `the answer does not verify (${error.code}): ${error.message.replace(/^@core\/\w+: /, '')}`,
      EXIT.FAILED,
      error.code === 'UNKNOWN_SERIAL'
        ? 'configure the key it names (WECHATPAY_PUBLIC_KEY_ID/_PATH, or wxpay certificates download in certificate mode)'
        : 'capture the headers and body and run wxpay explain',
    )
  }
  if (isNetworkError(error) || isTimeoutError(error)) {
    return new CliError(`cannot reach ${target}: ${error.message.replace(/^@core\/client: /, '')}`, EXIT.IO)
  }
  if (isValidationError(error) || isKeyFormatError(error)) {
    return new CliError(error.message.replace(/^@core\/\w+: /, ''), EXIT.USAGE)
  }
  if (isWechatPayError(error)) return new CliError(error.message, EXIT.FAILED)
  return new CliError((error as Error).message ?? String(error), EXIT.IO)
}
