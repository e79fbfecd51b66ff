import type { PasswordChangeBody, Session, StaffAccountView } from '@doorstep/shared'
import { staffRefusal } from '../core/auth/authorize'
import { issueSessionToken } from '../core/auth/issue-token'
import { STAFF_SESSION_MAX_SECONDS, verifySessionToken, type SessionClaims } from '../core/auth/tokens'
import { ConflictError, NotFoundError, UnauthorizedError, ValidationError } from '../core/http/errors'
import type { AccountRepository, StaffAccount } from './account-repository'
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password'
import type { SignInThrottle } from './sign-in-throttle'
import type { WeChatSessions } from './wechat-sessions'

export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly weChat: Pick<WeChatSessions, 'exchange'>,
    private readonly throttle: Pick<SignInThrottle, 'reserve' | 'succeeded'>,
  ) {}

  async signInWithWeChat(code: string, nickname: string | undefined, now: Date): Promise<Session> {
    const { openid } = await this.weChat.exchange(code)
    const user = await this.accounts.userForOpenId(openid, nickname ?? '微信用户', now)
    const { token, expiresAt } = await issueSessionToken({ kind: 'user', sub: user.userId }, now)
    return { token, expiresAt, me: { kind: 'user', userId: user.userId, displayName: user.displayName } }
  }

  /**
   * A password is checked only after a try is reserved for this account from this source (5 per 15 minutes),
   * so no amount of concurrency checks more; a stranger's wrong passwords stop the stranger's source, not the
   * person at the desk. Unknown user and wrong password answer alike.
   */
  async signInStaff(username: string, password: string, source: string, now: Date): Promise<Session> {
    await this.throttle.reserve(username, source, now)
    const account = await this.accounts.getStaff(username)
    const valid = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_USER_HASH)
    if (!account || !valid) throw new UnauthorizedError('用户名或密码错误')
    await this.throttle.succeeded(username, source, now)
    if (account.disabled) throw new UnauthorizedError('账号已停用，请联系管理员')
    return this.staffSession(account, Math.floor(now.getTime() / 1000), now)
  }

  /**
   * A staff token is short-lived: while the account stands (not disabled, no newer password), the app trades a
   * token that is current or expired within the session's working day for a fresh one, without asking again.
   */
  async renewStaff(token: string | undefined, now: Date): Promise<Session> {
    const claims = token ? await verifySessionToken(token, now, { expiredWithinSeconds: STAFF_SESSION_MAX_SECONDS }) : undefined
    if (claims?.kind !== 'staff') throw new UnauthorizedError('请重新登录')
    if (Math.floor(now.getTime() / 1000) - claims.sat >= STAFF_SESSION_MAX_SECONDS)
      throw new UnauthorizedError('登录已超过 12 小时，请重新登录')
    const refusal = await staffRefusal(claims)
    if (refusal) throw new UnauthorizedError(refusal)
    const account = await this.accounts.getStaff(claims.sub)
    if (!account) throw new UnauthorizedError('账号已停用，请联系管理员')
    return this.staffSession(account, claims.sat, now)
  }

  /** The current password again (a try like a sign-in), then the new one: every other session of the account ends. */
  async changePassword(username: string, body: PasswordChangeBody, source: string, now: Date): Promise<Session> {
    await this.throttle.reserve(username, source, now)
    const account = await this.accounts.getStaff(username)
    if (!account || !(await verifyPassword(body.currentPassword, account.passwordHash))) {
      throw new ValidationError([{ path: 'body.currentPassword', message: '当前密码不正确' }])
    }
    await this.throttle.succeeded(username, source, now)
    if (body.newPassword.toLowerCase().includes(username.toLowerCase())) {
      throw new ValidationError([{ path: 'body.newPassword', message: '不能包含用户名' }])
    }
    const changed = await this.accounts.setPassword(username, await hashPassword(body.newPassword), now.toISOString())
    if (!changed) throw new UnauthorizedError('账号已停用，请联系管理员')
    return this.staffSession(changed, Math.floor(now.getTime() / 1000), now)
  }

  private async staffSession(account: StaffAccount, sat: number, now: Date): Promise<Session> {
    const claims: SessionClaims = {
      kind: 'staff',
      sub: account.username,
      role: account.role,
      scope: account.scope,
      ver: account.tokenVersion,
      sat,
    }
    const { token, expiresAt } = await issueSessionToken(claims, now)
    const { username: staffId, displayName, role, scope, lastBlockedSignIn } = account
    return {
      token,
      expiresAt,
      me: { kind: 'staff', staffId, displayName, role, scope, ...(lastBlockedSignIn ? { lastBlockedSignIn } : {}) },
    }
  }
}

/** The district admin looks after staff accounts: who they are, and disabling one (its sessions end at once). */
export class StaffAccounts {
  constructor(private readonly accounts: Pick<AccountRepository, 'listStaff' | 'setDisabled'>) {}

  async list(): Promise<{ items: StaffAccountView[] }> {
    return { items: (await this.accounts.listStaff()).map(toView) }
  }

  async setDisabled(username: string, disabled: boolean, by: string): Promise<StaffAccountView> {
    if (username === by && disabled) throw new ConflictError('不能停用自己的账号')
    const changed = await this.accounts.setDisabled(username, disabled)
    if (!changed) throw new NotFoundError('没有这个工作人员账号')
    return toView(changed)
  }
}

function toView(account: StaffAccount): StaffAccountView {
  const { username, displayName, role, scope, disabled, passwordChangedAt, lastBlockedSignIn } = account
  return {
    username,
    displayName,
    role,
    scope,
    disabled: disabled === true,
    ...(passwordChangedAt ? { passwordChangedAt } : {}),
    ...(lastBlockedSignIn ? { lastBlockedSignIn } : {}),
  }
}
