import {
  BUNDLED_CALENDAR,
  CALENDAR_WARNING_DAYS,
  shanghaiDate,
  yearProblems,
  type CalendarStatus,
  type HolidayCalendar,
  type HolidayYear,
  type HolidayYearBody,
} from '@doorstep/shared'
import { ValidationError } from '../core/http/errors'
import type { CalendarRepository } from './repository'

/** What a rule that counts working days needs: the calendar as of now. */
export interface CalendarSource {
  calendar(): Promise<HolidayCalendar>
}

/** Loaded years change about once a year; five minutes of staleness in a warm container is harmless. */
const CACHE_MS = 5 * 60_000

/**
 * The holiday calendar every working-day rule reads (open now, answer deadlines): the bundled years with the
 * loaded ones on top, read once per container and kept for a few minutes. A failed read is not cached.
 */
export class CalendarService implements CalendarSource {
  private cached?: { at: number; value: Promise<HolidayCalendar> }

  constructor(
    private readonly repository: Pick<CalendarRepository, 'loadedYears' | 'putYear'>,
    private readonly bundled: HolidayCalendar = BUNDLED_CALENDAR,
    private readonly cacheMs = CACHE_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  calendar(): Promise<HolidayCalendar> {
    if (this.cached && this.clock() - this.cached.at < this.cacheMs) return this.cached.value
    const value = this.repository.loadedYears().then((loaded) => this.bundled.with(loaded))
    const entry = { at: this.clock(), value }
    this.cached = entry
    value.catch(() => {
      if (this.cached === entry) this.cached = undefined
    })
    return value
  }

  async status(now: Date): Promise<CalendarStatus> {
    const calendar = await this.calendar()
    const today = shanghaiDate(now)
    const coveredThrough = calendar.coveredThrough(today)
    return {
      today,
      ...(coveredThrough ? { coveredThrough } : {}),
      coversNext60Days: calendar.coversAhead(today, CALENDAR_WARNING_DAYS),
      years: calendar.years(),
    }
  }

  /** An admin enters a year from the official notice; it replaces any earlier entry (or bundled table) of that year. */
  async load(year: number, body: HolidayYearBody, staffId: string, now: Date): Promise<HolidayYear> {
    const problems = yearProblems(year, body)
    if (problems.length > 0) throw new ValidationError(problems)
    const sorted = {
      holidays: [...body.holidays].sort((a, b) => a.from.localeCompare(b.from)),
      workdays: [...body.workdays].sort((a, b) => a.date.localeCompare(b.date)),
    }
    const loaded = { year, ...sorted, source: 'loaded' as const, loadedAt: now.toISOString(), loadedBy: staffId }
    await this.repository.putYear(loaded)
    this.cached = undefined
    return loaded
  }
}
