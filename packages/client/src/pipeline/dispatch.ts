import type { Dispatcher } from 'undici'
import type { Host, ResolvedOptions } from '../options.js'
import { dispatch, type WireResponse } from '../transport.js'
import { callHook, headerText } from './hooks.js'
import type { Prepared } from './prepared.js'

/**
 * Step 4, dispatch: one HTTP exchange through undici, with the call's timeouts and size cap (hook events are built
 * only when a hook is set: they copy the headers).
 */
export function dispatchAttempt(
  dispatcher: Dispatcher,
  o: ResolvedOptions,
  request: Prepared,
  host: Host,
  headers: Record<string, string>,
  attempt: number,
): Promise<WireResponse> {
  const path = host.basePath + request.path
  const hooks = o.hooks
  if (hooks?.onRequest !== undefined) {
    callHook(hooks, 'onRequest', {
      method: request.method,
      url: host.origin + path,
      attempt,
      headers: { ...headers, authorization: '[REDACTED]' },
      idempotent: request.idempotent,
    })
  }
  const { timeouts, maxResponseBytes } = request.settings
  const sent = dispatch(dispatcher, {
    origin: host.origin,
    path,
    method: request.method,
    headers,
    body: request.sendBody,
    timeouts,
    // The client's Agent holds the default timeouts; pass them only when this call or the dispatcher differs.
    timeoutOptions: o.dispatcher !== undefined || timeouts !== o.timeouts,
    signal: request.signal,
    maxResponseBytes,
    stream: request.stream,
    attempt,
  })
  if (hooks?.onResponse === undefined) return sent
  return sent.then((response) => {
    callHook(hooks, 'onResponse', {
      method: request.method,
      url: host.origin + path,
      attempt,
      status: response.status,
      requestId: headerText(response.headers['request-id']),
      headers: response.headers,
    })
    return response
  })
}
