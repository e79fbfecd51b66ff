import { isOpenAt, type HolidayCalendar, type Station, type StationListQuery } from '@doorstep/shared'

/** The query's filters that are checked on each station (street is a key condition when there is no `near`). */
export function stationFilter(
  { street, service, openNow }: Pick<StationListQuery, 'street' | 'service' | 'openNow'>,
  now: Date,
  calendar: HolidayCalendar,
  options: { streetByKey: boolean },
): ((station: Station) => boolean) | undefined {
  const checks: ((station: Station) => boolean)[] = []
  if (street !== undefined && !options.streetByKey) checks.push((s) => s.subDistrict === street)
  if (service !== undefined) checks.push((s) => s.serviceIds.includes(service))
  if (openNow !== undefined) checks.push((s) => isOpenAt(s.hours, now, calendar) === openNow)
  return checks.length === 0 ? undefined : (station) => checks.every((check) => check(station))
}
