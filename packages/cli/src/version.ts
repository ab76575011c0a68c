declare const __WXPAY_VERSION__: string | undefined

/** The package version, written in at build time (tsup.config.ts); `dev` when run from source. */
export const VERSION: string = typeof __WXPAY_VERSION__ === 'string' ? __WXPAY_VERSION__ : 'dev'
