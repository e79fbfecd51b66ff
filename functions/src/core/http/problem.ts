import { PROBLEM_CONTENT_TYPE, type Problem } from '@doorstep/shared'
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda'
import { HttpError } from './errors'

/**
 * A problem as the API sends it: RFC 9457's members, the request id to quote to us, and any extension members
 * (§3.2) a route adds, such as an import's row report.
 */
export interface ProblemDocument extends Problem {
  requestId: string
  [extension: string]: unknown
}

/**
 * Maps any thrown value to a problem+json response. Only errors below 500 show their message; a declared 5xx (503
 * while SSM or WeChat cannot answer) keeps its status and Retry-After, with the generic words.
 */
export function toProblemResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const known = error instanceof HttpError && error.status < 500 ? error : undefined
  const declared = error instanceof HttpError && error.status >= 500 ? error : undefined
  const problem: ProblemDocument = known
    ? {
        // extensions first, so they can never overwrite a standard member
        ...known.extensions,
        type: known.type,
        title: known.title,
        status: known.status,
        detail: known.message,
        ...(known.errors?.length ? { errors: known.errors } : {}),
        requestId,
      }
    : {
        type: `https://doorstep.example/problems/${declared?.status ?? 500}`,
        title: '服务暂时不可用',
        status: declared?.status ?? 500,
        detail: '请稍后再试；如果一直这样，请把请求编号告诉我们。',
        requestId,
      }
  return {
    statusCode: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...((known ?? declared)?.headers ?? {}) },
    body: JSON.stringify(problem),
  }
}
