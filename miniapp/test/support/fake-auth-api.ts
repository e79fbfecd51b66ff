import * as v from 'valibot'
import {
  type BlockedSignIn,
  endpoints,
  type Me,
  PasswordChangeBody,
  type Session,
  type StaffAccountView,
  type StaffRole,
  type StaffScope,
  StaffSignInBody,
  WeChatSignInBody,
} from '@doorstep/shared'
import devStaff from '../../../data/seed/dev-staff.json'
import type { TransportRequest, TransportResponse } from '@/shared/api/transport'
import { createFakeTransport, invalid, ok, problem, routeOf } from './fake-api'

export const DEV_STAFF_PASSWORD = 'Doorstep-2026'
const USER_SESSION_MS = 2 * 60 * 60_000
const STAFF_SESSION_MS = 15 * 60_000
const STAFF_WORKING_DAY_MS = 12 * 60 * 60_000
const TRIES_PER_SOURCE = 5
const TRIES_WINDOW_MS = 15 * 60_000

interface StaffAccount {
  username: string
  displayName: string
  role: StaffRole
  scope: StaffScope
  password: string
  version: number
  disabled: boolean
  passwordChangedAt?: string
  lastBlockedSignIn?: BlockedSignIn
  /** This one client is one source: its wrong tries, counted from the first of the window. */
  tries: { count: number; since: number }
}

interface IssuedToken {
  me: Me
  expiresAt: number
  /** Staff: when the working day's sign-in happened, and the account version the token was issued for. */
  signedInAt: number
  version: number
}

/**
 * An in-memory stand-in for the API's sign-in and account routes with the same contract: one-time login codes for
 * residents (handed out by `POST /__standin/login` as the WeChat stand-in's wx.login does, answered 401 when
 * reused), the seeded staff accounts (password Doorstep-2026) with 5 wrong tries per source in the quarter hour
 * from the first (then 429 + Retry-After), 15-minute staff tokens renewed by `POST /v1/auth/renew` within 12 hours,
 * password change and the admin's account list, 422 naming each bad field, and Bearer tokens `GET /v1/me` accepts
 * until they expire or their account is disabled or re-keyed.
 */
export function createFakeAuthApi() {
  const staff = new Map<string, StaffAccount>(
    (devStaff as Pick<StaffAccount, 'username' | 'displayName' | 'role' | 'scope'>[]).map((account) => [
      account.username,
      { ...account, password: DEV_STAFF_PASSWORD, version: 1, disabled: false, tries: { count: 0, since: 0 } },
    ]),
  )
  const residents = new Map<string, { userId: string; displayName: string }>()
  const codes = new Map<string, string>()
  const tokens = new Map<string, IssuedToken>()
  let now = Date.parse('2026-03-02T09:00:00+08:00')
  let issued = 0
  let refuseAllTokens = false

  function issue(me: Me, signedInAt = now): Session {
    const token = `token-${++issued}`
    const lifetime = me.kind === 'staff' ? STAFF_SESSION_MS : USER_SESSION_MS
    const version = me.kind === 'staff' ? staff.get(me.staffId)!.version : 0
    tokens.set(token, { me, expiresAt: now + lifetime, signedInAt, version })
    return { token, expiresAt: new Date(now + lifetime).toISOString(), me }
  }

  const staffMe = ({ username, displayName, role, scope, lastBlockedSignIn }: StaffAccount): Me => ({
    kind: 'staff',
    staffId: username,
    displayName,
    role,
    scope,
    ...(lastBlockedSignIn ? { lastBlockedSignIn } : {}),
  })

  /** The token's record while its account stands (not disabled, not re-keyed); undefined otherwise. */
  function standing(token: string | undefined): IssuedToken | undefined {
    const record = token ? tokens.get(token) : undefined
    if (!record || refuseAllTokens) return undefined
    if (record.me.kind !== 'staff') return record
    const account = staff.get(record.me.staffId)
    return account && !account.disabled && account.version === record.version ? record : undefined
  }

  const bearerOf = (request: TransportRequest) => /^Bearer (\S+)$/.exec(request.headers.Authorization ?? '')?.[1]

  function current(request: TransportRequest): IssuedToken | undefined {
    const record = standing(bearerOf(request))
    return record && record.expiresAt > now ? record : undefined
  }

  function signInResident(body: unknown): TransportResponse {
    const parsed = v.safeParse(WeChatSignInBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const name = codes.get(parsed.output.code)
    if (!name) return problem(401, '未登录或登录已过期', '微信登录码无效或已使用，请重新登录')
    codes.delete(parsed.output.code)
    if (!residents.has(name))
      residents.set(name, { userId: `user-${residents.size + 1}`, displayName: parsed.output.nickname ?? '微信用户' })
    const { userId, displayName } = residents.get(name)!
    return ok(issue({ kind: 'user', userId, displayName }))
  }

  function loginCode(body: unknown): TransportResponse {
    const name = String((body as { name?: unknown })?.name ?? '')
    const code = `code-${++issued}`
    codes.set(code, name)
    return ok({ code })
  }

  /** A try from this client's source, counted before the password is checked; a 429 once five are used up. */
  function takeTry(account: StaffAccount): TransportResponse | undefined {
    if (now - account.tries.since >= TRIES_WINDOW_MS) account.tries = { count: 0, since: now }
    if (account.tries.count >= TRIES_PER_SOURCE) {
      const wait = Math.ceil((account.tries.since + TRIES_WINDOW_MS - now) / 1000)
      account.lastBlockedSignIn ??= { at: new Date(now).toISOString(), source: '127.0.*.*' }
      const response = problem(429, '操作太频繁', `密码错误次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`)
      return { ...response, headers: { 'retry-after': String(wait) } }
    }
    account.tries.count++
    return undefined
  }

  function signInStaff(body: unknown): TransportResponse {
    const parsed = v.safeParse(StaffSignInBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const account = staff.get(parsed.output.username)
    const refused = account && takeTry(account)
    if (refused) return refused
    if (!account || parsed.output.password !== account.password) return problem(401, '未登录或登录已过期', '用户名或密码错误')
    account.tries.count--
    if (account.disabled) return problem(401, '未登录或登录已过期', '账号已停用，请联系管理员')
    return ok(issue(staffMe(account)))
  }

  function renew(request: TransportRequest): TransportResponse {
    const record = standing(bearerOf(request))
    if (record?.me.kind !== 'staff' || now - record.signedInAt >= STAFF_WORKING_DAY_MS)
      return problem(401, '未登录或登录已过期', '请重新登录')
    return ok(issue(staffMe(staff.get(record.me.staffId)!), record.signedInAt))
  }

  function me(request: TransportRequest): TransportResponse {
    const record = current(request)
    if (!record) return problem(401, '未登录或登录已过期', '登录已过期，请重新登录')
    return ok(record.me.kind === 'staff' ? staffMe(staff.get(record.me.staffId)!) : record.me)
  }

  function changePassword(request: TransportRequest): TransportResponse {
    const record = current(request)
    if (!record) return problem(401, '未登录或登录已过期', '登录已过期，请重新登录')
    if (record.me.kind !== 'staff') return problem(403, '没有权限')
    const account = staff.get(record.me.staffId)!
    const parsed = v.safeParse(PasswordChangeBody, request.body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const refused = takeTry(account)
    if (refused) return refused
    if (parsed.output.currentPassword !== account.password) {
      return problem(422, '提交的内容有误', '请检查标出的内容', [{ path: 'body.currentPassword', message: '当前密码不正确' }])
    }
    account.tries.count--
    if (parsed.output.newPassword.toLowerCase().includes(account.username.toLowerCase())) {
      return problem(422, '提交的内容有误', '请检查标出的内容', [{ path: 'body.newPassword', message: '不能包含用户名' }])
    }
    Object.assign(account, {
      password: parsed.output.newPassword,
      version: account.version + 1,
      passwordChangedAt: new Date(now).toISOString(),
    })
    return ok(issue(staffMe(account)))
  }

  const view = ({
    username,
    displayName,
    role,
    scope,
    disabled,
    passwordChangedAt,
    lastBlockedSignIn,
  }: StaffAccount): StaffAccountView => ({
    username,
    displayName,
    role,
    scope,
    disabled,
    ...(passwordChangedAt ? { passwordChangedAt } : {}),
    ...(lastBlockedSignIn ? { lastBlockedSignIn } : {}),
  })

  /** The account list, or — with a username — one account's change. */
  function admin(request: TransportRequest, username?: string): TransportResponse {
    const record = current(request)
    if (!record) return problem(401, '未登录或登录已过期', '登录已过期，请重新登录')
    if (record.me.kind !== 'staff' || record.me.role !== 'admin') return problem(403, '没有权限')
    if (!username) return ok({ items: [...staff.values()].map(view).sort((a, b) => a.username.localeCompare(b.username)) })
    const account = staff.get(username)
    if (!account) return problem(404, '没有这个工作人员账号')
    const disabled = (request.body as { disabled?: unknown })?.disabled
    if (typeof disabled !== 'boolean')
      return problem(422, '提交的内容有误', '请检查标出的内容', [{ path: 'body.disabled', message: '须为 true 或 false' }])
    if (disabled && username === record.me.staffId) return problem(409, '操作冲突', '不能停用自己的账号')
    Object.assign(account, { disabled, version: account.version + 1 })
    return ok(view(account))
  }

  // Logs every request with the Authorization header it carried.
  const api = createFakeTransport(
    (request, url) => ({ method: request.method, path: url.pathname, authorization: request.headers.Authorization }),
    (request, url) => {
      const on = routeOf(request, url)
      const path = url.pathname
      if (request.method === 'POST' && path === '/__standin/login') return loginCode(request.body)
      if (on(endpoints.authWeChat)) return signInResident(request.body)
      if (on(endpoints.authStaff)) return signInStaff(request.body)
      if (on(endpoints.authRenew)) return renew(request)
      if (on(endpoints.authMe)) return me(request)
      if (on(endpoints.authChangePassword)) return changePassword(request)
      if (on(endpoints.authListStaff) || on(endpoints.authChangeStaff)) return admin(request, on(endpoints.authChangeStaff)?.username)
      return problem(404, '没有找到')
    },
  )

  return {
    ...api,
    /** Moves the fake clock, e.g. past a token's lifetime or the quarter hour of a source's tries. */
    advanceMinutes(minutes: number) {
      now += minutes * 60_000
    },
    /** A staff account as the API holds it (its password, whether disabled, a stopped source). */
    staffAccount(username: string): StaffAccount {
      return staff.get(username)!
    },
    /** Someone elsewhere kept typing wrong passwords for `username` and was stopped. */
    blockSomeoneElse(username: string, source = '198.51.*.*') {
      staff.get(username)!.lastBlockedSignIn = { at: new Date(now).toISOString(), source }
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
      return issue(staffMe(staff.get(who.staff)!))
    },
  }
}
