/**
 * China's statutory holidays and adjusted working days (调休), as data. The State Council publishes each year's
 * schedule once, late in the year before. Two sources, one shape:
 * - bundled: the years the chinese-days package ships (about 2 KB each), the default everywhere;
 * - loaded: a year an admin enters from the official notice (PUT /v1/admin/calendar/{year}), kept in DynamoDB and
 *   preferred over a bundled table of the same year.
 * A date in a year neither source covers counts as a regular week (Monday–Friday), and whoever reads the calendar
 * can tell (`coveredThrough`) so staff are warned before that happens.
 */
import year2025 from 'chinese-days/dist/years/2025.json'
import year2026 from 'chinese-days/dist/years/2026.json'
import { weekdayOfDate } from '../time/shanghai'

export interface HolidayRange {
  /** Chinese name, e.g. 春节. */
  name: string
  from: string
  to: string
}

export interface AdjustedWorkday {
  /** The holiday it makes up for, e.g. 春节. */
  name: string
  date: string
}

/** One year's official schedule: the days off (as ranges) and the weekend days worked in lieu. */
export interface HolidayYear {
  year: number
  holidays: HolidayRange[]
  workdays: AdjustedWorkday[]
  source: 'bundled' | 'loaded'
  /** When an admin loaded it (loaded years only). */
  loadedAt?: string
  loadedBy?: string
}

export type CalendarDay = { kind: 'holiday'; name: string } | { kind: 'adjusted-workday'; name: string } | { kind: 'regular' }

/** How far ahead the calendar must reach before staff are told to load the next year. */
export const CALENDAR_WARNING_DAYS = 60

export class HolidayCalendar {
  private readonly days = new Map<string, CalendarDay>()
  private readonly byYear: ReadonlyMap<number, HolidayYear>

  private constructor(years: readonly HolidayYear[]) {
    this.byYear = new Map(years.map((y) => [y.year, y]))
    for (const year of this.byYear.values()) {
      for (const range of year.holidays) {
        for (let date = range.from; date <= range.to; date = nextDate(date)) this.days.set(date, { kind: 'holiday', name: range.name })
      }
      for (const workday of year.workdays) this.days.set(workday.date, { kind: 'adjusted-workday', name: workday.name })
    }
  }

  /** Later years of the same number win: pass bundled years first, loaded ones after. */
  static of(years: readonly HolidayYear[]): HolidayCalendar {
    return new HolidayCalendar(years)
  }

  /** This calendar with `loaded` years added, each replacing a bundled table of its year. */
  with(loaded: readonly HolidayYear[]): HolidayCalendar {
    return loaded.length === 0 ? this : new HolidayCalendar([...this.byYear.values(), ...loaded])
  }

  day(isoDate: string): CalendarDay {
    return this.days.get(isoDate) ?? { kind: 'regular' }
  }

  covers(year: number): boolean {
    return this.byYear.has(year)
  }

  years(): HolidayYear[] {
    return [...this.byYear.values()].sort((a, b) => a.year - b.year)
  }

  /** The last day of the unbroken run of covered years that contains `today`, or undefined if today's year is not covered. */
  coveredThrough(today: string): string | undefined {
    let year = Number(today.slice(0, 4))
    if (!this.covers(year)) return undefined
    while (this.covers(year + 1)) year++
    return `${year}-12-31`
  }

  /** True when every day of the next `days` days (default 60) is in a covered year. */
  coversAhead(today: string, days = CALENDAR_WARNING_DAYS): boolean {
    const through = this.coveredThrough(today)
    return through !== undefined && addCalendarDays(today, days) <= through
  }
}

/** A working day: Monday–Friday unless a statutory holiday, plus the weekend days worked in lieu (调休上班). */
export function isWorkingDay(isoDate: string, calendar: HolidayCalendar): boolean {
  const day = calendar.day(isoDate)
  if (day.kind === 'holiday') return false
  if (day.kind === 'adjusted-workday') return true
  const weekday = weekdayOfDate(isoDate)
  return weekday !== 'sat' && weekday !== 'sun'
}

/** The chinese-days tables: date → "English,中文,n". */
interface PackageYearTable {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

function fromPackageTable(year: number, table: PackageYearTable): HolidayYear {
  const chineseName = (entry: string) => entry.split(',')[1] ?? entry
  const holidays: HolidayRange[] = []
  for (const date of Object.keys(table.holidays).sort()) {
    const name = chineseName(table.holidays[date]!)
    const last = holidays.at(-1)
    if (last && last.name === name && nextDate(last.to) === date) last.to = date
    else holidays.push({ name, from: date, to: date })
  }
  const workdays = Object.keys(table.workdays)
    .sort()
    .map((date) => ({ name: chineseName(table.workdays[date]!), date }))
  return { year, holidays, workdays, source: 'bundled' }
}

/** The years shipped with the app. Add the next year's table here once chinese-days publishes it. */
export const BUNDLED_YEARS: readonly HolidayYear[] = [fromPackageTable(2025, year2025), fromPackageTable(2026, year2026)]

export const BUNDLED_CALENDAR = HolidayCalendar.of(BUNDLED_YEARS)

export function nextDate(isoDate: string): string {
  return addCalendarDays(isoDate, 1)
}

export function addCalendarDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
