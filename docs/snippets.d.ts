// What every docs snippet may use without creating it: the client from `createClient({ … })` (see
// guide/making-a-call) and the busifavor facade over it. The docs tests provide both, pointed at the sandbox.
import type { createBusifavor } from '@api/busifavor'
import type { WechatPayClient } from '@core/client'

declare global {
  const client: WechatPayClient
  const busifavor: ReturnType<typeof createBusifavor>
}
