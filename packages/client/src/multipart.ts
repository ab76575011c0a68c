import { createHash } from 'node:crypto'
import { createNonce } from '@core/signer'
import { MAX_IMAGE_BYTES } from './constants.js'
import { invalid } from './errors.js'

export type ImageType = 'jpg' | 'png' | 'bmp'

const MIME: Readonly<Record<ImageType, string>> = { jpg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp' }
const EXTENSIONS: Readonly<Record<string, ImageType>> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', bmp: 'bmp' }

/** The image type from its magic bytes (JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, BMP `42 4D`), else undefined. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (
    bytes.length >= 8 &&
    bytes[0] === 0x89 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x4e &&
    bytes[3] === 0x47 &&
    bytes[4] === 0x0d &&
    bytes[5] === 0x0a &&
    bytes[6] === 0x1a &&
    bytes[7] === 0x0a
  ) {
    return 'png'
  }
  if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'bmp'
  return undefined
}

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
  if (file.length > MAX_IMAGE_BYTES) {
    invalid('cannot upload the image', [
      { path: ['file'], message: `is ${file.length} bytes; WeChat Pay accepts at most ${MAX_IMAGE_BYTES} (2 MB)` },
    ])
  }
  const type = sniffImageType(file)
  if (type === undefined) {
    invalid('cannot upload the image', [
      { path: ['file'], message: 'is not a JPG, PNG or BMP image (checked by its first bytes)' },
    ])
  }
  const extension = EXTENSIONS[filename.slice(filename.lastIndexOf('.') + 1).toLowerCase()]
  if (extension !== type) {
    invalid('cannot upload the image', [
      {
        path: ['filename'],
        message: `must end in ${type === 'jpg' ? '.jpg or .jpeg' : `.${type}`} to match the ${type.toUpperCase()} content`,
      },
    ])
  }
  const meta = JSON.stringify({ filename, sha256: createHash('sha256').update(file).digest('hex') })
  const dashes = `--${boundary}`
  const head = Buffer.from(
    `${dashes}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n` +
      `${dashes}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${MIME[type]}\r\n\r\n`,
    'utf8',
  )
  const tail = Buffer.from(`\r\n${dashes}--\r\n`, 'utf8')
  return {
    body: Buffer.concat([head, file, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
    meta,
  }
}
