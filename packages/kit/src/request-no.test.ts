import { isValidationError } from '@core/client'
import { describe, expect, test } from 'vitest'
import { createRequestNo, REQUEST_NO_RANDOM_LENGTH } from './request-no.js'

describe('createRequestNo', () => {
  test('createRequestNo({ prefix, date }) is prefix + China date + random letters and digits', () => {
    // 2024-05-19T16:30Z is already 2024-05-20 in China.
    const value = createRequestNo({ prefix: '1900000109', date: new Date('2024-05-19T16:30:00Z') })
    expect(value).toMatch(new RegExp(`^190000010920240520[0-9A-Za-z]{${REQUEST_NO_RANDOM_LENGTH}}$`))
  })

  test('createRequestNo() twice gives two different numbers', () => {
    expect(createRequestNo()).not.toBe(createRequestNo())
  })

  test('createRequestNo({ prefix: "a b" }) is a ValidationError', () => {
    let error: unknown
    try {
      createRequestNo({ prefix: 'a b' })
    } catch (caught) {
      error = caught
    }
    expect(isValidationError(error)).toBe(true)
  })
})
