import { randomBytes, sign as rsaSign } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type EndpointDefinition, endpoints, marketingImageUploadMeta } from '@api/busifavor/schemas'
import {
  buildVerifyMessageBytes,
  createNonce,
  encryptResource,
  normalizeSerial,
  SIGNATURE_PROBE_PREFIX,
  signResponse,
} from '@core/signer'
import { z } from 'zod'
import { MerchantAuthenticator } from './auth.js'
import type { CallbackDispatcher } from './callbacks.js'
import { IDEMPOTENCY_RECORDS_LIMIT, MAX_JSON_DEPTH } from './constants.js'
import type { FaultDecision, Faults } from './faults.js'
import { handlers } from './handlers/index.js'
import { jsonNestsDeeperThan } from './json.js'
import type { KeyMaterial, PlatformSigner } from './keys.js'
import { type MultipartPart, parseMultipart } from './multipart.js'
import type { ResolvedOptions } from './options.js'
import {
  ApiProblem,
  frequencyLimited,
  invalidRequest,
  notExists,
  notFound,
  paramError,
  systemError,
} from './problem.js'
import type { RequestLog, RequestLogEntry } from './request-log.js'
import { Router } from './router.js'
import type { BusifavorState } from './state.js'
import { requestId, rfc3339, stableStringify } from './util.js'
import { coerceQuery, validate } from './validation.js'

/** The pseudo endpoint id of `GET /v3/certificates` (in the request log and in `faults.endpoints`). */
export const CERTIFICATES_ENDPOINT = 'certificates'
const CERTIFICATES_PATH = '/v3/certificates'
const UPLOAD_META = z.strictObject({ meta: marketingImageUploadMeta })

export interface ApiInput {
  /** Percent-decoded path parameters. */
  params: Record<string, string>
  query: Record<string, string>
  /** Parsed JSON body (`undefined` when the request had none). */
  json: unknown
  files?: MultipartPart[]
}

export interface ApiResult {
  status: number
  body: Record<string, unknown> | undefined
  replayed: boolean
}

interface IdempotencyRecord {
  fingerprint: string
  status: number
  body: Record<string, unknown> | undefined
}

interface Answer {
  status: number
  body: Record<string, unknown> | undefined
  headers?: Record<string, string>
}

function signAsync(bytes: Buffer, signer: PlatformSigner): Promise<string> {
  // On the thread pool, so answers are signed on every core and the event loop keeps accepting requests.
  return new Promise((resolve, reject) => {
    rsaSign('sha256', bytes, signer.privateKey, (error, signature) => {
      if (error) reject(error)
      else resolve(signature.toString('base64'))
    })
  })
}

function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const q = url.indexOf('?')
  if (q < 0) return { path: url, query: {} }
  const query: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(url.slice(q + 1))) query[key] = value
  return { path: url.slice(0, q), query }
}

function decodeParams(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    try {
      out[name] = decodeURIComponent(value)
    } catch {
      throw paramError(`参数错误：路径参数 ${name} 不是合法的百分号编码`, {
        location: 'path',
        field: `/${name}`,
        value,
      })
    }
  }
  return out
}

function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }))
    req.on('error', reject)
  })
}

/**
 * Parses a JSON body as WeChat Pay would answer it: 400 PARAM_ERROR when it is not JSON, or nests deeper than
 * {@link MAX_JSON_DEPTH} (checked on the text first, so no later step recurses through hostile depth).
 */
function parseBodyJson(bytes: Buffer, what: string, detail: Record<string, unknown>): unknown {
  const text = bytes.toString('utf8')
  if (jsonNestsDeeperThan(text)) throw paramError(`${what.trimEnd()} JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`, detail)
  try {
    return JSON.parse(text)
  } catch {
    throw paramError(`${what}不是合法的 JSON`, detail)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The request pipeline: route → faults → verify → validate → idempotency → handler → signed answer. */
export class Engine {
  readonly router = new Router()
  readonly #idempotency = new Map<string, IdempotencyRecord>()
  readonly #auth: MerchantAuthenticator
  baseUrl = ''

  constructor(
    readonly options: ResolvedOptions,
    readonly keys: KeyMaterial,
    readonly state: BusifavorState,
    readonly faults: Faults,
    readonly log: RequestLog,
    readonly callbacks: CallbackDispatcher,
  ) {
    this.#auth = new MerchantAuthenticator({
      mchid: keys.mchid,
      serial: keys.merchant.serial,
      publicKey: keys.merchant.publicKey,
      clock: options.clock,
      maxSkewSeconds: options.maxSkewSeconds,
    })
  }

  /** The endpoint definitions currently in the registry (read each time: the registry is plain data). */
  definitions(): EndpointDefinition[] {
    return Object.values(endpoints) as EndpointDefinition[]
  }

  definition(id: string): EndpointDefinition | undefined {
    return this.definitions().find((e) => e.id === id)
  }

  /** The signer for an answer: the key the request's Wechatpay-Serial names, else the mode's default. */
  signerFor(serialHeader: string | undefined): { signer: PlatformSigner; unknown: boolean } {
    const fallback =
      this.options.mode === 'public-key'
        ? this.keys.publicKey!
        : this.keys.certificates[this.keys.certificates.length - 1]!
    if (serialHeader === undefined || serialHeader === '') return { signer: fallback, unknown: false }
    const wanted = normalizeSerial(serialHeader)
    const all = [...(this.keys.publicKey ? [this.keys.publicKey] : []), ...this.keys.certificates]
    const found = all.find((s) => normalizeSerial(s.serial) === wanted)
    return { signer: found ?? fallback, unknown: found === undefined }
  }

  /** Validates and runs one API call (HTTP or internal), honouring business request-no idempotency. */
  execute(endpoint: EndpointDefinition, input: ApiInput, mchid: string): ApiResult {
    const params = endpoint.pathParams ? validate(endpoint.pathParams, input.params, 'path') : input.params
    const extra = Object.keys(input.query)[0]
    if (endpoint.query === undefined && extra !== undefined) {
      throw paramError(`参数错误：查询参数 /${extra} 未定义：该接口不接受查询参数`, {
        location: 'query',
        field: `/${extra}`,
        issue: 'Unrecognized key',
      })
    }
    const query = endpoint.query ? validate(endpoint.query, coerceQuery(endpoint.query, input.query), 'query') : {}
    let body: unknown = {}
    if (endpoint.body !== undefined) {
      if (input.json === undefined) throw paramError('参数错误：请求体为空，应为 JSON 对象', { location: 'body' })
      body = validate(endpoint.body, input.json, 'body')
    }
    const keyName = endpoint.idempotencyKey?.split(/\s/)[0]
    const keyValue =
      keyName === undefined
        ? undefined
        : ((body as Record<string, unknown>)[keyName] ?? (query as Record<string, unknown>)[keyName])
    let slot: string | undefined
    let fingerprint = ''
    if (typeof keyValue === 'string') {
      slot = `${endpoint.id}\u0000${keyValue}`
      fingerprint = stableStringify({ params, query, body })
      const previous = this.#idempotency.get(slot)
      if (previous !== undefined) {
        if (previous.fingerprint !== fingerprint) {
          throw invalidRequest(
            `请求单号 ${keyName}=${keyValue} 已用于参数不同的请求：重试须使用相同参数，新请求须使用新单号`,
            {
              location: 'body',
              field: `/${keyName}`,
              value: keyValue,
            },
          )
        }
        return { status: previous.status, body: structuredClone(previous.body), replayed: true }
      }
    }
    const handler = handlers[endpoint.id]
    if (handler === undefined) throw systemError(`sandbox 没有 ${endpoint.id} 的实现`)
    const answer = handler({
      endpoint,
      params: params as Record<string, unknown>,
      query: query as Record<string, unknown>,
      body: body as Record<string, unknown>,
      mchid,
      state: this.state,
      now: this.options.clock(),
      baseUrl: this.baseUrl,
      files: input.files,
    })
    const status = answer.status ?? 200
    if (slot !== undefined) {
      this.#idempotency.set(slot, { fingerprint, status, body: structuredClone(answer.body) })
      if (this.#idempotency.size > IDEMPOTENCY_RECORDS_LIMIT)
        this.#idempotency.delete(this.#idempotency.keys().next().value!)
    }
    return { status, body: answer.body, replayed: false }
  }

  #certificates(): Answer {
    if (this.keys.certificates.length === 0) {
      throw notExists('该商户没有平台证书（已使用微信支付公钥）：请用微信支付公钥 PUB_KEY_ID_… 验签')
    }
    return {
      status: 200,
      body: {
        data: this.keys.certificates.map((c) => ({
          serial_no: c.serial,
          effective_time: rfc3339(c.notBefore!.getTime()),
          expire_time: rfc3339(c.notAfter!.getTime()),
          encrypt_certificate: encryptResource(c.certificatePem!, this.options.apiv3Key, {
            associatedData: 'certificate',
          }),
        })),
      },
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = this.options.clock()
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const { body: raw, tooLarge } = await readBody(req, this.options.maxBodyBytes)
    const { path, query } = splitUrl(url)
    this.router.load(this.definitions())
    const isCertificates = path === CERTIFICATES_PATH
    const route = isCertificates ? undefined : this.router.match(method, path)
    const endpointId = isCertificates
      ? CERTIFICATES_ENDPOINT
      : route?.kind === 'match'
        ? route.match.endpoint.id
        : undefined
    const decision = this.faults.decide(endpointId ?? '')
    const entry: RequestLogEntry = {
      requestId: undefined,
      time,
      method,
      url,
      endpoint: endpointId,
      status: 0,
      body: undefined,
      response: undefined,
      code: undefined,
      faults: [],
      replayed: false,
    }
    if (decision.latencyMs > 0) {
      entry.faults.push('latency')
      await sleep(decision.latencyMs)
    }
    if (decision.reset) {
      entry.faults.push('reset')
      this.log.add(entry)
      req.socket.destroy()
      return
    }
    const serialHeader = req.headers['wechatpay-serial']
    const { signer, unknown } = this.signerFor(typeof serialHeader === 'string' ? serialHeader : undefined)
    let answer: Answer
    try {
      if (decision.rateLimit) {
        entry.faults.push('rate-limit')
        const problem = frequencyLimited()
        answer = {
          status: problem.status,
          body: { ...problem.toBody() },
          ...(decision.retryAfterSeconds === undefined
            ? {}
            : { headers: { 'Retry-After': String(decision.retryAfterSeconds) } }),
        }
      } else {
        answer = this.#api(
          req,
          method,
          url,
          path,
          query,
          raw,
          tooLarge,
          route,
          isCertificates,
          unknown,
          decision,
          entry,
        )
      }
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        // A sandbox bug must still look like WeChat Pay to the client, but say enough to be reported.
        answer = {
          status: 500,
          body: { code: 'SYSTEM_ERROR', message: `sandbox internal error: ${(error as Error).message}` },
        }
      } else answer = { status: error.status, body: { ...error.toBody() } }
    }
    entry.status = answer.status
    entry.response = answer.body
    entry.code = answer.status >= 400 ? (answer.body?.code as string | undefined) : undefined
    entry.requestId = requestId()
    this.log.add(entry)
    await this.#send(res, answer, signer, decision, entry)
  }

  #api(
    req: IncomingMessage,
    method: string,
    url: string,
    path: string,
    query: Record<string, string>,
    raw: Buffer,
    tooLarge: boolean,
    route: ReturnType<Router['match']> | undefined,
    isCertificates: boolean,
    unknownSerial: boolean,
    decision: FaultDecision,
    entry: RequestLogEntry,
  ): Answer {
    if (decision.serverError && !decision.serverErrorAfterCommit) {
      entry.faults.push('server-error')
      throw systemError()
    }
    if (isCertificates && method !== 'GET')
      throw notFound(`${method} ${path} 不存在：平台证书下载为 GET ${CERTIFICATES_PATH}`)
    if (!isCertificates && route?.kind === 'none') throw notFound(`${method} ${path} 不存在：请检查请求路径`)
    if (!isCertificates && route?.kind === 'method') {
      throw notFound(`${path} 不支持 ${method}，支持的方法：${route.allowed.join(', ')}`)
    }
    if (tooLarge) throw paramError(`参数错误：请求体超过 ${this.options.maxBodyBytes} 字节`, { location: 'body' })
    const endpoint = route?.kind === 'match' ? route.match.endpoint : undefined
    const multipart = endpoint?.contentType === 'multipart/form-data'
    let files: MultipartPart[] | undefined
    let signedBody: Buffer = raw
    let json: unknown
    if (multipart) {
      // The upload's signature covers the meta JSON only, so the parts are needed before verifying.
      files = parseMultipart(raw, req.headers['content-type'])
      const meta = files.find((p) => p.name === 'meta')
      signedBody = meta?.data ?? Buffer.alloc(0)
    }
    const authorization = req.headers.authorization
    const mchid = this.#auth.check(method, url, signedBody, authorization)
    if (unknownSerial) {
      throw paramError('参数错误：Wechatpay-Serial 不是有效的微信支付公钥 ID 或平台证书序列号', {
        location: 'header',
        field: 'Wechatpay-Serial',
        value: req.headers['wechatpay-serial'],
      })
    }
    if (isCertificates) return this.#certificates()
    if (multipart) {
      const meta = files!.find((p) => p.name === 'meta')
      if (meta === undefined) throw paramError('参数错误：缺少 meta 分段', { location: 'body', field: '/meta' })
      const parsed = parseBodyJson(meta.data, '参数错误：meta ', { location: 'body', field: '/meta' })
      entry.body = { meta: parsed }
      const checked = validate(UPLOAD_META, { meta: parsed }, 'body') as { meta: { filename: string } }
      const file = files!.find((p) => p.name === 'file')
      // The endpoint's body schema describes the caller's input (file bytes + name); the wire carries it as parts.
      json = { ...(file ? { file: new Uint8Array(file.data) } : {}), filename: checked.meta.filename }
    } else if (raw.length > 0) {
      json = parseBodyJson(raw, '参数错误：请求体', { location: 'body' })
      entry.body = json
    }
    const result = this.execute(
      endpoint!,
      {
        params: decodeParams(route!.kind === 'match' ? route!.match.rawParams : {}),
        query,
        json,
        ...(files ? { files } : {}),
      },
      mchid,
    )
    entry.replayed = result.replayed
    if (decision.serverError && decision.serverErrorAfterCommit) {
      entry.faults.push('server-error-after-commit')
      throw systemError()
    }
    return { status: result.status, body: result.body }
  }

  async #send(
    res: ServerResponse,
    answer: Answer,
    signer: PlatformSigner,
    decision: FaultDecision,
    entry: RequestLogEntry,
  ): Promise<void> {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body)
    const bytes = Buffer.from(text, 'utf8')
    const headers: Record<string, string> = {
      'Request-ID': entry.requestId!,
      'Content-Length': String(bytes.length),
      ...answer.headers,
    }
    if (bytes.length > 0) headers['Content-Type'] = 'application/json; charset=utf-8'
    if (decision.signature !== 'missing') {
      const timestamp = String(Math.floor(this.options.clock() / 1000))
      const nonce = createNonce()
      let signature: string
      if (decision.signature === 'probe') {
        signature = `${SIGNATURE_PROBE_PREFIX}${randomBytes(192).toString('base64')}`
      } else {
        // A wrong signature is a real RSA signature over other bytes: well-formed, but it does not verify.
        const signed = decision.signature === 'wrong' ? Buffer.concat([bytes, Buffer.from(' ')]) : bytes
        signature = await signAsync(buildVerifyMessageBytes({ timestamp, nonce, body: signed }), signer)
      }
      Object.assign(
        headers,
        signResponse({
          body: bytes,
          privateKey: signer.privateKey,
          serial: signer.serial,
          timestamp,
          nonce,
          signature,
        }),
      )
    }
    if (decision.signature !== 'valid') entry.faults.push(`${decision.signature}-signature`)
    if (res.destroyed) return
    res.writeHead(answer.status, headers)
    if (decision.truncate && bytes.length > 1) {
      entry.faults.push('truncate')
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy())
      return
    }
    res.end(bytes)
  }
}
