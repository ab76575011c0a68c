import { describe, expect, it } from 'vitest'
import { RequestLog, type RequestLogEntry } from './request-log.js'

const entry = (body: unknown, response: unknown = { ok: true }): RequestLogEntry => ({
  seq: 0,
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
  refusal: undefined,
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

  it('numbers entries 1, 2, … for good: after(seq) pages past the limit and past clear()', () => {
    const log = new RequestLog(2)
    for (let i = 0; i < 3; i++) log.add(entry(i))
    expect(log.entries.map((e) => e.seq)).toEqual([2, 3])
    expect(log.after(2).map((e) => e.body)).toEqual([2])
    log.clear()
    log.add(entry('next'))
    expect(log.after(3).map((e) => e.seq)).toEqual([4])
  })
})
