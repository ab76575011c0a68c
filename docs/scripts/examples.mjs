// Example inputs of the API pages come from the endpoint definitions themselves (`docs.example`): the values WeChat
// Pay's own pages use, which the sandbox pre-loads (`seedExamples: true`), so every example runs against it unchanged.
// Values written with `exampleCode()` (e.g. dates relative to now) are printed as code.

import { isExampleCode } from '@core/kit/define'
import { raw } from '../../scripts/lib/literal.mjs'

function convert(value) {
  if (isExampleCode(value)) return raw(value.code)
  if (Array.isArray(value)) return value.map(convert)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]))
  }
  return value
}

/** The facade input shown on an endpoint's page. */
export function exampleInput(endpoint) {
  return convert(endpoint.docs.example)
}
