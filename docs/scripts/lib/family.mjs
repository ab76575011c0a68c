// A docs family entry (see ../families.mjs), checked and completed: its groups in order with their definitions, the
// route base of its framework snippets, and each page's slug and link. A mistake in an entry is a clear error here,
// before anything is written.

import { routeBase } from './frameworks.mjs'

/** The page slug of a definition id: `deactivate_coupon` → `deactivate-coupon`. */
export function slug(id) {
  return id.replace(/_/g, '-')
}

const DEFAULT_GROUPS = {
  endpoints: { zh: '接口', en: 'Endpoints' },
  notifications: { zh: '回调', en: 'Callbacks' },
}

function fail(entry, message) {
  throw new TypeError(`docs family "${entry.slug ?? entry.registry?.name}": ${message}`)
}

/**
 * @param {import('../generate.mjs').DocsFamily} entry
 */
export function resolveFamily(entry) {
  const { registry } = entry
  if (!registry || typeof registry.endpoints !== 'object' || typeof registry.notifications !== 'object') {
    fail(entry, 'registry must be a family from defineFamily() (with endpoints and notifications)')
  }
  if (!/^[a-z][a-z0-9-]*$/.test(entry.slug ?? '')) fail(entry, 'slug must be a lowercase folder name, e.g. "pay"')
  const endpoints = Object.values(registry.endpoints)
  const notifications = Object.values(registry.notifications)
  const byId = new Map([
    ...endpoints.map((d) => [d.id, { kind: 'endpoint', definition: d }]),
    ...notifications.map((d) => [d.id, { kind: 'notification', definition: d }]),
  ])
  const specs = entry.groups ?? [
    { ...DEFAULT_GROUPS.endpoints, ids: endpoints.map((d) => d.id) },
    ...(notifications.length ? [{ ...DEFAULT_GROUPS.notifications, ids: notifications.map((d) => d.id) }] : []),
  ]
  const placed = new Map()
  for (const group of specs) {
    for (const id of group.ids) {
      if (!byId.has(id)) fail(entry, `group "${group.en}" lists "${id}", which the registry does not have`)
      if (placed.has(id)) fail(entry, `"${id}" is in two groups ("${placed.get(id)}" and "${group.en}")`)
      placed.set(id, group.en)
    }
  }
  const missing = [...byId.keys()].filter((id) => !placed.has(id))
  if (missing.length) fail(entry, `${missing.join(', ')} in no group: add each to one of "groups"`)
  const order = [...byId.keys()]
  const groups = specs.map((group) => ({
    zh: group.zh,
    en: group.en,
    // The registry's order inside a group: the registry is the one list.
    items: [...group.ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((id) => byId.get(id)),
  }))
  const frameworks = new Set(entry.frameworks ?? [])
  for (const id of frameworks) {
    if (byId.get(id)?.kind !== 'endpoint') fail(entry, `frameworks lists "${id}", which is not one of its endpoints`)
  }
  const parsers = entry.parsers ?? {}
  for (const n of notifications) {
    if (!parsers[n.id]?.parse) fail(entry, `notification "${n.id}" needs its parser: parsers: { ${n.id}: { parse } }`)
  }
  const readers = entry.readers ?? {}
  for (const id of Object.keys(readers)) {
    if (byId.get(id)?.kind !== 'endpoint') fail(entry, `readers lists "${id}", which is not one of its endpoints`)
  }
  return {
    registry,
    slug: entry.slug,
    source: entry.source,
    groups,
    endpoints,
    notifications,
    frameworks,
    parsers,
    readers,
    routeBase: routeBase(endpoints.filter((e) => frameworks.has(e.id)).map((e) => e.path)),
    /** The site path of a page of this family, e.g. `/en/api/pay/close-order`. */
    link: (prefix, id) => `${prefix}/api/${entry.slug}/${id === undefined ? '' : slug(id)}`,
  }
}
