// The facade interface of a family as TypeScript source: one property per endpoint, typed by the kit's `FacadeMethod`
// and documented from the definition (`docs.en` is the language of the TSDoc, the Chinese title leads each summary).
import { literal } from './literal.mjs'

/** Text safe inside a `/** … *\/` block. */
function safe(text) {
  return text.replaceAll('*/', '*\\/')
}

function retryRule(endpoint) {
  const idem = endpoint.idempotency
  if (idem?.generate) {
    return `\`${idem.field}\` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.`
  }
  if (idem) {
    return `\`${idem.field}\` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.`
  }
  if (endpoint.method === 'GET') return 'Read-only: the client retries network errors, 5xx and 429.'
  if (endpoint.encoding === 'image-upload') {
    return 'The client retries network errors, 5xx and 429 (uploading the same image twice only yields a second URL).'
  }
  return 'No business number: the client does not retry this call by itself after the request was sent.'
}

function throwsApi(endpoint) {
  const errors = endpoint.docs.errors.filter((error) => error.code !== 'SIGN_ERROR')
  if (errors.length === 0) return 'WeChat Pay refused the call (`status`, `code`, `apiMessage`, `detail`, `requestId`).'
  return errors.map((error) => `${error.status} \`${error.code}\` (${error.en.replace(/\.$/, '')})`).join('; ')
}

function example(endpoint, variable) {
  const lines = [...(endpoint.docs.examplePreamble ?? []).filter((line) => !line.startsWith('import ')), '']
  if (lines.length === 1) lines.length = 0
  const input = literal(endpoint.docs.example)
  const call = `${variable}.${endpoint.name}(${input === '{}' ? '' : input})`
  lines.push(endpoint.response === undefined ? `await ${call}` : `const answer = await ${call}`)
  return lines.join('\n')
}

function methodDoc(endpoint, variable) {
  const { zh, en } = endpoint.docs
  const paragraphs = [`${zh.title} — ${en.summary}`, ...(en.description ?? []), retryRule(endpoint)]
  const lines = paragraphs.flatMap((p, i) => (i === 0 ? [p] : ['', p]))
  lines.push(
    '@throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.',
    `@throws {ApiError} ${throwsApi(endpoint)}`,
    '@example',
    '```ts',
    ...example(endpoint, variable).split('\n'),
    '```',
  )
  return lines.map((line) => (line === '' ? '   *' : `   * ${safe(line)}`)).join('\n')
}

/**
 * The source of `generated/types.ts`: the registry's types by name (`typeof createStock`…), so declarations and API
 * reports refer to each definition instead of repeating its schema types. `where` maps a definition to its module.
 */
export function renderTypes(family, where, banner, from) {
  const { type } = family.facade
  const imports = new Map()
  const entry = (definition) => {
    const { file, name } = where(definition)
    const names = imports.get(file) ?? []
    names.push(name)
    imports.set(file, names)
    return `  readonly ${definition.id}: typeof ${name}`
  }
  const endpoints = Object.values(family.endpoints).map(entry)
  const notifications = Object.values(family.notifications).map(entry)
  const lines = [...imports.entries()]
    .map(([file, names]) => `import type { ${names.sort().join(', ')} } from '${from(file)}'`)
    .sort()
  return `// ${family.package}: the registry's types, ${banner}. Do not edit.
${lines.join('\n')}

// Type aliases, not interfaces: an alias of an object type fits the kit's \`Record<string, …>\` constraints.
/** Every ${family.title.en} endpoint definition by id. */
export type ${type}Endpoints = {
${endpoints.join('\n')}
}

/** Every ${family.title.en} callback definition by id. */
export type ${type}Notifications = {
${notifications.join('\n')}
}
`
}

/** The source of `generated/facade.ts` for one family (formatted by biome afterwards). */
export function renderFacade(family, banner) {
  const { type, variable, factory } = family.facade
  const members = Object.values(family.endpoints).map(
    (endpoint) =>
      `  /**\n${methodDoc(endpoint, variable)}\n   */\n  ${endpoint.name}: FacadeMethod<Endpoints['${endpoint.id}']>`,
  )
  return `// ${family.package}: the facade interface, ${banner}. Do not edit.
import type { FacadeMethod } from '@core/kit'
import type { ${type}Endpoints as Endpoints } from './types.js'

/**
 * Every ${family.title.zh} (${family.title.en}) endpoint as a method of \`${factory}(client)\`. Each validates its input
 * against the endpoint's schemas before anything is sent (a \`ValidationError\` lists every problem with its field path),
 * signs and sends through the client, verifies the answer and resolves with its JSON; \`.withResponse()\` gives the HTTP
 * answer too (\`requestId\`, \`status\`, \`headers\`).
 *
 * Every method can also throw what \`client.request\` throws: \`ApiError\` (WeChat Pay answered with an error),
 * \`SignatureVerificationError\` (an answer not signed by WeChat Pay), \`TimeoutError\` and \`NetworkError\` (after the
 * retries).
 */
export interface ${type} {
${members.join('\n')}
}
`
}
