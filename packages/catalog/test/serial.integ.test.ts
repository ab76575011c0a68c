// A typed call with encrypted fields, against a real server on 127.0.0.1 holding two WeChat Pay key pairs: the
// `Wechatpay-Serial` the client sends must name the key that decrypts every encrypted field (as WeChat Pay reads it).
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, type WechatPayClient } from '@core/client'
import { decryptSensitive } from '@core/signer'
import { signResponse } from '@core/signer/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ENCRYPTED_FIELDS, encryptedFields } from '../src/index.js'

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const OLD = 'PUB_KEY_ID_0000000000000000000000000000000001'
const NEW = 'PUB_KEY_ID_0000000000000000000000000000000002'
const platform = new Map([
  [OLD, generateKeyPairSync('rsa', { modulusLength: 2048 })],
  [NEW, generateKeyPairSync('rsa', { modulusLength: 2048 })],
])
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }) as string

/** The values at a field path of the runtime index (`json.receivers[].name`), in the request's parts. */
function valuesAt(parts: Record<string, unknown>, path: string): unknown[] {
  let current: unknown[] = [parts]
  for (const step of path.split('.')) {
    const list = step.endsWith('[]')
    const name = list ? step.slice(0, -2) : step
    current = current.flatMap((value) => {
      const next = (value as Record<string, unknown> | undefined)?.[name]
      return list ? ((next as unknown[] | undefined) ?? []) : next === undefined ? [] : [next]
    })
  }
  return current
}

interface Seen {
  serial: string | undefined
  /** Each encrypted field, decrypted with the key the header names; `null` where that key could not. */
  decrypted: (string | null)[]
  /** Each encrypted field, tried with the other key: `null` expected. */
  withOther: (string | null)[]
}

const seen: Seen[] = []
let url: string
let close: () => Promise<void>

beforeAll(async () => {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const route = `${req.method} ${req.url}`
    const json = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    const serial = req.headers['wechatpay-serial'] as string | undefined
    const other = serial === OLD ? NEW : OLD
    const tryDecrypt = (value: unknown, key: KeyObject | undefined) => {
      try {
        return key ? decryptSensitive(String(value), key) : null
      } catch {
        return null
      }
    }
    const values = encryptedFields(route).flatMap((path) => valuesAt({ json }, path))
    seen.push({
      serial,
      decrypted: values.map((v) => tryDecrypt(v, platform.get(serial ?? '')?.privateKey)),
      withOther: values.map((v) => tryDecrypt(v, platform.get(other)?.privateKey)),
    })
    const body = JSON.stringify({
      prepay_id: 'wx201410272009395522657a690389285100',
      order_id: '3008450740201411110007820472',
    })
    const answeredWith = serial ?? NEW
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Request-ID': 'r-1',
      ...signResponse({ body, privateKey: platform.get(answeredWith)!.privateKey, serial: answeredWith }),
    })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
})
afterAll(() => close())
afterEach(() => {
  seen.length = 0
})

function client(wechatpaySerial?: string): WechatPayClient {
  return createClient({
    mchid: '1900000001',
    serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    privateKey: merchant.privateKey,
    // Both keys known; without a configured serial the newest (added last) is the one requests name.
    platformKeys: Object.fromEntries([...platform].map(([serial, pair]) => [serial, pem(pair.publicKey)])),
    baseUrl: url,
    ...(wechatpaySerial === undefined ? {} : { wechatpaySerial }),
  })
}

const jsapi = (c: WechatPayClient) =>
  c.request('POST /v3/pay/transactions/jsapi', {
    json: {
      appid: 'wxd678efh567hg6787',
      mchid: '1900000001',
      description: '示例商城-会员月卡',
      out_trade_no: 'MCH_102233446',
      notify_url: 'https://www.example.com/wechatpay/notify',
      amount: { total: 1000 },
      payer: {
        openid: 'o4GgauInH_RCEdvrrNGrntXDuXXX',
        identity: { type: 'IDCARD', number: c.encrypt('110101199003070000'), name: c.encrypt('张三') },
      },
    },
  })

describe('Wechatpay-Serial on a route with encrypted fields', () => {
  it('the runtime index lists the encrypted fields of the routes the test calls', () => {
    expect(encryptedFields('POST /v3/pay/transactions/jsapi')).toEqual([
      'json.payer.identity.number',
      'json.payer.identity.name',
    ])
    expect(encryptedFields('POST /v3/profitsharing/orders')).toEqual(['json.receivers[].name'])
    expect(encryptedFields('GET /v3/pay/transactions/id/{transaction_id}')).toEqual([])
    expect(encryptedFields('constructor')).toEqual([])
    expect(Object.keys(ENCRYPTED_FIELDS).length).toBeGreaterThan(100)
  })

  it('names the serial whose key decrypts every field (the newest key), not the other one', async () => {
    const c = client()
    const { data } = await jsapi(c)
    expect(data.prepay_id).toMatch(/^wx/)
    expect(seen).toEqual([{ serial: NEW, decrypted: ['110101199003070000', '张三'], withOther: [null, null] }])
    await c.close()
  })

  it('with wechatpaySerial configured, encrypt() and the header both use that key', async () => {
    const c = client(OLD)
    await jsapi(c)
    expect(seen).toEqual([{ serial: OLD, decrypted: ['110101199003070000', '张三'], withOther: [null, null] }])
    await c.close()
  })

  it('fields inside a list (receivers[].name) are decrypted with the named key too', async () => {
    const c = client()
    await c.v3.profitsharing.orders.post({
      json: {
        appid: 'wx8888888888888888',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          { type: 'MERCHANT_ID', account: '86693852', amount: 888, description: '分给商户A' },
          {
            type: 'PERSONAL_OPENID',
            account: 'o-MYE42l80oelYMDE34nYD456Xoy',
            name: c.encrypt('张三'),
            amount: 1,
            description: '分给个人',
          },
        ],
        unfreeze_unsplit: true,
      },
    })
    expect(seen).toEqual([{ serial: NEW, decrypted: ['张三'], withOther: [null] }])
    await c.close()
  })
})
