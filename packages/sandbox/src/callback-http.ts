import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { DELIVERY_RESPONSE_LIMIT } from './callback-types.js'
import { BLOCKED_CALLBACK_HOST_SUFFIXES } from './constants.js'

/** Why `url` is never posted to (not http(s), not a URL, a documentation example host), or `undefined`. */
export function blockedHost(url: string): string | undefined {
  let host: string
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `unsupported scheme ${parsed.protocol}`
    host = parsed.hostname.toLowerCase()
  } catch {
    return 'not a valid URL'
  }
  const suffix = BLOCKED_CALLBACK_HOST_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`))
  return suffix === undefined
    ? undefined
    : `${host} is a documentation example host (WeChat Pay's own or RFC 2606): not posted`
}

export interface PostedCallback {
  status: number
  /** The start of the answer body, `undefined` when empty. */
  response: string | undefined
}

/** An in-flight POST the dispatcher can abort when the sandbox closes. */
export interface Inflight {
  destroy(): void
}

/** POSTs one callback; resolves with the merchant's status and the start of its answer (the rest is drained). */
export function postCallback(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  inflight: Set<Inflight>,
): Promise<PostedCallback> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest
    const req = send(url, { method: 'POST', headers, agent: false })
    const handle = { destroy: () => req.destroy(new Error('sandbox closed')) }
    inflight.add(handle)
    const timer = setTimeout(() => req.destroy(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs)
    const done = () => {
      clearTimeout(timer)
      inflight.delete(handle)
    }
    req.on('response', (res) => {
      let kept = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        if (kept.length < DELIVERY_RESPONSE_LIMIT) kept += chunk.slice(0, DELIVERY_RESPONSE_LIMIT - kept.length)
      })
      res.on('end', () => {
        done()
        resolve({ status: res.statusCode ?? 0, response: kept === '' ? undefined : kept })
      })
      res.on('error', (error) => {
        done()
        reject(error)
      })
    })
    req.on('error', (error) => {
      done()
      reject(error)
    })
    req.end(body)
  })
}
