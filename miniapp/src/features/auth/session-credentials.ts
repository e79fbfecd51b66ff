import type { Session } from '@doorstep/shared'
import type { Credentials } from '@/shared/api/http-client'
import type { SessionStore, StoredSession } from './session-store'

interface SessionCredentialsOptions {
  store: SessionStore
  /** A fresh code for this resident (Taro.login on weapp, the stand-in's for a test person on H5), or undefined when there is none. */
  loginCode(session: StoredSession): Promise<string | undefined>
  signInWithWeChat(code: string): Promise<Session>
  /** Trades a staff token (current, or expired within its working day) for a fresh one while the account stands. */
  renewStaff(token: string): Promise<Session>
  /** When renewal is refused (12 hours on, password changed, account disabled) staff type their password again. */
  onStaffSessionEnded(): void
}

/**
 * Signs requests with the stored session. When the API says the token is no longer good, a resident is signed
 * in again without being asked; a staff member's short token is renewed, and only when the API refuses that
 * are they signed out and sent to the staff sign-in page.
 */
export function createSessionCredentials({
  store,
  loginCode,
  signInWithWeChat,
  renewStaff,
  onStaffSessionEnded,
}: SessionCredentialsOptions): Credentials {
  // Requests that fail together share one renewal instead of each signing in again.
  let renewing: Promise<boolean> | undefined

  async function renew(): Promise<boolean> {
    const session = store.getSnapshot()
    if (!session) return false
    if (session.me.kind === 'staff') {
      try {
        store.save(await renewStaff(session.token))
        return true
      } catch {
        store.clear()
        onStaffSessionEnded()
        return false
      }
    }
    try {
      const code = await loginCode(session)
      if (code) {
        const fresh = await signInWithWeChat(code)
        store.save(session.devName ? { ...fresh, devName: session.devName } : fresh)
        return true
      }
    } catch {
      // Falls through: the old token is refused and no new one came, so the resident is signed out.
    }
    store.clear()
    return false
  }

  return {
    authorization() {
      const session = store.getSnapshot()
      return session ? `Bearer ${session.token}` : undefined
    },
    renew() {
      renewing ??= renew().finally(() => {
        renewing = undefined
      })
      return renewing
    },
  }
}
