import * as v from 'valibot'

/** One bad field: `path` is dotted (`hours.mon.0`), `message` is what a person can act on. */
export interface FieldError {
  path: string
  message: string
}

/** RFC 9457 problem details, the body of every 4xx/5xx. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors?: FieldError[]
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Turns valibot issues into named fields; `prefix` says where the value came from (query, body, path). */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[], prefix?: string): FieldError[] {
  return issues.map((issue) => {
    const dotted = v.getDotPath(issue)
    const path = [prefix, dotted].filter(Boolean).join('.') || prefix || '(root)'
    return { path, message: readableMessage(issue) }
  })
}

/**
 * Our schemas carry Chinese messages; valibot's own defaults ("Invalid type: …") are English.
 * These two cases come from the library, not from a field of ours, so they are translated here.
 */
function readableMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message
  if (issue.expected === 'never') return '不支持的字段'
  if (issue.kind === 'schema') return issue.received === 'undefined' ? '必填' : `类型不正确（应为 ${issue.expected}）`
  return '格式不正确'
}
