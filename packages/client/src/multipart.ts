import { createHash } from 'node:crypto'
import { createNonce } from '@core/signer'
import { MAX_IMAGE_BYTES } from './constants.js'
import { invalid, type ValidationIssue } from './errors.js'
import type { UploadFile } from './routes.js'

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
  if (!isPlainFilename(filename)) {
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
  return buildMultipart(meta, [{ field: 'file', filename, data: file, contentType: MIME[type] }], boundary)
}

/** One file part of a multipart body, checked. */
export interface MultipartFile {
  field: string
  filename: string
  data: Uint8Array
  contentType: string
}

/** The `meta` part (the signed JSON text) then each file part, as WeChat Pay's upload endpoints read them. */
export function buildMultipart(
  meta: string,
  files: readonly MultipartFile[],
  boundary: string = createNonce(32),
): MultipartImage {
  const dashes = `--${boundary}`
  const chunks: Buffer[] = [
    Buffer.from(
      `${dashes}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`,
      'utf8',
    ),
  ]
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `${dashes}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
        'utf8',
      ),
      Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
      Buffer.from('\r\n', 'utf8'),
    )
  }
  chunks.push(Buffer.from(`${dashes}--\r\n`, 'utf8'))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, meta }
}

const PART_NAME = /^[A-Za-z0-9_.-]+$/
const CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+$/

/** A file name that is safe in a part header. */
export function isPlainFilename(filename: unknown): filename is string {
  return typeof filename === 'string' && filename !== '' && !/["\\\r\n/]/.test(filename)
}

/**
 * Checks a call's `multipart` (`{ meta: { … }, file: { filename, data } }`: the meta object, whose JSON text is what
 * WeChat Pay signs, and one or more files) and builds its body. Problems go to `issues`; nothing is built then.
 */
export function multipartBody(input: unknown, issues: ValidationIssue[]): MultipartImage | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ path: ['multipart'], message: 'must be an object: { meta: {…}, file: { filename, data } }' })
    return undefined
  }
  const { meta, ...parts } = input as Record<string, unknown>
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    issues.push({ path: ['multipart', 'meta'], message: 'must be the meta object the endpoint documents' })
  }
  const files: MultipartFile[] = []
  for (const [field, part] of Object.entries(parts)) {
    const file = part as Partial<UploadFile> | null
    if (!PART_NAME.test(field)) issues.push({ path: ['multipart'], message: 'has a part name that is not plain' })
    else if (typeof file !== 'object' || file === null || !(file.data instanceof Uint8Array)) {
      issues.push({ path: ['multipart', field], message: 'must be { filename, data: Uint8Array }' })
    } else if (!isPlainFilename(file.filename)) {
      issues.push({ path: ['multipart', field, 'filename'], message: 'must be a plain file name such as "a.png"' })
    } else if (file.contentType !== undefined && !CONTENT_TYPE.test(String(file.contentType))) {
      issues.push({ path: ['multipart', field, 'contentType'], message: 'must be a media type such as image/png' })
    } else {
      const sniffed = sniffImageType(file.data)
      const contentType = file.contentType ?? (sniffed ? MIME[sniffed] : 'application/octet-stream')
      files.push({ field, filename: file.filename, data: file.data, contentType })
    }
  }
  if (files.length === 0 && Object.keys(parts).length === 0) {
    issues.push({ path: ['multipart'], message: 'has no file part (e.g. file: { filename, data })' })
  }
  if (issues.length) return undefined
  return buildMultipart(JSON.stringify(meta), files)
}
