#!/usr/bin/env node
// The README's payment demo (`npm run demo:pay` from the repository root). Without credentials it starts the embedded
// sandbox with the busifavor and pay families and walks a whole payment: JSAPI order, invoke parameters, the payer
// (simulated), TRANSACTION.SUCCESS, a partial refund, REFUND.SUCCESS, the day's trade bill downloaded and verified, and
// a 商家券 associated with the order and redeemed. With WECHATPAY_* credentials it makes read-only calls only.
import { realMode } from './real-mode.mjs'
import { sandboxMode } from './sandbox-flow.mjs'

const env = process.env
if (['WECHATPAY_MCHID', 'WECHATPAY_SERIAL', 'WECHATPAY_PRIVATE_KEY_PATH'].some((k) => env[k])) await realMode(env)
else await sandboxMode()
