// downloadBill over a real client and a real node:http server on 127.0.0.1 that serves bill files as WeChat Pay does
// (unsigned, under /v3/billdownload/file, gzip when the URL says tartype=gzip) and counts what it is asked for. The
// same flow against the sandbox's own bills is in packages/sandbox/test/pay-bill-download.integ.test.ts.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'
import diagnostics from 'node:diagnostics_channel'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { createClient, isIntegrityError, isValidationError, type WechatPayClient } from '@core/client'
import { signResponse } from '@core/signer/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type BillLink, downloadBill } from '../src/index.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PLATFORM_SERIAL = 'PUB_KEY_ID_0112233445566778899AABBCCDDEEFF00'

// Big enough to arrive in many chunks (and many gzip blocks).
const rows = Array.from(
  { length: 6000 },
  (_, i) =>
    `\`2025-05-20 10:${String(i % 60).padStart(2, '0')}:00,\`wx1234567889999,\`1900000001,\`MCH_${i},\`SUCCESS,\`${(i % 997) + 1}.00`,
)
const BILL = Buffer.from(`交易时间,公众账号ID,商户号,商户订单号,交易状态,应结订单金额\r\n${rows.join('\r\n')}\r\n`)
const GZIPPED = gzipSync(BILL)
// Several times the download's 1 MiB intake, so a slow writer pushes back all the way to the socket.
const BIG = Buffer.from(
  Array.from(
    { length: 150_000 },
    (_, i) => `\`MCH_${String(i).padStart(10, '0')},\`SUCCESS,\`${(i % 997) + 1}.00\r\n`,
  ).join(''),
)
// 24 MiB that gzip cannot shrink much (hex digits: about half), so even gzipped it is many times the intake.
let wide: { plain: Buffer; gz: Buffer } | undefined
const WIDE = () => {
  if (wide === undefined) {
    const plain = Buffer.from(randomBytes(12 * 1024 * 1024).toString('hex'))
    wide = { plain, gz: gzipSync(plain, { level: 1 }) }
  }
  return wide
}
const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')

/** The server's files by token. */
const FILES: Record<string, () => Buffer> = {
  plain: () => BILL,
  gz: () => GZIPPED,
  flip: () => {
    const bytes = Buffer.from(BILL)
    bytes[bytes.length >> 1]! ^= 0x01
    return bytes
  },
  'gz-flip': () => {
    const bytes = Buffer.from(GZIPPED)
    bytes[bytes.length >> 1]! ^= 0x01
    return bytes
  },
  'gz-cut': () => GZIPPED.subarray(0, GZIPPED.length >> 1),
  big: () => BIG,
  'big-gz': () => gzipSync(BIG),
  wide: () => WIDE().plain,
  'wide-gz': () => WIDE().gz,
}

let server: Server
let base: string
let client: WechatPayClient
let dir: string
let requests: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!)
    const url = new URL(req.url!, 'http://x')
    const token = url.searchParams.get('token') ?? ''
    if (token === 'stall') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Request-ID': 'REQ-stall' })
      res.write(BILL.subarray(0, 1000))
      return
    }
    const file = FILES[token]
    if (file === undefined) {
      const body = JSON.stringify({ code: 'INVALID_REQUEST', message: '账单下载地址无效或已过期' })
      res.writeHead(400, {
        'Content-Type': 'application/json',
        'Request-ID': 'REQ-expired',
        ...signResponse({ body, privateKey: platform.privateKey, serial: PLATFORM_SERIAL }),
      })
      res.end(body)
      return
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Request-ID': `REQ-${token}` })
    // In pieces, as a real server streams a file.
    const bytes = file()
    for (let i = 0; i < bytes.length; i += 16_384) res.write(bytes.subarray(i, i + 16_384))
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  client = newClient()
})

const newClient = () =>
  createClient({
    mchid: '1900000001',
    serial: '5157F09EFDC096DE15EBE81A47057A72',
    privateKey: merchant.privateKey,
    platformKeys: { [PLATFORM_SERIAL]: platform.publicKey },
    baseUrl: base,
    retry: false,
  })

afterAll(async () => {
  await client.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  requests = []
  dir = mkdtempSync(join(tmpdir(), 'wxpay-bill-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const link = (query: string, hash = sha1(BILL)): BillLink => ({
  download_url: `${base}/v3/billdownload/file?${query}`,
  hash_type: 'SHA1',
  hash_value: hash,
})

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error as Record<string, unknown>,
  )

describe('downloadBill to a path', () => {
  it('writes the bill, verified, and answers its size, SHA1 and Request-ID', async () => {
    const to = join(dir, 'bill.csv')
    const result = await downloadBill(client, link('token=plain'), { to })
    expect(result).toEqual({ bytes: BILL.length, sha1: sha1(BILL), gunzipped: false, requestId: 'REQ-plain', path: to })
    expect(readFileSync(to).equals(BILL)).toBe(true)
    expect(readdirSync(dir)).toEqual(['bill.csv'])
    expect(requests).toEqual(['/v3/billdownload/file?token=plain'])
  })

  it('tartype=gzip in the URL: gunzips, and hash_value is the SHA1 of the uncompressed bill', async () => {
    const to = join(dir, 'bill.csv')
    const result = await downloadBill(client, link('token=gz&tartype=gzip'), { to })
    expect(result).toMatchObject({ bytes: BILL.length, sha1: sha1(BILL), gunzipped: true })
    expect(readFileSync(to).equals(BILL)).toBe(true)
    // The rule pinned the other way: the digest of the compressed bytes is not what WeChat Pay's hash_value means.
    const error = await rejection(downloadBill(client, link('token=gz&tartype=gzip', sha1(GZIPPED)), { to }))
    expect(isIntegrityError(error)).toBe(true)
  })

  it('a corrupted byte: IntegrityError with both digests, nothing written, an existing file kept', async () => {
    const to = join(dir, 'bill.csv')
    writeFileSync(to, 'yesterday’s verified bill')
    const error = await rejection(downloadBill(client, link('token=flip'), { to }))
    expect(isIntegrityError(error)).toBe(true)
    expect(error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      algorithm: 'sha1',
      expected: sha1(BILL),
      actual: sha1(FILES.flip!()),
      requestId: 'REQ-flip',
      status: 200,
    })
    expect(String(error.message)).toMatch(/^@api\/pay: the bill's SHA1 is [0-9a-f]{40}, not its hash_value/)
    expect(readFileSync(to, 'utf8')).toBe('yesterday’s verified bill')
    expect(readdirSync(dir)).toEqual(['bill.csv'])
  })

  it('a corrupted or truncated gzip: IntegrityError (the gzip error as its cause), no file', async () => {
    for (const token of ['gz-flip', 'gz-cut']) {
      const to = join(dir, `${token}.csv`)
      const error = await rejection(downloadBill(client, link(`token=${token}&tartype=gzip`), { to }))
      expect(isIntegrityError(error), `${token}: ${String(error)}`).toBe(true)
      expect(error.requestId).toBe(`REQ-${token}`)
      expect(existsSync(to)).toBe(false)
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('a gzip file behind a URL without tartype: the mismatch says to pass gunzip: true, which works', async () => {
    const to = join(dir, 'bill.csv')
    const error = await rejection(downloadBill(client, link('token=gz'), { to }))
    expect(isIntegrityError(error)).toBe(true)
    expect(String(error.message)).toContain('pass gunzip: true')
    expect(await downloadBill(client, link('token=gz'), { to, gunzip: true })).toMatchObject({ gunzipped: true })
    expect(readFileSync(to).equals(BILL)).toBe(true)
  })

  it('a stalled download fails at the body deadline and leaves no file', async () => {
    const to = join(dir, 'bill.csv')
    const error = await rejection(downloadBill(client, link('token=stall'), { to, timeouts: { body: 200 } }))
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'BODY_TIMEOUT' })
    expect(readdirSync(dir)).toEqual([])
  })

  it('an expired URL: the ApiError, no file', async () => {
    const error = await rejection(downloadBill(client, link('token=old'), { to: join(dir, 'bill.csv') }))
    expect(error).toMatchObject({ name: 'ApiError', code: 'INVALID_REQUEST', status: 400, requestId: 'REQ-expired' })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('downloadBill to a Writable', () => {
  const collect = (stream: PassThrough) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    return () => Buffer.concat(chunks)
  }

  it('streams the uncompressed bill into it and ends it', async () => {
    const out = new PassThrough()
    const received = collect(out)
    const ended = new Promise((resolve) => out.on('end', resolve))
    const result = await downloadBill(client, link('token=gz&tartype=gzip'), { to: out })
    await ended
    expect(result).toEqual({ bytes: BILL.length, sha1: sha1(BILL), gunzipped: true, requestId: 'REQ-gz' })
    expect(received().equals(BILL)).toBe(true)
  })

  it('a writer slower than the download gets every byte once and in order, plain and gunzipped', async () => {
    // highWaterMark 1: every write asks the download to wait, through gunzip and the intake back to undici's parser,
    // which then pauses mid-read and resumes from what it had put back on the socket.
    for (const query of ['token=big', 'token=big-gz&tartype=gzip']) {
      const chunks: Buffer[] = []
      const out = new Writable({
        highWaterMark: 1,
        write(chunk: Buffer, _encoding, callback) {
          chunks.push(chunk)
          setImmediate(callback)
        },
      })
      const result = await downloadBill(client, link(query, sha1(BIG)), { to: out })
      expect(result, query).toMatchObject({ bytes: BIG.length, sha1: sha1(BIG) })
      expect(Buffer.concat(chunks).equals(BIG), query).toBe(true)
      expect(out.writableFinished, query).toBe(true)
    }
  })

  it('holds at most ~1 MiB of the bill at a time, however slow the writer (plain and gunzipped)', async () => {
    // What the process holds = bytes read from the socket − bytes the writer was given (for gzip, counted in
    // compressed bytes: the file compresses evenly). A download that buffered would hold most of the 24 MiB.
    const sockets: Socket[] = []
    const onSocket = ({ socket }: { socket: Socket }) => sockets.push(socket)
    diagnostics.subscribe('net.client.socket', onSocket as (message: unknown) => void)
    // A client of its own, so every socket it reads from is counted.
    const own = newClient()
    try {
      const { plain, gz } = WIDE()
      for (const [query, sent] of [
        ['token=wide', plain.length],
        ['token=wide-gz&tartype=gzip', gz.length],
      ] as const) {
        let given = 0
        let held = 0
        const out = new Writable({
          highWaterMark: 1,
          write(chunk: Buffer, _encoding, callback) {
            const read = sockets.reduce((sum, socket) => sum + socket.bytesRead, 0)
            given += chunk.length
            held = Math.max(held, read - Math.floor((sent * given) / plain.length))
            setImmediate(callback)
          },
        })
        const result = await downloadBill(own, link(query, sha1(plain)), { to: out })
        expect(result, query).toMatchObject({ bytes: plain.length, sha1: sha1(plain) })
        // The sockets were seen (else `held` would be trivially small): the whole file came through them.
        expect(
          sockets.reduce((sum, socket) => sum + socket.bytesRead, 0),
          query,
        ).toBeGreaterThanOrEqual(sent)
        expect(held, query).toBeLessThan(1.5 * 1024 * 1024)
        for (const socket of sockets) socket.destroy()
        sockets.length = 0
      }
    } finally {
      diagnostics.unsubscribe('net.client.socket', onSocket as (message: unknown) => void)
      await own.close()
    }
  })

  it('a mismatch destroys it with the IntegrityError', async () => {
    const out = new PassThrough()
    collect(out)
    const seen = new Promise((resolve) => out.on('error', resolve))
    const error = await rejection(downloadBill(client, link('token=flip'), { to: out }))
    expect(isIntegrityError(error)).toBe(true)
    expect(out.destroyed).toBe(true)
    expect(await seen).toBe(error)
  })
})

describe('downloadBill refuses bad input before sending anything', () => {
  it.each([
    ['a digest other than SHA1', { ...link('token=plain'), hash_type: 'MD5' }, {}, ['bill.hash_type']],
    ['a hash_value that is no SHA1', { ...link('token=plain'), hash_value: '79bb0f' }, {}, ['bill.hash_value']],
    ['no download_url', { hash_type: 'SHA1', hash_value: sha1(BILL) }, {}, ['bill.download_url']],
    ['no `to`', link('token=plain'), { to: undefined }, ['to']],
    [
      'an unknown option and a bad gunzip',
      link('token=plain'),
      { gunzip: 'yes', tarType: 'GZIP' },
      ['gunzip', 'tarType'],
    ],
  ])('%s', async (_, bill, extra, paths) => {
    const options = { to: join(dir, 'bill.csv'), ...extra }
    const error = await rejection(downloadBill(client, bill as BillLink, options as never))
    expect(isValidationError(error), String(error)).toBe(true)
    expect((error.issues as { path: string[] }[]).map((i) => i.path.join('.')).sort()).toEqual(paths)
    expect(String(error.message)).toMatch(/^@api\/pay: downloadBill\(\) was not sent: /)
    expect(requests).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })

  it('a path in a directory that does not exist fails before the download', async () => {
    const error = await rejection(downloadBill(client, link('token=plain'), { to: join(dir, 'no', 'bill.csv') }))
    expect(error.code).toBe('ENOENT')
    expect(requests).toEqual([])
  })
})
