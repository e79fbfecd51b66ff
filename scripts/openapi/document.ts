/**
 * The OpenAPI 3.1 document of every /v1 route, and the readable reference beside it, generated from what the code
 * already says: the route catalogue (method, path, access, write limits), each route's valibot schemas (what it
 * takes) and the type its handler returns (what it answers). `npm run openapi` writes both; a unit test fails when
 * the committed ones differ from what this builds now.
 */
import type { Access, Endpoint } from '@doorstep/shared'
import { writeLimits } from '../../functions/src/core/http/route'
import type { HttpMethodKey, OpenApiDocument, Operation, Parameter, Response } from '../../functions/src/openapi/openapi-document'
import { answerTypes, apiVersion, byCodePoint, type Success } from './answer-types'
import { renderReference } from './reference'
import { requestParts } from './request-schemas'
import { documentedRoutes } from './routes'

export const PROBLEM_MEDIA_TYPE = 'application/problem+json'
const BEARER = 'bearer'

/** One line per feature folder; a feature without one is listed by name only. */
const FEATURES: Record<string, string> = {
  auth: 'Sign-in (WeChat, staff), sessions, who is calling, staff accounts.',
  calendar: 'The holiday calendar working days are counted with.',
  companies: 'Company onboarding cases, their rosters, desks and hiring stewards (用工管家).',
  demands: 'Demands from messages and field visits, decided in public; referrals from grid workers.',
  enrollments: 'Service sessions, sign-ups (also on a resident’s behalf), rosters and attendance.',
  health: 'Whether the API is up and its calendar covers the coming days.',
  inbox: 'In-app notifications and WeChat subscription consents.',
  messages: 'The message board: residents’ messages, the staff queue, answers and the dashboard.',
  openapi: 'This document.',
  policies: 'Policy search, detail, matching, and their upkeep.',
  services: 'The service catalogue: 6 categories, 23 projects, their sessions.',
  stations: 'The stations on the map, their hours and services.',
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done',
  304: 'Not modified: the copy the caller has (`If-None-Match`) is current',
}

/** Shared error responses, referred to by each operation they apply to. */
const ERRORS: Record<string, { status: string; response: Response }> = {
  BadRequest: {
    status: '400',
    response: problem(
      'A query, path or header parameter fails its schema (or is not one the route takes), the JSON is malformed, a body was sent where none is taken, or a cursor is forged or stale; `errors` names each field.',
    ),
  },
  Unauthorized: {
    status: '401',
    response: problem('Not signed in, or the token is expired or forged.', {
      'WWW-Authenticate': { description: '`Bearer`', schema: { type: 'string' } },
    }),
  },
  Forbidden: { status: '403', response: problem('Signed in, but not as a caller this route is for.') },
  NotFound: {
    status: '404',
    response: problem('Not found — also what belongs to someone else or lies outside the caller’s scope (ids cannot be probed).'),
  },
  PayloadTooLarge: { status: '413', response: problem('The body is over the route’s limit (64 KB unless it says otherwise).') },
  UnsupportedMediaType: { status: '415', response: problem('The body is not JSON (nor another media type the route names).') },
  UnprocessableContent: { status: '422', response: problem('The body fails its schema; `errors` names each field (`body.title`).') },
  TooManyRequests: {
    status: '429',
    response: problem('The write limit is used up for this caller or source address.', {
      'Retry-After': { description: 'Seconds until the next try can succeed.', schema: { type: 'string', pattern: '^\\d+$' } },
    }),
  },
  Problem: {
    status: 'default',
    response: problem(
      'Any other failure: 409 a state conflict, 429 tries used up, 503 a service the request needs (SSM, WeChat) cannot answer now (with `Retry-After`; nothing was written), 500 (only the request id is shown).',
    ),
  },
}

function problem(description: string, headers?: Response['headers']): Response {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  }
}

export function accessText(access: Access): string {
  if (access === 'public') return 'anyone'
  if (access === 'user') return 'a signed-in resident or company (`user`)'
  if (access === 'signed-in') return 'anyone signed in: a resident or company, or any staff member'
  return `staff: ${access.staff.map((role) => `\`${role}\``).join(', ')}`
}

/** The write limit a route keeps: the code's defaults, which production keeps (local stages raise them). */
export function writeLimitOf(endpoint: Endpoint): { perUser: number; perIp: number; windowSeconds: number } | undefined {
  if (endpoint.method === 'GET' || endpoint.rateLimit === false) return undefined
  return { ...writeLimits({}), ...endpoint.rateLimit }
}

export interface Stats {
  routes: number
  schemas: number
  /** Routes whose success body has no schema that says anything (`{}`), by name. */
  weak: string[]
  /** Routes whose success body has an open spot inside (a value of any type somewhere), by name. */
  openInside: string[]
}

export interface Generated {
  document: OpenApiDocument
  reference: string
  stats: Stats
}

export async function generateOpenApi(): Promise<Generated> {
  const routes = await documentedRoutes()
  const answers = answerTypes(routes)
  const paths: OpenApiDocument['paths'] = {}
  const tags: string[] = []
  for (const route of routes) {
    const { endpoint } = route
    if (!tags.includes(route.feature)) tags.push(route.feature)
    const request = requestParts(route)
    const limit = writeLimitOf(endpoint)
    const doc = answers.docs[route.name]
    const operation: Operation = {
      operationId: route.name,
      tags: [route.feature],
      summary: summaryOf(doc, route.name),
      description: [
        doc,
        `**Who may call:** ${accessText(endpoint.access)}.`,
        limit
          ? `**Write limit:** ${limit.perUser} per caller and ${limit.perIp} per source address in ${limit.windowSeconds} s (production's figures).`
          : '',
        request.body?.maxBytes ? `**Body limit:** ${Math.round(request.body.maxBytes / 1024)} KB.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      ...(endpoint.access === 'public' ? {} : { security: [{ [BEARER]: [] }] }),
      ...(request.parameters.length ? { parameters: request.parameters } : {}),
      ...(request.body
        ? {
            requestBody: {
              required: true,
              ...(request.body.alsoAccepts.length
                ? { description: `As JSON, or the file itself as ${request.body.alsoAccepts.map((m) => `\`${m}\``).join(', ')}.` }
                : {}),
              content: {
                'application/json': { schema: request.body.schema },
                ...Object.fromEntries(request.body.alsoAccepts.map((m) => [m, { schema: { type: 'string' } }])),
              },
            },
          }
        : {}),
      responses: {
        ...successResponses(answers.successes[route.name]!),
        ...errorResponses(endpoint, request.parameters, Boolean(request.body), Boolean(limit)),
      },
      'x-access':
        endpoint.access === 'public' || typeof endpoint.access === 'string' ? endpoint.access : { staff: [...endpoint.access.staff] },
    }
    const method = endpoint.method.toLowerCase() as HttpMethodKey
    paths[endpoint.path] = { ...paths[endpoint.path], [method]: operation }
  }
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Doorstep API (家门口的人社服务站)',
      version: apiVersion(),
      description:
        'Every /v1 route of the API, generated from the route catalogue, the schemas each route validates with and the types its handler returns (`npm run openapi`). JSON in and out; errors are RFC 9457 problem+json. Conventions: docs/api.md; a readable version: docs/api-reference.md.',
    },
    tags: tags.map((name) => ({ name, description: FEATURES[name] ?? name })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => byCodePoint(a, b))),
    components: {
      schemas: { ...answers.schemas, Problem: answers.problem },
      responses: Object.fromEntries(Object.entries(ERRORS).map(([name, { response }]) => [name, response])),
      securitySchemes: {
        [BEARER]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The session token from POST /v1/auth/wechat or /v1/auth/staff (ES256; residents 2 h, staff 15 min).',
        },
      },
    },
  }
  return { document, reference: renderReference(document, routes), stats: statsOf(document) }
}

/** The first sentence of the handler's comment, or its catalogue key read as words. */
function summaryOf(doc: string | undefined, name: string): string {
  const first = doc?.split(/(?<=[.:;])\s|(?<=[。；])/)[0]?.replace(/[.:;]$/, '')
  if (first && first.length <= 100) return first
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase()
  return `${words[0]!.toUpperCase()}${words.slice(1)}`
}

function successResponses(successes: Success[]): Operation['responses'] {
  const statuses = new Set(successes.map((s) => s.status))
  const responses: Operation['responses'] = {}
  for (const success of successes) {
    const description =
      success.status === 200 && statuses.has(201)
        ? 'The earlier answer again: the same request was already made'
        : (STATUS_TEXT[success.status] ?? 'OK')
    const content =
      success.kind === 'json'
        ? { 'application/json': { schema: success.schema } }
        : success.kind === 'file'
          ? { [success.mediaType]: { schema: { type: 'string', contentMediaType: success.mediaType } } }
          : undefined
    const previous = responses[String(success.status)] as Response | undefined
    responses[String(success.status)] = {
      description,
      ...(content || previous?.content ? { content: { ...previous?.content, ...content } } : {}),
    }
  }
  return responses
}

function errorResponses(endpoint: Endpoint, parameters: Parameter[], hasBody: boolean, limited: boolean): Operation['responses'] {
  const applies: Record<string, boolean> = {
    BadRequest: true,
    Unauthorized: endpoint.access !== 'public',
    Forbidden: endpoint.access === 'user' || typeof endpoint.access === 'object',
    NotFound: parameters.some((p) => p.in === 'path'),
    PayloadTooLarge: hasBody,
    UnsupportedMediaType: hasBody,
    UnprocessableContent: hasBody,
    TooManyRequests: limited,
    Problem: true,
  }
  return Object.fromEntries(
    Object.entries(ERRORS)
      .filter(([name]) => applies[name])
      .map(([name, { status }]) => [status, { $ref: `#/components/responses/${name}` }]),
  )
}

function statsOf(document: OpenApiDocument): Stats {
  const weak: string[] = []
  const openInside: string[] = []
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item) as Operation[])
  for (const operation of operations) {
    const bodies = Object.entries(operation.responses)
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, response]) => Object.values((response as Response).content ?? {}).map((m) => m.schema))
    if (bodies.some((schema) => saysNothing(schema))) weak.push(operation.operationId)
    else if (bodies.some((schema) => hasOpenSpot(schema, document, new Set()))) openInside.push(operation.operationId)
  }
  return { routes: operations.length, schemas: Object.keys(document.components.schemas).length, weak, openInside }
}

const ASSERTIVE = ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'const', 'enum', 'not']
const saysNothing = (schema: unknown) =>
  schema === true || (typeof schema === 'object' && schema !== null && !ASSERTIVE.some((k) => k in schema))

/** Whether a value of any type may appear somewhere inside (an untyped property or item). */
function hasOpenSpot(schema: unknown, document: OpenApiDocument, seen: Set<string>): boolean {
  if (typeof schema !== 'object' || schema === null) return schema === true
  const node = schema as Record<string, unknown>
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/components/schemas/', '')
    if (seen.has(name) || !node.$ref.startsWith('#/components/schemas/')) return false
    seen.add(name)
    return hasOpenSpot(document.components.schemas[name], document, seen)
  }
  if (saysNothing(node)) return true
  const children = [
    ...Object.values((node.properties ?? {}) as Record<string, unknown>),
    ...((node.anyOf ?? node.oneOf ?? node.allOf ?? []) as unknown[]),
    ...((node.prefixItems ?? []) as unknown[]),
    ...(node.items !== undefined && node.items !== false ? [node.items] : []),
    ...(typeof node.additionalProperties === 'object' || node.additionalProperties === true ? [node.additionalProperties] : []),
  ]
  return children.some((child) => hasOpenSpot(child, document, seen))
}
