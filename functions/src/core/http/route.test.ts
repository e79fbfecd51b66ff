import type { APIGatewayProxyEventV2 } from 'aws-lambda'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ConflictError, ServiceUnavailableError } from './errors'
import { testEndpoint } from '../../../test/test-endpoint'
import { MAX_BODY_BYTES, defineRoute, reply, type LambdaHandler } from './route'

const echo = defineRoute(testEndpoint('testEcho', 'public', false), {
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
const invoke = async (handler: LambdaHandler, e: APIGatewayProxyEventV2) => {
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

  it('takes a second media type when the route names it, and says which types it takes otherwise', async () => {
    const upload = defineRoute(testEndpoint('testUpload', 'public', false), {
      body: v.strictObject({ csv: v.string() }),
      alsoAccepts: { 'text/csv': (csv) => ({ csv }) },
      handle: async ({ body }) => ({ length: body.csv.length }),
    })
    const csv = await invoke(upload, event({ body: 'a,b\r\n1,2', headers: { 'content-type': 'Text/CSV; charset=utf-8' } }))
    expect(csv.json).toEqual({ length: 8 })
    const json = await invoke(upload, event({ body: JSON.stringify({ csv: 'a' }) }))
    expect(json.json).toEqual({ length: 1 })
    const plain = await invoke(upload, event({ body: 'a', headers: { 'content-type': 'text/plain' } }))
    expect(plain.statusCode).toBe(415)
    expect(plain.json.detail).toBe('请以 application/json 或 text/csv 提交')
    // the echo route names no second type
    expect((await invoke(echo, event({ body: 'a,b', headers: { 'content-type': 'text/csv' } }))).statusCode).toBe(415)
  })

  it("keeps a route's own body limit", async () => {
    const big = defineRoute(testEndpoint('testBig', 'public', false), {
      maxBodyBytes: 4 * MAX_BODY_BYTES,
      body: v.strictObject({ title: v.string() }),
      handle: async () => ({ ok: true }),
    })
    expect((await invoke(big, event({ body: JSON.stringify({ title: 'x'.repeat(2 * MAX_BODY_BYTES) }) }))).statusCode).toBe(200)
    const res = await invoke(big, event({ body: JSON.stringify({ title: 'x'.repeat(4 * MAX_BODY_BYTES) }) }))
    expect(res.statusCode).toBe(413)
    expect(res.json.detail).toBe('请求体不能超过 256 KB')
  })

  it('sends bytes base64-encoded with isBase64Encoded, and text with a content type as it is', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00])
    const file = defineRoute(testEndpoint('testFile', 'public', false), {
      handle: async () => reply(200, Buffer.from(bytes), { 'content-type': 'application/octet-stream' }),
    })
    const res = await file(
      event({ requestContext: { requestId: 'r', http: { method: 'GET', path: '/f' } } as APIGatewayProxyEventV2['requestContext'] }),
      { awsRequestId: 'r' },
    )
    expect(res).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'application/octet-stream' } })
    expect([...Buffer.from(res.body!, 'base64')]).toEqual([...bytes])
    const text = defineRoute(testEndpoint('testText', 'public', false), {
      handle: async () => reply(200, 'a,b', { 'content-type': 'text/csv' }),
    })
    const csv = await text(
      event({ requestContext: { requestId: 'r', http: { method: 'GET', path: '/t' } } as APIGatewayProxyEventV2['requestContext'] }),
      { awsRequestId: 'r' },
    )
    expect(csv).toEqual({ statusCode: 200, headers: { 'content-type': 'text/csv' }, body: 'a,b' })
  })

  it("adds an error's extension members to the problem document without letting them replace standard ones", async () => {
    const rejected = defineRoute(testEndpoint('testRejected', 'public', false), {
      handle: async () => {
        const error = new ConflictError('有冲突')
        error.extensions = { rows: [{ row: 2, ok: true }], status: 200 }
        throw error
      },
    })
    const res = await invoke(rejected, event())
    expect(res.statusCode).toBe(409)
    expect(res.json).toMatchObject({ status: 409, rows: [{ row: 2, ok: true }] })
  })

  it('shows the message of a domain error below 500', async () => {
    const conflict = defineRoute(testEndpoint('testConflict', 'public', false), {
      handle: async () => {
        throw new ConflictError('名额已满')
      },
    })
    const res = await invoke(conflict, event())
    expect(res.statusCode).toBe(409)
    expect(res.json).toMatchObject({ status: 409, detail: '名额已满', requestId: 'req-1' })
  })

  it('takes no query parameter, and no body but an empty one, on a route that declares none', async () => {
    const plain = defineRoute(testEndpoint('testPlain', 'public', false), { handle: async () => ({ ok: true }) })
    const withQuery = await invoke(plain, event({ queryStringParameters: JSON.parse('{"debug":"1","__proto__":"x"}') }))
    expect(withQuery.statusCode).toBe(400)
    expect(withQuery.json.errors.map((e: { path: string }) => e.path)).toEqual(['query.debug', 'query.__proto__'])
    expect((await invoke(plain, event({ body: '{"role":"admin"}' }))).json.errors).toEqual([{ path: 'body', message: '不应有请求体' }])
    expect((await invoke(plain, event({ body: '' }))).statusCode).toBe(200)
    expect((await invoke(plain, event({ body: ' {} ' }))).statusCode).toBe(200)
  })

  it('never takes an array, a string or null for the body object', async () => {
    const optional = defineRoute(testEndpoint('testOptional', 'public', false), {
      body: v.strictObject({ ids: v.optional(v.array(v.string())) }),
      handle: async () => reply(204, undefined),
    })
    for (const body of ['[]', '"text"', 'null', '3']) {
      const res = await invoke(optional, event({ body }))
      expect(res.statusCode, body).toBe(422)
      expect(res.json.errors).toEqual([{ path: 'body', message: '须为 JSON 对象' }])
    }
    expect((await invoke(optional, event({ body: '{}' }))).statusCode).toBe(204)
  })

  it('reads the headers a route declares, and names a bad one', async () => {
    const keyed = defineRoute(testEndpoint('testKeyed', 'public', false), {
      headers: v.object({ 'idempotency-key': v.pipe(v.string('必填'), v.regex(/^[A-Za-z0-9_-]{8,128}$/, '格式不正确')) }),
      handle: async ({ headers }) => ({ key: headers['idempotency-key'] }),
    })
    expect((await invoke(keyed, event({ headers: { 'Idempotency-Key': 'abcdefgh1234' } }))).json).toEqual({ key: 'abcdefgh1234' })
    const missing = await invoke(keyed, event({ headers: {} }))
    expect(missing.statusCode).toBe(400)
    expect(missing.json.errors).toEqual([{ path: 'header.Idempotency-Key', message: '必填' }])
    expect((await invoke(keyed, event({ headers: { 'idempotency-key': 'x' } }))).json.errors).toEqual([
      { path: 'header.Idempotency-Key', message: '格式不正确' },
    ])
  })

  it('keeps the status and Retry-After of a declared 503, with generic words', async () => {
    const busy = defineRoute(testEndpoint('testBusy', 'public', false), {
      handle: async () => {
        throw new ServiceUnavailableError('SSM 挂了 at 10.0.0.1')
      },
    })
    const res = await invoke(busy, event())
    expect(res.statusCode).toBe(503)
    expect(res.headers?.['retry-after']).toBe('10')
    expect(res.body).not.toContain('10.0.0.1')
  })

  it('never leaks the internals of an unexpected error', async () => {
    const broken = defineRoute(testEndpoint('testBroken', 'public', false), {
      handle: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.1:8000 secret-table')
      },
    })
    const res = await invoke(broken, event())
    expect(res.statusCode).toBe(500)
    expect(res.body).not.toContain('ECONNREFUSED')
    expect(res.body).not.toContain('secret-table')
    expect(res.json.requestId).toBe('req-1')
  })
})
