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
  const contentType = response.headers.get('content-type') ?? ''
  return {
    status: response.status,
    contentType,
    headers: response.headers,
    // a CSV export stays text (an XLSX one too: read its bytes with fetch); everything else the API sends is JSON
    body: text ? (contentType.startsWith('text/csv') || contentType.startsWith('application/vnd.') ? text : JSON.parse(text)) : undefined,
  }
}

export const DEV_PASSWORD = 'Doorstep-2026'

/** Signs in through the real route, as the mini-program does (dev:<name> is the local code2Session stand-in). */
export async function signInUser(name: string): Promise<{ token: string; userId: string }> {
  const res = await call('POST', '/v1/auth/wechat', { body: { code: `dev:${name}` } })
  if (res.status !== 200) throw new Error(`sign-in as ${name} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token, userId: res.body.me.userId }
}

export async function signInStaff(username: string, password = DEV_PASSWORD): Promise<{ token: string }> {
  const res = await call('POST', '/v1/auth/staff', { body: { username, password } })
  if (res.status !== 200) throw new Error(`staff sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
