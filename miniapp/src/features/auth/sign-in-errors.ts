import type { ApiError } from '@/shared/api/api-error'
import type { AuthStrings } from './strings'

/** The API names bad fields `body.<field>`; forms show each message under its field. */
export function fieldErrorsOf<Field extends string>(error: ApiError | undefined, fields: readonly Field[]): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {}
  for (const { path, message } of error?.fieldErrors ?? []) {
    const field = fields.find((name) => path === `body.${name}`)
    if (field && !byField[field]) byField[field] = message
  }
  return byField
}

/** One sentence for the top of the form. Too many wrong passwords from here says how long to wait, in minutes. */
export function signInProblemText(error: ApiError, s: AuthStrings, fixFields = s.fixFields): string {
  if (error.status === 429) {
    const wait = error.retryAfterSeconds === undefined ? error.detail : s.waitMinutes(Math.max(1, Math.ceil(error.retryAfterSeconds / 60)))
    return [s.tooManyTries, wait].filter(Boolean).join(s.sentenceJoin)
  }
  if (error.fieldErrors.length > 0) return fixFields
  return error.detail ?? error.title
}
