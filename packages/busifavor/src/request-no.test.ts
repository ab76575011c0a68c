import { createRequestNo } from '@core/kit'
import { describe, expect, test } from 'vitest'
import { endpoints } from './registry.js'

describe('createRequestNo and the busifavor request numbers', () => {
  test('createRequestNo({ prefix: 64 characters }) still fits every request-no field of the registry', () => {
    const value = createRequestNo({ prefix: 'p'.repeat(64) })
    for (const definition of Object.values(endpoints)) {
      if (definition.idempotency === undefined) continue
      const shape = { ...definition.body?.shape, ...definition.query?.shape } as Record<
        string,
        { safeParse(v: unknown): { success: boolean } }
      >
      expect(shape[definition.idempotency.field]!.safeParse(value).success, definition.id).toBe(true)
    }
  })
})
