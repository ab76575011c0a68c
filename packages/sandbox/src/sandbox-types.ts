// The public shape of a running sandbox.
import type { DeliveryAttempt, NotificationRecord, WaitForNotificationFilter } from './callback-types.js'
import type { BusifavorSandbox } from './families/busifavor/index.js'
import type { AnySandboxFamily } from './family.js'
import type { FaultSettings } from './faults.js'
import type { SandboxMode } from './keys.js'
import type { RequestLog } from './request-log.js'

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

/** `sb.callbacks`: the callbacks the families send (COUPON.SEND, TRANSACTION.SUCCESS…) and their deliveries. */
export interface SandboxCallbacks {
  /**
   * The merchant-level callback URL in force: busifavor's (set through the API or `sb.seed.setNotifyUrl`), else pay's
   * refund URL (`sb.seed.setRefundNotifyUrl`).
   */
  readonly url: string | undefined
  /** Every notification, oldest first; records update as their deliveries proceed. */
  readonly notifications: NotificationRecord[]
  /** Every delivery attempt, oldest first. */
  readonly deliveries: DeliveryAttempt[]
  /**
   * The attempts that finished after the one whose `seq` is given (default 0: every attempt), in the order they
   * finished — what a follower polls (`GET /__sandbox/deliveries?after=N`).
   */
  deliveriesAfter(seq?: number): DeliveryAttempt[]
  /** A notification by id. */
  notification(id: string): NotificationRecord | undefined
  /** The URL every new notification is posted to instead of its own (`forwardTo`, `forwardCallbacksTo`), if any. */
  readonly forwardingTo: string | undefined
  /**
   * Posts every notification created from now on to `url` instead of its own URL — even when it has none (a seeded
   * order, no notify URL set) — signed, encrypted and retried as usual; probes without an explicit URL go there too.
   * What `wxpay listen --forward-to` uses. `undefined` turns forwarding off.
   * @throws {SandboxError} INVALID_OPTION for a URL that is not http(s) or is a documentation example host.
   */
  forwardTo(url: string | undefined): void
  /**
   * Replays one notification now: same id and body, fresh signature (timestamp, nonce), to the forwarding URL or its
   * own, never retried — to test a receiver's dedupe. A 2xx settles a pending or skipped notification as delivered.
   * @throws {SandboxError} INVALID_OPTION for an unknown id or when the notification has nowhere to go.
   */
  resend(id: string): Promise<DeliveryAttempt>
  /** Posts a `WECHATPAY/SIGNTEST/` probe to `url` (default: the forwarding URL, else the notify URL) now. */
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

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never
type SeedOf<F> = F extends { seed(...args: any[]): infer Seed } ? Seed : never
type ViewsOf<F> = F extends { views(...args: any[]): infer Views } ? Views : never

/** The families a sandbox runs when `families` is not given. */
export type DefaultFamilies = readonly [BusifavorSandbox]

/** `sb.seed`: every family's direct data creation, merged (e.g. busifavor's `createStock`, `sendCoupon`…). */
export type SandboxSeed<Families extends readonly AnySandboxFamily[] = DefaultFamilies> = UnionToIntersection<
  SeedOf<Families[number]>
>

/** `sb.state`: read-only snapshots of every family's data, merged, plus the notifications sent. */
export type SandboxState<Families extends readonly AnySandboxFamily[] = DefaultFamilies> = UnionToIntersection<
  ViewsOf<Families[number]>
> & {
  notifications(): NotificationRecord[]
}

export interface Sandbox<Families extends readonly AnySandboxFamily[] = DefaultFamilies> {
  /** `http://127.0.0.1:PORT`: the client's base URL. */
  readonly url: string
  readonly mode: SandboxMode
  readonly merchant: SandboxMerchant
  readonly platform: SandboxPlatform
  /** The 32-character APIv3 key (callbacks and certificates are encrypted with it). */
  readonly apiv3Key: string
  readonly seed: SandboxSeed<Families>
  readonly state: SandboxState<Families>
  readonly faults: SandboxFaults
  readonly callbacks: SandboxCallbacks
  /** Every API request received (method, url, status, parsed body…). */
  readonly requestLog: RequestLog
  /** The names of the families it emulates, e.g. `['busifavor']`. */
  families(): string[]
  /** The endpoint ids the sandbox routes (from the families' registries). */
  endpoints(): string[]
  /** Every family's data as JSON (what `GET /__sandbox/state` answers). */
  snapshot(): Record<string, unknown>
  /**
   * Issues a new platform certificate and signs with it from now on (certificate and both modes), so a client's
   * "unknown serial → refresh certificates" path can be tested. The old certificate stays downloadable.
   */
  rotatePlatformCertificate(): { serial: string; certificatePem: string }
  /** Stops the server, cancels pending callbacks and closes open connections. */
  close(): Promise<void>
}
