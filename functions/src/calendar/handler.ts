import { CalendarYearParams, endpoints, HolidayYearBody } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { logger } from '../core/log/logger'
import { calendarService } from './wiring'

export const status = defineRoute(endpoints.calendarStatus, {
  handle: ({ ctx }) => calendarService.status(ctx.now),
})

export const loadYear = defineRoute(endpoints.calendarLoadYear, {
  params: CalendarYearParams,
  body: HolidayYearBody,
  handle: ({ params, body, ctx }) => calendarService.load(params.year, body, ctx.caller.staffId, ctx.now),
})

/**
 * Daily: warns (a log line an alarm can match) while the next 60 days reach into a year without a schedule, so the
 * district loads the State Council's notice before working days are counted on weekends-only rules.
 */
export const checkCoverage = () => coverageCheck(new Date())

export async function coverageCheck(now: Date): Promise<{ coversNext60Days: boolean; coveredThrough?: string }> {
  const { coversNext60Days, coveredThrough, today } = await calendarService.status(now)
  if (!coversNext60Days) {
    logger.warn('holiday calendar not loaded for the next 60 days: working days fall back to weekends only', {
      today,
      coveredThrough: coveredThrough ?? null,
    })
  }
  return { coversNext60Days, ...(coveredThrough ? { coveredThrough } : {}) }
}
