/** The body WeChat Pay answers errors with: `{"code":"PARAM_ERROR","message":"…","detail":{…}}`. */
export interface WechatErrorBody {
  code: string
  message: string
  detail?: Record<string, unknown>
}

/**
 * A WeChat-style error raised inside the sandbox; the server turns it into the HTTP answer. Business rules throw these
 * so a handler reads like the documentation's preconditions.
 */
export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly detail: Record<string, unknown> | undefined

  constructor(status: number, code: string, message: string, detail?: Record<string, unknown>) {
    super(message)
    this.status = status
    this.code = code
    this.detail = detail
  }

  toBody(): WechatErrorBody {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail }
  }
}

export const paramError = (message: string, detail?: Record<string, unknown>) =>
  new ApiProblem(400, 'PARAM_ERROR', message, detail)
/** A well-formed request that breaks a business rule (state machine, budget, idempotency conflict). */
export const invalidRequest = (message: string, detail?: Record<string, unknown>) =>
  new ApiProblem(400, 'INVALID_REQUEST', message, detail)
export const notExists = (message: string, detail?: Record<string, unknown>) =>
  new ApiProblem(404, 'RESOURCE_NOT_EXISTS', message, detail)
export const notFound = (message: string) => new ApiProblem(404, 'NOT_FOUND', message)
export const frequencyLimited = () => new ApiProblem(429, 'FREQUENCY_LIMITED', '请求频率超过限制，请降低频率后重试')
export const systemError = (message = '系统异常，请用相同参数稍后重试') => new ApiProblem(500, 'SYSTEM_ERROR', message)
