import * as v from 'valibot'
import {
  BUNDLED_YEARS,
  type CalendarStatus,
  CalendarYearParams,
  endpoints,
  HolidayCalendar,
  type HolidayYear,
  HolidayYearBody,
  toFieldErrors,
  yearProblems,
} from '@doorstep/shared'
import { createFakeTransport, invalid, methodAndPath, ok, problem, routeOf } from './fake-api'

/**
 * The calendar routes in memory, with the API's contract: GET /v1/calendar (today and how far the known years
 * reach) and PUT /v1/admin/calendar/{year} for the admin, 422 naming each bad field as the API does.
 */
export function createFakeCalendarApi({ today, admin }: { today: string; admin: string }) {
  const loaded: HolidayYear[] = []
  const status = (): CalendarStatus => {
    const calendar = HolidayCalendar.of([...BUNDLED_YEARS, ...loaded])
    const coveredThrough = calendar.coveredThrough(today)
    return { today, ...(coveredThrough ? { coveredThrough } : {}), coversNext60Days: calendar.coversAhead(today), years: calendar.years() }
  }
  const api = createFakeTransport(methodAndPath, (request, url) => {
    const on = routeOf(request, url)
    if (on(endpoints.calendarStatus)) return ok(status())
    const put = on(endpoints.calendarLoadYear)
    if (put) {
      if (request.headers.Authorization !== `Bearer ${admin}`) return problem(403, '没有权限')
      const year = v.safeParse(CalendarYearParams, { year: put.year })
      if (!year.success) return problem(400, '请求参数有误', '参数不符合要求', toFieldErrors(year.issues, 'path'))
      const body = v.safeParse(HolidayYearBody, request.body)
      if (!body.success) return invalid(body.issues, 'body')
      const problems = yearProblems(year.output.year, body.output)
      if (problems.length > 0) return problem(422, '提交的内容有误', problems.map((p) => p.message).join('; '), problems)
      const saved: HolidayYear = {
        year: year.output.year,
        ...body.output,
        source: 'loaded',
        loadedAt: '2026-12-06T08:00:00.000Z',
        loadedBy: 'admin',
      }
      loaded.push(saved)
      return ok(saved)
    }
    return problem(404, '没有找到')
  })
  return { ...api, loaded }
}
