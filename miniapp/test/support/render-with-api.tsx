import type { ReactElement } from 'react'
import { HttpClientProvider } from '@/shared/api/http-client-context'
import { createHttpClient } from '@/shared/api/http-client'
import type { Transport } from '@/shared/api/transport'
import { render } from '@testing-library/react'

/** Renders UI with the real HTTP client on top of the given transport. */
export function renderWithApi(ui: ReactElement, transport: Transport) {
  const client = createHttpClient({ baseUrl: 'https://api.test', transport })
  return render(<HttpClientProvider client={client}>{ui}</HttpClientProvider>)
}

/** Where the page's hash router would be, e.g. `/packages/stations/pages/detail/index?id=x`. */
export function openRoute(route: string) {
  window.location.hash = route
}
