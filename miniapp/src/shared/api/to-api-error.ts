import { ApiError, isApiError } from './api-error'

/** Anything thrown while talking to the API becomes an ApiError, so views have one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error
  return new ApiError({ kind: 'http', status: 0, title: '出了点问题', detail: '请稍后重试' })
}
