import { createHash } from 'node:crypto'
import { IMAGE_UPLOAD_RULES, imageTypeOfName, sniffImageType } from '@core/client/image'
import { ADMIN_PREFIX } from '../../../constants.js'
import { paramError } from '../../../problem.js'
import type { BusifavorHandlers } from './handlers.js'

export const mediaHandlers = {
  /** The image upload: `meta` JSON (the signed part) plus the `file` bytes; answers a URL served by the sandbox. */
  marketing_image_upload: ({ files, state, family }) => {
    const file = files?.find((p) => p.name === 'file')
    const metaPart = files?.find((p) => p.name === 'meta')
    if (file === undefined) throw paramError('参数错误：缺少 file 分段', { location: 'body', field: '/file' })
    if (metaPart === undefined) throw paramError('参数错误：缺少 meta 分段', { location: 'body', field: '/meta' })
    const meta = JSON.parse(metaPart.data.toString('utf8')) as { filename: string; sha256: string }
    const ext = imageTypeOfName(meta.filename)
    if (ext === undefined) {
      throw paramError('参数错误：文件名须以 jpg、bmp 或 png 为后缀', { location: 'body', field: '/meta/filename' })
    }
    if (file.data.length > IMAGE_UPLOAD_RULES.maxBytes) {
      throw paramError('参数错误：图片不能超过 2MB', { location: 'body', field: '/file', value: file.data.length })
    }
    if (sniffImageType(file.data) !== ext) {
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
    state.media.set(sha256, {
      sha256,
      filename: meta.filename,
      contentType: IMAGE_UPLOAD_RULES.types[ext].mime,
      bytes: file.data,
      media_url,
    })
    return { body: { media_url } }
  },
} satisfies Partial<BusifavorHandlers>
