import type { FieldError, Problem } from '@doorstep/shared'

export type ApiErrorKind = 'http' | 'network' | 'timeout'

interface ApiErrorInit {
  kind: ApiErrorKind
  /** 0 when no HTTP response arrived. */
  status: number
  title: string
  detail?: string
  fieldErrors?: FieldError[]
  type?: string
  retryAfterSeconds?: number
  /** The problem body as sent, for members beyond RFC 9457's (an import's row-by-row report). */
  body?: unknown
}

/** Every failed API call ends up as one of these, whatever the platform or the cause. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number
  readonly title: string
  readonly detail?: string
  readonly fieldErrors: FieldError[]
  readonly type: string
  /** From a 429's Retry-After header, when the response carried one we could read. */
  readonly retryAfterSeconds?: number
  readonly body?: unknown

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}：${init.detail}` : init.title)
    this.kind = init.kind
    this.status = init.status
    this.title = init.title
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? []
    this.type = init.type ?? 'about:blank'
    this.retryAfterSeconds = init.retryAfterSeconds
    this.body = init.body
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  static network(): ApiError {
    return new ApiError({ kind: 'network', status: 0, title: '网络连接失败', detail: '请检查手机网络后重试' })
  }

  static timeout(): ApiError {
    return new ApiError({ kind: 'timeout', status: 0, title: '服务器响应超时', detail: '请稍后重试' })
  }

  /** Reads an RFC 9457 body when there is one; falls back to a plain message for the status. */
  static fromResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiError {
    const problem = isProblem(body) ? body : undefined
    return new ApiError({
      kind: 'http',
      status,
      title: problem?.title ?? fallbackTitle(status),
      detail: problem?.detail,
      fieldErrors: problem?.errors,
      type: problem?.type,
      retryAfterSeconds: parseRetryAfter(headers['retry-after']),
      body: problem,
    })
  }
}

/** Survives bundlers that transpile classes, where `instanceof` on Error subclasses can be unreliable. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError || (value instanceof Error && value.name === 'ApiError')
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false
  const candidate = body as Partial<Problem>
  return typeof candidate.title === 'string' && typeof candidate.status === 'number'
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined
}

function fallbackTitle(status: number): string {
  if (status === 404) return '没有找到相关内容'
  if (status === 429) return '访问太频繁'
  if (status >= 500) return '服务暂时不可用'
  return '请求未能完成'
}
