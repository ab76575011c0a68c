// The webhooks of the reference in the catalog's shape: per event type, the decrypted resource (what
// `verifyNotification` hands over as `resource`). Curated callbacks (busifavor, pay) win for their event types.
import { treeOfRows } from './fields.mjs'

/** One reference webhook → { event_type, title, original_type, source, docs, resource | resource_variants }. */
export function webhookOf(hook, curated) {
  const out = {
    event_type: hook.event_type,
    title: hook.title_zh,
    original_type: hook.original_type ?? null,
    source: curated?.source ?? 'reference',
    docs: hook.official_docs,
  }
  const where = `webhook ${hook.event_type}`
  if (curated) out.resource = curated.resource
  else if (hook.resource_variants?.length) {
    out.resource_variants = hook.resource_variants.map((v) => ({
      label: v.label,
      fields: treeOfRows(v.rows, `${where} ${v.label}`),
    }))
  } else out.resource = treeOfRows(hook.resource, where)
  if (hook.irregularities?.length) out.notes = hook.irregularities
  return out
}

/** Every webhook, by event type. */
export function webhooksOf(reference, curated) {
  return reference
    .map((hook) => webhookOf(hook, curated.get(hook.event_type)))
    .sort((a, b) => (a.event_type < b.event_type ? -1 : 1))
}
