import type { Me } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { NotFoundError, UnauthorizedError } from '../core/http/errors'
import type { AccountRepository } from './account-repository'

/** GET /v1/me: the signed-in person as the app shows them (never the password hash or lockout counters). */
export async function whoIs(accounts: AccountRepository, caller: Caller): Promise<Me> {
  if (caller.kind === 'user') {
    const user = await accounts.getUser(caller.userId)
    if (!user) throw new NotFoundError('账号不存在')
    return { kind: 'user', userId: user.userId, displayName: user.displayName }
  }
  if (caller.kind === 'staff') {
    const staff = await accounts.getStaff(caller.staffId)
    if (!staff) throw new NotFoundError('账号不存在')
    const { username, displayName, role, scope, lastBlockedSignIn } = staff
    return { kind: 'staff', staffId: username, displayName, role, scope, ...(lastBlockedSignIn ? { lastBlockedSignIn } : {}) }
  }
  throw new UnauthorizedError()
}
