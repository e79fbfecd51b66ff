import type { Station } from '../schemas/station'
import { shanghaiTime, weekdayOfDate } from '../time/shanghai'
import type { HolidayCalendar } from './holiday-calendar'
import type { Weekday } from './station-kinds'

type Hours = Station['hours']
export type Intervals = Hours[Weekday]

/** The working day a 调休 weekend day stands in for: a full weekday. */
const ADJUSTED_WORKDAY_USES: Weekday = 'mon'

export interface DaySchedule {
  date: string
  weekday: Weekday
  intervals: Intervals
  /** Why these hours: the usual weekday, a statutory holiday, or a weekend day worked in lieu (调休). */
  reason: 'regular' | 'holiday' | 'adjusted-workday'
  holidayName?: string
}

/**
 * A station's hours on a calendar date in Suzhou. On a statutory holiday a station is closed unless its
 * hours carry a `holiday` entry; on a 调休 working day it keeps weekday hours.
 */
export function scheduleOn(hours: Hours, isoDate: string, calendar: HolidayCalendar): DaySchedule {
  const weekday = weekdayOfDate(isoDate)
  const day = calendar.day(isoDate)
  if (day.kind === 'holiday') return { date: isoDate, weekday, intervals: hours.holiday ?? [], reason: 'holiday', holidayName: day.name }
  if (day.kind === 'adjusted-workday' && (weekday === 'sat' || weekday === 'sun')) {
    return { date: isoDate, weekday, intervals: hours[ADJUSTED_WORKDAY_USES], reason: 'adjusted-workday', holidayName: day.name }
  }
  return { date: isoDate, weekday, intervals: hours[weekday], reason: 'regular' }
}

export interface OpenState {
  open: boolean
  today: DaySchedule
  /** HH:MM the current interval ends, when open. */
  closesAt?: string
  /** HH:MM the next interval today starts, when closed (e.g. after the lunch break). */
  opensAt?: string
}

/** Open or closed at `instant`, read on the Suzhou wall clock. Intervals are [open, close). */
export function openStateAt(hours: Hours, instant: Date, calendar: HolidayCalendar): OpenState {
  const { date, time } = shanghaiTime(instant)
  const today = scheduleOn(hours, date, calendar)
  const current = today.intervals.find(([open, close]) => open <= time && time < close)
  if (current) return { open: true, today, closesAt: current[1] }
  const next = today.intervals.find(([open]) => open > time)
  return next ? { open: false, today, opensAt: next[0] } : { open: false, today }
}

export function isOpenAt(hours: Hours, instant: Date, calendar: HolidayCalendar): boolean {
  return openStateAt(hours, instant, calendar).open
}
