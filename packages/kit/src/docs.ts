// What an endpoint or notification says about itself to users: the facade's TSDoc and the docs pages are generated
// from these fields, Chinese first, English second. Research notes belong in `uncertain`, never here.

/** One language's texts of an endpoint or a notification. */
export interface LocalizedDocs {
  /** The name, e.g. `使券失效` / `Deactivate a coupon`. */
  title: string
  /** One sentence: what it does (the page's lead and the TSDoc summary). */
  summary: string
  /** More paragraphs where the summary is not enough (idempotency rules, ordering, what to store first). */
  description?: readonly string[]
  /** Preconditions and remarks, one sentence each, as WeChat Pay guarantees them. */
  notes?: readonly string[]
}

/** An error WeChat Pay answers with, and what it means here. */
export interface EndpointError {
  status: number
  code: string
  zh: string
  en: string
  /** Research note when the code is not confirmed for this endpoint (not rendered). */
  uncertain?: string
}

/** An official documentation page. */
export interface DocLink {
  url: string
  /** Who the page is for and what it is, e.g. `直连商户：使券失效`. */
  zh: string
  en: string
}

/** A value in an example that is code, not data (e.g. `new Date().toISOString()`), printed as written. */
export interface ExampleCode {
  readonly code: string
}

const CODE = Symbol.for('wechatpay-ts.example-code')

/** Marks an example value as code: snippets and TSDoc print `code` verbatim, so a date can be relative to "now". */
export function exampleCode(code: string): ExampleCode {
  return Object.freeze({ code, [CODE]: true })
}

export function isExampleCode(value: unknown): value is ExampleCode {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[CODE] === true
}

/** Example input: the facade input with any value replaceable by {@link exampleCode}. */
export type ExampleInput = Readonly<Record<string, unknown>>

export interface EndpointDocs {
  zh: LocalizedDocs
  en: LocalizedDocs
  /**
   * The facade input of the TSDoc `@example` and of the docs pages' snippets, which run against the sandbox: use the
   * family's example values, which the sandbox pre-loads.
   */
  example: ExampleInput
  /** Lines of code the example needs first (e.g. reading the image file), with their imports. */
  examplePreamble?: readonly string[]
  errors: readonly EndpointError[]
  links: readonly DocLink[]
}
