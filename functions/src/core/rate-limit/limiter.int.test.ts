import type { APIGatewayProxyEventV2 } from 'aws-lambda'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { HttpError } from '../http/errors'
import { testEndpoint } from '../../../test/test-endpoint'
import { RateLimiter } from './limiter'

/**
 * Connected to the test dynalite: the counters are real conditional updates. The environment is set
 * before the route module loads, because its DynamoDB client is created once at module scope.
 */
let limiter: RateLimiter
beforeAll(async () => {
  Object.assign(process.env, { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), RATE_LIMITS_TABLE: inject('stackEnv').RATE_LIMITS_TABLE })
  const { createDocumentClient } = await import('../db/client')
  limiter = new RateLimiter(createDocumentClient(), inject('stackEnv').RATE_LIMITS_TABLE!)
})

const untilNextWindow = (windowSeconds: number) =>
  new Promise((r) => setTimeout(r, (windowSeconds - ((Date.now() / 1000) % windowSeconds)) * 1000 + 50))

describe('RateLimiter on DynamoDB', () => {
  it('lets N through, refuses the N+1th with Retry-After, and lets writes through again in the next window', async () => {
    const limit = { limit: 5, windowSeconds: 2 }
    await untilNextWindow(2)
    const subject = `flood-${Math.random()}`
    for (let i = 0; i < limit.limit; i++) await limiter.hit('test', subject, limit)
    const refused = await limiter.hit('test', subject, limit).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(HttpError)
    expect((refused as HttpError).status).toBe(429)
    expect(Number((refused as HttpError).headers['retry-after'])).toBeGreaterThanOrEqual(1)
    await untilNextWindow(2)
    await expect(limiter.hit('test', subject, limit)).resolves.toBeUndefined()
  })

  it('never lets concurrent requests overshoot the limit', async () => {
    const limit = { limit: 7, windowSeconds: 30 }
    const subject = `burst-${Math.random()}`
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => limiter.hit('test', subject, limit)))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7)
  })

  it('keeps subjects apart', async () => {
    const limit = { limit: 1, windowSeconds: 30 }
    await limiter.hit('test', `a-${Math.random()}`, limit)
    await expect(limiter.hit('test', `b-${Math.random()}`, limit)).resolves.toBeUndefined()
  })
})

describe('write routes are rate limited at the edge', () => {
  it('answers the N+1th write from one user with 429 problem+json, and accepts writes again after the window', async () => {
    const { defineRoute } = await import('../http/route')
    const { issueSessionToken } = await import('../auth/issue-token')
    const write = defineRoute(testEndpoint('testWrite', 'user', { perUser: 3, perIp: 100, windowSeconds: 2 }), {
      handle: async () => ({ ok: true }),
    })
    const { token } = await issueSessionToken({ kind: 'user', sub: `flood-user-${Math.random()}` })
    const event = {
      rawPath: '/v1/test',
      headers: { authorization: `Bearer ${token}` },
      requestContext: { requestId: 'r', http: { method: 'POST', sourceIp: '203.0.113.9' } },
    } as unknown as APIGatewayProxyEventV2
    await untilNextWindow(2)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await write(event, { awsRequestId: `r${i}` })).statusCode)
    expect(statuses).toEqual([200, 200, 200, 429])
    const refused = await write(event, { awsRequestId: 'r5' })
    expect(refused.headers?.['content-type']).toBe('application/problem+json')
    expect(refused.headers?.['retry-after']).toMatch(/^\d+$/)
    await untilNextWindow(2)
    expect((await write(event, { awsRequestId: 'r6' })).statusCode).toBe(200)
  })
})
