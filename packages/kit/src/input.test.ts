import type { ValidationIssue } from '@core/client'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { defineEndpoint } from './endpoint.js'
import { parseInput } from './input.js'

const update = defineEndpoint({
  id: 'update_item',
  method: 'PATCH',
  path: '/v3/demo/items/{item_id}',
  pathParams: z.strictObject({ item_id: z.string().min(1) }),
  query: z.strictObject({ dry_run: z.boolean().optional() }),
  body: z.strictObject({ name: z.string().max(4), out_request_no: z.string() }),
  response: undefined,
  responseStatus: 204,
  encoding: 'json',
  idempotency: { field: 'out_request_no', generate: false },
  docs: { zh: { title: 't', summary: 's' }, en: { title: 't', summary: 's' }, example: {}, errors: [], links: [] },
  uncertain: undefined,
})

describe('parseInput', () => {
  test('parseInput(endpoint, flat input) splits it into path, query and body by the schemas', () => {
    const issues: ValidationIssue[] = []
    const parsed = parseInput(update, { item_id: 'a', dry_run: true, name: 'ab', out_request_no: 'N1' }, issues)
    expect(issues).toEqual([])
    expect(parsed).toEqual({
      pathParams: { item_id: 'a' },
      query: { dry_run: true },
      body: { name: 'ab', out_request_no: 'N1' },
    })
  })

  test('parseInput(endpoint, bad input) reports every problem with its path: unknown, missing, too long', () => {
    const issues: ValidationIssue[] = []
    parseInput(update, { item_id: 'a', name: 'abcdef', color: 'red' }, issues)
    expect(issues).toEqual([
      { path: ['color'], message: 'unknown field' },
      { path: ['name'], message: expect.stringMatching(/4/) },
      { path: ['out_request_no'], message: 'is required' },
    ])
  })
})
