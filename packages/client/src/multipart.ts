import { createHash } from 'node:crypto'
import { createNonce } from '@core/signer'
import { invalid, type ValidationIssue } from './errors.js'
import { IMAGE_UPLOAD_RULES, imageTypeOfName, sniffImageType } from './image.js'
import type { UploadFile } from './routes.js'

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
  return buildMultipart(
    meta,
    [{ field: 'file', filename, data: file, contentType: IMAGE_UPLOAD_RULES.types[type].mime }],
    boundary,
  )
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
      const contentType =
        file.contentType ?? (sniffed ? IMAGE_UPLOAD_RULES.types[sniffed].mime : 'application/octet-stream')
      files.push({ field, filename: file.filename, data: file.data, contentType })
    }
  }
  if (files.length === 0 && Object.keys(parts).length === 0) {
    issues.push({ path: ['multipart'], message: 'has no file part (e.g. file: { filename, data })' })
  }
  if (issues.length) return undefined
  return buildMultipart(JSON.stringify(meta), files)
}
