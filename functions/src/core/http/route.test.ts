import type { APIGatewayProxyEventV2 } from 'aws-lambda'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ConflictError } from './errors'
import { MAX_BODY_BYTES, defineRoute, reply } from './route'

const echo = defineRoute({
  name: 'test.echo',
  access: 'public',
  rateLimit: false,
  query: v.strictObject({ q: v.optional(v.string()) }),
  body: v.strictObject({ title: v.pipe(v.string(), v.trim(), v.minLength(1, '不能为空')), count: v.number() }),
  handle: async ({ body, query }) => reply(201, { ...body, q: query.q ?? null }),
})

function event(overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /echo',
    rawPath: '/echo',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    isBase64Encoded: false,
    requestContext: { requestId: 'req-1', http: { method: 'POST', path: '/echo' } } as APIGatewayProxyEventV2['requestContext'],
    ...overrides,
  }
}
const invoke = async (handler: typeof echo, e: APIGatewayProxyEventV2) => {
  const result = await handler(e, { awsRequestId: 'req-1' })
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined }
}

describe('defineRoute', () => {
  it('passes validated, trimmed input to the handler and returns its status', async () => {
    const res = await invoke(echo, event({ body: JSON.stringify({ title: '  你好 ', count: 2 }), queryStringParameters: { q: 'x' } }))
    expect(res.statusCode).toBe(201)
    expect(res.json).toEqual({ title: '你好', count: 2, q: 'x' })
  })

  it('answers 422 problem+json naming every bad field, and rejects unknown fields', async () => {
    const res = await invoke(echo, event({ body: JSON.stringify({ title: ' ', count: 'two', role: 'admin' }) }))
    expect(res.statusCode).toBe(422)
    expect(res.headers?.['content-type']).toBe('application/problem+json')
    expect(res.json.errors).toEqual([
      { path: 'body.title', message: '不能为空' },
      { path: 'body.count', message: '类型不正确（应为 number）' },
      { path: 'body.role', message: '不支持的字段' },
    ])
  })

  it('answers 400 for a bad query parameter, naming it', async () => {
    const res = await invoke(echo, event({ body: '{"title":"a","count":1}', queryStringParameters: { page: '2' } }))
    expect(res.statusCode).toBe(400)
    expect(res.json.errors).toEqual([{ path: 'query.page', message: '不支持的字段' }])
  })

  it('answers 400 for malformed JSON and 415 for a non-JSON content type', async () => {
    expect((await invoke(echo, event({ body: '{"title":' }))).statusCode).toBe(400)
    const form = await invoke(echo, event({ body: 'title=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } }))
    expect(form.statusCode).toBe(415)
  })

  it('answers 413 for a body over 64 KB before parsing it', async () => {
    const body = JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES), count: 1 })
    const res = await invoke(echo, event({ body }))
    expect(res.statusCode).toBe(413)
    expect(res.json.status).toBe(413)
  })

  it('decodes base64 bodies the way API Gateway sends them', async () => {
    const body = Buffer.from(JSON.stringify({ title: '社保', count: 1 })).toString('base64')
    const res = await invoke(echo, event({ body, isBase64Encoded: true }))
    expect(res.json.title).toBe('社保')
  })

  it('shows the message of a domain error below 500', async () => {
    const conflict = defineRoute({ name: 'test.conflict', access: 'public', rateLimit: false, handle: async () => { throw new ConflictError('名额已满') } })
    const res = await invoke(conflict, event())
    expect(res.statusCode).toBe(409)
    expect(res.json).toMatchObject({ status: 409, detail: '名额已满', requestId: 'req-1' })
  })

  it('never leaks the internals of an unexpected error', async () => {
    const broken = defineRoute({
      name: 'test.broken',
      access: 'public',
      rateLimit: false,
      handle: async () => { throw new Error('connect ECONNREFUSED 10.0.0.1:8000 secret-table') },
    })
    const res = await invoke(broken, event())
    expect(res.statusCode).toBe(500)
    expect(res.body).not.toContain('ECONNREFUSED')
    expect(res.body).not.toContain('secret-table')
    expect(res.json.requestId).toBe('req-1')
  })
})
