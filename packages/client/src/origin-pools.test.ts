import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OriginPools } from './origin-pools.js'

let urls: string[]
const servers: ReturnType<typeof createServer>[] = []
// A server that never answers /hang, so a call can be in flight when the dispatcher ends.
beforeAll(async () => {
  urls = []
  for (let i = 0; i < 2; i++) {
    const server = createServer((req, res) => {
      if (req.url === '/hang') return
      res.end(`server ${i}`)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  }
})
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})

describe('OriginPools', () => {
  it('routes each call to its origin', async () => {
    const pools = new OriginPools({})
    for (const [i, origin] of urls.entries()) {
      const { body } = await pools.request({ origin, path: '/', method: 'GET' })
      expect(await body.text()).toBe(`server ${i}`)
    }
    await pools.close()
  })

  it('close() lets a call in flight finish; later calls fail with UND_ERR_CLOSED', async () => {
    const pools = new OriginPools({})
    const answer = pools.request({ origin: urls[0]!, path: '/', method: 'GET' })
    const closed = pools.close()
    expect(await (await answer).body.text()).toBe('server 0')
    await closed
    await expect(pools.request({ origin: urls[1]!, path: '/', method: 'GET' })).rejects.toMatchObject({
      code: 'UND_ERR_CLOSED',
    })
  })

  it('destroy(err) fails a call in flight with err; the callback forms call back', async () => {
    const pools = new OriginPools({})
    const hanging = pools.request({ origin: urls[0]!, path: '/hang', method: 'GET' })
    // Let the request reach the socket before destroying.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const reason = new Error('shutting down')
    await new Promise<void>((resolve) => pools.destroy(reason, resolve))
    await expect(hanging).rejects.toBe(reason)
    const other = new OriginPools({})
    await new Promise<void>((resolve) => other.close(resolve))
    await expect(other.request({ origin: urls[0]!, path: '/', method: 'GET' })).rejects.toMatchObject({
      code: 'UND_ERR_CLOSED',
    })
  })
})
