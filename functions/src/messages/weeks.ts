import { shanghaiDate } from '@doorstep/shared'

const DAY_MS = 24 * 60 * 60 * 1000

/** Monday (YYYY-MM-DD) of the ISO week an instant falls in, on Suzhou's calendar. */
export function isoWeekStart(instant: Date): string {
  const date = shanghaiDate(instant)
  const day = new Date(`${date}T00:00:00Z`)
  const sinceMonday = (day.getUTCDay() + 6) % 7
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** The Mondays of the last `count` ISO weeks up to and including the current one, oldest first. */
export function lastWeekStarts(now: Date, count: number): string[] {
  const current = Date.parse(`${isoWeekStart(now)}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10))
}
