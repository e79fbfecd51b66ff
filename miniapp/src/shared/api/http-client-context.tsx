import { createContext, useContext, type ReactNode } from 'react'
import { resolveApiBase } from '../config/api-base'
import { createHttpClient, type HttpClient } from './http-client'
import { taroTransport } from './taro-transport'

const HttpClientContext = createContext<HttpClient | null>(null)

let defaultClient: HttpClient | undefined

/** Built on first use so H5 reads window.__DOORSTEP_CONFIG__ after runtime-config.js has run. */
function getDefaultClient(): HttpClient {
  defaultClient ??= createHttpClient({ baseUrl: resolveApiBase(), transport: taroTransport })
  return defaultClient
}

/** Overrides the client for everything below it; tests use this to serve an in-memory API. */
export function HttpClientProvider({ client, children }: { client: HttpClient; children: ReactNode }) {
  return <HttpClientContext.Provider value={client}>{children}</HttpClientContext.Provider>
}

export function useHttpClient(): HttpClient {
  return useContext(HttpClientContext) ?? getDefaultClient()
}
