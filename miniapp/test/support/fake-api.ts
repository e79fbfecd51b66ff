import { toFieldErrors, type Endpoint, type PathParams, type Problem } from '@doorstep/shared'
import { TransportFailure, type TransportRequest, type TransportResponse } from '@/shared/api/transport'

/**
 * What every in-memory API stand-in shares: a request log, the two ways a real network lets people down
 * (offline, or 503 for a while), RFC 9457 problem bodies and opaque offset cursors. Each fake supplies its routes.
 */
export function createFakeTransport<Logged>(
  describe: (request: TransportRequest, url: URL) => Logged,
  route: (request: TransportRequest, url: URL) => TransportResponse | Promise<TransportResponse>,
) {
  const requests: Logged[] = []
  let offline = false
  let failuresLeft = 0

  async function transport(request: TransportRequest): Promise<TransportResponse> {
    const url = new URL(request.url)
    requests.push(describe(request, url))
    if (offline) throw new TransportFailure('network', 'Failed to fetch')
    if (failuresLeft > 0) {
      failuresLeft--
      return problem(503, 'Service Unavailable', '服务暂时不可用')
    }
    return route(request, url)
  }

  return {
    transport,
    /** Every request, in order, as the fake's `describe` puts it. */
    requests,
    /** While offline, requests never reach the API (the transport fails as a dropped connection does). */
    setOffline(value: boolean) {
      offline = value
    },
    /** The next `count` requests answer 503 with a problem body. */
    failNext(count = 1) {
      failuresLeft = count
    },
  }
}

/** "METHOD /path?query", the way most fakes log requests. */
export const methodAndPath = (request: TransportRequest, url: URL) => `${request.method} ${url.pathname}${url.search}`

export const ok = (body: unknown, status = 200): TransportResponse => ({ status, body })

export function problem(status: number, title: string, detail?: string, errors?: Problem['errors']): TransportResponse {
  const body: Problem = { type: 'about:blank', title, status, detail, errors }
  return { status, body }
}

/** One page of `all` from an opaque offset cursor, with `nextCursor` only when more follow. */
export function offsetPage<T>(all: readonly T[], { limit, cursor }: { limit: number; cursor?: string }) {
  const start = cursor ? decodeOffset(cursor) : 0
  const end = start + limit
  return { items: all.slice(start, end), ...(end < all.length ? { nextCursor: encodeOffset(end) } : {}) }
}

const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url')
const decodeOffset = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().slice(2))

/** Bad input, naming each bad field as the API does: 400 for the query string, 422 for a body. */
export function invalid(issues: Parameters<typeof toFieldErrors>[0], part: 'query' | 'body'): TransportResponse {
  const errors = toFieldErrors(issues, part)
  return part === 'query'
    ? problem(400, '请求参数有误', '参数不符合要求', errors)
    : problem(422, '提交的内容有误', '请检查标出的内容', errors)
}

/**
 * Which catalogue entry a request is for, as the API gateway decides it: `on(endpoints.x)` is its path parameters
 * (decoded) when method and path are that route's, else undefined.
 */
export function routeOf(request: TransportRequest, url: URL) {
  return <E extends Endpoint>(endpoint: E): { [K in keyof PathParams<E>]: string } | undefined => {
    if (request.method !== endpoint.method) return undefined
    const names: string[] = []
    const pattern = endpoint.path.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))
    const found = new RegExp(`^${pattern}$`).exec(url.pathname)
    return found ? (Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])) as never) : undefined
  }
}
