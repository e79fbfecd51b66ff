import * as v from 'valibot'
import {
  distanceMetres,
  isOpenAt,
  NEAR_RADIUS,
  STATION_KINDS,
  SUB_DISTRICTS,
  StationListQuery,
  toFieldErrors,
  type Page,
  type Problem,
  type Station,
  type StationSummary,
} from '@doorstep/shared'
import { TransportFailure, type Transport, type TransportResponse } from '@/shared/api/transport'

/**
 * An in-memory stand-in for the API's station routes with the same contract: sorted by sub-district, kind,
 * name; `street`, `service` and `openNow` filters; `near` + `radius` sorting by distance with metres on each;
 * `limit` 1..50 (default 20); opaque `nextCursor`; RFC 9457 problems for bad input and unknown ids.
 * Tests hand its `transport` to the real HTTP client. `now` is the clock that decides "open now".
 */
export function createFakeStationsApi(stations: readonly Station[], { now = () => new Date() } = {}) {
  const sorted = [...stations].sort(byListOrder)
  const requests: string[] = []
  let offline = false
  let failuresLeft = 0

  const transport: Transport = async (request) => {
    requests.push(request.url)
    if (offline) throw new TransportFailure('network', 'Failed to fetch')
    if (failuresLeft > 0) {
      failuresLeft--
      return problem(503, 'Service Unavailable', '服务暂时不可用')
    }
    const url = new URL(request.url)
    if (url.pathname === '/v1/stations') return listStations(sorted, url.searchParams, now())
    const match = /^\/v1\/stations\/([^/]+)$/.exec(url.pathname)
    if (match) {
      const found = sorted.find((s) => s.id === decodeURIComponent(match[1]!))
      return found ? { status: 200, body: found } : problem(404, 'Not Found', '没有这个服务站')
    }
    return problem(404, 'Not Found')
  }

  return {
    transport,
    /** Every URL requested, in order. */
    requests,
    setOffline(value: boolean) {
      offline = value
    },
    /** The next `count` requests answer 503 with a problem body. */
    failNext(count = 1) {
      failuresLeft = count
    },
  }
}

function listStations(stations: readonly Station[], search: URLSearchParams, now: Date): TransportResponse {
  const parsed = v.safeParse(StationListQuery, Object.fromEntries(search))
  if (!parsed.success) return problem(400, 'Bad Request', '查询参数不正确', toFieldErrors(parsed.issues, 'query'))
  const { street, service, openNow, near, radius = NEAR_RADIUS.fallback, limit, cursor } = parsed.output
  const matching = stations
    .filter((s) => street === undefined || s.subDistrict === street)
    .filter((s) => service === undefined || s.serviceIds.includes(service))
    .filter((s) => openNow === undefined || isOpenAt(s.hours, now) === openNow)
    .map((s) => ({ station: s, metres: near ? distanceMetres(near, s.location) : undefined }))
    .filter(({ metres }) => metres === undefined || metres <= radius)
    .sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0))
  const start = cursor ? decodeCursor(cursor) : 0
  const end = start + limit
  const items = matching.slice(start, end).map(({ station, metres }) => ({
    ...toSummary(station, now),
    ...(metres === undefined ? {} : { distanceMetres: Math.round(metres) }),
  }))
  const page: Page<StationSummary> = { items }
  if (end < matching.length) page.nextCursor = encodeCursor(end)
  return { status: 200, body: page }
}

function toSummary(station: Station, now: Date): StationSummary {
  const { id, name, kind, featuredTags, subDistrict, community, address, phone, location, sample } = station
  return { id, name, kind, featuredTags, subDistrict, community, address, phone, location, sample, openNow: isOpenAt(station.hours, now) }
}

function byListOrder(a: Station, b: Station): number {
  const street = (s: Station) => SUB_DISTRICTS.findIndex((d) => d.id === s.subDistrict)
  const kind = (s: Station) => STATION_KINDS.findIndex((k) => k.id === s.kind)
  return street(a) - street(b) || kind(a) - kind(b) || a.name.localeCompare(b.name, 'zh')
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url')
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().slice(2))

function problem(status: number, title: string, detail?: string, errors?: Problem['errors']): TransportResponse {
  const body: Problem = { type: 'about:blank', title, status, detail, errors }
  return { status, body }
}
