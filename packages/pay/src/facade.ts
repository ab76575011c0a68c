import {
  createFacade,
  type FacadeCallOptions,
  type FacadeClient,
  type FacadeInput,
  type FacadeOptions,
  invalid,
} from '@core/kit'
import type { Pay } from './generated/facade.js'
import { type EndpointId, type Endpoints, pay } from './registry.js'

/** Options of {@link createPay}: `onResponseIssues` (lenient answer checks). */
export type PayOptions = Omit<FacadeOptions<EndpointId>, 'requestNo'>

/** What a facade method takes, e.g. `PayInput<Endpoints['create_refund']>`. */
export type PayInput<E extends Endpoints[EndpointId]> = FacadeInput<E>

/** Per-call transport settings (`signal`, `retry`, `timeouts`, `headers`). */
export type PayCallOptions = FacadeCallOptions

/**
 * The typed facade over a `@core/client` client: one method per 基础支付 endpoint (see {@link Pay}). Every business
 * number — `out_trade_no`, `out_refund_no` — is yours: the facade never makes one up, and the calls that carry one are
 * retried by the client (network errors, 5xx, 429) with the same body.
 * @throws {ValidationError} unknown or invalid options.
 * @example
 * ```ts
 * import { createClient } from '@core/client'
 * import { createPay } from '@api/pay'
 * const client = createClient({ mchid, serial, privateKey, platformKeys })
 * const pay = createPay(client, { onResponseIssues: (event) => logger.warn(event) })
 * const { prepay_id } = await pay.jsapiPrepay({ appid, mchid, description, out_trade_no, notify_url,
 *   amount: { total: 1000 }, payer: { openid } })
 * ```
 */
export function createPay(client: FacadeClient, options: PayOptions = {}): Pay {
  // The kit knows `requestNo`, but no pay endpoint may generate its number: say so rather than ignore the option.
  if (typeof options === 'object' && options !== null && 'requestNo' in options) {
    invalid('@api/pay', 'createPay', [
      {
        path: ['requestNo'],
        message: 'is not a pay option: out_trade_no and out_refund_no are always yours (store them, then call)',
      },
    ])
  }
  return createFacade(pay, client, options as FacadeOptions) as Pay
}
