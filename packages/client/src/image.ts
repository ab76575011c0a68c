// `@core/client/image`: the one definition of WeChat Pay's image-upload rules (营销图片上传), used by the client's
// `uploadImage`, by the families' upload endpoints and by the sandbox. No HTTP code: it loads nothing else.
// Every export is named here on purpose: this file is the subpath's public contract.

export type ImageType = 'jpg' | 'png' | 'bmp'

/** WeChat Pay accepts these images, named with these extensions (`.jpeg` is refused), at most `maxBytes`. */
export const IMAGE_UPLOAD_RULES = Object.freeze({
  /** 2 MB. */
  maxBytes: 2 * 1024 * 1024,
  types: Object.freeze({
    jpg: Object.freeze({ extension: 'jpg', mime: 'image/jpeg' }),
    png: Object.freeze({ extension: 'png', mime: 'image/png' }),
    bmp: Object.freeze({ extension: 'bmp', mime: 'image/bmp' }),
  }) satisfies Readonly<Record<ImageType, { extension: string; mime: string }>>,
  /** A file name with an allowed extension (case-insensitive). */
  filename: /\.(jpg|png|bmp)$/i,
})

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

/** The type a file name's extension names, if it is an allowed one. */
export function imageTypeOfName(filename: string): ImageType | undefined {
  const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase()
  return Object.hasOwn(IMAGE_UPLOAD_RULES.types, extension) ? (extension as ImageType) : undefined
}
