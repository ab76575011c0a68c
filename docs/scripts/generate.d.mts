// Types of generate.mjs, for the tests that call the generator (tests/family-kit builds the fixture family's pages).
import type { AnyFamily } from '@core/kit/define'

/** One family of the site (see families.mjs). */
export interface DocsFamily {
  /** The family, from its `/schemas` entry. */
  registry: AnyFamily
  /** The folder of its pages: `/api/<slug>/`. */
  slug: string
  /** Where its definitions live in the repository (the pages' edit link). */
  source?: string
  /** Sidebar and overview sections; every endpoint and notification id in exactly one. Default: one of each kind. */
  groups?: readonly { zh: string; en: string; ids: readonly string[] }[]
  /** Endpoints whose pages add the Express and NestJS tabs. */
  frameworks?: readonly string[]
  /** For each notification id, the family's parser (and the type of its event) the receiving snippets use. */
  parsers?: Readonly<Record<string, { parse: string; event?: string }>>
  /** Endpoints whose answer is read with a helper of the family, e.g. `{ send_coupon: 'readSendCouponResult' }`. */
  readers?: Readonly<Record<string, string>>
}

export interface GenerateOptions {
  families: readonly DocsFamily[]
  /** Output folder; default the docs folder. */
  out?: string
  /** Also the changelog pages and the benchmark partial; default true when `out` is the docs folder. */
  site?: boolean
  /** Also a page per operation of `@api/catalog` no family defines; default as `site`. */
  catalog?: boolean
}

export interface GenerateSummary {
  families: string[]
  endpoints: number
  notifications: number
  /** The catalog's families and the operations that got a page of their own (0 and 0 without the catalog). */
  catalog: { families: number; operations: number }
  packages: number
  /** Pages written, every locale counted. */
  pages: number
  locales: number
}

/** Folders the generator owns under its output folder. */
export const GENERATED: readonly string[]

export function generate(options: GenerateOptions): GenerateSummary

export function requestRows(endpoint: unknown, locale: 'zh' | 'en'): Record<string, unknown>[]
export function responseRows(endpoint: unknown, locale: 'zh' | 'en'): Record<string, unknown>[]
export function benchPartial(locale: 'zh' | 'en', dir: string): string
