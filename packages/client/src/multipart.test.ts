import { createHash } from 'node:crypto'
import { describe, expect, it, test } from 'vitest'
import { MAX_IMAGE_BYTES } from './constants.js'
import { isValidationError } from './errors.js'
import { sniffImageType } from './image.js'
import { buildImageUpload } from './multipart.js'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe('sniffImageType', () => {
  it('sniffImageType recognises jpg, png and bmp by magic bytes only', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpg')
    expect(sniffImageType(PNG)).toBe('png')
    expect(sniffImageType(Buffer.from('BM....'))).toBe('bmp')
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeUndefined()
    expect(sniffImageType(Buffer.from([0x89, 0x50]))).toBeUndefined()
    expect(sniffImageType(new Uint8Array())).toBeUndefined()
  })
})

describe('buildImageUpload', () => {
  it('buildImageUpload(png) builds meta + file parts with a fixed boundary', () => {
    const upload = buildImageUpload(PNG, 'a.png', 'BOUNDARY')
    expect(upload.contentType).toBe('multipart/form-data; boundary=BOUNDARY')
    expect(JSON.parse(upload.meta)).toEqual({
      filename: 'a.png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
    })
    const text = upload.body.toString('latin1')
    expect(text.startsWith('--BOUNDARY\r\nContent-Disposition: form-data; name="meta"\r\n')).toBe(true)
    expect(text).toContain(`\r\n\r\n${upload.meta}\r\n--BOUNDARY\r\n`)
    expect(text).toContain('name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n')
    expect(text.endsWith('\r\n--BOUNDARY--\r\n')).toBe(true)
    expect(upload.body.includes(PNG)).toBe(true)
  })

  it('buildImageUpload exactly at 2 MB is accepted, one byte more is not', () => {
    const exact = Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES - PNG.length)])
    expect(() => buildImageUpload(exact, 'a.png')).not.toThrow()
    const over = Buffer.concat([exact, Buffer.alloc(1)])
    expect(() => buildImageUpload(over, 'a.png')).toThrow(/2 MB/)
  })

  it('buildImageUpload refuses bad inputs with a ValidationError naming the field', () => {
    const cases: [unknown, unknown, string][] = [
      ['not bytes', 'a.png', 'file'],
      [Buffer.alloc(0), 'a.png', 'file'],
      [PNG, 'a"b.png', 'filename'],
      [PNG, 'dir/a.png', 'filename'],
      [PNG, '', 'filename'],
      [PNG, 'a.bmp', 'filename'],
    ]
    for (const [file, filename, field] of cases) {
      try {
        buildImageUpload(file, filename)
        throw new Error(`accepted ${String(filename)}`)
      } catch (error) {
        expect(isValidationError(error)).toBe(true)
        expect((error as { issues: { path: string[] }[] }).issues[0]!.path).toEqual([field])
      }
    }
  })
})

describe('the one set of image rules', () => {
  test('a .jpeg name is refused like WeChat Pay refuses it; .JPG is the same as .jpg', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    expect(() => buildImageUpload(jpeg, 'photo.jpeg', 'B')).toThrow(/must end in \.jpg/)
    expect(buildImageUpload(jpeg, 'photo.JPG', 'B').contentType).toBe('multipart/form-data; boundary=B')
  })
})
