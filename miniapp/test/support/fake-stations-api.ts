import * as v from 'valibot'
import {
  BUNDLED_CALENDAR,
  distanceMetres,
  endpoints,
  isOpenAt,
  NEAR_RADIUS,
  type Page,
  type Station,
  STATION_KINDS,
  StationListQuery,
  type StationSummary,
  SUB_DISTRICTS,
} from '@doorstep/shared'
import type { TransportResponse } from '@/shared/api/transport'
import { createFakeTransport, invalid, offsetPage, ok, problem, routeOf } from './fake-api'

/**
 * An in-memory stand-in for the API's station routes with the same contract: sorted by sub-district, kind,
 * name; `street`, `service` and `openNow` filters; `near` + `radius` sorting by distance with metres on each;
 * `limit` 1..50 (default 20); opaque `nextCursor`; RFC 9457 problems for bad input and unknown ids.
 * Tests hand its `transport` to the real HTTP client. `now` is the clock that decides "open now".
 */
export function createFakeStationsApi(stations: readonly Station[], { now = () => new Date() } = {}) {
  const sorted = [...stations].sort(byListOrder)
  // Logs every URL requested, in order.
  return createFakeTransport(
    (request) => request.url,
    (request, url) => {
      const on = routeOf(request, url)
      if (on(endpoints.stationsList)) return listStations(sorted, url.searchParams, now())
      const detail = on(endpoints.stationsGet)
      if (detail) {
        const found = sorted.find((s) => s.id === detail.id)
        return found ? ok(found) : problem(404, 'Not Found', '没有这个服务站')
      }
      return problem(404, 'Not Found')
    },
  )
}

function listStations(stations: readonly Station[], search: URLSearchParams, now: Date): TransportResponse {
  const parsed = v.safeParse(StationListQuery, Object.fromEntries(search))
  if (!parsed.success) return invalid(parsed.issues, 'query')
  const { street, service, openNow, near, radius = NEAR_RADIUS.fallback, limit, cursor } = parsed.output
  const matching = stations
    .filter((s) => street === undefined || s.subDistrict === street)
    .filter((s) => service === undefined || s.serviceIds.includes(service))
    .filter((s) => openNow === undefined || isOpenAt(s.hours, now, BUNDLED_CALENDAR) === openNow)
    .map((s) => ({ station: s, metres: near ? distanceMetres(near, s.location) : undefined }))
    .filter(({ metres }) => metres === undefined || metres <= radius)
    .sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0))
  const { items, ...more } = offsetPage(matching, { limit, cursor })
  const page: Page<StationSummary> = {
    items: items.map(({ station, metres }) => ({
      ...toSummary(station, now),
      ...(metres === undefined ? {} : { distanceMetres: Math.round(metres) }),
    })),
    ...more,
  }
  return ok(page)
}

function toSummary(station: Station, now: Date): StationSummary {
  const { id, name, kind, featuredTags, subDistrict, community, address, phone, location, sample } = station
  return {
    id,
    name,
    kind,
    featuredTags,
    subDistrict,
    community,
    address,
    phone,
    location,
    sample,
    openNow: isOpenAt(station.hours, now, BUNDLED_CALENDAR),
  }
}

function byListOrder(a: Station, b: Station): number {
  const street = (s: Station) => SUB_DISTRICTS.findIndex((d) => d.id === s.subDistrict)
  const kind = (s: Station) => STATION_KINDS.findIndex((k) => k.id === s.kind)
  return street(a) - street(b) || kind(a) - kind(b) || a.name.localeCompare(b.name, 'zh')
}
