import { describe, expect, it } from 'vitest'
import { issueSessionToken } from './issue-token'
import { STAFF_SESSION_SECONDS, USER_SESSION_SECONDS, verifySessionToken } from './tokens'

// Signed with the private key the test stack keeps in its SSM stand-in (test/stack-env.ts), verified with the public key.

describe('session tokens', () => {
  it('round-trips user and staff claims', async () => {
    const user = await issueSessionToken({ kind: 'user', sub: 'u-1' })
    expect(await verifySessionToken(user.token)).toEqual({ kind: 'user', sub: 'u-1' })
    const claims = {
      kind: 'staff' as const,
      sub: 'admin',
      role: 'admin' as const,
      scope: { kind: 'district' as const },
      ver: 3,
      sat: 1_765_000_000,
    }
    const staff = await issueSessionToken(claims)
    expect(await verifySessionToken(staff.token)).toEqual(claims)
  })

  it('expires after the session lifetime', async () => {
    const issuedAt = new Date('2026-11-25T08:00:00Z')
    const { token, expiresAt } = await issueSessionToken({ kind: 'user', sub: 'u-1' }, issuedAt)
    expect(new Date(expiresAt).getTime() - issuedAt.getTime()).toBe(USER_SESSION_SECONDS * 1000)
    expect(await verifySessionToken(token, new Date(issuedAt.getTime() + 60_000))).toBeDefined()
    expect(await verifySessionToken(token, new Date(expiresAt))).toBeUndefined()
  })

  it('gives staff fifteen minutes, and accepts an expired one only where renewal asks', async () => {
    const issuedAt = new Date('2026-11-25T08:00:00Z')
    const { token, expiresAt } = await issueSessionToken(
      { kind: 'staff', sub: 'desk.boc', role: 'desk', scope: { kind: 'district' }, ver: 1, sat: 0 },
      issuedAt,
    )
    expect(new Date(expiresAt).getTime() - issuedAt.getTime()).toBe(STAFF_SESSION_SECONDS * 1000)
    const later = new Date(Date.parse(expiresAt) + 60_000)
    expect(await verifySessionToken(token, later)).toBeUndefined()
    expect(await verifySessionToken(token, later, { expiredWithinSeconds: 3600 })).toMatchObject({ sub: 'desk.boc', ver: 1 })
  })

  it('refuses a token whose payload was changed', async () => {
    const { token } = await issueSessionToken({ kind: 'user', sub: 'u-1' })
    const [header, payload, signature] = token.split('.')
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString())
    forged.kind = 'staff'
    forged.role = 'admin'
    forged.scope = { kind: 'district' }
    const tampered = [header, Buffer.from(JSON.stringify(forged)).toString('base64url'), signature].join('.')
    expect(await verifySessionToken(tampered)).toBeUndefined()
  })

  it('refuses an unsigned token', async () => {
    const none = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(JSON.stringify({ kind: 'user', sub: 'u-1', iss: 'doorstep', aud: 'doorstep-api', exp: 9999999999 })).toString(
        'base64url',
      ),
      '',
    ].join('.')
    expect(await verifySessionToken(none)).toBeUndefined()
  })
})
