import { createHash } from 'node:crypto'
import { createNonce } from '@core/signer'
import { invalid } from './errors.js'
import { IMAGE_UPLOAD_RULES, imageTypeOfName, sniffImageType } from './image.js'

export interface MultipartImage {
  /** The exact bytes to send. */
  body: Buffer
  contentType: string
  /** The `meta` JSON: what WeChat Pay signs for an upload. */
  meta: string
}

/**
 * Checks an image (jpg/png/bmp by magic bytes, ≤ 2 MB, a matching file extension) and builds the multipart body with
 * `meta` (`{"filename","sha256"}`) and `file` parts. Throws a `ValidationError` before anything is sent.
 */
export function buildImageUpload(file: unknown, filename: unknown, boundary: string = createNonce(32)): MultipartImage {
  if (!(file instanceof Uint8Array)) {
    invalid('cannot upload the image', [{ path: ['file'], message: 'must be a Buffer or Uint8Array of the image' }])
  }
  if (typeof filename !== 'string' || filename === '' || /["\\\r\n/]/.test(filename)) {
    invalid('cannot upload the image', [
      { path: ['filename'], message: 'must be a plain file name such as "logo.png" (no quotes, slashes or newlines)' },
    ])
  }
  if (file.length === 0) invalid('cannot upload the image', [{ path: ['file'], message: 'is empty' }])
  const max = IMAGE_UPLOAD_RULES.maxBytes
  if (file.length > max) {
    invalid('cannot upload the image', [
      { path: ['file'], message: `is ${file.length} bytes; WeChat Pay accepts at most ${max} (2 MB)` },
    ])
  }
  const type = sniffImageType(file)
  if (type === undefined) {
    invalid('cannot upload the image', [
      { path: ['file'], message: 'is not a JPG, PNG or BMP image (checked by its first bytes)' },
    ])
  }
  if (imageTypeOfName(filename) !== type) {
    invalid('cannot upload the image', [
      {
        path: ['filename'],
        message: `must end in .${IMAGE_UPLOAD_RULES.types[type].extension} to match the ${type.toUpperCase()} content`,
      },
    ])
  }
  const meta = JSON.stringify({ filename, sha256: createHash('sha256').update(file).digest('hex') })
  const dashes = `--${boundary}`
  const head = Buffer.from(
    `${dashes}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n` +
      `${dashes}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${IMAGE_UPLOAD_RULES.types[type].mime}\r\n\r\n`,
    'utf8',
  )
  const tail = Buffer.from(`\r\n${dashes}--\r\n`, 'utf8')
  return {
    body: Buffer.concat([head, file, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
    meta,
  }
}
