import { ApiError } from './api-error'
import { TransportFailure, type Transport } from './transport'

export type QueryValue = string | number | undefined
export type Query = Record<string, QueryValue>

export interface HttpClient {
  get<T>(path: string, query?: Query): Promise<T>
}

interface HttpClientOptions {
  baseUrl: string
  transport: Transport
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 10_000

export function createHttpClient({ baseUrl, transport, timeoutMs = DEFAULT_TIMEOUT_MS }: HttpClientOptions): HttpClient {
  const root = baseUrl.replace(/\/+$/, '')

  return {
    async get<T>(path: string, query: Query = {}): Promise<T> {
      const request = { method: 'GET' as const, url: root + path + toQueryString(query), headers: { Accept: 'application/json' }, timeoutMs }
      let response
      try {
        response = await transport(request)
      } catch (error) {
        throw error instanceof TransportFailure && error.reason === 'timeout' ? ApiError.timeout() : ApiError.network()
      }
      if (response.status < 200 || response.status >= 300) throw ApiError.fromResponse(response.status, response.body)
      return response.body as T
    },
  }
}

/** Mini-program runtimes have no URLSearchParams. */
export function toQueryString(query: Query): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return pairs.length ? `?${pairs.join('&')}` : ''
}
