type ImageType = 'jpg' | 'png' | 'bmp';
/** WeChat Pay accepts these images, named with these extensions (`.jpeg` is refused), at most `maxBytes`. */
declare const IMAGE_UPLOAD_RULES: Readonly<{
    /** 2 MB. */
    maxBytes: number;
    types: Readonly<{
        jpg: Readonly<{
            extension: "jpg";
            mime: "image/jpeg";
        }>;
        png: Readonly<{
            extension: "png";
            mime: "image/png";
        }>;
        bmp: Readonly<{
            extension: "bmp";
            mime: "image/bmp";
        }>;
    }>;
    /** A file name with an allowed extension (case-insensitive). */
    filename: RegExp;
}>;
/** The image type from its magic bytes (JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, BMP `42 4D`), else undefined. */
declare function sniffImageType(bytes: Uint8Array): ImageType | undefined;
/** The type a file name's extension names, if it is an allowed one. */
declare function imageTypeOfName(filename: string): ImageType | undefined;

export { IMAGE_UPLOAD_RULES, type ImageType, imageTypeOfName, sniffImageType };
