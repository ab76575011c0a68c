import type { AnyEndpoint } from '@core/kit/define'
import { loadPrivateKey } from '@core/signer'
import { createAdmin } from './admin.js'
import { CallbackDispatcher } from './callbacks.js'
import { DEFAULT_CALLBACK_RETRY_DELAYS_MS, IDEMPOTENCY_RECORDS_LIMIT } from './constants.js'
import { Engine, type MountedFamily } from './engine/engine.js'
import { invalidOption, SandboxError } from './errors.js'
import { busifavorSandbox } from './families/busifavor/index.js'
import type { AnySandboxFamily, FamilyContext } from './family.js'
import { Faults } from './faults.js'
import { createKeyMaterial, type KeyMaterial, type PlatformSigner, platformCertificate } from './keys.js'
import { resolveOptions, type SandboxOptions } from './options.js'
import { RequestLog } from './request-log.js'
import type { DefaultFamilies, Sandbox, SandboxPlatform } from './sandbox-types.js'
import { createSandboxServer, listen } from './server.js'
import { rfc3339 } from './util.js'

const WAIT_TIMEOUT_MS = 5_000

/** The families' endpoints must not share an id or a route: the engine routes one request to one handler. */
function checkFamilies(families: readonly AnySandboxFamily[]): void {
  const ids = new Set<string>()
  const routes = new Set<string>()
  const names = new Set<string>()
  for (const { family } of families) {
    if (names.has(family.name)) invalidOption(`families: ${family.name} is given twice.`)
    names.add(family.name)
    for (const endpoint of Object.values(family.endpoints) as AnyEndpoint[]) {
      const route = `${endpoint.method} ${endpoint.path}`
      if (ids.has(endpoint.id) || routes.has(route)) {
        invalidOption(`families: endpoint ${endpoint.id} (${route}) of ${family.name} clashes with another family's.`)
      }
      ids.add(endpoint.id)
      routes.add(route)
    }
  }
}

/** Merges the families' seed or view objects into one, refusing a name two families both define. */
function merge(parts: readonly { name: string; value: object }[], what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const owner = new Map<string, string>()
  for (const { name, value } of parts) {
    for (const key of Object.keys(value)) {
      if (owner.has(key)) invalidOption(`families: sb.${what}.${key} is defined by both ${owner.get(key)} and ${name}.`)
      owner.set(key, name)
      out[key] = (value as Record<string, unknown>)[key]
    }
  }
  return out
}

function platformOf(keys: KeyMaterial, mode: string): SandboxPlatform {
  const primary = mode === 'certificate' ? keys.certificates[0]! : keys.publicKey!
  const certificate = () => keys.certificates[keys.certificates.length - 1]
  return {
    serial: primary.serial,
    publicKeyPem: primary.publicKeyPem,
    get certificatePem() {
      return certificate()?.certificatePem
    },
    get certificateSerial() {
      return certificate()?.serial
    },
    get keys() {
      const out: Record<string, string> = {}
      if (keys.publicKey) out[keys.publicKey.serial] = keys.publicKey.publicKeyPem
      for (const c of keys.certificates) out[c.serial] = c.certificatePem!
      return out
    },
    privateKeyPem: primary.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  }
}

/**
 * Starts a local WeChat Pay: a real HTTP server that checks signatures, signs answers, keeps each family's state, sends
 * encrypted callbacks and injects faults. `families` chooses what it emulates (default: busifavor).
 * @example
 * const sb = await startSandbox({ seedExamples: true })
 * // point a client at sb.url with sb.merchant and sb.platform.keys, then:
 * await sb.close()
 * @throws {SandboxError} INVALID_OPTION for unknown or ill-typed options.
 */
export async function startSandbox<const Families extends readonly AnySandboxFamily[] = DefaultFamilies>(
  options: SandboxOptions<Families> = {},
): Promise<Sandbox<Families>> {
  const o = resolveOptions(options)
  const definitions = (o.families ?? [busifavorSandbox]) as readonly AnySandboxFamily[]
  checkFamilies(definitions)
  const keys = createKeyMaterial({
    mode: o.mode,
    mchid: o.mchid,
    merchantSerial: o.merchantSerial,
    publicKeyId: o.publicKeyId,
    keys: o.keys,
    now: o.clock(),
  })
  const faults = new Faults(o.randomSeed, o.faults)
  const requestLog = new RequestLog(o.requestLogLimit)
  let url = ''
  let counter = 0
  let engine: Engine | undefined
  let closed = false
  const mounted: MountedFamily[] = []
  const runs = new Set<NodeJS.Timeout>()
  const context: FamilyContext = {
    mchid: keys.mchid,
    clock: o.clock,
    baseUrl: () => url,
    notify: (notification) => dispatcher.notify(notification),
    next: () => ++counter,
    execute(endpointId, input, options = {}) {
      const endpoint = engine?.endpoint(endpointId)
      if (endpoint === undefined) invalidOption(`no endpoint ${endpointId} in the sandbox's families.`)
      const result = engine!.execute(
        endpoint,
        { params: input.params ?? {}, query: input.query ?? {}, json: input.json },
        keys.mchid,
        options.at,
      )
      return { status: result.status, body: result.body }
    },
    use: <T extends object>(name: string) =>
      mounted.find((m) => m.definition.family.name === name)?.exports as T | undefined,
    schedule(delayMs, run) {
      const timer = setTimeout(() => {
        runs.delete(timer)
        if (closed) return
        try {
          run()
        } catch {
          // A scheduled step that fails (say, an order paid in the meantime) simply does not happen.
        }
      }, delayMs)
      timer.unref()
      runs.add(timer)
      return {
        cancel() {
          clearTimeout(timer)
          runs.delete(timer)
        },
      }
    },
  }
  // Callbacks follow the migration: the public key once there is one, the newest certificate otherwise.
  const callbackSigner = (): PlatformSigner => keys.publicKey ?? keys.certificates[keys.certificates.length - 1]!
  const callbackUrl = () => {
    for (const { definition, state } of mounted) {
      const found = definition.callbackUrl?.(state, context)
      if (found !== undefined) return found
    }
    return undefined
  }
  const dispatcher = new CallbackDispatcher({
    apiv3Key: o.apiv3Key,
    signer: callbackSigner,
    clock: o.clock,
    retryDelaysMs: o.callbackRetryDelaysMs,
    defaultRetryDelaysMs: DEFAULT_CALLBACK_RETRY_DELAYS_MS,
    timeoutMs: o.callbackTimeoutMs,
    faults,
    defaultUrl: callbackUrl,
    probeTemplate: () => {
      const template = definitions.find((d) => d.probe !== undefined)?.probe?.(context)
      return (
        template ?? {
          eventType: 'SIGNTEST',
          summary: 'signature probe',
          originalType: 'signtest',
          associatedData: '',
          resource: { signtest: true, time: rfc3339(o.clock()) },
        }
      )
    },
  })
  if (o.forwardCallbacksTo !== undefined) dispatcher.forwardTo(o.forwardCallbacksTo)
  for (const definition of definitions) {
    const state = definition.createState(context)
    mounted.push({
      definition,
      state,
      seed: definition.seed(state, context),
      views: definition.views(state, context),
      exports: definition.exports?.(state, context),
    })
  }
  const seed = merge(
    mounted.map((m) => ({ name: m.definition.family.name, value: m.seed })),
    'seed',
  )
  const views = merge(
    mounted.map((m) => ({ name: m.definition.family.name, value: m.views })),
    'state',
  )
  engine = new Engine(
    { options: o, keys, faults, log: requestLog, families: mounted, context },
    IDEMPOTENCY_RECORDS_LIMIT,
  )
  if (o.seedExamples) for (const m of mounted) m.definition.examples?.(m.seed, m.state, context)

  const sandbox: Sandbox<AnySandboxFamily[]> = {
    url: '',
    mode: o.mode,
    merchant: {
      mchid: keys.mchid,
      serial: keys.merchant.serial,
      privateKeyPem: keys.merchant.privateKeyPem,
      certificatePem: keys.merchant.certificatePem,
    },
    platform: platformOf(keys, o.mode),
    apiv3Key: o.apiv3Key,
    seed: seed as never,
    state: { ...views, notifications: () => [...dispatcher.notifications] } as never,
    faults: {
      set: (settings) => faults.set(settings),
      reset: () => faults.reset(),
      get: () => faults.get(),
    },
    callbacks: {
      get url() {
        return callbackUrl()
      },
      get notifications() {
        return [...dispatcher.notifications]
      },
      get deliveries() {
        return dispatcher.deliveries()
      },
      deliveriesAfter: (seq = 0) => dispatcher.deliveriesAfter(seq),
      notification: (id) => dispatcher.notification(id),
      get forwardingTo() {
        return dispatcher.forwardingTo
      },
      forwardTo: (target) => dispatcher.forwardTo(target),
      resend: (id) => dispatcher.resend(id),
      probe: (target) => dispatcher.probe(target),
      waitFor: (filter = {}, opts = {}) => dispatcher.waitFor(filter, opts.timeoutMs ?? WAIT_TIMEOUT_MS),
      idle: (opts = {}) => dispatcher.idle(opts.timeoutMs ?? WAIT_TIMEOUT_MS),
    },
    requestLog,
    families: () => mounted.map((m) => m.definition.family.name),
    endpoints: () => engine!.endpointIds(),
    snapshot: () =>
      merge(
        mounted.map((m) => ({ name: m.definition.family.name, value: m.definition.snapshot(m.state, context) })),
        'snapshot',
      ),
    rotatePlatformCertificate() {
      if (keys.certificates.length === 0) {
        throw new SandboxError('@tools/sandbox: rotatePlatformCertificate needs mode "certificate" or "both".', {
          code: 'INVALID_OPTION',
        })
      }
      const key = loadPrivateKey(keys.certificates[keys.certificates.length - 1]!.privateKey)
      const next = platformCertificate(key, o.clock())
      keys.certificates.push(next)
      return { serial: next.serial, certificatePem: next.certificatePem! }
    },
    async close() {
      if (closed) return
      closed = true
      for (const timer of runs) clearTimeout(timer)
      runs.clear()
      dispatcher.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
  const server = createSandboxServer({
    engine,
    admin: createAdmin(sandbox, mounted),
    maxBodyBytes: o.maxBodyBytes,
    keepAliveTimeoutMs: o.keepAliveTimeoutMs,
    headersTimeoutMs: o.headersTimeoutMs,
    requestTimeoutMs: o.requestTimeoutMs,
  })
  const address = await listen(server, o.port, o.host)
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  url = `http://${host}:${address.port}`
  ;(sandbox as { url: string }).url = url
  return sandbox as unknown as Sandbox<Families>
}
