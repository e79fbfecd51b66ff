import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { HolidayYearBody, yearProblems } from '../schemas/calendar'
import { BUNDLED_CALENDAR, BUNDLED_YEARS, HolidayCalendar, isWorkingDay, type HolidayYear } from './holiday-calendar'

/** A made-up schedule for a year no package ships, shaped like a State Council notice. */
const YEAR_2031: HolidayYear = {
  year: 2031,
  holidays: [
    { name: '元旦', from: '2031-01-01', to: '2031-01-01' },
    { name: '春节', from: '2031-01-22', to: '2031-01-28' },
  ],
  workdays: [{ name: '春节', date: '2031-01-19' }],
  source: 'loaded',
}

describe('the holiday calendar', () => {
  it('turns the package tables into ranges as the notice writes them', () => {
    const y2026 = BUNDLED_YEARS.find((y) => y.year === 2026)!
    expect(y2026.holidays.find((h) => h.name === '春节')).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' })
    expect(y2026.workdays.map((w) => w.date)).toContain('2026-02-14')
    expect(BUNDLED_CALENDAR.day('2026-02-18')).toEqual({ kind: 'holiday', name: '春节' })
    expect(BUNDLED_CALENDAR.day('2026-02-14')).toEqual({ kind: 'adjusted-workday', name: '春节' })
    expect(BUNDLED_CALENDAR.day('2026-03-02')).toEqual({ kind: 'regular' })
  })

  it('knows how far it reaches, and whether the next 60 days are covered', () => {
    expect(BUNDLED_CALENDAR.coveredThrough('2026-06-01')).toBe('2026-12-31')
    expect(BUNDLED_CALENDAR.coveredThrough('2025-03-01')).toBe('2026-12-31')
    expect(BUNDLED_CALENDAR.coveredThrough('2027-01-01')).toBeUndefined()
    expect(BUNDLED_CALENDAR.coversAhead('2026-10-01')).toBe(true)
    expect(BUNDLED_CALENDAR.coversAhead('2026-11-01')).toBe(true)
    expect(BUNDLED_CALENDAR.coversAhead('2026-11-02')).toBe(false)
    expect(BUNDLED_CALENDAR.coversAhead('2027-01-01')).toBe(false)
  })

  it('falls back to weekends-only where no schedule is known, and uses a loaded one once it is', () => {
    expect(isWorkingDay('2031-01-23', BUNDLED_CALENDAR)).toBe(true)
    expect(isWorkingDay('2031-01-19', BUNDLED_CALENDAR)).toBe(false)
    const loaded = BUNDLED_CALENDAR.with([YEAR_2031])
    expect(isWorkingDay('2031-01-23', loaded)).toBe(false)
    expect(isWorkingDay('2031-01-19', loaded)).toBe(true)
    expect(loaded.covers(2031)).toBe(true)
    expect(loaded.coveredThrough('2026-12-01')).toBe('2026-12-31')
  })

  it('prefers a loaded year over the bundled table of the same year', () => {
    const corrected = BUNDLED_CALENDAR.with([
      { year: 2026, holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-03' }], workdays: [], source: 'loaded' },
    ])
    expect(corrected.day('2026-10-05')).toEqual({ kind: 'regular' })
    expect(corrected.day('2026-02-18')).toEqual({ kind: 'regular' })
    expect(HolidayCalendar.of([]).coveredThrough('2026-01-01')).toBeUndefined()
  })
})

describe('a year as an admin loads it', () => {
  const parse = (body: unknown) => v.safeParse(HolidayYearBody, body)

  it('accepts the notice and finds nothing wrong with it', () => {
    const body = parse({ holidays: YEAR_2031.holidays, workdays: YEAR_2031.workdays })
    expect(body.success).toBe(true)
    expect(yearProblems(2031, body.output as HolidayYearBody)).toEqual([])
  })

  it('names each date outside the year, each overlap, and each worked day that is not a weekend or falls in a holiday', () => {
    const body = {
      holidays: [
        { name: '元旦', from: '2030-12-31', to: '2031-01-01' },
        { name: '春节', from: '2031-01-22', to: '2031-01-28' },
        { name: '重复', from: '2031-01-27', to: '2031-01-29' },
      ],
      workdays: [
        { name: '春节', date: '2031-01-20' },
        { name: '春节', date: '2031-01-25' },
      ],
    }
    expect(yearProblems(2031, parse(body).output as HolidayYearBody).map((p) => p.path)).toEqual([
      'body.holidays.0.from',
      'body.holidays.2',
      'body.workdays.0.date',
      'body.workdays.1.date',
    ])
  })

  it('refuses a range that ends before it starts or runs longer than two weeks', () => {
    const issues = (from: string, to: string) =>
      parse({ holidays: [{ name: '春节', from, to }], workdays: [] }).issues?.map((i) => i.message)
    expect(issues('2031-01-28', '2031-01-22')).toEqual(['结束日期不能早于开始日期'])
    expect(issues('2031-01-01', '2031-01-20')).toEqual(['一次假期不超过 14 天'])
    expect(issues('2031-01-01', '2031-01-14')).toBeUndefined()
  })
})
