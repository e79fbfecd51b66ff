/** The one seam between the app and the network: Taro.request in the app, an in-memory API in tests. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  headers: Record<string, string>
  timeoutMs: number
  /** Sent as JSON. */
  body?: unknown
}

/** Any HTTP status resolves; `body` is parsed JSON when the response was JSON, else raw text or null. */
export interface TransportResponse {
  status: number
  body: unknown
  /** Header names in lower case. Cross-origin H5 only sees the ones the API exposes through CORS. */
  headers?: Record<string, string>
}

/** A transport rejects with this when no HTTP response arrived at all. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure'

  constructor(
    readonly reason: 'network' | 'timeout',
    message: string,
  ) {
    super(message)
  }
}
