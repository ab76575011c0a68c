import type { ClientHooks } from '../options.js'

/** Calls a hook with its event; a hook that throws is ignored: observers must not change the outcome of a call. */
export function callHook<K extends keyof ClientHooks>(
  hooks: ClientHooks | undefined,
  name: K,
  event: Parameters<NonNullable<ClientHooks[K]>>[0],
): void {
  const hook = hooks?.[name] as ((event: unknown) => void) | undefined
  if (hook === undefined) return
  try {
    hook(event)
  } catch {
    // Observers must not change the outcome of a call.
  }
}

export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
