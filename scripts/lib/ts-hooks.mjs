// Module hooks that let a Node script import the workspace's TypeScript sources (no build first): workspace package
// names resolve to their src/ entries, `./x.js` resolves to `./x.ts` when only the latter exists, and `.ts` files are
// transpiled with the TypeScript compiler the repository already pins (types are not checked here; tsc does that).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

let entries = {}

export function initialize(data) {
  entries = data.entries
}

export async function resolve(specifier, context, next) {
  const entry = entries[specifier]
  if (entry !== undefined) return { url: pathToFileURL(entry).href, shortCircuit: true }
  if (specifier.endsWith('.js') && (specifier.startsWith('.') || specifier.startsWith('/')) && context.parentURL) {
    const url = new URL(specifier, context.parentURL)
    const candidate = url.href.replace(/\.js$/, '.ts')
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(candidate))) {
      return { url: candidate, shortCircuit: true }
    }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts') || !url.startsWith('file:')) return next(url, context)
  const source = readFileSync(fileURLToPath(url), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      sourceMap: false,
    },
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}
