import { inject } from 'vitest'
import { describe, expect, it } from 'vitest'
import { GetCommand } from '@aws-sdk/lib-dynamodb'
import { createDocumentClient } from '../core/db/client'
import { issueSessionToken } from '../core/auth/issue-token'
import { bearer, call, loginCode, signInStaff, signInUser } from '../../test/http'
import { userKey } from '../core/auth/account-keys'

describe('POST /v1/auth/wechat', () => {
  it('signs a resident in with a session token, the same person every time', async () => {
    const first = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('王阿姨'), nickname: '王阿姨' } })
    expect(first.status).toBe(200)
    expect(first.body.token.split('.')).toHaveLength(3)
    expect(first.body.me).toMatchObject({ kind: 'user', displayName: '王阿姨' })
    expect(JSON.stringify(first.body)).not.toMatch(/session_key|openid/)
    const again = await signInUser('王阿姨')
    expect(again.userId).toBe(first.body.me.userId)
    expect((await signInUser('李师傅')).userId).not.toBe(first.body.me.userId)
  })

  it('makes one user out of concurrent first sign-ins', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => signInUser('concurrent-first')))
    expect(new Set(results.map((r) => r.userId)).size).toBe(1)
  })

  it('keeps the openid on the profile so subscription messages can reach the person, never in a reply', async () => {
    const signedIn = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('订阅测试') } })
    expect(signedIn.status).toBe(200)
    const db = createDocumentClient(inject('dynamoEndpoint'))
    const { Item } = await db.send(new GetCommand({ TableName: inject('stackEnv').ACCOUNTS_TABLE!, Key: userKey(signedIn.body.me.userId) }))
    expect(Item?.openid).toMatch(/^dev-[0-9a-f]{24}$/)
    const me = await call('GET', '/v1/me', { headers: bearer(signedIn.body.token) })
    expect(JSON.stringify(me.body)).not.toMatch(/openid/)
  })

  it('takes the identity only from the code: an openid in the body is refused, in a header ignored', async () => {
    const inBody = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('eve'), openid: 'dev-victim' } })
    expect(inBody.status).toBe(422)
    expect(inBody.body.errors).toEqual([{ path: 'body.openid', message: '不支持的字段' }])
    const eve = await signInUser('eve')
    const withHeader = await call('POST', '/v1/auth/wechat', {
      body: { code: await loginCode('eve') },
      headers: { 'x-wx-openid': 'someone-else' },
    })
    expect(withHeader.body.me.userId).toBe(eve.userId)
  })

  it('refuses a code WeChat never issued, and a code used once already (40029, 40163 → 401)', async () => {
    const res = await call('POST', '/v1/auth/wechat', { body: { code: '0a1b2c3d' } })
    expect(res.status).toBe(401)
    expect(res.contentType).toBe('application/problem+json')
    const code = await loginCode('once-only')
    expect((await call('POST', '/v1/auth/wechat', { body: { code } })).status).toBe(200)
    const reused = await call('POST', '/v1/auth/wechat', { body: { code } })
    expect(reused.status).toBe(401)
    expect(reused.body.detail).toContain('已使用')
  })

  it('keeps the first nickname of an account; a later one changes nothing', async () => {
    const first = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('nick-keeper'), nickname: '老张' } })
    const later = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('nick-keeper'), nickname: '别人' } })
    expect(later.body.me).toEqual(first.body.me)
    expect(later.body.me.displayName).toBe('老张')
  })
})

describe('GET /v1/me', () => {
  it('says who is signed in', async () => {
    const { token, userId } = await signInUser('me-check')
    const res = await call('GET', '/v1/me', { headers: bearer(token) })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ kind: 'user', userId, displayName: 'me-check' })
  })

  it('answers 401 for a missing, forged or expired token', async () => {
    expect((await call('GET', '/v1/me')).status).toBe(401)
    const { token } = await signInUser('forger')
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect((await call('GET', '/v1/me', { headers: bearer(forged) })).status).toBe(401)
    const expired = await issueSessionToken({ kind: 'user', sub: 'u-old' }, new Date(Date.now() - 3 * 60 * 60 * 1000))
    const res = await call('GET', '/v1/me', { headers: bearer(expired.token) })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })
})

describe('POST /v1/auth/staff', () => {
  it('signs staff in with their role and scope', async () => {
    const { token } = await signInStaff('answerer.pingjiang')
    const me = await call('GET', '/v1/me', { headers: bearer(token) })
    expect(me.body).toMatchObject({ kind: 'staff', role: 'answerer', scope: { kind: 'subDistrict', id: 'pingjiang' } })
  })

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await call('POST', '/v1/auth/staff', { body: { username: 'nobody', password: 'x' } })
    const wrong = await call('POST', '/v1/auth/staff', { body: { username: 'desk.sujin', password: 'wrong' } })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body.detail).toBe(wrong.body.detail)
  })
})
