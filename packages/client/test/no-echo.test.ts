// A secret pasted into the wrong option must never come back in an error: every string option below gets a
// secret-looking value in a shape that fails validation, and no rendering of the error may contain it.
import { inspect } from 'node:util'
import { type ClientOptions, createClient, type WechatPayClient } from '@core/client'
import { createNotificationHandler } from '@core/client/notifications'
import {
  decryptResource,
  encryptResource,
  isWechatPayError,
  loadPrivateKey,
  loadPublicKey,
  PlatformKeys,
  signRequest,
  signV2,
} from '@core/signer'
import { describe, expect, it } from 'vitest'
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, merchantPem, PUB_KEY_ID, platformPublicPem } from './helpers.js'

const SECRET = 'SK-a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb-Zq'
// The part that must never show up, whatever the error does to its edges.
const CORE = 'a7cde1ZJB1kG2e7VfTs3jQ'

const base: ClientOptions = {
  mchid: MCHID,
  serial: MERCHANT_SERIAL,
  privateKey: merchantPem,
  platformKeys: { [PUB_KEY_ID]: platformPublicPem },
  baseUrl: 'http://127.0.0.1:9',
}
const client: WechatPayClient = createClient(base)

async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

const clientCases: [string, Partial<ClientOptions> & Record<string, unknown>][] = [
  ['mchid', { mchid: SECRET }],
  ['serial', { serial: SECRET }],
  ['privateKey (not PEM)', { privateKey: SECRET }],
  ['privateKey (broken PEM)', { privateKey: `-----BEGIN PRIVATE KEY-----\n${SECRET}\n-----END PRIVATE KEY-----\n` }],
  ['apiv3Key', { apiv3Key: SECRET }],
  ['baseUrl (not a URL)', { baseUrl: SECRET }],
  ['baseUrl (credentials)', { baseUrl: `https://${SECRET}@api.mch.weixin.qq.com` }],
  ['baseUrl (query)', { baseUrl: `https://api.mch.weixin.qq.com/?${SECRET}` }],
  ['baseUrl (scheme)', { baseUrl: `ftp://${SECRET}` }],
  ['baseUrl (bracket)', { baseUrl: `http://[${SECRET}` }],
  ['backupBaseUrl', { backupBaseUrl: SECRET }],
  ['wechatpaySerial', { wechatpaySerial: SECRET }],
  ['wechatpaySerial (newline)', { wechatpaySerial: `PUB_KEY_ID_1\n${SECRET}` }],
  ['userAgent', { userAgent: `${SECRET}\n` }],
  ['signing', { signing: SECRET as never }],
  ['platformKeys value', { platformKeys: { [PUB_KEY_ID]: SECRET } }],
  ['platformKeys', { platformKeys: SECRET as never }],
  ['an unknown option', { extra: SECRET }],
  ['timeouts', { timeouts: SECRET as never }],
  ['timeouts.headers', { timeouts: { headers: SECRET as never } }],
  ['retry', { retry: SECRET as never }],
  ['hooks', { hooks: SECRET as never }],
  ['clock', { clock: SECRET as never }],
  ['dispatcher', { dispatcher: SECRET as never }],
  ['autoRefresh', { autoRefresh: SECRET as never }],
  ['maxSkewSeconds', { maxSkewSeconds: SECRET as never }],
  ['maxResponseBytes', { maxResponseBytes: SECRET as never }],
]

const circular: Record<string, unknown> = { a: SECRET }
circular.self = circular

const callCases: [string, () => unknown][] = [
  ['method', () => client.request({ method: SECRET as 'GET', url: '/v3/x' })],
  ['url (space)', () => client.request({ method: 'GET', url: `/v3/${SECRET} x` })],
  ['url (another host)', () => client.request({ method: 'GET', url: `https://evil.example/${SECRET}` })],
  ['url (not a URL)', () => client.request({ method: 'GET', url: `http://[${SECRET}` })],
  ['url (dot segment)', () => client.request({ method: 'GET', url: `/v3/../${SECRET}` })],
  ['url (absolute, dot segment)', () => client.request({ method: 'GET', url: `http://127.0.0.1:9/v3/../${SECRET}` })],
  ['url (control character)', () => client.request({ method: 'GET', url: `http://127.0.0.1:9/v3/${SECRET}\t` })],
  ['url (slot name)', () => client.request({ method: 'GET', url: `/v3/{${SECRET}}` })],
  ['url (missing param)', () => client.request({ method: 'GET', url: `/v3/${SECRET}/{id}` })],
  ['url (not a string)', () => client.request({ method: 'GET', url: { toString: () => SECRET } as never })],
  [
    'params (lone surrogate)',
    () => client.request({ method: 'GET', url: '/v3/{id}', params: { id: `${SECRET}\ud800` } }),
  ],
  ['params (dot segment)', () => client.request({ method: 'GET', url: `/v3/${SECRET}/{id}`, params: { id: '..' } })],
  ['params (not an object)', () => client.request({ method: 'GET', url: '/v3/{id}', params: SECRET as never })],
  ['query (lone surrogate)', () => client.request({ method: 'GET', url: '/v3/x', query: { q: `${SECRET}\ud800` } })],
  ['query (object value)', () => client.request({ method: 'GET', url: '/v3/x', query: { q: { s: SECRET } as never } })],
  ['query (not an object)', () => client.request({ method: 'GET', url: '/v3/x', query: SECRET as never })],
  ['body on a GET', () => client.request({ method: 'GET', url: '/v3/x', body: SECRET })],
  ['json and body', () => client.request({ method: 'POST', url: '/v3/x', body: SECRET, json: SECRET })],
  ['json (circular)', () => client.request({ method: 'POST', url: '/v3/x', json: circular })],
  ['headers value', () => client.request({ method: 'GET', url: '/v3/x', headers: { 'x-a': `${SECRET}\n` } })],
  ['headers name', () => client.request({ method: 'GET', url: '/v3/x', headers: { [`${SECRET} x`]: 'v' } })],
  ['headers (reserved)', () => client.request({ method: 'GET', url: '/v3/x', headers: { authorization: SECRET } })],
  ['wechatpaySerial', () => client.request({ method: 'GET', url: '/v3/x', wechatpaySerial: `${SECRET}\n` })],
  ['idempotent', () => client.request({ method: 'GET', url: '/v3/x', idempotent: SECRET as never })],
  ['retry', () => client.request({ method: 'GET', url: '/v3/x', retry: SECRET as never })],
  ['timeouts', () => client.request({ method: 'GET', url: '/v3/x', timeouts: { body: SECRET as never } })],
  ['maxResponseBytes', () => client.request({ method: 'GET', url: '/v3/x', maxResponseBytes: SECRET as never })],
  ['an unknown option', () => client.request({ method: 'GET', url: '/v3/x', extra: SECRET } as never)],
  ['chain(path)', () => client.chain(`v3/${SECRET} x`).get()],
  ['a chained segment', () => client.v3![`${SECRET}\n`]!.get()],
  ['a chained call option', () => client.v3!.x!.get({ headers: { 'x-a': `${SECRET}\r` } })],
  [
    'uploadImage filename',
    () => client.uploadImage({ file: Buffer.from([0xff, 0xd8, 0xff]), filename: `${SECRET}/x.jpg` }),
  ],
  [
    'uploadImage url',
    () => client.uploadImage({ file: Buffer.from([0xff, 0xd8, 0xff]), filename: 'a.jpg', url: `/${SECRET} x` }),
  ],
  ['uploadImage file', () => client.uploadImage({ file: SECRET as never, filename: 'a.jpg' })],
  ['download url (not a download route)', () => client.download({ url: `/v3/${SECRET}` })],
  [
    'download digest value',
    () => client.download({ url: '/v3/billdownload/file', digest: { algorithm: 'sha1', value: SECRET } }),
  ],
  [
    'download digest algorithm',
    () => client.download({ url: '/v3/billdownload/file', digest: { algorithm: SECRET, value: '' } as never }),
  ],
]

const handlerCases: [string, () => unknown][] = [
  [
    'apiv3Key',
    () =>
      createNotificationHandler(
        { platformKeys: { [PUB_KEY_ID]: platformPublicPem }, apiv3Key: SECRET },
        { onNotification() {} },
      ),
  ],
  [
    'platformKeys value',
    () =>
      createNotificationHandler(
        { platformKeys: { [PUB_KEY_ID]: SECRET }, apiv3Key: APIV3_KEY },
        { onNotification() {} },
      ),
  ],
  [
    'platformKeys',
    () => createNotificationHandler({ platformKeys: SECRET as never, apiv3Key: APIV3_KEY }, { onNotification() {} }),
  ],
  ['client', () => createNotificationHandler({ client: SECRET as never }, { onNotification() {} })],
  [
    'an unknown source option',
    () =>
      createNotificationHandler({ platformKeys: {}, apiv3Key: APIV3_KEY, extra: SECRET } as never, {
        onNotification() {},
      }),
  ],
  [
    'onNotification',
    () => createNotificationHandler({ platformKeys: {}, apiv3Key: APIV3_KEY }, { onNotification: SECRET as never }),
  ],
  [
    'maxBodyBytes',
    () =>
      createNotificationHandler(
        { platformKeys: {}, apiv3Key: APIV3_KEY },
        { onNotification() {}, maxBodyBytes: SECRET as never },
      ),
  ],
  [
    'maxSkewSeconds',
    () =>
      createNotificationHandler(
        { platformKeys: {}, apiv3Key: APIV3_KEY },
        { onNotification() {}, maxSkewSeconds: SECRET as never },
      ),
  ],
  [
    'ttlSeconds',
    () =>
      createNotificationHandler(
        { platformKeys: {}, apiv3Key: APIV3_KEY },
        { onNotification() {}, ttlSeconds: SECRET as never },
      ),
  ],
  [
    'clock',
    () =>
      createNotificationHandler(
        { platformKeys: {}, apiv3Key: APIV3_KEY },
        { onNotification() {}, clock: SECRET as never },
      ),
  ],
  [
    'dedupe',
    () =>
      createNotificationHandler(
        { platformKeys: {}, apiv3Key: APIV3_KEY },
        { onNotification() {}, dedupe: SECRET as never },
      ),
  ],
  [
    'an unknown option',
    () =>
      createNotificationHandler({ platformKeys: {}, apiv3Key: APIV3_KEY }, {
        onNotification() {},
        extra: SECRET,
      } as never),
  ],
]

const sign = { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchantPem, method: 'GET', url: '/v3/x' }
const signerCases: [string, () => unknown][] = [
  ['signRequest method', () => signRequest({ ...sign, method: SECRET })],
  ['signRequest method (object)', () => signRequest({ ...sign, method: { toString: () => SECRET } as never })],
  ['signRequest url', () => signRequest({ ...sign, url: SECRET })],
  ['signRequest mchid', () => signRequest({ ...sign, mchid: `${SECRET}"` })],
  ['signRequest serial', () => signRequest({ ...sign, serial: `${SECRET}\n` })],
  ['signRequest nonce', () => signRequest({ ...sign, nonce: `${SECRET}"` })],
  ['signRequest timestamp', () => signRequest({ ...sign, timestamp: SECRET })],
  ['signRequest privateKey', () => signRequest({ ...sign, privateKey: SECRET })],
  ['signV2 signType (the key given in its place)', () => signV2({ a: '1' }, 'k', SECRET as never)],
  ['loadPrivateKey', () => loadPrivateKey(SECRET)],
  ['loadPublicKey', () => loadPublicKey(`-----BEGIN PUBLIC KEY-----\n${SECRET}\n-----END PUBLIC KEY-----\n`)],
  ['PlatformKeys.add', () => new PlatformKeys().add(PUB_KEY_ID, SECRET)],
  ['decryptResource apiv3Key', () => decryptResource(encryptResource('x', APIV3_KEY), SECRET)],
]

function expectNoEcho(error: unknown): void {
  expect(isWechatPayError(error)).toBe(true)
  const renderings = [(error as Error).message, JSON.stringify(error), String(error), inspect(error, { depth: 10 })]
  for (const text of renderings) expect(text).not.toContain(CORE)
}

describe('option errors name the field and the expected shape, never the value', () => {
  it.each(clientCases)('createClient %s', async (_name, options) => {
    expectNoEcho(await thrown(() => createClient({ ...base, ...options } as ClientOptions)))
  })
  it.each(callCases)('a call with a bad %s', async (_name, run) => {
    expectNoEcho(await thrown(run))
  })
  it.each(handlerCases)('createNotificationHandler %s', async (_name, run) => {
    expectNoEcho(await thrown(run))
  })
  it.each(signerCases)('%s', async (_name, run) => {
    expectNoEcho(await thrown(run))
  })
})
