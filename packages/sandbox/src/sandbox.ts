import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadPrivateKey } from '@core/signer'
import { handleAdmin } from './admin.js'
import {
  CallbackDispatcher,
  type DeliveryAttempt,
  type NotificationRecord,
  type WaitForNotificationFilter,
} from './callbacks.js'
import { ADMIN_PREFIX, CONNECTIONS_CHECK_INTERVAL_MS } from './constants.js'
import { Engine } from './engine.js'
import { SandboxError } from './errors.js'
import { loadExamples } from './examples.js'
import { type FaultSettings, Faults } from './faults.js'
import { createKeyMaterial, type PlatformSigner, platformCertificate, type SandboxMode } from './keys.js'
import { resolveOptions, type SandboxOptions } from './options.js'
import { RequestLog } from './request-log.js'
import { createSeed, type SandboxSeed } from './seed.js'
import {
  BusifavorState,
  type CouponCodeSnapshot,
  type CouponSnapshot,
  type CouponState,
  type StockSnapshot,
  type SubsidyPayReceipt,
  type SubsidyReturnReceipt,
} from './state.js'
import { clone, rfc3339 } from './util.js'

/** The merchant identity the sandbox accepts: configure your client with it. */
export interface SandboxMerchant {
  mchid: string
  /** 商户API证书序列号 (uppercase hex). */
  serial: string
  /** apiclient_key.pem */
  privateKeyPem: string
  /** apiclient_cert.pem */
  certificatePem: string
}

/** WeChat Pay's side: what your client verifies answers and callbacks with. */
export interface SandboxPlatform {
  /** The serial to configure: `PUB_KEY_ID_…` in public-key and both modes, the certificate serial in certificate mode. */
  serial: string
  /** The public key behind `serial` (PEM, SPKI). */
  publicKeyPem: string
  /** The platform certificate (certificate and both modes). */
  certificatePem: string | undefined
  certificateSerial: string | undefined
  /** Every verification key by serial, ready for a client's `platformKeys` option. */
  readonly keys: Record<string, string>
  /** WeChat Pay's private key behind `serial` — sandbox only, e.g. for `signNotificationForTest` in your own tests. */
  privateKeyPem: string
}

export interface CouponFilter {
  stock_id?: string
  openid?: string
  coupon_state?: CouponState
}

/** `sb.state`: read-only snapshots of the sandbox's busifavor data. */
export interface SandboxState {
  stocks(): StockSnapshot[]
  stock(stockId: string): StockSnapshot | undefined
  coupons(filter?: CouponFilter): CouponSnapshot[]
  /** A coupon by code (and stock, when several stocks hold the code). */
  coupon(couponCode: string, stockId?: string): CouponSnapshot | undefined
  couponCodes(stockId: string): CouponCodeSnapshot[]
  notifyUrl(mchid?: string): string | undefined
  notifications(): NotificationRecord[]
  subsidyPayReceipts(): Omit<SubsidyPayReceipt, 'returned'>[]
  subsidyReturnReceipts(): SubsidyReturnReceipt[]
  /** An uploaded image by SHA-256. */
  mediaBytes(sha256: string): { contentType: string; bytes: Buffer } | undefined
}

/** `sb.callbacks`: COUPON.SEND deliveries. */
export interface SandboxCallbacks {
  /** The notify URL in force (set through the API or `sb.seed.setNotifyUrl`). */
  readonly url: string | undefined
  /** Every notification, oldest first; records update as their deliveries proceed. */
  readonly notifications: NotificationRecord[]
  /** Every delivery attempt, oldest first. */
  readonly deliveries: DeliveryAttempt[]
  /** Posts a `WECHATPAY/SIGNTEST/` probe to `url` (default: the notify URL) now; resolves after the attempt. */
  probe(url?: string): Promise<NotificationRecord>
  /** Resolves with the first notification matching `filter` (default: any delivered one). */
  waitFor(filter?: WaitForNotificationFilter, options?: { timeoutMs?: number }): Promise<NotificationRecord>
  /** Resolves when no notification is pending (delivered, failed or skipped). */
  idle(options?: { timeoutMs?: number }): Promise<void>
}

/** `sb.faults`. */
export interface SandboxFaults {
  /** Replaces the faults in force (unknown keys throw `SandboxError` INVALID_OPTION). */
  set(settings: FaultSettings): void
  reset(): void
  get(): FaultSettings
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT`: the client's base URL. */
  readonly url: string
  readonly mode: SandboxMode
  readonly merchant: SandboxMerchant
  readonly platform: SandboxPlatform
  /** The 32-character APIv3 key (callbacks and certificates are encrypted with it). */
  readonly apiv3Key: string
  readonly seed: SandboxSeed
  readonly state: SandboxState
  readonly faults: SandboxFaults
  readonly callbacks: SandboxCallbacks
  /** Every API request received (method, url, status, parsed body…). */
  readonly requestLog: RequestLog
  /** The endpoint ids the sandbox routes (from the `@api/busifavor` registry). */
  endpoints(): string[]
  /**
   * Issues a new platform certificate and signs with it from now on (certificate and both modes), so a client's
   * "unknown serial → refresh certificates" path can be tested. The old certificate stays downloadable.
   */
  rotatePlatformCertificate(): { serial: string; certificatePem: string }
  /** Stops the server, cancels pending callbacks and closes open connections. */
  close(): Promise<void>
}

const WAIT_TIMEOUT_MS = 5_000

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

/**
 * Starts a local WeChat Pay: a real HTTP server that checks signatures, signs answers, keeps busifavor state, sends
 * encrypted callbacks and injects faults.
 * @example
 * const sb = await startSandbox({ seedExamples: true })
 * // point a client at sb.url with sb.merchant and sb.platform.keys, then:
 * await sb.close()
 * @throws {SandboxError} INVALID_OPTION for unknown or ill-typed options.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const o = resolveOptions(options)
  const keys = createKeyMaterial({
    mode: o.mode,
    mchid: o.mchid,
    merchantSerial: o.merchantSerial,
    publicKeyId: o.publicKeyId,
    keys: o.keys,
    now: o.clock(),
  })
  const state = new BusifavorState(o.clock)
  const faults = new Faults(o.randomSeed, o.faults)
  const requestLog = new RequestLog(o.requestLogLimit)
  // Callbacks follow the migration: the public key once there is one, the newest certificate otherwise.
  const callbackSigner = (): PlatformSigner => keys.publicKey ?? keys.certificates[keys.certificates.length - 1]!
  const dispatcher = new CallbackDispatcher({
    apiv3Key: o.apiv3Key,
    signer: callbackSigner,
    clock: o.clock,
    retryDelaysMs: o.callbackRetryDelaysMs,
    timeoutMs: o.callbackTimeoutMs,
    faults,
    url: () => state.notifyUrls.get(keys.mchid)?.notify_url,
  })
  const engine = new Engine(o, keys, state, faults, requestLog, dispatcher)
  const seed = createSeed(state, keys.mchid)
  if (o.seedExamples) loadExamples(seed, engine)
  state.onCouponSent = (coupon, stock) => {
    const notifyAppid = (stock.definition.notify_config as { notify_appid?: string } | undefined)?.notify_appid
    const plaintext: Record<string, unknown> = {
      event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
      coupon_code: coupon.coupon_code,
      stock_id: coupon.stock_id,
      send_time: rfc3339(coupon.receive_time),
      send_channel: coupon.send_channel,
      send_merchant: stock.creator_merchant,
    }
    // WeChat Pay computes the openid under notify_config.notify_appid and leaves it out without one.
    if (notifyAppid !== undefined) plaintext.openid = coupon.openid
    dispatcher.notify(plaintext)
  }

  const server = createServer(
    {
      headersTimeout: o.headersTimeoutMs,
      requestTimeout: o.requestTimeoutMs,
      // Node checks both timeouts on this period (30 s by default): short enough that they fire near the setting.
      connectionsCheckingInterval: Math.min(CONNECTIONS_CHECK_INTERVAL_MS, o.headersTimeoutMs),
    },
    (req, res) => {
      const url = req.url ?? '/'
      const admin = url === ADMIN_PREFIX || url.startsWith(`${ADMIN_PREFIX}/`) || url.startsWith(`${ADMIN_PREFIX}?`)
      const work = admin ? handleAdmin(sandbox, req, res) : engine.handle(req, res)
      work.catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ code: 'SYSTEM_ERROR', message: `sandbox: ${(error as Error).message}` }))
        } else res.destroy()
      })
    },
  )
  server.keepAliveTimeout = o.keepAliveTimeoutMs
  const address = await listen(server, o.port, o.host)
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  engine.baseUrl = url

  const primary = o.mode === 'certificate' ? keys.certificates[0]! : keys.publicKey!
  const certificate = () => keys.certificates[keys.certificates.length - 1]
  let closed = false

  const platform: SandboxPlatform = {
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

  const sandbox: Sandbox = {
    url,
    mode: o.mode,
    merchant: {
      mchid: keys.mchid,
      serial: keys.merchant.serial,
      privateKeyPem: keys.merchant.privateKeyPem,
      certificatePem: keys.merchant.certificatePem,
    },
    platform,
    apiv3Key: o.apiv3Key,
    seed,
    state: {
      stocks: () => [...state.stocks.values()].map((s) => state.stockView(s)),
      stock: (id) => {
        const s = state.stocks.get(id)
        return s === undefined ? undefined : state.stockView(s)
      },
      coupons: (filter = {}) =>
        state
          .allCoupons()
          .filter(
            (c) =>
              (filter.stock_id === undefined || c.stock_id === filter.stock_id) &&
              (filter.openid === undefined || c.openid === filter.openid) &&
              (filter.coupon_state === undefined || c.state === filter.coupon_state),
          )
          .map((c) => state.couponSnapshot(c)),
      coupon: (code, stockId) => {
        const c = state.couponsByCode(code).find((x) => stockId === undefined || x.stock_id === stockId)
        return c === undefined ? undefined : state.couponSnapshot(c)
      },
      couponCodes: (stockId) => [...(state.stocks.get(stockId)?.codes.values() ?? [])].map((c) => state.codeView(c)),
      notifyUrl: (mchid = keys.mchid) => state.notifyUrls.get(mchid)?.notify_url,
      notifications: () => [...dispatcher.notifications],
      subsidyPayReceipts: () => [...state.payReceipts.values()].map(({ returned: _, ...r }) => clone(r)),
      subsidyReturnReceipts: () => [...state.returnReceipts.values()].map((r) => clone(r)),
      mediaBytes: (sha256) => {
        const m = state.media.get(sha256)
        return m === undefined ? undefined : { contentType: m.contentType, bytes: m.bytes }
      },
    },
    faults: {
      set: (settings) => faults.set(settings),
      reset: () => faults.reset(),
      get: () => faults.get(),
    },
    callbacks: {
      get url() {
        return state.notifyUrls.get(keys.mchid)?.notify_url
      },
      get notifications() {
        return [...dispatcher.notifications]
      },
      get deliveries() {
        return dispatcher.deliveries()
      },
      probe: (target) => dispatcher.probe(target),
      waitFor: (filter = {}, opts = {}) => dispatcher.waitFor(filter, opts.timeoutMs ?? WAIT_TIMEOUT_MS),
      idle: (opts = {}) => dispatcher.idle(opts.timeoutMs ?? WAIT_TIMEOUT_MS),
    },
    requestLog,
    endpoints: () => engine.definitions().map((e) => e.id),
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
      dispatcher.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
  return sandbox
}
