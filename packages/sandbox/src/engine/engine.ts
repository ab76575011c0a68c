import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AnyEndpoint } from '@core/kit/define'
import { normalizeSerial } from '@core/signer'
import { invalidOption } from '../errors.js'
import type { AnySandboxFamily, DownloadRoute, FamilyContext, IdempotencyScope } from '../family.js'
import type { Faults } from '../faults.js'
import type { KeyMaterial, PlatformSigner } from '../keys.js'
import { type MultipartPart, parseMultipart } from '../multipart.js'
import type { ResolvedOptions } from '../options.js'
import { ApiProblem, frequencyLimited, notFound, paramError, systemError } from '../problem.js'
import type { RequestLog, RequestLogEntry } from '../request-log.js'
import { requestId, stableStringify } from '../util.js'
import { type Answer, sendAnswer } from './answer.js'
import { MerchantAuthenticator, SignatureRefused } from './auth.js'
import { CERTIFICATES_ENDPOINT, CERTIFICATES_PATH, certificatesBody } from './certificates.js'
import { type RequestContext, splitUrl } from './context.js'
import { IdempotencyStore } from './idempotency.js'
import { decodeParams, parseBodyJson, uploadMetaOf } from './input.js'
import { Router } from './router.js'
import { coerceQuery, validate } from './validation.js'

/** A family as one sandbox runs it: its definition plus this sandbox's state, seed and views of it. */
export interface MountedFamily {
  definition: AnySandboxFamily
  state: unknown
  seed: object
  views: object
  /** What the family shares with the others (`context.use(name)`). */
  exports: object | undefined
}

/** A download route of a mounted family. */
interface MountedDownload {
  route: DownloadRoute<unknown>
  mounted: MountedFamily
}

/** Where an endpoint's business numbers live: its own id, or a scope several endpoints share. */
interface NumberSpace {
  space: string
  conflict: IdempotencyScope['conflict']
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The request pipeline, in this order: route → faults → verify the merchant's signature → validate → idempotency →
 * the family's handler → a signed answer. Family-agnostic: endpoints and handlers come from the mounted families.
 */
export class Engine {
  readonly #init: EngineInit
  readonly #router: Router
  readonly #owners = new Map<string, MountedFamily>()
  readonly #spaces = new Map<string, NumberSpace>()
  readonly #downloads = new Map<string, MountedDownload>()
  readonly #idempotency: IdempotencyStore
  readonly #auth: MerchantAuthenticator

  constructor(init: EngineInit, idempotencyLimit: number) {
    this.#init = init
    const endpoints: AnyEndpoint[] = []
    for (const mounted of init.families) {
      const { family, idempotency = [], downloads = [] } = mounted.definition
      for (const endpoint of Object.values(family.endpoints) as AnyEndpoint[]) {
        endpoints.push(endpoint)
        this.#owners.set(endpoint.id, mounted)
      }
      idempotency.forEach((scope: IdempotencyScope, i: number) => {
        for (const id of scope.endpoints) {
          if (family.endpoints[id] === undefined) invalidOption(`${family.name}: idempotency scope names ${id}.`)
          this.#spaces.set(id, { space: `${family.name}#${i}`, conflict: scope.conflict })
        }
      })
      for (const route of downloads as readonly DownloadRoute<unknown>[]) {
        if (this.#downloads.has(route.path)) invalidOption(`${family.name}: download ${route.path} is defined twice.`)
        this.#downloads.set(route.path, { route, mounted })
      }
    }
    this.#router = new Router(endpoints)
    for (const path of this.#downloads.keys()) {
      if (this.#router.match('GET', path).kind !== 'none') invalidOption(`download ${path} is also an endpoint's path.`)
    }
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

  /**
   * Validates and runs one API call (HTTP or internal), honouring business request-no idempotency; `at` runs the
   * handler at another sandbox time (seeding history).
   */
  execute(endpoint: AnyEndpoint, input: ApiInput, mchid: string, at?: number): ApiResult {
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
    // The endpoint is part of the fingerprint: a number reused by another endpoint of its scope is refused.
    const fingerprint = typeof value === 'string' ? stableStringify({ endpoint: endpoint.id, params, query, body }) : ''
    const { space, conflict } = this.#spaces.get(endpoint.id) ?? { space: endpoint.id, conflict: undefined }
    if (typeof value === 'string') {
      const replay = this.#idempotency.replay(space, field!, value, fingerprint, conflict)
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
      now: at ?? this.#init.options.clock(),
      family: this.#init.context,
      files: input.files,
    })
    const status = answer.status ?? 200
    if (typeof value === 'string') this.#idempotency.remember(space, value, fingerprint, { status, body: answer.body })
    return { status, body: answer.body, replayed: false }
  }

  /** Handles one API request whose body has been read. */
  async handle(req: IncomingMessage, res: ServerResponse, raw: Buffer, tooLarge: boolean): Promise<void> {
    const { options, faults, log } = this.#init
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const { path, query } = splitUrl(url)
    const certificates = path === CERTIFICATES_PATH
    const download = this.#downloads.get(path)
    const route = certificates || download ? undefined : this.#router.match(method, path)
    const endpointId = certificates
      ? CERTIFICATES_ENDPOINT
      : download !== undefined
        ? download.route.id
        : route?.kind === 'match'
          ? route.match.endpoint.id
          : undefined
    const entry: RequestLogEntry = {
      seq: 0,
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
      refusal: undefined,
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
      download,
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
      if (error instanceof SignatureRefused) ctx.entry.refusal = error.refusal
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
    if (ctx.download !== undefined && method !== 'GET') throw notFound(`${method} ${path} 不存在：下载为 GET ${path}`)
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
    const mchid = this.#auth.check({
      method,
      url: ctx.url,
      body: signedBody,
      authorization: ctx.headers.authorization,
      host: ctx.headers.host,
    })
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
    if (ctx.download !== undefined) {
      const { route: file, mounted } = ctx.download
      const now = this.#init.options.clock()
      return { status: 200, body: undefined, file: file.handle({ query: ctx.query, state: mounted.state, now, mchid }) }
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
