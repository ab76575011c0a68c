import type { AnyEndpoint as EndpointDefinition } from '@core/kit/define'

interface Route {
  endpoint: EndpointDefinition
  pattern: RegExp
  names: string[]
  /** Literal segments count: a literal beats a `{param}` when two templates could match the same path. */
  literals: number
}

export interface RouteMatch {
  endpoint: EndpointDefinition
  /** Raw (still percent-encoded) path parameter values. */
  rawParams: Record<string, string>
}

export type RouteResult =
  | { kind: 'match'; match: RouteMatch }
  | { kind: 'method'; allowed: string[] }
  | { kind: 'none' }

function compile(endpoint: EndpointDefinition): Route {
  const names: string[] = []
  let literals = 0
  const source = endpoint.path
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_]+)\}$/.exec(segment)
      if (param) {
        names.push(param[1]!)
        return '([^/]+)'
      }
      if (segment !== '') literals++
      return segment.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
    })
    .join('/')
  return { endpoint, pattern: new RegExp(`^${source}$`), names, literals }
}

/** Routes a method and raw path to an endpoint definition by its method and path template; built once per sandbox. */
export class Router {
  readonly #routes: Route[]

  constructor(endpoints: readonly EndpointDefinition[]) {
    this.#routes = endpoints.map(compile).sort((a, b) => b.literals - a.literals)
  }

  match(method: string, path: string): RouteResult {
    const allowed: string[] = []
    for (const route of this.#routes) {
      const m = route.pattern.exec(path)
      if (!m) continue
      if (route.endpoint.method !== method) {
        allowed.push(route.endpoint.method)
        continue
      }
      const rawParams: Record<string, string> = {}
      route.names.forEach((name, i) => {
        rawParams[name] = m[i + 1]!
      })
      return { kind: 'match', match: { endpoint: route.endpoint, rawParams } }
    }
    return allowed.length > 0 ? { kind: 'method', allowed } : { kind: 'none' }
  }
}
