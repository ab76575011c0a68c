import type { ApiResponse } from '@core/client'

/** What a facade call knows about the HTTP answer besides its data. */
export type ResponseInfo = Omit<ApiResponse<unknown>, 'data'>

/** A facade call's data with the answer it came in. */
export interface FacadeResult<T> {
  data: T
  response: ResponseInfo
}

/**
 * What a facade method returns: a promise of the answer's data (`await busifavor.getStock(…)`) that also gives the
 * HTTP answer it came in — `Request-ID`, status, headers, raw bytes — through `withResponse()`. The request starts at
 * once, as with any promise.
 */
export interface FacadeCall<T> extends Promise<T> {
  /** The data and the HTTP answer, e.g. `const { data, response } = await busifavor.deactivateCoupon(…).withResponse()`. */
  withResponse(): Promise<FacadeResult<T>>
}

function pick<T>(result: FacadeResult<T>): T {
  return result.data
}

function ignore(): void {}

/**
 * The facade resolves with the client's answer object as `response` (no copy on the hot path of `await`); the info
 * a caller sees leaves out that object's `data`, which is `result.data` already.
 */
function withoutData<T>(result: FacadeResult<T>): FacadeResult<T> {
  if (!Object.hasOwn(result.response, 'data')) return result
  const { data: _data, ...info } = result.response as ResponseInfo & { data?: unknown }
  return { data: result.data, response: info }
}

/**
 * A native promise of the data with `withResponse()` on it. Native, not a thenable class: `await` takes a native
 * promise as it is, while a thenable costs a job and a promise more per call, which showed under concurrency (about
 * 3 µs per call at c=32, bench/results/10-facade-overhead.md).
 */
export function facadeCall<T>(result: Promise<FacadeResult<T>>): FacadeCall<T> {
  const call = result.then(pick) as FacadeCall<T>
  call.withResponse = () => {
    // The caller reads the answer here: a failure must not also surface as an unhandled rejection of the data promise.
    call.catch(ignore)
    return result.then(withoutData)
  }
  return call
}
