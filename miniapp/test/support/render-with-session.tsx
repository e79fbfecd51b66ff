import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createSignedInHttpClient } from '@/features/auth/app-http-client'
import { SessionStoreProvider } from '@/features/auth/session-context'
import { createSessionStore, type KeyValueStorage, type StoredSession } from '@/features/auth/session-store'
import { HttpClientProvider } from '@/shared/api/http-client-context'
import type { Transport } from '@/shared/api/transport'
import { ClockProvider, systemClock } from '@/shared/clock/clock-context'

export function createMemoryStorage(): KeyValueStorage & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    read: (key) => entries.get(key),
    write: (key, value) => entries.set(key, value),
    remove: (key) => entries.delete(key),
  }
}

/**
 * Renders UI as the app wires it (signed-in HTTP client over a session store), on the given transport. `now` pins
 * the page's clock, for pages that compare dated fixtures with today.
 */
export function renderWithSession(
  ui: ReactElement,
  { transport, session, now }: { transport: Transport; session?: StoredSession; now?: Date },
) {
  const store = createSessionStore(createMemoryStorage())
  if (session) store.save(session)
  const client = createSignedInHttpClient({ baseUrl: 'https://api.test', transport, store })
  const view = render(
    <ClockProvider clock={now ? () => new Date(now) : systemClock}>
      <SessionStoreProvider store={store}>
        <HttpClientProvider client={client}>{ui}</HttpClientProvider>
      </SessionStoreProvider>
    </ClockProvider>,
  )
  return { ...view, store }
}
