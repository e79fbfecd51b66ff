import { addCalendarDays, weekdayOfDate, type HolidayCalendar, type SessionSeries } from '@doorstep/shared'

/** How far ahead sample sessions are kept: four weeks, so every series shows at least one upcoming date. */
export const SAMPLE_HORIZON_DAYS = 28

/** A Monday every series counts its weeks from (the ISO week of 1970-01-05 is week 0). */
const EPOCH_MONDAY = Date.parse('1970-01-05T00:00:00Z')
const WEEK_MS = 7 * 86_400_000

export interface PlannedSession {
  id: string
  series: SessionSeries
  startsAt: string
  endsAt: string
  signUpBy: string
}

/**
 * The dates of each sample series in the `horizonDays` after `today` (a Suzhou date), skipping any occurrence that
 * would fall on a statutory holiday. Pure: the same day and calendar always plan the same ids.
 */
export function planSampleSessions(
  series: readonly SessionSeries[],
  today: string,
  calendar: HolidayCalendar,
  horizonDays = SAMPLE_HORIZON_DAYS,
): PlannedSession[] {
  const planned: PlannedSession[] = []
  for (let offset = 1; offset <= horizonDays; offset++) {
    const date = addCalendarDays(today, offset)
    const week = Math.floor((Date.parse(`${date}T00:00:00Z`) - EPOCH_MONDAY) / WEEK_MS)
    for (const s of series) {
      if (weekdayOfDate(date) !== s.weekday || week % s.everyWeeks !== s.weekOffset % s.everyWeeks) continue
      const lastDay = addCalendarDays(date, s.lastsDays - 1)
      const days = Array.from({ length: s.lastsDays }, (_, i) => addCalendarDays(date, i))
      if (days.some((day) => calendar.day(day).kind === 'holiday')) continue
      planned.push({
        id: `${s.series}-${date.replaceAll('-', '')}`,
        series: s,
        startsAt: `${date}T${s.starts}`,
        endsAt: `${lastDay}T${s.ends}`,
        signUpBy: `${addCalendarDays(date, -s.signUpClosesDaysBefore)}T${s.signUpClosesAt}`,
      })
    }
  }
  return planned.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
}
