import * as v from 'valibot'
import {
  StaffSignInBody,
  WeChatSignInBody,
  type Me,
  type Session,
  type StaffRole,
  type StaffScope,
} from '@doorstep/shared'
import devStaff from '../../../data/seed/dev-staff.json'
import type { TransportRequest, TransportResponse } from '@/shared/api/transport'
import { createFakeTransport, invalid, ok, problem } from './fake-api'

export const DEV_STAFF_PASSWORD = 'Doorstep-2026'
const SESSION_MS = 2 * 60 * 60_000
const MAX_FAILED_SIGN_INS = 5
const LOCKOUT_SECONDS = 15 * 60

interface StaffAccount {
  username: string
  displayName: string
  role: StaffRole
  scope: StaffScope
  failures: number
  lockedUntil?: number
}

/**
 * An in-memory stand-in for the API's sign-in routes with the same contract: one-time login codes for residents
 * (handed out by `POST /__standin/login` as the WeChat stand-in's wx.login does, answered 401 when reused),
 * the seeded staff accounts (password Doorstep-2026) with a 15-minute lock after 5 wrong passwords (429 +
 * Retry-After), 422 naming each bad field, and Bearer tokens that `GET /v1/me` accepts until they expire.
 */
export function createFakeAuthApi() {
  const staff = new Map<string, StaffAccount>(
    (devStaff as Omit<StaffAccount, 'failures'>[]).map((account) => [account.username, { ...account, failures: 0 }]),
  )
  const residents = new Map<string, { userId: string; displayName: string }>()
  const codes = new Map<string, string>()
  const tokens = new Map<string, { me: Me; expiresAt: number }>()
  let now = Date.parse('2026-03-02T09:00:00+08:00')
  let issued = 0
  let refuseAllTokens = false

  function issue(me: Me): Session {
    const token = `token-${++issued}`
    tokens.set(token, { me, expiresAt: now + SESSION_MS })
    return { token, expiresAt: new Date(now + SESSION_MS).toISOString(), me }
  }

  function signInResident(body: unknown): TransportResponse {
    const parsed = v.safeParse(WeChatSignInBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const name = codes.get(parsed.output.code)
    if (!name) return problem(401, '未登录或登录已过期', '微信登录码无效或已使用，请重新登录')
    codes.delete(parsed.output.code)
    if (!residents.has(name)) residents.set(name, { userId: `user-${residents.size + 1}`, displayName: parsed.output.nickname ?? '微信用户' })
    const { userId, displayName } = residents.get(name)!
    return ok(issue({ kind: 'user', userId, displayName }))
  }

  function loginCode(body: unknown): TransportResponse {
    const name = String((body as { name?: unknown })?.name ?? '')
    const code = `code-${++issued}`
    codes.set(code, name)
    return ok({ code })
  }

  function signInStaff(body: unknown): TransportResponse {
    const parsed = v.safeParse(StaffSignInBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const account = staff.get(parsed.output.username)
    if (account?.lockedUntil && account.lockedUntil > now) return locked(Math.ceil((account.lockedUntil - now) / 1000))
    if (!account || parsed.output.password !== DEV_STAFF_PASSWORD) {
      if (account && ++account.failures >= MAX_FAILED_SIGN_INS) {
        account.lockedUntil = now + LOCKOUT_SECONDS * 1000
        return locked(LOCKOUT_SECONDS)
      }
      return problem(401, '未登录或登录已过期', '用户名或密码错误')
    }
    account.failures = 0
    const { username, displayName, role, scope } = account
    return ok(issue({ kind: 'staff', staffId: username, displayName, role, scope }))
  }

  function me(request: TransportRequest): TransportResponse {
    const token = /^Bearer (\S+)$/.exec(request.headers.Authorization ?? '')?.[1]
    const session = token ? tokens.get(token) : undefined
    if (!session || session.expiresAt <= now || refuseAllTokens) return problem(401, '未登录或登录已过期', '登录已过期，请重新登录')
    return ok(session.me)
  }

  // Logs every request with the Authorization header it carried.
  const api = createFakeTransport(
    (request, url) => ({ method: request.method, path: url.pathname, authorization: request.headers.Authorization }),
    (request, { pathname: path }) => {
      if (request.method === 'POST' && path === '/__standin/login') return loginCode(request.body)
      if (request.method === 'POST' && path === '/v1/auth/wechat') return signInResident(request.body)
      if (request.method === 'POST' && path === '/v1/auth/staff') return signInStaff(request.body)
      if (request.method === 'GET' && path === '/v1/me') return me(request)
      return problem(404, '没有找到')
    },
  )

  return {
    ...api,
    /** Moves the fake clock, e.g. past a token's two hours or a lockout's fifteen minutes. */
    advanceMinutes(minutes: number) {
      now += minutes * 60_000
    },
    /** Every token, even a fresh one, is refused: the API has stopped trusting this client. */
    refuseAllTokens() {
      refuseAllTokens = true
    },
    /** What wx.login would give the test person `name`: a one-time code. */
    codeFor(name: string): string {
      return (loginCode({ name }).body as { code: string }).code
    },
    /** A session this API issued, for tests that start signed in. */
    sessionFor(who: { resident: string } | { staff: string }): Session {
      if ('resident' in who) return signInResident({ code: this.codeFor(who.resident), nickname: who.resident }).body as Session
      return signInStaff({ username: who.staff, password: DEV_STAFF_PASSWORD }).body as Session
    },
  }
}

function locked(retryAfterSeconds: number): TransportResponse {
  const response = problem(429, '账号已临时锁定', `密码连续错误次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`)
  return { ...response, headers: { 'retry-after': String(retryAfterSeconds) } }
}
