import type { AnyEndpoint as EndpointDefinition } from '@core/kit/define'
import type { MultipartPart } from '../multipart.js'
import type { BusifavorState } from '../state.js'

/** What a handler sees: input already validated against the endpoint's schemas. */
export interface HandlerContext {
  endpoint: EndpointDefinition
  /** Path parameters, percent-decoded and validated. */
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: Record<string, unknown>
  /** The caller's mchid (from its verified Authorization). */
  mchid: string
  state: BusifavorState
  /** Sandbox clock, epoch ms. */
  now: number
  /** The sandbox's base URL (media URLs point back at it). */
  baseUrl: string
  /** Parts of a multipart upload. */
  files: MultipartPart[] | undefined
}

export interface Answer {
  status?: 200 | 204
  body?: Record<string, unknown>
}

export type Handler = (ctx: HandlerContext) => Answer

/** A string field of a validated input object. */
export function str(input: Record<string, unknown>, name: string): string {
  return input[name] as string
}

export function optStr(input: Record<string, unknown>, name: string): string | undefined {
  const value = input[name]
  return typeof value === 'string' ? value : undefined
}

export function optNum(input: Record<string, unknown>, name: string): number | undefined {
  const value = input[name]
  return typeof value === 'number' ? value : undefined
}
