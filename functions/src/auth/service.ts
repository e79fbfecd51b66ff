import type { Session } from '@doorstep/shared'
import { issueSessionToken } from '../core/auth/issue-token'
import { HttpError, UnauthorizedError } from '../core/http/errors'
import type { AccountRepository } from './account-repository'
import { UNKNOWN_USER_HASH, verifyPassword } from './password'
import type { WeChatSessions } from './wechat-sessions'

export const MAX_FAILED_SIGN_INS = 5
export const LOCKOUT_MINUTES = 15

class AccountLockedError extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(429, '账号已临时锁定', `密码连续错误次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`, undefined, {
      'retry-after': String(retryAfterSeconds),
    })
  }
}

export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly weChat: Pick<WeChatSessions, 'exchange'>,
  ) {}

  async signInWithWeChat(code: string, nickname: string | undefined, now: Date): Promise<Session> {
    const { openid } = await this.weChat.exchange(code)
    const user = await this.accounts.userForOpenId(openid, nickname ?? '微信用户', now)
    const { token, expiresAt } = await issueSessionToken({ kind: 'user', sub: user.userId }, now)
    return { token, expiresAt, me: { kind: 'user', userId: user.userId, displayName: user.displayName } }
  }

  async signInStaff(username: string, password: string, now: Date): Promise<Session> {
    const account = await this.accounts.getStaff(username)
    if (account?.lockedUntil && new Date(account.lockedUntil) > now) {
      throw new AccountLockedError(Math.ceil((new Date(account.lockedUntil).getTime() - now.getTime()) / 1000))
    }
    const valid = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_USER_HASH)
    if (!account || !valid) {
      if (account) {
        const failures = await this.accounts.recordFailedSignIn(username)
        if (failures >= MAX_FAILED_SIGN_INS) {
          await this.accounts.lockStaff(username, new Date(now.getTime() + LOCKOUT_MINUTES * 60_000))
          throw new AccountLockedError(LOCKOUT_MINUTES * 60)
        }
      }
      throw new UnauthorizedError('用户名或密码错误')
    }
    if (account.failedAttempts > 0 || account.lockedUntil) await this.accounts.clearFailedSignIns(username)
    const { token, expiresAt } = await issueSessionToken(
      { kind: 'staff', sub: account.username, role: account.role, scope: account.scope },
      now,
    )
    return {
      token,
      expiresAt,
      me: { kind: 'staff', staffId: account.username, displayName: account.displayName, role: account.role, scope: account.scope },
    }
  }
}
