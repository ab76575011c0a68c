// The @tools/sandbox in its own process, with the benchmark's keys, and coupons seeded on request so that every
// measured deactivate call is a real first-time deactivation (not an idempotent replay).
import { startSandbox } from '@tools/sandbox'
import { loadFixture } from '../lib/fixture.mjs'

const f = loadFixture()
const sb = await startSandbox({
  mchid: f.mchid,
  merchantSerial: f.merchantSerial,
  publicKeyId: f.platformSerial,
  apiv3Key: f.apiv3Key,
  keys: { merchant: f.merchantPrivateKeyPem, platform: f.platformPrivateKeyPem },
  // The request log is a debugging aid; keeping 10 000 entries would only add GC work to the server side.
  requestLogLimit: 0,
})
const stock = sb.seed.createStock({ stock_send_rule: { max_coupons: 100_000_000, max_coupons_per_user: 100_000_000 } })

process.on('message', (m) => {
  if (m.type === 'seed') {
    const coupons = sb.seed.sendCoupons(m.count, { stock_id: stock.stock_id, notify: false })
    process.send({ type: 'seeded', stockId: stock.stock_id, codes: coupons.map((c) => c.coupon_code) })
  } else if (m.type === 'stop') sb.close().then(() => process.exit(0))
})
process.on('disconnect', () => process.exit(0))
process.send({ type: 'ready', url: sb.url })
