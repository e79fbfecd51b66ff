/**
 * Hostile requests for every route of the API, as fast-check arbitraries: path ids that are junk or someone
 * else's, query strings with unknown, repeated, huge or control-character values, bodies that are not JSON, not
 * objects, nearly right (a real field name with the wrong type), huge or binary, wrong content types, bad
 * Idempotency-Keys, and callers from nobody to the admin with garbage and forged tokens in between.
 * Used by the fuzz test in the suite (seeded, functions-int) and by `npm run fuzz` (longer, printed figures).
 */
import * as shared from '@doorstep/shared'
import fc from 'fast-check'
import { request as httpRequest } from 'node:http'

export interface FuzzRequest {
  route: string
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

export interface FuzzCallers {
  /** A resident's, a board answerer's, a desk's and the admin's tokens: each reaches deeper into its routes. */
  user: string
  answerer: string
  desk: string
  admin: string
}

/** Every field name any schema of the API knows: bodies and queries made of them get past the first checks. */
export function knownFieldNames(): string[] {
  const names = new Set<string>()
  const seen = new Set<unknown>()
  const walk = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return
    seen.add(schema)
    const s = schema as {
      kind?: string
      entries?: Record<string, unknown>
      wrapped?: unknown
      item?: unknown
      options?: unknown[]
      pipe?: unknown[]
      items?: unknown[]
    }
    if (s.kind !== 'schema') return
    for (const [name, inner] of Object.entries(s.entries ?? {})) {
      names.add(name)
      walk(inner)
    }
    for (const inner of [s.wrapped, s.item, ...(s.options ?? []), ...(s.pipe ?? []), ...(s.items ?? [])]) walk(inner)
  }
  Object.values(shared).forEach(walk)
  return [...names].sort()
}

/** Values an id in a path might take: real-looking ones of each kind, personal numbers, and junk. */
const PATH_VALUES = [
  'st-district-hall',
  'fp-talent-station',
  'svc-senior-school',
  'cat-employment',
  'pol-001',
  'msg-00000000-0000-4000-8000-000000000000',
  'ses-000000000000',
  'ses-x.user-y',
  'co-000000000000',
  'emp-000000000000',
  'bank-account',
  // no real account name or loaded year: a lucky valid body must not disable a shared account or replace a year
  'fuzz.nobody',
  '2099',
  '1900',
  '99999',
  '320508199603110713',
  'id320508199603110713',
  '137-1234-0071',
  '__proto__',
  'constructor',
  '%00',
  '%E4%B8%AD%E6%96%87',
  'null',
  'undefined',
  '-1',
  '1e309',
]

/** Percent-encodes text as UTF-8; a lone surrogate (which no URL can carry) goes as U+FFFD, as a browser sends it. */
const encode = (text: string) => Buffer.from(text, 'utf8').toString('hex').replace(/(..)/g, '%$1')

const printable = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_.~!$&'()*+,;=:@ ".split('')), minLength: 1, maxLength: 40 })
const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b\u200b',
    '\ud800',
    '🙂',
    'a'.repeat(5000),
    '<script>',
    "' OR 1=1 --",
    '${jndi:x}',
    '../../etc/passwd',
  ),
)

/** A path parameter: never empty and never a bare `.`/`..` (those change which route the URL names). */
const pathValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PATH_VALUES) },
  { weight: 2, arbitrary: printable.filter((s) => s.trim() !== '' && s !== '.' && s !== '..').map(encode) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((s) => !/[/.]/.test(s))
      .map(encode),
  },
)

function queryString(fieldNames: string[]) {
  const key = fc.oneof(
    fc.constantFrom(...fieldNames, 'limit', 'cursor', 'q', '__proto__', 'debug', 'constructor'),
    printable.map((s) => s.trim() || 'x'),
  )
  const value = fc.oneof(
    fc.constantFrom(
      '1',
      '0',
      '-1',
      '50',
      '51',
      '1e3',
      'true',
      'false',
      '31.3,120.6',
      '91,181',
      'NaN',
      'pingjiang',
      'nowhere',
      '2027-01-01',
      'eyJwayI6MSwic2siOjJ9',
    ),
    anyText,
  )
  // under 8 kB: a longer URL is refused by API Gateway (and Node's HTTP server) before any handler sees it
  return fc
    .array(fc.tuple(key, value), { maxLength: 6 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}` : ''))
    .map((query) => query.slice(0, 7000).replace(/%[0-9a-f]?$/, ''))
}

function body(fieldNames: string[]) {
  const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', '2027-01-01T09:00', '13712340071', '320508199603110713'),
      anyText,
      fc.array(tie('value'), { maxLength: 4 }),
      tie('object'),
    ),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 10 })), tie('value'), { maxKeys: 6 }),
  })).value
  return fc.oneof(
    { weight: 6, arbitrary: jsonish.map((value) => JSON.stringify(value) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":',
        '[]',
        '"text"',
        'null',
        'false',
        '0',
        '-0',
        '1e999',
        '{"__proto__":{"admin":true}}',
        '\uFEFF{}',
        '{}{}',
        'NaN',
      ),
    },
    { weight: 1, arbitrary: anyText },
    {
      weight: 1,
      arbitrary: fc.nat({ max: 3 }).map((n) => JSON.stringify({ title: 'x'.repeat(40_000 * (n + 1)), content: '长'.repeat(10_000) })),
    },
  )
}

function authorization(callers: FuzzCallers) {
  // mostly a real caller, so most requests get past sign-in to the parsers and the domain code behind them
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.constantFrom(...Object.values(callers)).map((token) => `Bearer ${token}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `Bearer ${callers.admin.slice(0, -4)}AAAA`,
        'Bearer ',
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
        'Basic YWRtaW46YWRtaW4=',
        'bearer x',
        `Bearer ${callers.user} extra`,
      ),
    },
  )
}

const headerValue = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.:;/= '.split('')), maxLength: 80 })

/** One hostile request to `route` ("METHOD /path/{param}"). */
export function requestTo(route: string, callers: FuzzCallers, fieldNames: string[]): fc.Arbitrary<FuzzRequest> {
  const [method, template] = route.split(' ') as [string, string]
  const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
  const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH'
  return fc
    .record({
      params: fc.tuple(...params.map(() => pathValue)),
      // often none: any unknown parameter is a 400, and the request would stop there
      query: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryString(fieldNames) }),
      auth: authorization(callers),
      contentType: fc.oneof(
        { weight: 6, arbitrary: fc.constant('application/json') },
        // not multipart/form-data: serverless-offline's HTTP server parses that itself (API Gateway does not) and
        // answers a malformed one before any handler runs, which would test the emulator, not the API
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/json; charset=gbk',
            'application/x-www-form-urlencoded',
            'text/csv',
            'application/problem+json',
            'application/octet-stream',
            '',
          ),
        },
      ),
      idempotencyKey: fc.option(fc.oneof(fc.uuid().map(String), headerValue), { nil: undefined }),
      body: hasBody ? fc.option(body(fieldNames), { nil: undefined, freq: 6 }) : fc.constant(undefined),
    })
    .map(({ params: values, query, auth, contentType, idempotencyKey, body }) => {
      let path = template
      params.forEach((name, i) => (path = path.replace(`{${name}}`, String(values[i]))))
      const headers: Record<string, string> = {}
      if (auth !== undefined) headers.authorization = auth
      if (body !== undefined && contentType) headers['content-type'] = contentType
      if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey
      return { route, method, path: path + query, headers, ...(body === undefined ? {} : { body }) }
    })
}

/** Requests over all routes, each route equally likely. */
export function hostileRequests(routes: readonly string[], callers: FuzzCallers): fc.Arbitrary<FuzzRequest> {
  const fieldNames = knownFieldNames()
  return fc.constantFrom(...routes).chain((route) => requestTo(route, callers, fieldNames))
}

export interface FuzzAnswer {
  status: number
  contentType: string
  text: string
  ms: number
}

/**
 * What every answer must be, whatever was asked: never a 5xx; a 4xx is RFC 9457 problem+json with its own status,
 * and a 400/422 names each bad field under the part it came in (query, path, header, body). Undefined when it holds.
 */
export function problemWith(answer: FuzzAnswer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 300)}`
  if (answer.status < 400) return undefined
  if (!answer.contentType.startsWith('application/problem+json')) return `${answer.status} as ${answer.contentType || 'no content type'}`
  let problem: { status?: unknown; title?: unknown; errors?: { path?: unknown; message?: unknown }[] }
  try {
    problem = JSON.parse(answer.text)
  } catch {
    return `${answer.status} with a body that is not JSON`
  }
  if (problem.status !== answer.status || typeof problem.title !== 'string')
    return `${answer.status} with problem ${answer.text.slice(0, 200)}`
  if (answer.status === 400 || answer.status === 422) {
    const errors = problem.errors ?? []
    if (errors.length === 0) return `${answer.status} naming no field`
    const unnamed = errors.find(
      (e) => typeof e.path !== 'string' || !/^(query|path|header|body)(\.|$)/.test(e.path) || typeof e.message !== 'string',
    )
    if (unnamed) return `${answer.status} with a field error that names no part: ${JSON.stringify(unnamed)}`
  }
  return undefined
}

/** One line about a failed case, short enough to read in a test report (a generated value can be 40 kB). */
export function describeFailure(index: number, request: FuzzRequest, problem: string): string {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text)
  return `#${index} ${request.method} ${cut(request.path, 160)} ${cut(JSON.stringify(request.headers), 160)} ${cut(request.body ?? '', 120)} → ${cut(problem, 300)}`
}

/** Sends one request over HTTP from `localAddress` (another loopback address is another person's source) and times it. */
export function send(apiUrl: string, request: FuzzRequest, localAddress = '127.0.0.1'): Promise<FuzzAnswer> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${apiUrl}${request.path}`,
      { method: request.method, headers: request.headers, localAddress },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: String(incoming.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}
