// Shared set-up of the integration suites: a real sandbox, a real client pointed at it, the facade on top.
import { createClient, type WechatPayClient } from '@core/client'
import { createRequestNo, type ResponseIssuesEvent } from '@core/kit'
import { type Sandbox, type SandboxOptions, startSandbox } from '@tools/sandbox'
import { type Busifavor, createBusifavor } from '../src/index.js'

export interface Harness {
  sb: Sandbox
  client: WechatPayClient
  busifavor: Busifavor
  /** Everything `onResponseIssues` reported: the sandbox answers as the schemas say, so this stays empty. */
  responseIssues: ResponseIssuesEvent[]
  close(): Promise<void>
}

export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const sb = await startSandbox(options)
  const client = createClient({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
    // Fast retries keep the fault tests quick; the policy itself is the client's.
    retry: { retries: 2, minDelay: 1, maxDelay: 5 },
  })
  const responseIssues: ResponseIssuesEvent[] = []
  const busifavor = createBusifavor(client, { onResponseIssues: (event) => responseIssues.push(event) })
  return {
    sb,
    client,
    busifavor,
    responseIssues,
    async close() {
      await client.close()
      await sb.close()
    },
  }
}

/** RFC 3339 in China time (what WeChat Pay writes), `ms` epoch milliseconds. */
export function chinaTime(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

export const DAY_MS = 86_400_000

/** A fresh business request-no. */
export const requestNo = (): string => createRequestNo({ prefix: 'T' })
