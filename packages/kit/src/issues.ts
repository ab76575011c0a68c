import { ValidationError, type ValidationIssue } from '@core/client'
import type { z } from 'zod'

/** zod's issues as `{ path, message }`: one per unknown key, and "is required" for a missing field. */
export function toIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = [...prefix, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')]
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }))
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return [{ path, message: 'is required' }]
    return [{ path, message: issue.message }]
  })
}

/** A `ValidationError` whose message reads `<source>: <what>: path: message; …`. */
export function validationError(source: string, what: string, issues: ValidationIssue[]): ValidationError {
  const list = issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
  return new ValidationError(`${source}: ${what}: ${list.join('; ')}`, { issues })
}

/** Throws {@link validationError}. */
export function invalid(source: string, what: string, issues: ValidationIssue[]): never {
  throw validationError(source, what, issues)
}
