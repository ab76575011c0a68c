import { paramError } from './problem.js'

export interface MultipartPart {
  name: string
  filename: string | undefined
  contentType: string | undefined
  data: Buffer
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

/** Parses a `multipart/form-data` body (binary-safe; just enough for the image upload's `meta` and `file` parts). */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || boundary === null) {
    throw paramError('参数错误：图片上传须为 multipart/form-data 且带 boundary', {
      location: 'header',
      field: 'Content-Type',
    })
  }
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const parts: MultipartPart[] = []
  let at = body.indexOf(delimiter)
  if (at < 0) throw paramError('参数错误：multipart 请求体中没有找到 boundary', { location: 'body' })
  for (;;) {
    at += delimiter.length
    if (body.subarray(at, at + 2).toString() === '--') break
    if (body.subarray(at, at + 2).equals(CRLF)) at += 2
    const headerEnd = body.indexOf(HEADER_END, at)
    if (headerEnd < 0) throw paramError('参数错误：multipart 分段缺少头部', { location: 'body' })
    const headers = body.subarray(at, headerEnd).toString('utf8').split('\r\n')
    const next = body.indexOf(delimiter, headerEnd + 4)
    if (next < 0) throw paramError('参数错误：multipart 请求体未以结束 boundary 收尾', { location: 'body' })
    // The part's data ends with the CRLF that precedes the next delimiter.
    const data = body.subarray(headerEnd + 4, next - 2)
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    if (name === undefined) throw paramError('参数错误：multipart 分段缺少 name', { location: 'body' })
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1]
    const type = headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, '')
    parts.push({ name, filename, contentType: type, data: Buffer.from(data) })
    at = next
  }
  return parts
}
