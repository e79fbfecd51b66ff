import type { ApiError } from '@/shared/api/api-error'

/** The API names bad fields `body.<field>`; forms show each message under its field. */
export function fieldErrorsOf<Field extends string>(error: ApiError | undefined, fields: readonly Field[]): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {}
  for (const { path, message } of error?.fieldErrors ?? []) {
    const field = fields.find((name) => path === `body.${name}`)
    if (field && !byField[field]) byField[field] = message
  }
  return byField
}

/** One sentence for the top of the form. A locked account says how long to wait, in minutes. */
export function signInProblemText(error: ApiError): string {
  if (error.status === 429) {
    const wait = error.retryAfterSeconds === undefined ? error.detail : `请 ${Math.max(1, Math.ceil(error.retryAfterSeconds / 60))} 分钟后再试`
    return [error.title, wait].filter(Boolean).join('，')
  }
  if (error.fieldErrors.length > 0) return '请按提示修改后再登录'
  return error.detail ?? error.title
}
