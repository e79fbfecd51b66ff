/**
 * China's statutory holidays and adjusted working days (调休), as data: the per-year tables published by
 * the chinese-days package (kept up to date from the State Council's notices). Only the years the app can
 * meet are imported — about 2 KB each, against 25 KB for the whole library with its lunar calendar.
 * Add the next year's file here once chinese-days publishes it (each December).
 */
import year2025 from 'chinese-days/dist/years/2025.json'
import year2026 from 'chinese-days/dist/years/2026.json'

interface YearTable {
  /** Days off: the holiday itself, the weekend days inside it and the rest days moved into it. "English,中文,n" */
  holidays: Record<string, string>
  /** Weekend days that are working days (调休上班). */
  workdays: Record<string, string>
}

const YEARS: Record<string, YearTable> = { '2025': year2025, '2026': year2026 }

export type CalendarDay =
  | { kind: 'holiday'; name: string }
  | { kind: 'adjusted-workday'; name: string }
  | { kind: 'regular' }

/** `name` is the Chinese holiday name (春节, 国庆节 …). Years without a table count as regular weeks. */
export function calendarDay(isoDate: string): CalendarDay {
  const table = YEARS[isoDate.slice(0, 4)]
  const holiday = table?.holidays[isoDate]
  if (holiday) return { kind: 'holiday', name: chineseName(holiday) }
  const workday = table?.workdays[isoDate]
  if (workday) return { kind: 'adjusted-workday', name: chineseName(workday) }
  return { kind: 'regular' }
}

export function hasCalendarFor(year: number): boolean {
  return String(year) in YEARS
}

function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry
}
