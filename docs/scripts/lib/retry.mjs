// When a call is retried, from the definition alone. Mirrors what the SDK does: the facade marks a call idempotent
// when the endpoint has a business number (`idempotency`); `client.request` treats GET, HEAD and DELETE as idempotent
// by default and anything else only with `idempotent: true`; `uploadImage` is idempotent by default.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'DELETE'])

/**
 * @param {{ method: string, encoding?: string, idempotency?: { field: string, generate: boolean } }} endpoint
 * @returns {{ kind: 'caller' | 'generated' | 'read' | 'upload' | 'none', field?: string, method?: string }}
 */
export function retryRule(endpoint) {
  const idem = endpoint.idempotency
  if (idem) return { kind: idem.generate ? 'generated' : 'caller', field: idem.field }
  if (endpoint.encoding === 'image-upload') return { kind: 'upload' }
  if (SAFE_METHODS.has(endpoint.method)) return { kind: 'read', method: endpoint.method }
  return { kind: 'none' }
}

/** Whether a chained call of this endpoint must say `idempotent: true` to be retried as the facade's call is. */
export function chainNeedsIdempotent(endpoint) {
  return endpoint.idempotency !== undefined && !SAFE_METHODS.has(endpoint.method)
}

/** The retry sentence of a page. */
export function retryText(endpoint, text) {
  const rule = retryRule(endpoint)
  return text.retry[rule.kind](rule.field ?? rule.method)
}
