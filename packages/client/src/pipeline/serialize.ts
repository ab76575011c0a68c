import { IMAGE_UPLOAD_PATH } from '../constants.js'
import { checkDownload, type DownloadOptions, isUnsignedDownload } from '../download.js'
import { invalid, type ValidationIssue } from '../errors.js'
import { buildImageUpload, multipartBody } from '../multipart.js'
import type { RequestOptions, ResolvedOptions, UploadImageOptions } from '../options.js'
import { callSettings, checkHeaders, checkSerial, REQUEST_KEYS, UPLOAD_KEYS, unknownKeys } from '../resolve-options.js'
import type { PathResolver } from './paths.js'
import { type Prepared, plainGet } from './prepared.js'

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'])
// The spellings `RequestOptions.method` allows, looked up without allocating an upper-cased copy per call.
const METHOD_NAMES = new Map<string, string>()
for (const name of METHODS) {
  METHOD_NAMES.set(name, name)
  METHOD_NAMES.set(name.toLowerCase(), name)
}
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE'])
export const JSON_TYPE = 'application/json'

interface Body {
  send: Buffer | undefined
  sign: string | undefined
  type: string | undefined
}

const NO_BODY: Body = { send: undefined, sign: undefined, type: undefined }

/** The body to send, the text to sign (the caller's text itself when given text) and its content type. */
function body(options: RequestOptions, issues: ValidationIssue[]): Body {
  const given = [options.json, options.body, options.multipart].filter((part) => part !== undefined).length
  if (given > 1) {
    issues.push({ path: ['json'], message: 'give one of json, body and multipart' })
    return NO_BODY
  }
  if (options.json !== undefined) {
    let text: string | undefined
    try {
      text = JSON.stringify(options.json)
    } catch (cause) {
      issues.push({ path: ['json'], message: `cannot be serialized: ${(cause as Error).message}` })
    }
    return text === undefined ? NO_BODY : { send: Buffer.from(text, 'utf8'), sign: text, type: JSON_TYPE }
  }
  if (options.multipart !== undefined) {
    // WeChat Pay signs an upload's meta JSON, not the multipart bytes.
    const upload = multipartBody(options.multipart, issues)
    return upload === undefined ? NO_BODY : { send: upload.body, sign: upload.meta, type: upload.contentType }
  }
  const raw = options.body
  if (raw === undefined) return NO_BODY
  if (typeof raw === 'string') return { send: Buffer.from(raw, 'utf8'), sign: raw, type: JSON_TYPE }
  if (raw instanceof Uint8Array) {
    return { send: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), sign: undefined, type: JSON_TYPE }
  }
  issues.push({ path: ['body'], message: 'must be a string or Uint8Array (use json for objects)' })
  return NO_BODY
}

/**
 * Step 1, serialize: validates a call and fixes the exact bytes that are signed and sent (once, for all attempts).
 * @throws {ValidationError} every problem with the options, by path; nothing was sent.
 */
export function serializeRequest(options: RequestOptions, o: ResolvedOptions, paths: PathResolver): Prepared {
  if (typeof options !== 'object' || options === null)
    invalid('request needs an options object', [{ path: [], message: 'not an object' }])
  const issues: ValidationIssue[] = []
  unknownKeys(options as unknown as Record<string, unknown>, REQUEST_KEYS, [], issues)
  const given = options.method
  const method = typeof given === 'string' ? (METHOD_NAMES.get(given) ?? (given as string).toUpperCase()) : ''
  if (!METHODS.has(method)) issues.push({ path: ['method'], message: `must be one of ${[...METHODS].join(', ')}` })
  if (typeof options.url !== 'string' || options.url === '')
    issues.push({ path: ['url'], message: 'must be a path such as /v3/…' })
  const { send, sign, type } = body(options, issues)
  if (send !== undefined && (method === 'GET' || method === 'HEAD'))
    issues.push({ path: ['json'], message: `${method} requests carry no body` })
  const headers = options.headers === undefined ? undefined : checkHeaders(options.headers, issues)
  if (options.idempotent !== undefined && typeof options.idempotent !== 'boolean')
    issues.push({ path: ['idempotent'], message: 'must be a boolean' })
  const settings = callSettings(options, o, issues)
  const wechatpaySerial = checkSerial(options.wechatpaySerial, issues)
  if (issues.length) invalid('invalid request options', issues)
  const path = paths.resolve(options.url, options.params, options.query)
  return {
    method,
    path,
    sendBody: send,
    signBody: sign ?? send ?? '',
    contentType: type,
    headers,
    idempotent: options.idempotent ?? IDEMPOTENT_METHODS.has(method),
    signal: options.signal,
    settings,
    wechatpaySerial,
    // Decided on the final path: what is checked is what goes on the wire.
    verify: method === 'GET' && isUnsignedDownload(path) ? 'none' : 'signature',
    stream: undefined,
  }
}

/** Serializes an image upload: the multipart body is sent, its meta JSON is what WeChat Pay signs. */
export function serializeUpload(options: UploadImageOptions, o: ResolvedOptions, paths: PathResolver): Prepared {
  if (typeof options !== 'object' || options === null)
    invalid('uploadImage needs { file, filename }', [{ path: [], message: 'not an object' }])
  const issues: ValidationIssue[] = []
  unknownKeys(options as unknown as Record<string, unknown>, UPLOAD_KEYS, [], issues)
  if (options.url !== undefined && (typeof options.url !== 'string' || options.url === ''))
    issues.push({ path: ['url'], message: 'must be a path such as /v3/…' })
  const settings = callSettings(options, o, issues)
  if (issues.length) invalid('invalid uploadImage options', issues)
  const image = buildImageUpload(options.file, options.filename)
  return {
    method: 'POST',
    path: paths.resolve(options.url ?? IMAGE_UPLOAD_PATH, undefined, undefined),
    sendBody: image.body,
    signBody: image.meta,
    contentType: image.contentType,
    headers: undefined,
    idempotent: options.idempotent ?? true,
    signal: options.signal,
    settings,
    wechatpaySerial: undefined,
    verify: 'signature',
    stream: undefined,
  }
}

/** Serializes a file download: only on a download route (decided on the final path), streamed, unsigned answer. */
export function serializeDownload(options: DownloadOptions, o: ResolvedOptions, paths: PathResolver): Prepared {
  const { check, headers, settings } = checkDownload(options, o)
  const path = paths.resolve(options.url, options.params, options.query)
  if (!isUnsignedDownload(path)) {
    invalid('invalid download options', [
      { path: ['url'], message: 'is not a file-download route (UNSIGNED_RESPONSE_PATHS); use request() for APIs' },
    ])
  }
  return { ...plainGet(path, settings, options.signal), headers, verify: 'none', stream: { check } }
}
