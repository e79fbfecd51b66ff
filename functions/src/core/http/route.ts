import { toFieldErrors } from '@doorstep/shared'
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda'
import * as v from 'valibot'
import { authorize, identify } from '../auth/authorize'
import type { Access, Caller } from '../auth/caller'
import { db } from '../db/client'
import { tableName } from '../db/tables'
import { logger as rootLogger, type Logger } from '../log/logger'
import { RateLimiter } from '../rate-limit/limiter'
import {
  BadRequestError,
  HttpError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './errors'
import { toProblemResponse } from './problem'

export const MAX_BODY_BYTES = 64 * 1024

type Schema<T> = v.GenericSchema<unknown, T>

export interface RequestContext {
  requestId: string
  caller: Caller
  log: Logger
  event: APIGatewayProxyEventV2
  now: Date
}

/** A handler returns its body for 200, or `reply(...)` for another status or extra headers. */
export class Reply<T> {
  constructor(
    readonly status: number,
    readonly body: T,
    readonly headers: Record<string, string> = {},
  ) {}
}
export const reply = <T>(status: number, body: T, headers?: Record<string, string>) => new Reply(status, body, headers)

export interface RouteSpec<Q, P, B, R> {
  /** Stable name used in logs and in the route table. */
  name: string
  /** Who may call it; checked before anything else is read. */
  access: Access
  /** Write routes are limited per user and per IP by default (see `writeLimits`); override or opt out here. */
  rateLimit?: Partial<WriteLimits> | false
  query?: Schema<Q>
  params?: Schema<P>
  body?: Schema<B>
  /**
   * Media types taken besides JSON, each turning the UTF-8 text into the value `body` validates
   * (the roster import takes `text/csv` as `{ csv }`).
   */
  alsoAccepts?: Record<string, (text: string) => unknown>
  /** This route's request body limit (default MAX_BODY_BYTES). */
  maxBodyBytes?: number
  handle(input: { query: Q; params: P; body: B; ctx: RequestContext }): Promise<R | Reply<R>>
}

export interface WriteLimits {
  perUser: number
  perIp: number
  windowSeconds: number
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Defaults per stage, from serverless.yml (RATE_LIMIT_*). */
export function writeLimits(env = process.env): WriteLimits {
  return {
    perUser: Number(env.RATE_LIMIT_PER_USER ?? 30),
    perIp: Number(env.RATE_LIMIT_PER_IP ?? 120),
    windowSeconds: Number(env.RATE_LIMIT_WINDOW_SECONDS ?? 60),
  }
}

let limiter: RateLimiter | undefined

async function limitWrites(spec: { name: string; rateLimit?: Partial<WriteLimits> | false }, caller: Caller) {
  if (spec.rateLimit === false) return
  const limits = { ...writeLimits(), ...spec.rateLimit }
  limiter ??= new RateLimiter(db, tableName('rateLimits'))
  const window = { windowSeconds: limits.windowSeconds }
  await limiter.hit('ip', caller.ip, { ...window, limit: limits.perIp })
  if (caller.kind === 'user') await limiter.hit('user', caller.userId, { ...window, limit: limits.perUser })
  if (caller.kind === 'staff') await limiter.hit('staff', caller.staffId, { ...window, limit: limits.perUser })
}

export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Pick<Context, 'awsRequestId'>,
) => Promise<APIGatewayProxyStructuredResultV2>

/**
 * The edge of every route: who is calling and may they, size limit, JSON parsing, one schema each for
 * query, path and body, then the domain call, then one place that turns errors into problem+json.
 * Logs one line per request (ids and outcome only, never bodies).
 */
export function defineRoute<Q = undefined, P = undefined, B = undefined, R = unknown>(
  spec: RouteSpec<Q, P, B, R>,
): LambdaHandler {
  return async (event, context) => {
    const started = performance.now()
    const requestId = context.awsRequestId || event.requestContext?.requestId || 'local'
    const log = rootLogger.child({ requestId, route: spec.name })
    let response: APIGatewayProxyStructuredResultV2
    let caller: Caller | undefined
    try {
      caller = await identify(event, spec.access)
      authorize(spec.access, caller)
      if (!READ_METHODS.has(event.requestContext?.http?.method ?? 'GET')) await limitWrites(spec, caller)
      const ctx: RequestContext = { requestId, caller, log, event, now: new Date() }
      const input = {
        query: parse(spec.query, { ...(event.queryStringParameters ?? {}) }, 'query', BadRequestError),
        params: parse(spec.params, { ...(event.pathParameters ?? {}) }, 'path', BadRequestError),
        body: parse(spec.body, readBody(event, spec), 'body', ValidationError),
        ctx,
      } as { query: Q; params: P; body: B; ctx: RequestContext }
      const result = await spec.handle(input)
      response = toJsonResponse(result instanceof Reply ? result : new Reply(200, result))
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) log.error('unhandled error', { error })
      response = toProblemResponse(error, requestId)
    }
    log.info('request', {
      method: event.requestContext?.http?.method,
      path: event.rawPath,
      status: response.statusCode,
      caller: caller?.kind === 'user' ? `user:${caller.userId}` : caller?.kind === 'staff' ? `staff:${caller.staffId}` : 'anonymous',
      durationMs: Math.round(performance.now() - started),
    })
    return response
  }
}

function parse<T>(
  schema: Schema<T> | undefined,
  value: unknown,
  where: 'query' | 'path' | 'body',
  Failure: typeof BadRequestError | typeof ValidationError,
): T | undefined {
  if (!schema) return undefined
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const errors = toFieldErrors(result.issues, where)
  throw Failure === ValidationError ? new ValidationError(errors) : new BadRequestError('参数不符合要求', errors)
}

function readBody(event: APIGatewayProxyEventV2, spec: Pick<RouteSpec<unknown, unknown, unknown, unknown>, 'body' | 'alsoAccepts' | 'maxBodyBytes'>): unknown {
  const raw = event.body ?? ''
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw
  const limit = spec.maxBodyBytes ?? MAX_BODY_BYTES
  if (Buffer.byteLength(text, 'utf8') > limit) throw new PayloadTooLargeError(limit)
  if (spec.body === undefined) return undefined
  const mediaType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const fromText = spec.alsoAccepts?.[mediaType]
  if (fromText) return fromText(text)
  if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) throw new UnsupportedMediaTypeError(['application/json', ...Object.keys(spec.alsoAccepts ?? {})])
  if (text.trim() === '') throw new BadRequestError('请求体不能为空', [{ path: 'body', message: '不能为空' }])
  try {
    return JSON.parse(text)
  } catch {
    throw new BadRequestError('请求体不是有效的 JSON', [{ path: 'body', message: '不是有效的 JSON' }])
  }
}

function toJsonResponse<T>(result: Reply<T>): APIGatewayProxyStructuredResultV2 {
  // A text body with its own content type (a CSV export) goes out as it is.
  if (typeof result.body === 'string' && result.headers['content-type']) {
    return { statusCode: result.status, headers: result.headers, body: result.body }
  }
  // Bytes (an XLSX export): API Gateway's HTTP API, and serverless-offline, decode base64 when told to.
  if (result.body instanceof Uint8Array && result.headers['content-type']) {
    return { statusCode: result.status, headers: result.headers, body: Buffer.from(result.body).toString('base64'), isBase64Encoded: true }
  }
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...result.headers },
    body: result.body === undefined ? '' : JSON.stringify(result.body),
  }
}
