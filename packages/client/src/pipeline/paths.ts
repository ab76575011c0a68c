import type { Host, RequestOptions } from '../options.js'
import { buildQuery, fillPath } from '../path.js'
import { templateOf } from '../url.js'

/** A `url` as given to `request`, resolved once: the API path template and, without params or query, the path. */
interface Route {
  /** The template relative to the base URL, starting with `/`. */
  template: string
  /** `template` filled with no params (validated), set on the first call that has neither params nor query. */
  plain: string | undefined
}

// Calls repeat a few URLs (one per endpoint); the bound keeps URLs built from ids from piling up.
const ROUTE_CACHE_SIZE = 256

/** Turns a call's url, params and query into the API path that is signed and sent; each url is parsed once. */
export class PathResolver {
  readonly #routes = new Map<string, Route>()
  readonly #hosts: readonly (Host | undefined)[]

  constructor(hosts: readonly (Host | undefined)[]) {
    this.#hosts = hosts
  }

  /** The API path plus query for a url or template. */
  resolve(url: string, params: RequestOptions['params'], query: RequestOptions['query']): string {
    let route = this.#routes.get(url)
    if (route === undefined) {
      route = { template: templateOf(url, this.#hosts), plain: undefined }
      if (this.#routes.size >= ROUTE_CACHE_SIZE) this.#routes.clear()
      this.#routes.set(url, route)
    }
    if (params === undefined && query === undefined) {
      route.plain ??= fillPath(route.template, undefined)
      return route.plain
    }
    const filled = fillPath(route.template, params)
    const search = buildQuery(query)
    if (search === '') return filled
    return `${filled}${filled.includes('?') ? '&' : '?'}${search}`
  }
}
