import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { appSessionStore, type SessionStore, type StoredSession } from './session-store'

const SessionStoreContext = createContext<SessionStore>(appSessionStore)

/** Overrides the session store below it; tests give each render its own. */
export function SessionStoreProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>
}

export function useSessionStore(): SessionStore {
  return useContext(SessionStoreContext)
}

/** Who is signed in, re-rendering when that changes; null when nobody is. */
export function useSession(): StoredSession | null {
  const store = useSessionStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}
