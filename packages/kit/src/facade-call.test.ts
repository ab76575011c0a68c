import { describe, expect, test } from 'vitest'
import { type FacadeCall, type FacadeResult, facadeCall } from './facade-call.js'

const response = { status: 200, headers: { 'request-id': 'R1' }, requestId: 'R1', raw: Buffer.from('{}') }

function resolved<T>(data: T): FacadeCall<T> {
  return facadeCall(Promise.resolve({ data, response }))
}

describe('FacadeCall', () => {
  test('await call gives the data', async () => {
    expect(await resolved({ a: 1 })).toEqual({ a: 1 })
  })

  test('call.withResponse() gives the data and the HTTP answer it came in', async () => {
    const { data, response: info } = await resolved('x').withResponse()
    expect([data, info.requestId, info.status]).toEqual(['x', 'R1', 200])
  })

  test('call.then(f) and Promise.all([call]) treat it as a promise', async () => {
    expect(await resolved(2).then((n) => n * 3)).toBe(6)
    expect(await Promise.all([resolved(1), resolved(2)])).toEqual([1, 2])
    // A native promise, so `await` takes it as it is (a thenable would cost a job and a promise more per call).
    expect(Object.getPrototypeOf(resolved(1))).toBe(Promise.prototype)
  })

  test('the HTTP answer of withResponse() leaves out the data it carried', async () => {
    const answer = { ...response, data: { a: 1 } }
    const { data, response: info } = await facadeCall(
      Promise.resolve({ data: answer.data, response: answer }),
    ).withResponse()
    expect(data).toEqual({ a: 1 })
    expect(info).toEqual(response)
    expect(Object.hasOwn(info, 'data')).toBe(false)
  })

  test('a failed call rejects await, .catch and .withResponse() alike', async () => {
    const failing = () => facadeCall<never>(Promise.reject(new Error('boom')) as Promise<FacadeResult<never>>)
    await expect(failing()).rejects.toThrow('boom')
    expect(await failing().catch((error: Error) => error.message)).toBe('boom')
    await expect(failing().withResponse()).rejects.toThrow('boom')
  })

  test('a failed call read only through .withResponse() leaves no unhandled rejection behind', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const call: FacadeCall<never> = facadeCall(Promise.reject(new Error('boom')))
      await expect(call.withResponse()).rejects.toThrow('boom')
      // Unhandled rejections are reported after the microtask queue drains: give it a macrotask.
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
    }
  })

  test('call.finally(f) runs f and keeps the value', async () => {
    let ran = false
    expect(
      await resolved(5).finally(() => {
        ran = true
      }),
    ).toBe(5)
    expect(ran).toBe(true)
  })
})
