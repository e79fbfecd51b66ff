import { logNameOf, toFieldErrors, type Endpoint, type FieldError, type Method } from '@doorstep/shared'
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda'
import * as v from 'valibot'
import { authorize, identify } from '../auth/authorize'
import type { Access, Caller, CallerFor } from '../auth/caller'
import { db } from '../db/client'
import { cursorSealer, type BoundCursors } from '../db/cursor'
import { tableName } from '../db/tables'
import { logger as rootLogger, maskPersonalData, type Logger } from '../log/logger'
import { RateLimiter } from '../rate-limit/limiter'
import { BadRequestError, HttpError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors'
import { toProblemResponse } from './problem'

export const MAX_BODY_BYTES = 64 * 1024

type Schema<T> = v.GenericSchema<unknown, T>

export interface RequestContext<C extends Caller = Caller> {
  requestId: string
  /** Who is calling, narrowed by the route's `access`: a `user` route's handler gets a user, a staff route's a staff member. */
  caller: C
  log: Logger
  event: APIGatewayProxyEventV2
  now: Date
  /** Cursors bound to this route, this caller and this query's filters (core/db/cursor.ts). */
  cursors: BoundCursors
}

const JSON_CONTENT_TYPE = 'application/json'

/**
 * A handler returns its body for 200, or `reply(...)` for another status or extra headers. The status and the media
 * type stay in the type (`reply(created ? 201 : 200, …)` is a `Reply<…, 201 | 200>`): the OpenAPI document's
 * responses are read from it (scripts/openapi).
 */
export class Reply<T, S extends number = number, M extends string = typeof JSON_CONTENT_TYPE> {
  declare readonly mediaType?: M
  constructor(
    readonly status: S,
    readonly body: T,
    readonly headers: Record<string, string> = {},
  ) {}
}
export const reply = <T, const S extends number>(status: S, body: T, headers?: Record<string, string>) =>
  new Reply<T, S>(status, body, headers)

/** CSV as the exports send it: UTF-8 (the text starts with a BOM so spreadsheet programs read Chinese right). */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

/** A file download (CSV as text, XLSX as bytes) under an ASCII file name, never cached on the way. */
export function fileReply<B extends string | Uint8Array, const M extends string>(
  body: B,
  contentType: M,
  fileName: string,
): Reply<B, 200, M> {
  return new Reply(200, body, {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  })
}

/** What a route's handler declares besides its catalogue entry (method, path, access: shared/src/api/endpoints.ts). */
export interface RouteSpec<A extends Access, Q, P, B, H, R> {
  /** Without a schema, a route takes no query parameters, and no body but an empty one. */
  query?: Schema<Q>
  params?: Schema<P>
  body?: Schema<B>
  /** The request headers the route reads (lower-case names); others are not its business. */
  headers?: v.ObjectSchema<v.ObjectEntries, undefined> & Schema<H>
  /**
   * Media types taken besides JSON, each turning the UTF-8 text into the value `body` validates
   * (the roster import takes `text/csv` as `{ csv }`).
   */
  alsoAccepts?: Record<string, (text: string) => unknown>
  /** This route's request body limit (default MAX_BODY_BYTES). */
  maxBodyBytes?: number
  /** The body for 200, or a `Reply` (another status, extra headers, a file). */
  handle(input: { query: Q; params: P; body: B; headers: H; ctx: RequestContext<CallerFor<A>> }): Promise<R>
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

/**
 * Write routes are limited per user and per IP (`writeLimits`) unless their catalogue entry opts out. A read route is
 * limited only per IP, and only when its entry sets `perIp` (open data); its counter is apart from the writes'.
 */
async function limitCalls(endpoint: Endpoint, caller: Caller, read: boolean) {
  if (endpoint.rateLimit === false) return
  if (read) {
    const perIp = endpoint.rateLimit?.perIp
    if (perIp === undefined) return
    limiter ??= new RateLimiter(db, tableName('rateLimits'))
    await limiter.hit('read-ip', caller.ip, {
      windowSeconds: endpoint.rateLimit?.windowSeconds ?? writeLimits().windowSeconds,
      limit: perIp,
    })
    return
  }
  const limits = { ...writeLimits(), ...endpoint.rateLimit }
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

/** A route as the OpenAPI generator reads it: its catalogue entry and the schemas its edge validates with. */
export interface RouteDefinition {
  endpoint: Endpoint
  spec: Omit<RouteSpec<Access, unknown, unknown, unknown, unknown, unknown>, 'handle'>
}

declare const ANSWERS: unique symbol

/**
 * A route's Lambda handler. `route` (not enumerable) is its definition; `[ANSWERS]` exists only in the type: what
 * `handle` resolves to, from which scripts/openapi derives the success responses (`SuccessOf`).
 */
export type RouteHandler<R> = LambdaHandler & { readonly route: RouteDefinition; readonly [ANSWERS]?: R }

/**
 * Each success a route's handler can answer with: its status and a JSON body's type, a file's media type, or no
 * body at all (`undefined`, as a 204 has). A `Reply` says its own status; a plain value is a 200 — one case for
 * the whole value, not one per member of a union (`Me` is one body that may be a user or a staff member).
 * @public named in the source scripts/openapi compiles, which no import shows
 */
export type SuccessOf<H> = H extends { readonly [ANSWERS]?: infer R }
  ? [Extract<R, AnyReply>] extends [never]
    ? Plain<R>
    : Replied<Extract<R, AnyReply>> | Plain<Exclude<R, AnyReply>>
  : never
type AnyReply = Reply<unknown, number, string>
type Replied<R> =
  R extends Reply<infer B, infer S, infer M>
    ? M extends typeof JSON_CONTENT_TYPE
      ? [B] extends [undefined]
        ? { status: S; empty: true }
        : { status: S; json: B }
      : { status: S; file: M }
    : never
// the value as it is (not `Exclude`d) where it is all there is: its type keeps its name, `Me`, for the document
type Plain<V> = [V] extends [never] ? never : { status: 200; json: V }

/**
 * The edge of every route: who is calling and may they, size limit, JSON parsing, one strict schema each for
 * query, path, headers and body, then the domain call, then one place that turns errors into problem+json.
 * Logs one line per request: the route's template and masked ids, the outcome — never paths, queries or bodies.
 */
export function defineRoute<const A extends Access, Q = undefined, P = undefined, B = undefined, H = undefined, R = unknown>(
  endpoint: Endpoint<Method, string, A>,
  spec: RouteSpec<A, Q, P, B, H, R>,
): RouteHandler<R> {
  const name = logNameOf(endpoint.name)
  const handler: LambdaHandler = async (event, context) => {
    const started = performance.now()
    const requestId = context.awsRequestId || event.requestContext?.requestId || 'local'
    const log = rootLogger.child({ requestId, route: name })
    let response: APIGatewayProxyStructuredResultV2
    let caller: Caller | undefined
    try {
      caller = await identify(event, endpoint.access)
      authorize(endpoint.access, caller)
      await limitCalls(endpoint, caller, READ_METHODS.has(event.requestContext?.http?.method ?? 'GET'))
      const query = parse(spec.query, { ...(event.queryStringParameters ?? {}) }, 'query')
      const input = {
        query,
        params: parse(spec.params, { ...(event.pathParameters ?? {}) }, 'path'),
        headers: parseHeaders(spec.headers, event.headers ?? {}),
        body: readBody(event, spec),
        ctx: {
          requestId,
          caller: caller as CallerFor<A>,
          log,
          event,
          now: new Date(),
          cursors: cursorSealer.bind(cursorScope(name, caller, query)),
        },
      } as { query: Q; params: P; body: B; headers: H; ctx: RequestContext<CallerFor<A>> }
      const result = await spec.handle(input)
      response = toResponse(result instanceof Reply ? result : new Reply(200, result))
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) log.error('unhandled error', { error })
      response = toProblemResponse(error, requestId)
    }
    log.info('request', {
      method: event.requestContext?.http?.method,
      template: event.routeKey,
      ...(event.pathParameters ? { ids: maskValues(event.pathParameters) } : {}),
      status: response.statusCode,
      caller: caller?.kind === 'user' ? `user:${caller.userId}` : caller?.kind === 'staff' ? `staff:${caller.staffId}` : 'anonymous',
      durationMs: Math.round(performance.now() - started),
    })
    return response
  }
  const { handle: _handle, ...schemas } = spec
  // not enumerable: a Lambda handler stays a plain function to anything that walks its properties
  return Object.defineProperty(handler, 'route', { value: { endpoint, spec: schemas } satisfies RouteDefinition }) as RouteHandler<R>
}

/** A cursor opens only for the route, the person and the filters it was handed out for (not the page size). */
function cursorScope(route: string, caller: Caller, query: unknown): string {
  const who = caller.kind === 'user' ? `user:${caller.userId}` : caller.kind === 'staff' ? `staff:${caller.staffId}` : 'anonymous'
  const { cursor: _cursor, limit: _limit, ...filters } = (query ?? {}) as Record<string, unknown>
  return `${route}|${who}|${JSON.stringify(filters, Object.keys(filters).sort())}`
}

function maskValues(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, maskPersonalData(String(value ?? ''))]))
}

function parse<T>(schema: Schema<T> | undefined, value: Record<string, unknown>, where: 'query' | 'path'): T | undefined {
  if (!schema) {
    const unexpected = Object.keys(value)
    if (unexpected.length > 0)
      throw new BadRequestError(
        '参数不符合要求',
        unexpected.map((name) => ({ path: `${where}.${name}`, message: '不支持的参数' })),
      )
    return undefined
  }
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  throw new BadRequestError('参数不符合要求', toFieldErrors(result.issues, where))
}

/** Only the headers the route declares, by lower-case name; a bad one is a 400 naming `header.<Name>`. */
function parseHeaders<H>(
  schema: RouteSpec<Access, unknown, unknown, unknown, H, unknown>['headers'],
  headers: Record<string, string | undefined>,
): H | undefined {
  if (!schema) return undefined
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  const declared = Object.fromEntries(
    Object.keys(schema.entries)
      .map((name) => [name, lower[name]])
      .filter(([, value]) => value !== undefined),
  )
  const result = v.safeParse(schema, declared)
  if (result.success) return result.output as H
  const errors: FieldError[] = toFieldErrors(result.issues, 'header').map((e) => ({
    ...e,
    path: e.path.replace(/^header\.(.+)$/, (_, name: string) => `header.${headerName(name)}`),
  }))
  throw new BadRequestError('请求头不符合要求', errors)
}

/** `idempotency-key` → `Idempotency-Key`, as the problem names it. */
export const headerName = (lower: string) =>
  lower.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())

function readBody<B>(
  event: APIGatewayProxyEventV2,
  spec: Pick<RouteSpec<Access, unknown, unknown, B, unknown, unknown>, 'body' | 'alsoAccepts' | 'maxBodyBytes'>,
): B | undefined {
  const raw = event.body ?? ''
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw
  const limit = spec.maxBodyBytes ?? MAX_BODY_BYTES
  if (Buffer.byteLength(text, 'utf8') > limit) throw new PayloadTooLargeError(limit)
  if (spec.body === undefined) {
    // a body-less route takes nothing, or an empty JSON object (what some clients send with every POST)
    if (text.trim() !== '' && text.replace(/\s/g, '') !== '{}')
      throw new BadRequestError('此接口不接受请求体', [{ path: 'body', message: '不应有请求体' }])
    return undefined
  }
  const mediaType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const fromText = spec.alsoAccepts?.[mediaType]
  if (fromText) return validateBody(spec.body, fromText(text))
  if (!/^application\/([\w.-]+\+)?json$/.test(mediaType))
    throw new UnsupportedMediaTypeError(['application/json', ...Object.keys(spec.alsoAccepts ?? {})])
  if (text.trim() === '') throw new BadRequestError('请求体不能为空', [{ path: 'body', message: '不能为空' }])
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BadRequestError('请求体不是有效的 JSON', [{ path: 'body', message: '不是有效的 JSON' }])
  }
  // every body is a JSON object: an array, a string or null never stands in for one
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ValidationError([{ path: 'body', message: '须为 JSON 对象' }])
  return validateBody(spec.body, json)
}

function validateBody<B>(schema: Schema<B>, value: unknown): B {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  throw new ValidationError(toFieldErrors(result.issues, 'body'))
}

function toResponse<T>(result: Reply<T>): APIGatewayProxyStructuredResultV2 {
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
    headers: { 'content-type': `${JSON_CONTENT_TYPE}; charset=utf-8`, ...result.headers },
    body: result.body === undefined ? '' : JSON.stringify(result.body),
  }
}
