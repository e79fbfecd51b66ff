import {
  isOpenAt,
  NEAR_RADIUS,
  scopeCovers,
  shanghaiDate,
  type HolidayCalendar,
  type Page,
  type Station,
  type StationEdit,
  type StationListQuery,
  type StationSummary,
} from '@doorstep/shared'
import type { CalendarSource } from '../calendar/service'
import type { Caller } from '../core/auth/caller'
import type { BoundCursors } from '../core/db/cursor'
import { NotFoundError, ValidationError } from '../core/http/errors'
import { compareRanked, rankByDistance, type Ranked } from './geo-index'
import { listKeyAttributes, type EditScope, type StationRepository } from './repository'
import type { ServiceCatalog } from './service-catalog'
import { stationFilter } from './station-filter'

/** A near page's cursor: the last item's distance and id (the sort order), re-applied to the same query. */
const NEAR_CURSOR_KEYS = ['afterMetres', 'afterId'] as const

type StaffCaller = Extract<Caller, { kind: 'staff' }>

export class StationService {
  constructor(
    private readonly stations: StationRepository,
    private readonly calendar: CalendarSource,
    private readonly services?: ServiceCatalog,
  ) {}

  async list(query: StationListQuery, now: Date, cursors: BoundCursors): Promise<Page<StationSummary>> {
    const calendar = await this.calendar.calendar()
    if (query.near) return this.listNear({ ...query, near: query.near }, now, calendar, cursors)
    const accept = stationFilter(query, now, calendar, { streetByKey: true })
    const startKey = await cursors.open(query.cursor, listKeyAttributes(query.street))
    const page = await this.stations.list({ street: query.street, limit: query.limit, startKey, accept })
    const nextCursor = await cursors.seal(page.lastKey)
    return {
      items: page.items.map((s) => toSummary(s, now, calendar)),
      ...(nextCursor ? { nextCursor } : {}),
    }
  }

  private async listNear(
    query: StationListQuery & { near: NonNullable<StationListQuery['near']> },
    now: Date,
    calendar: HolidayCalendar,
    cursors: BoundCursors,
  ) {
    const radius = query.radius ?? NEAR_RADIUS.fallback
    const accept = stationFilter(query, now, calendar, { streetByKey: false }) ?? (() => true)
    const candidates = (await this.stations.near(query.near, radius)).filter(accept)
    const ranked = rankByDistance(candidates, query.near, radius)
    const after = await cursors.open(query.cursor, NEAR_CURSOR_KEYS)
    const start = after ? ranked.findIndex((r) => compareRanked(r, afterCursor(after)) > 0) : 0
    const page = start < 0 ? [] : ranked.slice(start, start + query.limit)
    const last = page.at(-1)
    const hasMore = start >= 0 && start + query.limit < ranked.length
    return {
      items: page.map(({ item, distanceMetres }) => ({ ...toSummary(item, now, calendar), distanceMetres: Math.round(distanceMetres) })),
      ...(hasMore && last ? { nextCursor: (await cursors.seal({ afterMetres: last.distanceMetres, afterId: last.item.id }))! } : {}),
    }
  }

  async get(id: string): Promise<Station> {
    const station = await this.stations.get(id)
    if (!station) throw new NotFoundError('没有找到这个服务站')
    return station
  }

  /** Staff edit: service ids must name known projects (422 naming each bad one); a missing or out-of-scope station is a 404. */
  async edit(id: string, edit: StationEdit, caller: StaffCaller, now: Date): Promise<Station> {
    const unknown = await this.requireServices().unknownIds(edit.serviceIds)
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.map((bad) => ({ path: `body.serviceIds.${edit.serviceIds.indexOf(bad)}`, message: `没有这个服务项目：${bad}` })),
      )
    }
    const scope = editScope(caller, id)
    const updated = scope && (await this.stations.updateEditable(id, edit, shanghaiDate(now), scope))
    if (!updated) throw new NotFoundError('没有找到这个服务站')
    return updated
  }

  private requireServices(): ServiceCatalog {
    if (!this.services) throw new Error('StationService was built without a service catalog')
    return this.services
  }
}

/** What part of the district the caller may edit; undefined when this station is outside it (a 404, not a 403). */
function editScope({ scope }: StaffCaller, stationId: string): EditScope | undefined {
  if (scope.kind === 'district') return {}
  if (scope.kind === 'subDistrict') return { subDistrict: scope.id }
  return scopeCovers(scope, { stationId }) ? { subDistrict: scope.subDistrict } : undefined
}

function afterCursor(cursor: Record<string, string | number>): Ranked<{ id: string }> {
  return { distanceMetres: Number(cursor.afterMetres), item: { id: String(cursor.afterId) } }
}

function toSummary(s: Station, now: Date, calendar: HolidayCalendar): StationSummary {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    featuredTags: s.featuredTags,
    subDistrict: s.subDistrict,
    ...(s.community ? { community: s.community } : {}),
    address: s.address,
    phone: s.phone,
    location: s.location,
    sample: s.sample,
    openNow: isOpenAt(s.hours, now, calendar),
  }
}
