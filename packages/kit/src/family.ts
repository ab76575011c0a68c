import type { AnyEndpoint } from './endpoint.js'
import type { AnyNotification } from './notification.js'

/** Who a family is: its package, its names in code and on the docs site. */
export interface FamilyInfo {
  /** The npm package, also the prefix of its error messages, e.g. `@api/busifavor`. */
  package: string
  /** Short name: the docs folder (`/api/busifavor/`) and the sandbox's family name, e.g. `busifavor`. */
  name: string
  title: { zh: string; en: string }
  /** The facade's names: its interface (`Busifavor`), factory (`createBusifavor`) and usual variable (`busifavor`). */
  facade: { type: string; factory: string; variable: string }
}

type ById<T extends readonly { id: string }[]> = { readonly [D in T[number] as D['id']]: D }

/** A family: its endpoints and callbacks by id, in the order they were listed (the docs order). */
export interface Family<
  Endpoints extends Readonly<Record<string, AnyEndpoint>> = Readonly<Record<string, AnyEndpoint>>,
  Notifications extends Readonly<Record<string, AnyNotification>> = Readonly<Record<string, AnyNotification>>,
> extends FamilyInfo {
  endpoints: Endpoints
  notifications: Notifications
}

export type AnyFamily = Family<Readonly<Record<string, AnyEndpoint>>, Readonly<Record<string, AnyNotification>>>

/**
 * The one list of a family's endpoints and callbacks. Ids must be unique; so must the facade method names derived from
 * them.
 * @throws {TypeError} on a duplicate id, method name or `METHOD path` (a definition error, caught by the first test).
 */
export function defineFamily<
  const Endpoints extends readonly AnyEndpoint[],
  const Notifications extends readonly AnyNotification[],
>(
  family: FamilyInfo & { endpoints: Endpoints; notifications: Notifications },
): Family<ById<Endpoints>, ById<Notifications>> {
  const endpoints: Record<string, AnyEndpoint> = {}
  const names = new Set<string>()
  const routes = new Set<string>()
  for (const endpoint of family.endpoints) {
    const route = `${endpoint.method} ${endpoint.path}`
    if (endpoint.id in endpoints || names.has(endpoint.name) || routes.has(route)) {
      throw new TypeError(`${family.package}: endpoint ${endpoint.id} (${route}) is listed twice`)
    }
    endpoints[endpoint.id] = endpoint
    names.add(endpoint.name)
    routes.add(route)
  }
  const notifications: Record<string, AnyNotification> = {}
  for (const notification of family.notifications) {
    if (notification.id in notifications || notification.id in endpoints) {
      throw new TypeError(`${family.package}: notification ${notification.id} is listed twice`)
    }
    notifications[notification.id] = notification
  }
  return Object.freeze({
    package: family.package,
    name: family.name,
    title: family.title,
    facade: family.facade,
    endpoints: Object.freeze(endpoints),
    notifications: Object.freeze(notifications),
  }) as unknown as Family<ById<Endpoints>, ById<Notifications>>
}
