import { IMAGE_UPLOAD_RULES } from '@core/client/image'
import { defineEndpoint, exampleCode } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS } from './shared.js'

/** Largest image WeChat Pay accepts here: 2 MB (the one set of image rules lives in `@core/client/image`). */
export const MAX_IMAGE_BYTES: number = IMAGE_UPLOAD_RULES.maxBytes

const filename = z
  .string()
  .min(1)
  .regex(IMAGE_UPLOAD_RULES.filename, 'must end in .jpg, .bmp or .png')
  .meta({ description: '文件名（须以 jpg/bmp/png 为后缀）', en: 'File name (ending in .jpg, .bmp or .png)' })

/**
 * The `meta` part of the multipart body, as WeChat Pay receives it (a JSON string of this object). It is also the
 * body that gets signed. The facade builds it from the file; a server (the sandbox) validates it with this schema.
 */
export const marketingImageUploadMeta = z
  .strictObject({
    filename,
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'must be the 64-character hex SHA-256 of the file')
      .meta({ description: '图片文件的 sha256 摘要（hex）', en: 'SHA-256 of the image file (hex)' }),
  })
  .meta({ description: '媒体文件元信息（JSON 字符串）', en: 'Metadata of the file (a JSON string)' })

/**
 * 图片上传. `body` is what the caller gives the facade — the file bytes and their name; the facade computes the
 * SHA-256, builds the `meta` part ({@link marketingImageUploadMeta}) and sends `file` + `meta` as multipart/form-data.
 */
export const marketingImageUpload = defineEndpoint({
  id: 'marketing_image_upload',
  method: 'POST',
  path: '/v3/marketing/favor/media/image-upload',
  encoding: 'image-upload',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    // z.custom keeps the plain `Uint8Array` type, so a Node Buffer from readFile() type-checks (z.instanceof would
    // infer Uint8Array<ArrayBuffer>, which Buffer's ArrayBufferLike is not).
    file: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        message: 'must be the image bytes (Buffer or Uint8Array)',
      })
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_IMAGE_BYTES, {
        message: `must be 1 to ${MAX_IMAGE_BYTES} bytes`,
      })
      .meta({
        description: '图片文件',
        en: 'The image file',
        constraints: 'JPG/BMP/PNG，≤2MB',
        constraintsEn: 'JPG, BMP or PNG, at most 2 MB',
      }),
    filename,
  }),
  response: z.looseObject({
    media_url: z.string().meta({ description: '媒体文件URL地址', en: 'URL of the uploaded image' }),
  }),
  responseStatus: 200,
  // Uploading the same image twice only yields a second URL.
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '（营销）图片上传',
      summary: '上传商家券样式用的图片（logo、券详情图、视频号封面），返回可在创建/修改批次时使用的 URL',
      description: ['由 `client.uploadImage` 以 `multipart/form-data`（`meta` + `file`）发送；签名覆盖 meta 的 JSON。'],
      notes: [
        '签名时请求体部分使用 meta 的 JSON 字符串（而非整个 multipart 体）；返回的 URL 用于 merchant_logo_url / coupon_image_url / finder_video_cover_image_url',
        '非 busifavor 路径，但商家券样式字段只接受此接口返回的 URL',
      ],
    },
    en: {
      title: 'Upload an image for marketing APIs',
      summary:
        'Upload a JPG, PNG or BMP image (at most 2 MB) for `merchant_logo_url`, `coupon_image_url` or a video cover; resolves with the `media_url` to use there.',
      description: [
        'Sent as `multipart/form-data` (`meta` + `file`) by `client.uploadImage`; the signature covers the meta JSON.',
      ],
      notes: [
        'The signature covers the JSON string of meta, not the whole multipart body; use the returned URL in merchant_logo_url, coupon_image_url or finder_video_cover_image_url.',
        'Its path is not under busifavor, yet the coupon style fields accept only URLs this endpoint returns.',
      ],
    },
    example: {
      file: exampleCode('file'),
      filename: 'logo.png',
    },
    examplePreamble: ["import { readFile } from 'node:fs/promises'", '', "const file = await readFile('logo.png')"],
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012557233',
        zh: '直连商户：（营销）图片上传',
        en: 'Direct merchant: Upload an image for marketing APIs',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012759802',
        zh: '服务商：（营销）图片上传',
        en: 'Partner: Upload an image for marketing APIs',
      },
    ],
  },
})
