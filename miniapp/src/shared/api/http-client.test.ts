import { describe, expect, it } from 'vitest'
import { ApiError, isApiError } from './api-error'
import { createHttpClient, toQueryString } from './http-client'
import { TransportFailure, type Transport, type TransportRequest } from './transport'

function clientAnswering(answer: Transport) {
  const seen: TransportRequest[] = []
  const client = createHttpClient({
    baseUrl: 'https://api.test/',
    timeoutMs: 5000,
    transport: (request) => {
      seen.push(request)
      return answer(request)
    },
  })
  return { client, seen }
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('http client', () => {
  it('GETs JSON from base URL + path + query, skipping empty values', async () => {
    const { client, seen } = clientAnswering(async () => ({ status: 200, body: { status: 'ok' } }))

    await expect(client.get('/v1/stations', { street: 'canglang', limit: 5, cursor: undefined })).resolves.toEqual({ status: 'ok' })
    expect(seen).toEqual([
      {
        method: 'GET',
        url: 'https://api.test/v1/stations?street=canglang&limit=5',
        headers: { Accept: 'application/json' },
        timeoutMs: 5000,
      },
    ])
  })

  it('turns an RFC 9457 problem into an ApiError with title, detail and field errors', async () => {
    const { client } = clientAnswering(async () => ({
      status: 400,
      body: {
        type: 'https://doorstep.example/problems/validation',
        title: '请求参数不正确',
        status: 400,
        detail: '请检查标出的字段',
        errors: [{ path: 'query.limit', message: '不能超过 50' }],
      },
    }))

    const error = await failureOf(client.get('/v1/stations', { limit: 99 }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      title: '请求参数不正确',
      detail: '请检查标出的字段',
      type: 'https://doorstep.example/problems/validation',
      fieldErrors: [{ path: 'query.limit', message: '不能超过 50' }],
    })
  })

  it('still gives a readable error when the body is not a problem', async () => {
    const { client } = clientAnswering(async () => ({ status: 502, body: '<html>Bad Gateway</html>' }))

    const error = await failureOf(client.get('/v1/health'))
    expect(error).toMatchObject({ kind: 'http', status: 502, title: '服务暂时不可用', fieldErrors: [] })
    expect(error.isNotFound).toBe(false)
  })

  it('reports 404 as not found', async () => {
    const { client } = clientAnswering(async () => ({ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }))

    expect((await failureOf(client.get('/v1/stations/x'))).isNotFound).toBe(true)
  })

  it('explains a network failure and a timeout in plain Chinese', async () => {
    const offline = clientAnswering(async () => {
      throw new TransportFailure('network', 'request:fail')
    })
    expect(await failureOf(offline.client.get('/v1/health'))).toMatchObject({ kind: 'network', status: 0, title: '网络连接失败' })

    const slow = clientAnswering(async () => {
      throw new TransportFailure('timeout', 'request:fail timeout')
    })
    expect(await failureOf(slow.client.get('/v1/health'))).toMatchObject({ kind: 'timeout', status: 0, title: '服务器响应超时' })
  })
})

describe('http client DELETE', () => {
  it('sends no body and no content type, and returns the answer', async () => {
    const { client, seen } = clientAnswering(async () => ({ status: 200, body: { status: 'cancelled' } }))

    await expect(client.delete('/v1/enrollments/a.b')).resolves.toEqual({ status: 'cancelled' })
    expect(seen).toEqual([
      { method: 'DELETE', url: 'https://api.test/v1/enrollments/a.b', headers: { Accept: 'application/json' }, timeoutMs: 5000 },
    ])
  })
})

describe('http client POST', () => {
  it('sends JSON with its content type', async () => {
    const { client, seen } = clientAnswering(async () => ({ status: 200, body: { ok: true } }))

    await expect(client.post('/v1/auth/wechat', { code: 'dev:小李' })).resolves.toEqual({ ok: true })
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://api.test/v1/auth/wechat',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        timeoutMs: 5000,
        body: { code: 'dev:小李' },
      },
    ])
  })

  it('reads how long to wait from Retry-After, in seconds or as a date', async () => {
    const seconds = clientAnswering(async () => ({ status: 429, body: null, headers: { 'retry-after': '840' } }))
    expect(await failureOf(seconds.client.post('/v1/auth/staff', {}))).toMatchObject({
      status: 429,
      title: '访问太频繁',
      retryAfterSeconds: 840,
    })

    const date = clientAnswering(async () => ({
      status: 429,
      body: null,
      headers: { 'retry-after': new Date(Date.now() + 90_000).toUTCString() },
    }))
    const { retryAfterSeconds } = await failureOf(date.client.post('/v1/auth/staff', {}))
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(88)
    expect(retryAfterSeconds).toBeLessThanOrEqual(90)
  })

  it('sends extra headers with a POST, and the same ones again after a silent renewal', async () => {
    const seen: TransportRequest[] = []
    let token = 'old'
    const client = createHttpClient({
      baseUrl: 'https://api.test',
      transport: async (request) => {
        seen.push(request)
        return request.headers.Authorization === 'Bearer old' ? { status: 401, body: null } : { status: 201, body: { ok: true } }
      },
      credentials: { authorization: () => `Bearer ${token}`, renew: async () => ((token = 'new'), true) },
    })

    await client.post('/v1/messages', { title: 't' }, { headers: { 'Idempotency-Key': 'draft-12345678' } })
    expect(seen.map((r) => [r.headers.Authorization, r.headers['Idempotency-Key']])).toEqual([
      ['Bearer old', 'draft-12345678'],
      ['Bearer new', 'draft-12345678'],
    ])
  })
})

describe('toQueryString', () => {
  it('encodes keys and values and omits undefined and empty ones', () => {
    expect(toQueryString({ a: '1 2', b: undefined, c: '', 'd&': '中' })).toBe('?a=1%202&d%26=%E4%B8%AD')
    expect(toQueryString({})).toBe('')
  })
})

describe('http client PUT', () => {
  it('sends JSON with its content type, as POST does', async () => {
    const { client, seen } = clientAnswering(async () => ({ status: 200, body: { name: '王芳' } }))

    await expect(client.put('/v1/companies/c/employees/e', { name: '王芳' })).resolves.toEqual({ name: '王芳' })
    expect(seen).toEqual([
      {
        method: 'PUT',
        url: 'https://api.test/v1/companies/c/employees/e',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        timeoutMs: 5000,
        body: { name: '王芳' },
      },
    ])
  })

  it('keeps the problem body, for members beyond RFC 9457 (an import report)', async () => {
    const rows = [{ row: 2, ok: false, errors: [{ field: 'idNumber', detail: '身份证号码不正确，请核对' }] }]
    const { client } = clientAnswering(async () => ({
      status: 422,
      body: { type: 'about:blank', title: '提交的内容有误', status: 422, rows },
    }))

    const error = await failureOf(client.post('/v1/companies/c/employees/import', { csv: '' }))
    expect(error.body).toMatchObject({ rows })
  })
})
