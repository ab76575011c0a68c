import { invalid } from './errors.js'
import type { Host } from './options.js'
import { hasDotSegment } from './path.js'

// URL parsing would silently drop tabs and newlines, resolve `\` as `/` and re-encode the rest: an absolute url is
// printable ASCII without spaces or backslashes, so the path checked and signed is the one written.
const UNSAFE_URL_CHARACTERS = /[^\x21-\x7e]|\\/

/**
 * A url's path template relative to the base URL. Absolute URLs must point at the configured hosts (the Authorization
 * header is only ever sent there) and hold no `.`/`..` segment, which `new URL` would resolve away unseen.
 * Messages never echo the url: a secret pasted into it must not reach a log.
 */
export function templateOf(url: string, hosts: readonly (Host | undefined)[]): string {
  if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`
  if (UNSAFE_URL_CHARACTERS.test(url)) {
    invalid('bad url', [{ path: ['url'], message: 'must be printable ASCII without spaces or backslashes' }])
  }
  const rest = url.replace(/^https?:\/\/[^/?#]*/i, '')
  const hash = rest.indexOf('#')
  if (hasDotSegment(hash === -1 ? rest : rest.slice(0, hash))) {
    invalid('bad url', [{ path: ['url'], message: 'has a "." or ".." path segment, which would change the path' }])
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return invalid('bad url', [{ path: ['url'], message: 'is not a valid absolute URL' }])
  }
  const host = hosts.find(
    (h) =>
      h !== undefined &&
      h.origin === parsed.origin &&
      (parsed.pathname === h.basePath || parsed.pathname.startsWith(`${h.basePath}/`)),
  )
  if (host === undefined) {
    invalid('bad url', [
      {
        path: ['url'],
        message: 'points at a host other than baseUrl or backupBaseUrl (only they get the Authorization)',
      },
    ])
  }
  const path = parsed.pathname.slice(host.basePath.length) + parsed.search
  return path.startsWith('/') ? path : `/${path}`
}
