import { MESSAGE_CATEGORY_IDS, type MessageCategoryId } from '@doorstep/shared'
import type { Open311Error, Open311Request, Open311Status } from './open311'

/** GeoReport v2: a search may span at most 90 days, and without dates it covers the 90 days up to now. */
export const OPEN311_MAX_DAYS = 90
/** …and answers with the first 1000 requests at most. */
export const OPEN311_MAX_REQUESTS = 1000
/** Our own bound on `service_request_id=a,b,c`, so one query cannot ask for the whole board by number. */
export const OPEN311_MAX_IDS = 100

const DAY_MS = 24 * 60 * 60 * 1000

export type Open311RequestFilters = { extensions: boolean } & (
  | { by: 'id'; serviceRequestIds: string[] }
  | { by: 'search'; serviceCodes?: MessageCategoryId[]; statuses?: Open311Status[]; start: Date; end: Date }
)

export type Open311QueryProblem =
  | 'not-a-w3c-datetime'
  | 'end-before-start'
  | 'range-over-90-days'
  | 'unknown-status'
  | 'unknown-service-code'
  | 'bad-service-request-id'
  | 'too-many-service-request-ids'
  | 'not-true-or-false'
  | 'unknown-jurisdiction'

export interface Open311QueryError {
  parameter: string
  problem: Open311QueryProblem
  /** The HTTP status GeoReport gives it: 404 for an unknown jurisdiction, 400 for the rest. */
  code: 400 | 404
  description: string
}

export type Open311QueryResult = { ok: true; filters: Open311RequestFilters } | { ok: false; errors: Open311QueryError[] }

/**
 * W3C date-time (the profile of ISO 8601 GeoReport names) with the time zone GeoReport makes mandatory; minutes,
 * seconds or fractions of a second.
 */
const W3C_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** A `+08:00` sent without URL-encoding arrives as ` 08:00` (the `+` decoded to a space): read it as meant. */
const UNENCODED_PLUS = / (\d{2}:\d{2})$/

function w3cInstant(text: string): Date | undefined {
  const value = text.trim().replace(UNENCODED_PLUS, '+$1')
  const parts = W3C_DATETIME.exec(value)
  if (!parts) return undefined
  const [, year, month, day, hour, minute] = parts
  // Date rolls 2026-02-30 over into March instead of refusing it: the day must survive the round trip
  const midnight = new Date(`${year}-${month}-${day}T00:00:00Z`)
  const realDay = !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(`${year}-${month}-${day}`)
  const instant = new Date(value)
  return realDay && Number(hour) <= 23 && Number(minute) <= 59 && !Number.isNaN(instant.getTime()) ? instant : undefined
}

/** `a,b` or the same parameter declared twice (API Gateway joins repeats with commas): the distinct non-empty items. */
const listOf = (text: string) => [...new Set(text.split(',').map((item) => item.trim()))].filter(Boolean)

const error = (parameter: string, problem: Open311QueryProblem, description: string, code: 400 | 404 = 400): Open311QueryError => ({
  parameter,
  problem,
  code,
  description,
})

const TRACKING_LIKE = /^[A-Za-z0-9-]{1,40}$/

/**
 * The filters of GET requests.[format], or every problem with them at once. GeoReport's rules: an empty parameter
 * is no parameter; `service_request_id` overrides every other filter; `start_date`/`end_date` are W3C date-times
 * with a zone at most 90 days apart, and a missing one is taken 90 days from the other (both missing: the 90 days to
 * `now`); `status` and `service_code` take comma lists. Parameters we do not know (api_key, page …) are ignored.
 */
export function parseRequestQuery(
  query: Readonly<Record<string, string | undefined>>,
  now: Date,
  options: { jurisdictionId?: string } = {},
): Open311QueryResult {
  const given = (name: string) => (query[name]?.trim() ? query[name]!.trim() : undefined)
  const errors: Open311QueryError[] = []

  const jurisdiction = given('jurisdiction_id')
  if (jurisdiction !== undefined && options.jurisdictionId !== undefined && jurisdiction !== options.jurisdictionId)
    errors.push(
      error(
        'jurisdiction_id',
        'unknown-jurisdiction',
        `没有这个 jurisdiction_id：${jurisdiction}（本接口为 ${options.jurisdictionId}）`,
        404,
      ),
    )

  const extensionsText = given('extensions')
  const extensions = extensionsText === 'true'
  if (extensionsText !== undefined && extensionsText !== 'true' && extensionsText !== 'false')
    errors.push(error('extensions', 'not-true-or-false', 'extensions 须为 true 或 false'))

  const ids = given('service_request_id')
  if (ids !== undefined) {
    const list = listOf(ids)
    const bad = list.filter((id) => !TRACKING_LIKE.test(id))
    if (bad.length) errors.push(error('service_request_id', 'bad-service-request-id', `不是留言编号：${bad.join(', ')}`))
    if (list.length > OPEN311_MAX_IDS)
      errors.push(error('service_request_id', 'too-many-service-request-ids', `一次最多查询 ${OPEN311_MAX_IDS} 个编号`))
    return errors.length
      ? { ok: false, errors }
      : { ok: true, filters: { by: 'id', extensions, serviceRequestIds: list.map((id) => id.toUpperCase()) } }
  }

  const codes = given('service_code') === undefined ? undefined : listOf(given('service_code')!)
  const unknownCodes = codes?.filter((code) => !(MESSAGE_CATEGORY_IDS as readonly string[]).includes(code)) ?? []
  if (unknownCodes.length)
    errors.push(error('service_code', 'unknown-service-code', `没有这个 service_code：${unknownCodes.join(', ')}（见 services 列表）`))

  const statuses = given('status') === undefined ? undefined : listOf(given('status')!)
  const unknownStatuses = statuses?.filter((status) => status !== 'open' && status !== 'closed') ?? []
  if (unknownStatuses.length)
    errors.push(error('status', 'unknown-status', `status 须为 open 或 closed，不能是 ${unknownStatuses.join(', ')}`))

  const dates = (['start_date', 'end_date'] as const).map((name) => {
    const text = given(name)
    if (text === undefined) return undefined
    const instant = w3cInstant(text)
    if (!instant) errors.push(error(name, 'not-a-w3c-datetime', `${name} 须为带时区的 W3C 日期时间，例如 2026-01-01T00:00:00+08:00`))
    return instant
  })
  const span = OPEN311_MAX_DAYS * DAY_MS
  const [startGiven, endGiven] = dates
  const end = endGiven ?? (startGiven ? new Date(startGiven.getTime() + span) : now)
  const start = startGiven ?? new Date(end.getTime() - span)
  if (startGiven && endGiven) {
    if (end < start) errors.push(error('end_date', 'end-before-start', 'end_date 早于 start_date'))
    else if (end.getTime() - start.getTime() > span)
      errors.push(error('end_date', 'range-over-90-days', `start_date 与 end_date 相隔不能超过 ${OPEN311_MAX_DAYS} 天`))
  }

  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    filters: {
      by: 'search',
      extensions,
      start,
      end,
      ...(codes ? { serviceCodes: codes as MessageCategoryId[] } : {}),
      ...(statuses ? { statuses: statuses as Open311Status[] } : {}),
    },
  }
}

/** GeoReport's error list for a refused query; the answer takes the first error's code (a 404 for the jurisdiction comes first). */
export const open311Errors = (errors: readonly Open311QueryError[]): Open311Error[] =>
  errors.map(({ code, parameter, description }) => ({ code, description: `${parameter}: ${description}` }))

/**
 * The requests a query asks for, newest first, at most the first 1000 (GeoReport's response volume). By id, in
 * the order the ids were asked; an id that names nothing on the board is simply not there.
 */
export function selectRequests(requests: readonly Open311Request[], filters: Open311RequestFilters): Open311Request[] {
  if (filters.by === 'id') {
    const byId = new Map(requests.map((request) => [request.service_request_id.toUpperCase(), request]))
    return filters.serviceRequestIds.flatMap((id) => byId.get(id) ?? [])
  }
  const from = filters.start.getTime()
  const to = filters.end.getTime()
  return requests
    .filter((request) => {
      const at = Date.parse(request.requested_datetime)
      return (
        at >= from &&
        at <= to &&
        (!filters.serviceCodes || (filters.serviceCodes as readonly string[]).includes(request.service_code)) &&
        (!filters.statuses || filters.statuses.includes(request.status))
      )
    })
    .sort(
      (a, b) =>
        Date.parse(b.requested_datetime) - Date.parse(a.requested_datetime) || a.service_request_id.localeCompare(b.service_request_id),
    )
    .slice(0, OPEN311_MAX_REQUESTS)
}
