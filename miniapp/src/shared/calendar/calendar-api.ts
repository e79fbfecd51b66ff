import { endpoints, pathTo } from '@doorstep/shared'
import type { CalendarStatus, HolidayYearBody } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const CALENDAR_PATH = pathTo(endpoints.calendarStatus)

/** An answer without its years (a captive portal's page, a proxy's error) is an error: the bundled calendar stays. */
export async function fetchCalendarStatus(client: HttpClient): Promise<CalendarStatus> {
  const status = await client.get<CalendarStatus | undefined>(CALENDAR_PATH)
  if (!Array.isArray(status?.years)) throw new Error('the calendar answer has no years')
  return status
}

export const loadCalendarYear = (client: HttpClient, year: number, body: HolidayYearBody) =>
  client.put<CalendarStatus['years'][number]>(pathTo(endpoints.calendarLoadYear, { year }), body)
