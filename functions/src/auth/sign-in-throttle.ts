import { TooManyRequestsError } from '../core/http/errors'
import type { RateLimit } from '../core/rate-limit/limiter'
import type { TryCounter } from '../core/rate-limit/try-counter'

/** Tries per account from one source: a person mistyping gets five, then waits out the quarter hour since the first. */
export const SIGN_IN_TRIES_PER_SOURCE: RateLimit = { limit: 5, windowSeconds: 15 * 60 }
/** Tries per account from everywhere: only a spread-out attack reaches it (then everyone waits, and admins see it). */
export const SIGN_IN_TRIES_PER_ACCOUNT: RateLimit = { limit: 50, windowSeconds: 15 * 60 }

/** A source as shown to people: enough to recognise an office, not a whole address (198.51.*.*). */
export function maskSource(ip: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return ip.split('.').slice(0, 2).concat('*', '*').join('.')
  return `${ip.split(':').slice(0, 2).join(':')}:*`
}

/**
 * Staff password tries, counted before a password is checked: each try is a conditional increment, so under any
 * concurrency exactly the limit is checked. Counted per account and source, so a stranger's wrong passwords stop
 * the stranger and not the person at the desk; a source that is stopped is recorded on the account, where its
 * owner (我的) and the admins (账号管理) see it.
 */
export class SignInThrottle {
  constructor(
    private readonly tries: Pick<TryCounter, 'take' | 'giveBack'>,
    private readonly blocked: (username: string, blocked: { at: string; source: string }, unlessRecordedSince: string) => Promise<void>,
  ) {}

  async reserve(username: string, source: string, now: Date): Promise<void> {
    try {
      await this.tries.take('signin-source', `${username}|${source}`, SIGN_IN_TRIES_PER_SOURCE, now)
      await this.tries.take('signin-account', username, SIGN_IN_TRIES_PER_ACCOUNT, now)
    } catch (error) {
      if (!(error instanceof TooManyRequestsError)) throw error
      // recorded at most once a quarter hour, however long the attack goes on
      const quarterHourAgo = new Date(now.getTime() - SIGN_IN_TRIES_PER_SOURCE.windowSeconds * 1000).toISOString()
      await this.blocked(username, { at: now.toISOString(), source: maskSource(source) }, quarterHourAgo).catch(() => {})
      const wait = Number(error.headers['retry-after'])
      throw new TooManyRequestsError(wait, `密码错误次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`)
    }
  }

  /** The password was right: the try does not count (taken at the same `now` as the reservation). */
  async succeeded(username: string, source: string, now: Date): Promise<void> {
    await Promise.all([
      this.tries.giveBack('signin-source', `${username}|${source}`, SIGN_IN_TRIES_PER_SOURCE, now),
      this.tries.giveBack('signin-account', username, SIGN_IN_TRIES_PER_ACCOUNT, now),
    ])
  }
}
