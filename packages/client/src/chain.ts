import type { ApiResponse } from './client.js'
import { invalid } from './errors.js'
import type { CallOptions, HttpMethod, RequestOptions } from './options.js'
import { joinSegments } from './path.js'

/** The verbs a chained path ends with. */
export interface ChainVerbs {
  get<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>
  post<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>
  put<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>
  patch<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>
  delete<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>
}

/**
 * A path under construction: any property is one more segment, taken as written (no camelCase rewriting); a
 * segment may hold several (`['a/b']`) or a `{name}` slot filled from `params`. End with a verb.
 */
export type ChainNode = ChainVerbs & { readonly [segment: string]: ChainNode }

type Send = (options: RequestOptions) => Promise<ApiResponse<unknown>>

// Null prototype: a segment named `constructor` or `toString` must stay a segment.
const VERBS: Readonly<Record<string, HttpMethod | undefined>> = Object.assign(Object.create(null), {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
})

function verb(send: Send, method: HttpMethod, segments: readonly string[]) {
  return async (options?: CallOptions) => {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      invalid(`${method.toLowerCase()}() takes an options object`, [{ path: [], message: 'not an object' }])
    }
    return send({ ...options, method, url: joinSegments(segments) })
  }
}

/** A chain node for `segments`; every property read makes a new node, so nothing accumulates in memory. */
export function chainNode(send: Send, segments: readonly string[]): ChainNode {
  // The target is an empty object: inspecting a node shows `{}`, never client internals.
  return new Proxy(Object.create(null) as object, {
    get(_target, property) {
      if (typeof property === 'symbol') return undefined
      const method = VERBS[property]
      if (method !== undefined) return verb(send, method, segments)
      // Not a thenable: `await client.v3` must not hang or call anything.
      if (property === 'then') return undefined
      return chainNode(send, [...segments, property])
    },
  }) as ChainNode
}
