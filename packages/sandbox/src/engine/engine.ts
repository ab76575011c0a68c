import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AnyEndpoint } from '@core/kit/define'
import { normalizeSerial } from '@core/signer'
import { z } from 'zod'
import { MAX_JSON_DEPTH } from '../constants.js'
import type { AnySandboxFamily, FamilyContext } from '../family.js'
import type { Faults } from '../faults.js'
import { jsonNestsDeeperThan } from '../json.js'
import type { KeyMaterial, PlatformSigner } from '../keys.js'
import { type MultipartPart, parseMultipart } from '../multipart.js'
import type { ResolvedOptions } from '../options.js'
import { ApiProblem, frequencyLimited, notFound, paramError, systemError } from '../problem.js'
import type { RequestLog, RequestLogEntry } from '../request-log.js'
import { requestId, stableStringify } from '../util.js'
import { type Answer, sendAnswer } from './answer.js'
import { MerchantAuthenticator } from './auth.js'
import { CERTIFICATES_ENDPOINT, CERTIFICATES_PATH, certificatesBody } from './certificates.js'
import { type RequestContext, splitUrl } from './context.js'
import { IdempotencyStore } from './idempotency.js'
import { Router } from './router.js'
import { coerceQuery, validate } from './validation.js'

/** A family as one sandbox runs it: its definition plus this sandbox's state, seed and views of it. */
export interface MountedFamily {
  definition: AnySandboxFamily
  state: unknown
  seed: object
  views: object
}

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

export interface EngineInit {
  options: ResolvedOptions
  keys: KeyMaterial
  faults: Faults
  log: RequestLog
  families: readonly MountedFamily[]
  context: FamilyContext
}

// The image upload's meta part (the JSON WeChat Pay signs), checked with the endpoint's own filename rule.
const uploadMeta = new WeakMap<AnyEndpoint, z.ZodType>()
function uploadMetaOf(endpoint: AnyEndpoint): z.ZodType {
  let schema = uploadMeta.get(endpoint)
  if (schema === undefined) {
    const filename = (endpoint.body?.shape as Record<string, z.ZodType> | undefined)?.filename ?? z.string()
    const sha256 = z.string().regex(/^[0-9a-f]{64}$/i, 'must be the 64-character hex SHA-256 of the file')
    schema = z.strictObject({ meta: z.strictObject({ filename, sha256 }) })
    uploadMeta.set(endpoint, schema)
  }
  return schema
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

/**
 * The request pipeline, in this order: route → faults → verify the merchant's signature → validate → idempotency →
 * the family's handler → a signed answer. Family-agnostic: endpoints and handlers come from the mounted families.
 */
export class Engine {
  readonly #init: EngineInit
  readonly #router: Router
  readonly #owners = new Map<string, MountedFamily>()
  readonly #idempotency: IdempotencyStore
  readonly #auth: MerchantAuthenticator

  constructor(init: EngineInit, idempotencyLimit: number) {
    this.#init = init
    const endpoints: AnyEndpoint[] = []
    for (const mounted of init.families) {
      for (const endpoint of Object.values(mounted.definition.family.endpoints) as AnyEndpoint[]) {
        endpoints.push(endpoint)
        this.#owners.set(endpoint.id, mounted)
      }
    }
    this.#router = new Router(endpoints)
    this.#idempotency = new IdempotencyStore(idempotencyLimit)
    const { keys, options } = init
    this.#auth = new MerchantAuthenticator({
      mchid: keys.mchid,
      serial: keys.merchant.serial,
      publicKey: keys.merchant.publicKey,
      clock: options.clock,
      maxSkewSeconds: options.maxSkewSeconds,
    })
  }

  /** Every endpoint id the sandbox routes, family by family. */
  endpointIds(): string[] {
    return [...this.#owners.keys()]
  }

  endpoint(id: string): AnyEndpoint | undefined {
    const mounted = this.#owners.get(id)
    return mounted === undefined ? undefined : mounted.definition.family.endpoints[id]
  }

  /** The signer for an answer: the key the request's Wechatpay-Serial names, else the mode's default. */
  #signerFor(serialHeader: unknown): { signer: PlatformSigner; unknown: boolean } {
    const { keys, options } = this.#init
    const fallback = options.mode === 'public-key' ? keys.publicKey! : keys.certificates[keys.certificates.length - 1]!
    if (typeof serialHeader !== 'string' || serialHeader === '') return { signer: fallback, unknown: false }
    const wanted = normalizeSerial(serialHeader)
    const all = [...(keys.publicKey ? [keys.publicKey] : []), ...keys.certificates]
    const found = all.find((s) => normalizeSerial(s.serial) === wanted)
    return { signer: found ?? fallback, unknown: found === undefined }
  }

  /** Validates and runs one API call (HTTP or internal), honouring business request-no idempotency. */
  execute(endpoint: AnyEndpoint, input: ApiInput, mchid: string): ApiResult {
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
    const field = endpoint.idempotency?.field
    const fields = { ...(params as object), ...(query as object), ...(body as object) } as Record<string, unknown>
    const value = field === undefined ? undefined : fields[field]
    const fingerprint = typeof value === 'string' ? stableStringify({ params, query, body }) : ''
    if (typeof value === 'string') {
      const replay = this.#idempotency.replay(endpoint.id, field!, value, fingerprint)
      if (replay !== undefined) return { ...replay, replayed: true }
    }
    const mounted = this.#owners.get(endpoint.id)
    const handler = mounted?.definition.handlers[endpoint.id] as ((context: unknown) => Answer) | undefined
    if (mounted === undefined || handler === undefined) throw systemError(`sandbox 没有 ${endpoint.id} 的实现`)
    const answer = handler({
      endpoint,
      params,
      query,
      body,
      mchid,
      state: mounted.state,
      now: this.#init.options.clock(),
      family: this.#init.context,
      files: input.files,
    })
    const status = answer.status ?? 200
    if (typeof value === 'string')
      this.#idempotency.remember(endpoint.id, value, fingerprint, { status, body: answer.body })
    return { status, body: answer.body, replayed: false }
  }

  /** Handles one API request whose body has been read. */
  async handle(req: IncomingMessage, res: ServerResponse, raw: Buffer, tooLarge: boolean): Promise<void> {
    const { options, faults, log } = this.#init
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const { path, query } = splitUrl(url)
    const certificates = path === CERTIFICATES_PATH
    const route = certificates ? undefined : this.#router.match(method, path)
    const endpointId = certificates
      ? CERTIFICATES_ENDPOINT
      : route?.kind === 'match'
        ? route.match.endpoint.id
        : undefined
    const entry: RequestLogEntry = {
      requestId: undefined,
      time: options.clock(),
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
    const { signer, unknown } = this.#signerFor(req.headers['wechatpay-serial'])
    const ctx: RequestContext = {
      method,
      url,
      path,
      query,
      headers: req.headers,
      raw,
      tooLarge,
      route,
      certificates,
      decision: faults.decide(endpointId ?? ''),
      signer,
      unknownSerial: unknown,
      entry,
    }
    if (ctx.decision.latencyMs > 0) {
      entry.faults.push('latency')
      await sleep(ctx.decision.latencyMs)
    }
    if (ctx.decision.reset) {
      entry.faults.push('reset')
      log.add(entry)
      req.socket.destroy()
      return
    }
    const answer = this.#answer(ctx)
    entry.status = answer.status
    entry.response = answer.body
    entry.code = answer.status >= 400 ? (answer.body?.code as string | undefined) : undefined
    entry.requestId = requestId()
    log.add(entry)
    await sendAnswer(res, answer, signer, ctx.decision, entry, options.clock())
  }

  /** The answer to a request: a rate-limit fault, the API's answer, or the error it raised in WeChat Pay's shape. */
  #answer(ctx: RequestContext): Answer {
    try {
      if (ctx.decision.rateLimit) {
        ctx.entry.faults.push('rate-limit')
        const after = ctx.decision.retryAfterSeconds
        return {
          ...this.#problem(frequencyLimited()),
          ...(after === undefined ? {} : { headers: { 'Retry-After': String(after) } }),
        }
      }
      return this.#api(ctx)
    } catch (error) {
      // A sandbox bug must still look like WeChat Pay to the client, but say enough to be reported.
      if (!(error instanceof ApiProblem)) {
        return {
          status: 500,
          body: { code: 'SYSTEM_ERROR', message: `sandbox internal error: ${(error as Error).message}` },
        }
      }
      return this.#problem(error)
    }
  }

  #problem(problem: ApiProblem): Answer {
    return { status: problem.status, body: { ...problem.toBody() } }
  }

  #api(ctx: RequestContext): Answer {
    const { decision, entry, method, path, route } = ctx
    if (decision.serverError && !decision.serverErrorAfterCommit) {
      entry.faults.push('server-error')
      throw systemError()
    }
    if (ctx.certificates && method !== 'GET')
      throw notFound(`${method} ${path} 不存在：平台证书下载为 GET ${CERTIFICATES_PATH}`)
    if (route?.kind === 'none') throw notFound(`${method} ${path} 不存在：请检查请求路径`)
    if (route?.kind === 'method') throw notFound(`${path} 不支持 ${method}，支持的方法：${route.allowed.join(', ')}`)
    if (ctx.tooLarge) {
      throw paramError(`参数错误：请求体超过 ${this.#init.options.maxBodyBytes} 字节`, { location: 'body' })
    }
    const endpoint = route?.kind === 'match' ? route.match.endpoint : undefined
    const upload = endpoint?.encoding === 'image-upload'
    // The upload's signature covers the meta JSON only, so the parts are needed before verifying.
    const files = upload ? parseMultipart(ctx.raw, ctx.headers['content-type']) : undefined
    const signedBody = upload ? (files!.find((p) => p.name === 'meta')?.data ?? Buffer.alloc(0)) : ctx.raw
    const mchid = this.#auth.check(method, ctx.url, signedBody, ctx.headers.authorization)
    if (ctx.unknownSerial) {
      throw paramError('参数错误：Wechatpay-Serial 不是有效的微信支付公钥 ID 或平台证书序列号', {
        location: 'header',
        field: 'Wechatpay-Serial',
        value: ctx.headers['wechatpay-serial'],
      })
    }
    if (ctx.certificates) {
      return { status: 200, body: certificatesBody(this.#init.keys, this.#init.options.apiv3Key) }
    }
    const json = upload ? this.#uploadInput(endpoint!, files!, entry) : this.#json(ctx)
    const result = this.execute(
      endpoint!,
      {
        params: decodeParams(route!.kind === 'match' ? route!.match.rawParams : {}),
        query: ctx.query,
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

  #json(ctx: RequestContext): unknown {
    if (ctx.raw.length === 0) return undefined
    const json = parseBodyJson(ctx.raw, '参数错误：请求体', { location: 'body' })
    ctx.entry.body = json
    return json
  }

  /** An upload's parts as the endpoint's input: the file bytes and the file name the signed meta gives. */
  #uploadInput(endpoint: AnyEndpoint, files: MultipartPart[], entry: RequestLogEntry): unknown {
    const meta = files.find((p) => p.name === 'meta')
    if (meta === undefined) throw paramError('参数错误：缺少 meta 分段', { location: 'body', field: '/meta' })
    const parsed = parseBodyJson(meta.data, '参数错误：meta ', { location: 'body', field: '/meta' })
    entry.body = { meta: parsed }
    const checked = validate(uploadMetaOf(endpoint), { meta: parsed }, 'body') as { meta: { filename: string } }
    const file = files.find((p) => p.name === 'file')
    return { ...(file ? { file: new Uint8Array(file.data) } : {}), filename: checked.meta.filename }
  }
}
