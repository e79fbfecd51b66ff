import { WEEKDAYS, type Weekday } from '../domain/station-kinds'

/** China has kept UTC+8 all year since 1991: a fixed offset, no time-zone database needed on the phone. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

export interface ShanghaiTime {
  /** YYYY-MM-DD */
  date: string
  weekday: Weekday
  /** HH:MM, comparable as text with the opening hours. */
  time: string
}

/** What a wall clock in Suzhou shows at `instant`, wherever the server or phone is. */
export function shanghaiTime(instant: Date): ShanghaiTime {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS)
  const iso = local.toISOString()
  return { date: iso.slice(0, 10), weekday: WEEKDAYS[(local.getUTCDay() + 6) % 7]!, time: iso.slice(11, 16) }
}

/** The Shanghai calendar date of an instant, e.g. for "verified on". */
export function shanghaiDate(instant: Date): string {
  return shanghaiTime(instant).date
}

/** Weekday of a calendar date (YYYY-MM-DD), independent of any time zone. */
export function weekdayOfDate(isoDate: string): Weekday {
  return WEEKDAYS[(new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7]!
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The Monday (Shanghai calendar date, YYYY-MM-DD) of the ISO week `instant` falls in: weeks turn at midnight in Suzhou. */
export function shanghaiWeekStart(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS)
  const daysSinceMonday = (local.getUTCDay() + 6) % 7
  return new Date(local.getTime() - daysSinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** The Mondays of the `count` ISO weeks up to and including the one `now` is in, oldest first. */
export function shanghaiWeekStarts(now: Date, count: number): string[] {
  const current = Date.parse(`${shanghaiWeekStart(now)}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10))
}

/** Suzhou wall-clock time as `YYYY-MM-DDTHH:MM`, comparable as text with session times. */
export function shanghaiMinute(instant: Date): string {
  const { date, time } = shanghaiTime(instant)
  return `${date}T${time}`
}

/** The instant a Suzhou wall-clock time names (`2026-12-10T09:00`, as sessions are dated). */
export function instantOfShanghai(local: string): Date {
  return new Date(Date.parse(`${local}Z`) - SHANGHAI_OFFSET_MS)
}
