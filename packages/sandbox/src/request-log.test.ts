import { describe, expect, it } from 'vitest'
import { RequestLog, type RequestLogEntry } from './request-log.js'

const entry = (body: unknown, response: unknown = { ok: true }): RequestLogEntry => ({
  requestId: 'R-0',
  time: 0,
  method: 'POST',
  url: '/v3/x',
  endpoint: undefined,
  status: 400,
  body,
  response,
  code: undefined,
  faults: [],
  replayed: false,
})

describe('RequestLog', () => {
  it('stays serializable whatever an entry carried: a body too deep to write back becomes a marker', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 20_000; i++) deep = [deep]
    const log = new RequestLog(10)
    const plain = { coupon_code: 'C-1' }
    log.add(entry(deep))
    log.add(entry(plain))
    const [first, second] = log.entries
    expect(first?.body).toBe('[not logged: nested deeper than 64 levels]')
    expect(second?.body).toBe(plain)
    expect(JSON.parse(JSON.stringify(log.entries))).toHaveLength(2)
  })
})
