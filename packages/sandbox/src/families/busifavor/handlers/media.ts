import { createHash } from 'node:crypto'
import { ADMIN_PREFIX, MAX_IMAGE_BYTES } from '../../../constants.js'
import { paramError } from '../../../problem.js'
import type { BusifavorHandlers } from './handlers.js'

const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp' }

function looksLike(ext: string, bytes: Buffer): boolean {
  if (ext === 'png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  if (ext === 'bmp') return bytes.subarray(0, 2).toString('latin1') === 'BM'
  return bytes[0] === 0xff && bytes[1] === 0xd8
}

export const mediaHandlers = {
  /** The image upload: `meta` JSON (the signed part) plus the `file` bytes; answers a URL served by the sandbox. */
  marketing_image_upload: ({ files, state, family }) => {
    const file = files?.find((p) => p.name === 'file')
    const metaPart = files?.find((p) => p.name === 'meta')
    if (file === undefined) throw paramError('参数错误：缺少 file 分段', { location: 'body', field: '/file' })
    if (metaPart === undefined) throw paramError('参数错误：缺少 meta 分段', { location: 'body', field: '/meta' })
    const meta = JSON.parse(metaPart.data.toString('utf8')) as { filename: string; sha256: string }
    const ext = /\.([A-Za-z]+)$/.exec(meta.filename)?.[1]?.toLowerCase() ?? ''
    if (TYPES[ext] === undefined) {
      throw paramError('参数错误：文件名须以 jpg、bmp 或 png 为后缀', { location: 'body', field: '/meta/filename' })
    }
    if (file.data.length > MAX_IMAGE_BYTES) {
      throw paramError('参数错误：图片不能超过 2MB', { location: 'body', field: '/file', value: file.data.length })
    }
    if (!looksLike(ext, file.data)) {
      throw paramError(`参数错误：文件内容不是 ${ext} 图片`, { location: 'body', field: '/file' })
    }
    const sha256 = createHash('sha256').update(file.data).digest('hex')
    if (sha256 !== meta.sha256.toLowerCase()) {
      throw paramError('参数错误：meta.sha256 与文件内容的 SHA-256 不一致', {
        location: 'body',
        field: '/meta/sha256',
        value: meta.sha256,
      })
    }
    const media_url = `${family.baseUrl()}${ADMIN_PREFIX}/media/${sha256}.${ext}`
    state.media.set(sha256, { sha256, filename: meta.filename, contentType: TYPES[ext]!, bytes: file.data, media_url })
    return { body: { media_url } }
  },
} satisfies Partial<BusifavorHandlers>
