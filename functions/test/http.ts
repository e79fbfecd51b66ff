import { HolidayCalendar, type CalendarStatus } from '@doorstep/shared'
import { request as httpRequest } from 'node:http'
import { inject } from 'vitest'
import { standInLoginCode } from '../../scripts/stand-ins/login-code'
import { checkAnswer } from './openapi-contract'

export interface JsonResponse<T = any> {
  status: number
  contentType: string
  headers: Headers
  body: T
}

let fromAddress: string | undefined

/**
 * Later calls come from this loopback address (127.0.0.2 …), as requests from another person's phone would: the
 * staging stage keeps production's per-IP rate limits. Undefined: back to 127.0.0.1.
 */
export function useSourceAddress(address?: string): void {
  fromAddress = address
}

/** fetch, from a chosen local address (node:http can bind one; fetch cannot). */
function fetchFrom(
  localAddress: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method, headers: init.headers, localAddress }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, [value].flat().join(', '))
        const status = incoming.statusCode ?? 0
        resolve(new Response([204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers }))
      })
    })
    request.on('error', reject)
    request.end(init.body)
  })
}

/** A thin fetch for integration tests: real HTTP against the local API, JSON in and out, each answer checked against the OpenAPI document. */
export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const hasBody = options.body !== undefined || options.rawBody !== undefined
  const init = {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  }
  const url = `${inject('apiUrl')}${path}`
  const response = fromAddress ? await fetchFrom(fromAddress, url, init) : await fetch(url, init)
  const text = await response.text()
  const contentType = response.headers.get('content-type') ?? ''
  // JSON is parsed; anything else stays text: CSV exports, GeoReport's XML (an XLSX too: read its bytes with fetch)
  const body = text ? (/[/+]json\b/.test(contentType) ? JSON.parse(text) : text) : undefined
  checkAnswer(method, path, response.status, contentType, body)
  return { status: response.status, contentType, headers: response.headers, body }
}

export const DEV_PASSWORD = 'Doorstep-2026'

/** A one-time login code for the test person `name`, as wx.login gives one (from the WeChat stand-in). */
export const loginCode = (name: string) => standInLoginCode(inject('weChatStandIn'), name)

/** Signs in through the real route, as the mini-program does: wx.login's code, then code2Session on the server. */
export async function signInUser(name: string): Promise<{ token: string; userId: string }> {
  const res = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode(name), nickname: name } })
  if (res.status !== 200) throw new Error(`sign-in as ${name} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token, userId: res.body.me.userId }
}

export async function signInStaff(username: string, password = DEV_PASSWORD): Promise<{ token: string }> {
  const res = await call('POST', '/v1/auth/staff', { body: { username, password } })
  if (res.status !== 200) throw new Error(`staff sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** The holiday calendar the API counts working days with (bundled years plus any an admin loaded), as it says. */
export async function serverCalendar(): Promise<HolidayCalendar> {
  const res = await call<CalendarStatus>('GET', '/v1/calendar')
  if (res.status !== 200) throw new Error(`GET /v1/calendar: ${res.status}`)
  return HolidayCalendar.of(res.body.years)
}
