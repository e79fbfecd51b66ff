import { taroStorage, type KeyValueStorage } from '@/shared/storage/key-value-storage'
import type { Session } from '@doorstep/shared'

/** What the app keeps between launches: the API's session, plus the name used for H5 dev sign-in. */
export interface StoredSession extends Session {
  /** Set only by the H5 dev sign-in, so an expired dev session can sign in again silently. */
  devName?: string
}

export interface SessionStore {
  /** The same object until the session changes (what useSyncExternalStore needs). */
  getSnapshot(): StoredSession | null
  subscribe(listener: () => void): () => void
  save(session: StoredSession): void
  clear(): void
}

export type { KeyValueStorage }

export const SESSION_STORAGE_KEY = 'doorstep.session'

export function createSessionStore(storage: KeyValueStorage = taroStorage): SessionStore {
  let current: StoredSession | null | undefined
  const listeners = new Set<() => void>()

  const change = (next: StoredSession | null) => {
    current = next
    listeners.forEach((listener) => listener())
  }

  return {
    getSnapshot() {
      // Read lazily: storage is only touched once something asks who is signed in.
      if (current === undefined) current = readStored(storage)
      return current
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    save(session) {
      storage.write(SESSION_STORAGE_KEY, session)
      change(session)
    },
    clear() {
      storage.remove(SESSION_STORAGE_KEY)
      change(null)
    },
  }
}

/** Whatever an older app version or a broken write left behind counts as signed out. */
function readStored(storage: KeyValueStorage): StoredSession | null {
  let value: unknown
  try {
    value = storage.read(SESSION_STORAGE_KEY)
  } catch {
    return null
  }
  return isStoredSession(value) ? value : null
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false
  const { token, expiresAt, me } = value as Partial<StoredSession>
  return (
    typeof token === 'string' &&
    typeof expiresAt === 'string' &&
    typeof me === 'object' &&
    me !== null &&
    (me.kind === 'user' || me.kind === 'staff')
  )
}

/** The app's one session, shared by the HTTP client and every page. */
export const appSessionStore = createSessionStore()
