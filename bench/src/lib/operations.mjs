// The e2e operations: what one subject call sends. Every subject kind (raw, ours, the peers) takes the operation as a
// parameter, so a second API is a second entry here, not a second copy of the subjects. BENCH_OP picks one per run.
import { APPID, DEACTIVATE_PATH, deactivateBody, JSAPI_PATH, jsapiBody, TAMPER_PREFIX } from './fixture.mjs'

export const OPERATIONS = {
  deactivate: {
    path: DEACTIVATE_PATH,
    /** The i-th body of a run: `code` is a seeded coupon (sandbox) or a made-up one (raw server). */
    body: (code, stockId, i) => deactivateBody(code, stockId, i),
    tamperBody: (stockId) => deactivateBody(`${TAMPER_PREFIX}0001`, stockId, 0),
    // The answer must be this operation's (facades report schema issues without throwing: check it here).
    answered: (a) => typeof a?.wechatpay_deactivate_time === 'string',
    facade: 'busifavor',
    ours: async (client) => {
      const { createBusifavor } = await import('@api/busifavor')
      const busifavor = createBusifavor(client)
      return (body) => busifavor.deactivateCoupon(body)
    },
    oursFromDist: async (dist, client) => {
      const { createBusifavor } = await import(dist('busifavor'))
      const busifavor = createBusifavor(client)
      return (body) => busifavor.deactivateCoupon(body)
    },
    axiosChain: (wxpay) => wxpay.v3.marketing.busifavor.coupons.deactivate,
    // wechatpay-node-v3 has no deactivate method: the subject signs with buildAuthorization and sends by hand.
    nodeV3: undefined,
    // The sandbox answers deactivate for seeded coupons only.
    seeded: true,
  },
  jsapi: {
    path: JSAPI_PATH,
    // A fresh out_trade_no per call, made here (the caller), never by an SDK.
    body: (_code, _stockId, i) => jsapiBody(i),
    tamperBody: () => jsapiBody(0, TAMPER_PREFIX),
    answered: (a) => typeof a?.prepay_id === 'string',
    facade: 'pay',
    ours: async (client) => {
      const { createPay } = await import('@api/pay')
      const pay = createPay(client)
      return (body) => pay.jsapiPrepay(body)
    },
    oursFromDist: async (dist, client) => {
      const { createPay } = await import(dist('pay'))
      const pay = createPay(client)
      return (body) => pay.jsapiPrepay(body)
    },
    axiosChain: (wxpay) => wxpay.v3.pay.transactions.jsapi,
    // Its built-in method (which also signs the JSAPI bridge parameters, paySign, as its callers get them).
    // It answers with the bridge parameters, the prepay_id inside `package`: give it back as the others do.
    nodeV3: (pay) => async (body) => {
      const answer = await pay.transactions_jsapi(body)
      const pkg = answer.data?.package
      return typeof pkg === 'string' && pkg.startsWith('prepay_id=')
        ? { ...answer, data: { prepay_id: pkg.slice('prepay_id='.length), ...answer.data } }
        : answer
    },
    appid: APPID,
    seeded: false,
  },
}

export function operation(name = 'deactivate') {
  const op = OPERATIONS[name]
  if (!op) throw new Error(`bench: unknown BENCH_OP ${name} (one of ${Object.keys(OPERATIONS).join(', ')})`)
  return op
}
