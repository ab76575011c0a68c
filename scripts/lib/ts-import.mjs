// `await importSource(path)`: imports a TypeScript source file of the workspace (see ts-hooks.mjs).
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { sourceEntries } from './workspace.mjs'

let registered = false

export async function importSource(path) {
  if (!registered) {
    register('./ts-hooks.mjs', import.meta.url, { data: { entries: sourceEntries() } })
    registered = true
  }
  return import(pathToFileURL(path).href)
}
