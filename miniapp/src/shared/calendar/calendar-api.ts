import type { CalendarStatus, HolidayYearBody } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const CALENDAR_PATH = '/v1/calendar'

export const fetchCalendarStatus = (client: HttpClient) => client.get<CalendarStatus>(CALENDAR_PATH)

export const loadCalendarYear = (client: HttpClient, year: number, body: HolidayYearBody) =>
  client.put<CalendarStatus['years'][number]>(`/v1/admin/calendar/${year}`, body)
