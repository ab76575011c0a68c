import { describe, expect, it } from 'vitest'
import { parseMultipart } from './multipart.js'
import { ApiProblem } from './problem.js'

const boundary = 'XyZ'
const body = (file: Buffer) =>
  Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{"filename":"a.png"}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])

describe('parseMultipart', () => {
  it('parseMultipart(meta + binary file) keeps the file bytes exactly, CRLFs inside included', () => {
    const file = Buffer.from([0x89, 0x50, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff])
    const parts = parseMultipart(body(file), `multipart/form-data; boundary=${boundary}`)
    expect(parts.map((p) => p.name)).toEqual(['meta', 'file'])
    expect(parts[0]!.data.toString()).toBe('{"filename":"a.png"}')
    expect(parts[1]).toMatchObject({ filename: 'a.png', contentType: 'image/png' })
    expect(parts[1]!.data.equals(file)).toBe(true)
  })

  it('parseMultipart with a quoted boundary works; without a boundary → PARAM_ERROR', () => {
    expect(parseMultipart(body(Buffer.from('x')), `multipart/form-data; boundary="${boundary}"`)).toHaveLength(2)
    expect(() => parseMultipart(body(Buffer.from('x')), 'application/json')).toThrow(ApiProblem)
  })

  it('parseMultipart of a body cut before the closing boundary → PARAM_ERROR', () => {
    const whole = body(Buffer.from('x'))
    expect(() =>
      parseMultipart(whole.subarray(0, whole.length - 12), `multipart/form-data; boundary=${boundary}`),
    ).toThrow(/boundary/)
  })
})
