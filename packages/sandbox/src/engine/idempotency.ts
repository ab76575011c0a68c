import { type ApiProblem, invalidRequest } from '../problem.js'

interface IdempotencyRecord {
  fingerprint: string
  status: number
  body: Record<string, unknown> | undefined
}

/** An answer replayed for a business number seen before. */
export interface Replay {
  status: number
  body: Record<string, unknown> | undefined
}

/**
 * The business request numbers WeChat Pay remembers: the same number with the same parameters gets the first answer
 * again (nothing is applied twice); the same number with other parameters is refused. Numbers live in a `space`: an
 * endpoint id, or a family's scope shared by several endpoints (pay's four prepay endpoints share `out_trade_no`). The
 * oldest are forgotten beyond `limit`, so long load tests keep a flat memory profile.
 */
export class IdempotencyStore {
  readonly #records = new Map<string, IdempotencyRecord>()
  readonly #limit: number

  constructor(limit: number) {
    this.#limit = limit
  }

  /**
   * The earlier answer for `field=value` in `space`, or undefined when the number is new.
   * @throws {ApiProblem} `conflict`'s refusal (default 400 INVALID_REQUEST) when the number was used for a request with
   *   other parameters.
   */
  replay(
    space: string,
    field: string,
    value: string,
    fingerprint: string,
    conflict?: (field: string, value: string) => ApiProblem,
  ): Replay | undefined {
    const previous = this.#records.get(`${space}\u0000${value}`)
    if (previous === undefined) return undefined
    if (previous.fingerprint !== fingerprint) {
      if (conflict !== undefined) throw conflict(field, value)
      throw invalidRequest(`请求单号 ${field}=${value} 已用于参数不同的请求：重试须使用相同参数，新请求须使用新单号`, {
        location: 'body',
        field: `/${field}`,
        value,
      })
    }
    return { status: previous.status, body: structuredClone(previous.body) }
  }

  remember(space: string, value: string, fingerprint: string, answer: Replay): void {
    this.#records.set(`${space}\u0000${value}`, {
      fingerprint,
      status: answer.status,
      body: structuredClone(answer.body),
    })
    if (this.#records.size > this.#limit) this.#records.delete(this.#records.keys().next().value!)
  }
}
