import type { ApiResponse } from '@core/client'

/** What a facade call knows about the HTTP answer besides its data. */
export type ResponseInfo = Omit<ApiResponse<unknown>, 'data'>

/** A facade call's data with the answer it came in. */
export interface FacadeResult<T> {
  data: T
  response: ResponseInfo
}

function pick<T>(result: FacadeResult<T>): T {
  return result.data
}

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
 * What a facade method returns: a promise of the answer's data (`await busifavor.getStock(…)`) that also gives the
 * HTTP answer it came in — `Request-ID`, status, headers, raw bytes — through {@link FacadeCall.withResponse}. The
 * request starts at once, as with any promise.
 */
export class FacadeCall<T> implements Promise<T> {
  readonly #result: Promise<FacadeResult<T>>

  constructor(result: Promise<FacadeResult<T>>) {
    this.#result = result
  }

  /** The data and the HTTP answer, e.g. `const { data, response } = await busifavor.deactivateCoupon(…).withResponse()`. */
  withResponse(): Promise<FacadeResult<T>> {
    return this.#result.then(withoutData)
  }

  // biome-ignore lint/suspicious/noThenProperty: a facade call is a promise on purpose (await it like one).
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One promise per await: the data is picked in the same reaction that calls the caller's handler.
    return this.#result.then(
      onfulfilled == null ? (pick as (result: FacadeResult<T>) => R1) : (result) => onfulfilled(result.data),
      onrejected,
    )
  }

  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected)
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally)
  }

  readonly [Symbol.toStringTag] = 'FacadeCall'
}
