import { ApiError } from './api-error'
import { TransportFailure, type Transport, type TransportRequest, type TransportResponse } from './transport'

export type QueryValue = string | number | undefined
export type Query = Record<string, QueryValue>

export interface PostOptions {
  /** Send no credentials: sign-in calls, whose 401 means wrong credentials rather than an expired session. */
  anonymous?: boolean
  /** Extra request headers, e.g. an Idempotency-Key that makes a retried submission store nothing new. */
  headers?: Record<string, string>
}

export interface HttpClient {
  get<T>(path: string, query?: Query): Promise<T>
  post<T>(path: string, body: unknown, options?: PostOptions): Promise<T>
  put<T>(path: string, body: unknown): Promise<T>
  delete<T>(path: string): Promise<T>
}

/** How requests are signed. The auth feature provides this; the client knows nothing about sessions. */
export interface Credentials {
  /** The Authorization header value for the next request, or undefined when nobody is signed in. */
  authorization(): string | undefined
  /** After a 401 on a signed request: try to get fresh credentials. True means retry the request once. */
  renew(): Promise<boolean>
}

interface HttpClientOptions {
  baseUrl: string
  transport: Transport
  timeoutMs?: number
  credentials?: Credentials
}

const DEFAULT_TIMEOUT_MS = 10_000

export function createHttpClient({ baseUrl, transport, timeoutMs = DEFAULT_TIMEOUT_MS, credentials }: HttpClientOptions): HttpClient {
  const root = baseUrl.replace(/\/+$/, '')
  // A path is under the API; an absolute URL (the WeChat stand-in's login codes on H5) is taken as it is.
  const at = (path: string) => (/^https?:\/\//.test(path) ? path : root + path)

  async function exchange(request: TransportRequest): Promise<TransportResponse> {
    try {
      return await transport(request)
    } catch (error) {
      throw error instanceof TransportFailure && error.reason === 'timeout' ? ApiError.timeout() : ApiError.network()
    }
  }

  function build(
    method: TransportRequest['method'],
    url: string,
    body: unknown,
    authorization: string | undefined,
    extra: Record<string, string> = {},
  ): TransportRequest {
    const headers: Record<string, string> = { ...extra, Accept: 'application/json' }
    const withBody = method === 'POST' || method === 'PUT'
    if (withBody) headers['Content-Type'] = 'application/json'
    if (authorization) headers.Authorization = authorization
    return withBody ? { method, url, headers, timeoutMs, body } : { method, url, headers, timeoutMs }
  }

  async function send<T>(
    method: TransportRequest['method'],
    url: string,
    body: unknown,
    anonymous: boolean,
    extra?: Record<string, string>,
  ): Promise<T> {
    const authorization = anonymous ? undefined : credentials?.authorization()
    let response = await exchange(build(method, url, body, authorization, extra))
    // One silent renewal per request: a second 401 is a real refusal, not an expired token.
    if (response.status === 401 && authorization && credentials && (await credentials.renew())) {
      response = await exchange(build(method, url, body, credentials.authorization(), extra))
    }
    if (response.status < 200 || response.status >= 300) throw ApiError.fromResponse(response.status, response.body, response.headers)
    return response.body as T
  }

  return {
    get: <T>(path: string, query: Query = {}) => send<T>('GET', at(path) + toQueryString(query), undefined, false),
    post: <T>(path: string, body: unknown, options: PostOptions = {}) =>
      send<T>('POST', at(path), body, options.anonymous ?? false, options.headers),
    put: <T>(path: string, body: unknown) => send<T>('PUT', at(path), body, false),
    delete: <T>(path: string) => send<T>('DELETE', at(path), undefined, false),
  }
}

/** Mini-program runtimes have no URLSearchParams. */
export function toQueryString(query: Query): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return pairs.length ? `?${pairs.join('&')}` : ''
}
