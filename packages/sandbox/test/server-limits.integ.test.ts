// The sandbox as a server facing hostile input: bounded admin bodies, bounded JSON nesting everywhere, a request log
// that always serializes, and request/headers timeouts. Raw sockets, so nothing between us and the server helps.
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_ADMIN_MAX_BODY_BYTES,
  generateSandboxKeys,
  isSandboxError,
  MAX_JSON_DEPTH,
  type Sandbox,
  startSandbox,
} from '../src/index.js'
import { post } from './raw.js'

const keys = generateSandboxKeys()
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`

interface Exchange {
  /** Everything the server sent before it closed the connection. */
  text: string
  status: number
  json: unknown
  /** Bytes the client managed to write before the server closed. */
  written: number
}

function open(sb: Sandbox): Promise<Socket> {
  const { hostname, port } = new URL(sb.url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket))
    socket.once('error', reject)
  })
}

/**
 * Sends `head` (request line and headers), then whatever `feed` writes, and resolves once the server has closed the
 * connection — so a test that waits on a server that never closes fails by its timeout.
 */
async function exchange(sb: Sandbox, head: string, feed?: (socket: Socket) => void): Promise<Exchange> {
  const socket = await open(sb)
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  socket.on('error', () => {}) // the server may reset while we write: expected here
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.write(head)
  feed?.(socket)
  await closed
  const text = Buffer.concat(chunks).toString('utf8')
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)
  const bodyText = text.slice(text.indexOf('\r\n\r\n') + 4)
  let json: unknown
  try {
    json = JSON.parse(bodyText)
  } catch {
    json = undefined
  }
  return { text, status, json, written: socket.bytesWritten }
}

/** Writes `total` bytes of `fill` as fast as the socket takes them, stopping if the server closes. */
function pump(total: number, fill = 0x20): (socket: Socket) => void {
  const chunk = Buffer.alloc(64 * 1024, fill)
  return (socket) => {
    let sent = 0
    const next = () => {
      while (sent < total && !socket.destroyed) {
        sent += chunk.length
        if (!socket.write(chunk)) return void socket.once('drain', next)
      }
      if (!socket.destroyed) socket.end()
    }
    next()
  }
}

describe('admin request bodies', () => {
  let sb: Sandbox
  beforeAll(async () => {
    sb = await startSandbox({ keys })
  })
  afterAll(() => sb.close())

  const SIXTY_FOUR_MIB = 64 * 1024 * 1024

  it('PUT /__sandbox/faults announcing 64 MiB → 413 BODY_TOO_LARGE before a byte of body, connection closed', async () => {
    const answer = await exchange(
      sb,
      `PUT /__sandbox/faults HTTP/1.1\r\nHost: sb\r\nContent-Type: application/json\r\nContent-Length: ${SIXTY_FOUR_MIB}\r\n\r\n`,
    )
    expect(answer.status).toBe(413)
    expect(answer.json).toEqual({
      code: 'BODY_TOO_LARGE',
      message: `sandbox admin request bodies are at most ${DEFAULT_ADMIN_MAX_BODY_BYTES} bytes`,
    })
    expect(answer.text).toMatch(/\r\nconnection: close\r\n/i)
  })

  it('PUT /__sandbox/faults chunked without end → 413, and the server closes instead of reading 64 MiB', async () => {
    const answer = await exchange(
      sb,
      'PUT /__sandbox/faults HTTP/1.1\r\nHost: sb\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      (socket) => {
        // One chunk announced as 64 MiB, then filler as fast as the server takes it.
        socket.write(`${SIXTY_FOUR_MIB.toString(16)}\r\n`)
        pump(SIXTY_FOUR_MIB)(socket)
      },
    )
    expect(answer.status).toBe(413)
    expect(answer.json).toMatchObject({ code: 'BODY_TOO_LARGE' })
    expect(answer.written).toBeLessThan(SIXTY_FOUR_MIB / 4)
    expect(sb.faults.get()).toEqual({})
  })

  it('PUT /__sandbox/faults with a body of exactly the limit is still read (whitespace around the JSON)', async () => {
    const json = '{"latencyMs":0}'
    const body = json + ' '.repeat(DEFAULT_ADMIN_MAX_BODY_BYTES - json.length)
    const res = await fetch(`${sb.url}/__sandbox/faults`, { method: 'PUT', body })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ latencyMs: 0 })
    sb.faults.reset()
  })

  // Before the bound, the seed routes recursed through such JSON and answered 500 "Maximum call stack size exceeded".
  it.each([
    ['PUT', '/__sandbox/faults', nested(10_000)],
    ['POST', '/__sandbox/stocks', `{"stock_name":${nested(10_000)}}`],
    ['POST', '/__sandbox/notifications/probe', `{"url":${nested(10_000)}}`],
    ['POST', '/__sandbox/stocks', `{"stock_name":${nested(MAX_JSON_DEPTH)}}`],
  ])('%s %s with JSON nested too deep → 400 INVALID_JSON', async (method, path, body) => {
    const res = await fetch(`${sb.url}${path}`, { method, body })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      code: 'INVALID_JSON',
      message: `sandbox admin JSON may nest at most ${MAX_JSON_DEPTH} levels`,
    })
  })

  it(`PUT /__sandbox/faults nested exactly ${MAX_JSON_DEPTH} deep is parsed (and refused as faults, not as JSON)`, async () => {
    const res = await fetch(`${sb.url}/__sandbox/faults`, { method: 'PUT', body: nested(MAX_JSON_DEPTH) })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { code: string }).code).toBe('INVALID_OPTION')
  })

  it('POST /__sandbox/stocks with brackets inside strings is not counted as nesting', async () => {
    const name = `${'['.repeat(200)}\\"${'{'.repeat(200)}`
    const res = await fetch(`${sb.url}/__sandbox/stocks`, {
      method: 'POST',
      body: `{"stock_name":"${name}"}`,
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { stock_name: string }).stock_name).toBe(name.replace('\\"', '"'))
  })
})

describe('API request bodies', () => {
  let sb: Sandbox
  beforeAll(async () => {
    sb = await startSandbox({ keys })
  })
  afterAll(() => sb.close())

  it.each([5_000, 10_000, MAX_JSON_DEPTH + 1])(
    'a signed deactivate whose body nests %i deep → 400 PARAM_ERROR, and GET /__sandbox/requests still answers',
    async (depth) => {
      const answer = await post(sb, '/v3/marketing/busifavor/coupons/deactivate', `{"coupon_code":${nested(depth)}}`)
      expect(answer.status).toBe(400)
      expect(answer.json).toEqual({
        code: 'PARAM_ERROR',
        message: `参数错误：请求体 JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`,
        detail: { location: 'body' },
      })
      expect(answer.signature).toBe(true)
      const log = await fetch(`${sb.url}/__sandbox/requests`)
      expect(log.status).toBe(200)
      const entries = (await log.json()) as { status: number; code: string }[]
      expect(entries.at(-1)).toMatchObject({ status: 400, code: 'PARAM_ERROR' })
    },
  )

  it(`a signed body nesting ${MAX_JSON_DEPTH} deep is parsed and validated as usual`, async () => {
    let value = '"x"'
    for (let i = 1; i < MAX_JSON_DEPTH; i++) value = `[${value}]`
    const answer = await post(sb, '/v3/marketing/busifavor/coupons/deactivate', `{"coupon_code":${value}}`)
    expect(answer.status).toBe(400)
    expect(answer.json.code).toBe('PARAM_ERROR')
    expect(answer.json.message).not.toMatch(/嵌套/)
  })
})

describe('request and headers timeouts', () => {
  let sb: Sandbox
  beforeAll(async () => {
    sb = await startSandbox({ keys, headersTimeoutMs: 200, requestTimeoutMs: 400 })
  })
  afterAll(() => sb.close())

  /** Writes one byte of `bytes` every 50 ms until done or the server closes. */
  const drip =
    (bytes: string) =>
    (socket: Socket): void => {
      let i = 0
      const timer = setInterval(() => {
        if (socket.destroyed || i >= bytes.length) return clearInterval(timer)
        socket.write(bytes[i++]!)
      }, 50)
      socket.once('close', () => clearInterval(timer))
    }

  it('a body dripped a byte at a time → 408 and a closed connection once requestTimeoutMs is past', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(2_000) }) // 100 s at this pace
    const answer = await exchange(
      sb,
      `POST /v3/marketing/busifavor/coupons/deactivate HTTP/1.1\r\nHost: sb\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      drip(body),
    )
    expect(answer.status).toBe(408)
    expect(answer.written).toBeLessThan(body.length)
  })

  it('headers dripped a byte at a time → 408 and a closed connection once headersTimeoutMs is past', async () => {
    const answer = await exchange(sb, 'GET /__sandbox HTTP/1.1\r\n', drip(`X-Slow: ${'y'.repeat(2_000)}\r\n\r\n`))
    expect(answer.status).toBe(408)
  })

  it("the sandbox's own time to answer does not count: a latency fault longer than requestTimeoutMs still answers", async () => {
    sb.faults.set({ latencyMs: 600 })
    try {
      const res = await fetch(`${sb.url}/v3/marketing/busifavor/stocks/none`)
      expect(res.status).toBe(401) // unsigned: answered, after the latency
      expect(sb.requestLog.last()?.faults).toEqual(['latency'])
    } finally {
      sb.faults.reset()
    }
  })

  it('headersTimeoutMs above requestTimeoutMs, or not a positive integer, is refused at start', async () => {
    for (const options of [
      { headersTimeoutMs: 500, requestTimeoutMs: 400 },
      { requestTimeoutMs: 0 },
      { headersTimeoutMs: 1.5 },
    ]) {
      const error = await startSandbox({ keys, ...options }).catch((caught: unknown) => caught)
      expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
    }
  })
})
