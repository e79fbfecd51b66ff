import { inject } from 'vitest'

export interface JsonResponse<T = any> {
  status: number
  contentType: string
  headers: Headers
  body: T
}

/** A thin fetch for integration tests: real HTTP against the local API, JSON in and out. */
export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const hasBody = options.body !== undefined || options.rawBody !== undefined
  const response = await fetch(`${inject('apiUrl')}${path}`, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  }
}
