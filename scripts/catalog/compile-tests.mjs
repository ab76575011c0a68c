// The generated compile test: every operation of a family called with its example values, through `client.request`
// and through the chain (the property chain where the route allows it, else `client.chain()`). `tsc` of
// packages/catalog checks it (noUncheckedIndexedAccess on, no `!`), so an example that stops fitting its own types —
// or a route the trie cannot reach — fails the typecheck.
import { callsOf, needsFile } from './calls.mjs'

const indent = (text, by) =>
  text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n')

export function renderCompileTest(family, operations) {
  const file = operations.some(needsFile)
  const lines = [
    `// ${family}: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.`,
    `import type { ${file ? 'UploadFile, ' : ''}WechatPayClient } from '@core/client'`,
    "import '../../src/index.js'",
    '',
    'declare const client: WechatPayClient',
  ]
  if (file) lines.push('declare const file: UploadFile')
  lines.push('', 'export async function calls(): Promise<void> {')
  for (const op of operations) {
    const calls = callsOf(op)
    lines.push(`  // ${op.title}`)
    for (const style of ['request', calls.chained ? 'chained' : 'chain']) {
      if (calls[style]) lines.push('  {', indent(calls[style], '    '), '  }')
    }
  }
  lines.push('}', '')
  return lines.join('\n')
}
