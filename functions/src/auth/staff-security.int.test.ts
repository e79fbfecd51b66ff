import { describe, expect, it } from 'vitest'
import { DEV_PASSWORD, bearer, call, signInStaff, useSourceAddress } from '../../test/http'
import { createDocumentClient } from '../core/db/client'
import { newStaff } from '../../test/staff'
import { issueSessionToken } from '../core/auth/issue-token'
import { STAFF_SESSION_MAX_SECONDS } from '../core/auth/tokens'
import { AccountRepository } from './account-repository'
import { SIGN_IN_TRIES_PER_SOURCE } from './sign-in-throttle'

const signIn = (username: string, password: string) => call('POST', '/v1/auth/staff', { body: { username, password } })

/** Calls from another loopback address: another person's source. */
async function from<T>(address: string, run: () => Promise<T>): Promise<T> {
  useSourceAddress(address)
  try {
    return await run()
  } finally {
    useSourceAddress()
  }
}

describe('staff sign-in tries', () => {
  it(`checks exactly ${SIGN_IN_TRIES_PER_SOURCE.limit} passwords of 30 sent at once from one source; the rest wait`, async () => {
    const username = await newStaff()
    const statuses = await from('127.0.0.21', () =>
      Promise.all(Array.from({ length: 30 }, () => signIn(username, 'wrong-password-1'))),
    ).then((rs) => rs.map((r) => r.status))
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_TRIES_PER_SOURCE.limit)
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - SIGN_IN_TRIES_PER_SOURCE.limit)
  }, 120_000)

  it('stops the stranger’s source, not the person at the desk, and tells the owner and the admins', async () => {
    const username = await newStaff()
    for (let i = 0; i < SIGN_IN_TRIES_PER_SOURCE.limit; i++) await from('127.0.0.22', () => signIn(username, 'guess-password-1'))
    const stranger = await from('127.0.0.22', () => signIn(username, 'Right-password-1'))
    expect(stranger.status).toBe(429)
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0)

    const owner = await from('127.0.0.23', () => signIn(username, 'Right-password-1'))
    expect(owner.status).toBe(200)
    const me = await from('127.0.0.23', () => call('GET', '/v1/me', { headers: bearer(owner.body.token) }))
    expect(me.body.lastBlockedSignIn).toMatchObject({ source: '127.0.*.*' })
    const list = await call('GET', '/v1/admin/staff', { headers: bearer((await signInStaff('admin')).token) })
    expect(list.body.items.find((a: { username: string }) => a.username === username).lastBlockedSignIn).toMatchObject({
      source: '127.0.*.*',
    })
  })

  it('lets right passwords through without using up the tries', async () => {
    const username = await newStaff()
    const statuses = []
    for (let i = 0; i < SIGN_IN_TRIES_PER_SOURCE.limit + 3; i++)
      statuses.push((await from('127.0.0.24', () => signIn(username, 'Right-password-1'))).status)
    expect(statuses.every((s) => s === 200)).toBe(true)
  })
})

describe('ending sessions', () => {
  it('stops a disabled account’s tokens and sign-ins at once, and lets them work again when restored', async () => {
    const username = await newStaff()
    const session = (await signIn(username, 'Right-password-1')).body
    const admin = bearer((await signInStaff('admin')).token)
    expect((await call('GET', '/v1/me', { headers: bearer(session.token) })).status).toBe(200)

    const disabled = await call('PUT', `/v1/admin/staff/${username}`, { body: { disabled: true }, headers: admin })
    expect(disabled.body).toMatchObject({ username, disabled: true })
    const refused = await call('GET', '/v1/me', { headers: bearer(session.token) })
    expect(refused.status).toBe(401)
    expect(refused.body.detail).toBe('账号已停用，请联系管理员')
    expect((await signIn(username, 'Right-password-1')).status).toBe(401)
    expect((await call('POST', '/v1/auth/renew', { headers: bearer(session.token) })).status).toBe(401)

    await call('PUT', `/v1/admin/staff/${username}`, { body: { disabled: false }, headers: admin })
    expect((await signIn(username, 'Right-password-1')).status).toBe(200)
    // the token from before stays dead: disabling moved the account's token version on
    expect((await call('GET', '/v1/me', { headers: bearer(session.token) })).status).toBe(401)
  })

  it('is for the admin, who cannot disable themselves; an unknown account is a 404', async () => {
    const admin = bearer((await signInStaff('admin')).token)
    expect((await call('PUT', '/v1/admin/staff/admin', { body: { disabled: true }, headers: admin })).status).toBe(409)
    expect((await call('PUT', '/v1/admin/staff/no-such-person', { body: { disabled: true }, headers: admin })).status).toBe(404)
    const answerer = bearer((await signInStaff('answerer.huqiu')).token)
    expect((await call('GET', '/v1/admin/staff', { headers: answerer })).status).toBe(403)
  })

  it('changes a password, ending every other session; the old password and token stop working', async () => {
    const username = await newStaff()
    const first = (await signIn(username, 'Right-password-1')).body
    const other = (await signIn(username, 'Right-password-1')).body
    const change = (body: unknown) => call('POST', '/v1/me/password', { body, headers: bearer(first.token) })

    expect((await change({ currentPassword: 'not-it-123', newPassword: 'Brand-new-pass-2' })).body.errors).toEqual([
      { path: 'body.currentPassword', message: '当前密码不正确' },
    ])
    expect((await change({ currentPassword: 'Right-password-1', newPassword: 'short1' })).body.errors).toEqual([
      { path: 'body.newPassword', message: '至少 10 位' },
    ])
    expect((await change({ currentPassword: 'Right-password-1', newPassword: `${username}9` })).body.errors).toEqual([
      { path: 'body.newPassword', message: '不能包含用户名' },
    ])

    const changed = await change({ currentPassword: 'Right-password-1', newPassword: 'Brand-new-pass-2' })
    expect(changed.status).toBe(200)
    expect((await call('GET', '/v1/me', { headers: bearer(changed.body.token) })).status).toBe(200)
    for (const old of [first.token, other.token]) expect((await call('GET', '/v1/me', { headers: bearer(old) })).status).toBe(401)
    expect((await signIn(username, 'Right-password-1')).status).toBe(401)
    expect((await signIn(username, 'Brand-new-pass-2')).status).toBe(200)
  })
})

describe('short staff tokens, renewed silently', () => {
  it('lasts fifteen minutes, and trades an expired token of the same working day for a fresh one', async () => {
    const signedIn = await signInStaff('desk.sujin', DEV_PASSWORD)
    const me = (await call('GET', '/v1/me', { headers: bearer(signedIn.token) })).body
    const expiresIn = Date.parse((await signIn('desk.sujin', DEV_PASSWORD)).body.expiresAt) - Date.now()
    expect(expiresIn).toBeGreaterThan(14 * 60_000)
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000)

    const account = await new AccountRepository(createDocumentClient(process.env.DYNAMODB_ENDPOINT), process.env.ACCOUNTS_TABLE!).getStaff(
      'desk.sujin',
    )
    const claims = { kind: 'staff' as const, sub: me.staffId, role: me.role, scope: me.scope, ver: account!.tokenVersion }
    const hourAgo = new Date(Date.now() - 60 * 60_000)
    const expired = await issueSessionToken({ ...claims, sat: Math.floor(hourAgo.getTime() / 1000) }, hourAgo)
    expect((await call('GET', '/v1/me', { headers: bearer(expired.token) })).status).toBe(401)
    const renewed = await call('POST', '/v1/auth/renew', { headers: bearer(expired.token) })
    expect(renewed.status).toBe(200)
    expect((await call('GET', '/v1/me', { headers: bearer(renewed.body.token) })).status).toBe(200)

    const dayAgo = new Date(Date.now() - (STAFF_SESSION_MAX_SECONDS + 60) * 1000)
    const stale = await issueSessionToken({ ...claims, sat: Math.floor(dayAgo.getTime() / 1000) }, new Date(Date.now() - 30 * 60_000))
    expect((await call('POST', '/v1/auth/renew', { headers: bearer(stale.token) })).status).toBe(401)
  })
})
