import type { FieldError } from '@doorstep/shared'

/**
 * The one error hierarchy of the API. Domain code throws these; `toProblem` maps them to RFC 9457 in one place.
 * Anything that is not an HttpError is a bug and becomes a 500 whose message never leaves the server.
 */
export class HttpError extends Error {
  /** Members added to the problem document beside the standard ones (RFC 9457 §3.2), e.g. an import's row report. */
  extensions?: Record<string, unknown>

  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title)
    this.name = new.target.name
  }

  get type(): string {
    return `https://doorstep.example/problems/${this.status}`
  }
}

export class BadRequestError extends HttpError {
  constructor(detail: string, errors?: FieldError[]) {
    super(400, '请求参数有误', detail, errors)
  }
}

export class ValidationError extends HttpError {
  constructor(errors: FieldError[]) {
    super(422, '提交的内容有误', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors)
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = '请先登录') {
    super(401, '未登录或登录已过期', detail, undefined, { 'www-authenticate': 'Bearer' })
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = '没有权限进行此操作') {
    super(403, '没有权限', detail)
  }
}

export class NotFoundError extends HttpError {
  constructor(detail = '没有找到') {
    super(404, '没有找到', detail)
  }
}

export class ConflictError extends HttpError {
  constructor(detail: string, errors?: FieldError[]) {
    super(409, '与当前状态冲突', detail, errors)
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, '提交的内容过大', `请求体不能超过 ${Math.round(limitBytes / 1024)} KB`)
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  constructor(accepted: readonly string[] = ['application/json']) {
    super(415, '不支持的内容类型', `请以 ${accepted.join(' 或 ')} 提交`)
  }
}

export class TooManyRequestsError extends HttpError {
  constructor(retryAfterSeconds: number, detail = `请在 ${retryAfterSeconds} 秒后再试`) {
    super(429, '操作太频繁', detail, undefined, {
      'retry-after': String(retryAfterSeconds),
    })
  }
}

/** A service the request needs (SSM, WeChat) cannot answer right now: try again shortly. */
export class ServiceUnavailableError extends HttpError {
  constructor(detail: string, retryAfterSeconds = 10) {
    super(503, '服务暂时不可用', detail, undefined, { 'retry-after': String(retryAfterSeconds) })
  }
}
