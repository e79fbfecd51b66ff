import * as v from 'valibot'
import { addCalendarDays, type HolidayYear } from '../domain/holiday-calendar'
import { weekdayOfDate } from '../time/shanghai'
import { IsoDate, Text } from './common'

/** The first and last year an admin may load: far enough for any schedule the State Council has published. */
export const CALENDAR_YEARS = { min: 2025, max: 2099 } as const

/** The longest statutory holiday so far is 9 days (春节, 国庆); 14 leaves room without letting typos through. */
const MAX_HOLIDAY_DAYS = 14

export const CalendarYearParams = v.strictObject({
  year: v.pipe(
    v.string('须为年份'),
    v.regex(/^\d{4}$/, '须为四位年份'),
    v.transform(Number),
    v.minValue(CALENDAR_YEARS.min, `须在 ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max} 之间`),
    v.maxValue(CALENDAR_YEARS.max, `须在 ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max} 之间`),
  ),
})

const Range = v.pipe(
  v.strictObject({ name: Text(10), from: IsoDate, to: IsoDate }),
  v.forward(
    v.check((r) => r.from <= r.to, '结束日期不能早于开始日期'),
    ['to'],
  ),
  v.forward(
    v.check((r) => r.from > addCalendarDays(r.to, -MAX_HOLIDAY_DAYS), `一次假期不超过 ${MAX_HOLIDAY_DAYS} 天`),
    ['to'],
  ),
)

/**
 * PUT /v1/admin/calendar/{year}: one year as the State Council's notice states it — each holiday's days off as a
 * range, and each weekend day worked in lieu (调休上班). Checks that need the year (dates inside it, no overlaps,
 * worked days on weekends) are in `yearProblems`, run with the path's year.
 */
export const HolidayYearBody = v.strictObject({
  holidays: v.pipe(v.array(Range, '须为假期列表'), v.minLength(1, '至少一个假期'), v.maxLength(20, '最多 20 个假期')),
  workdays: v.pipe(
    v.array(v.strictObject({ name: Text(10), date: IsoDate }), '须为调休上班日列表'),
    v.maxLength(20, '最多 20 个调休上班日'),
  ),
})
export type HolidayYearBody = v.InferOutput<typeof HolidayYearBody>

export interface FieldProblem {
  path: string
  message: string
}

/** What the schema alone cannot see: every date in `year`, no two holidays overlapping, worked days on weekends. */
export function yearProblems(year: number, body: HolidayYearBody): FieldProblem[] {
  const problems: FieldProblem[] = []
  const inYear = (date: string) => date.startsWith(`${year}-`)
  body.holidays.forEach((range, i) => {
    if (!inYear(range.from)) problems.push({ path: `body.holidays.${i}.from`, message: `须在 ${year} 年内` })
    if (!inYear(range.to)) problems.push({ path: `body.holidays.${i}.to`, message: `须在 ${year} 年内` })
    const overlapping = body.holidays.findIndex((other, j) => j < i && other.from <= range.to && range.from <= other.to)
    if (overlapping >= 0) problems.push({ path: `body.holidays.${i}`, message: `与第 ${overlapping + 1} 个假期重叠` })
  })
  body.workdays.forEach((workday, i) => {
    const path = `body.workdays.${i}.date`
    if (!inYear(workday.date)) problems.push({ path, message: `须在 ${year} 年内` })
    const weekday = weekdayOfDate(workday.date)
    if (weekday !== 'sat' && weekday !== 'sun') problems.push({ path, message: '调休上班日应为周六或周日' })
    if (body.holidays.some((r) => r.from <= workday.date && workday.date <= r.to)) problems.push({ path, message: '不能落在假期之内' })
    if (body.workdays.findIndex((other) => other.date === workday.date) < i) problems.push({ path, message: '重复的日期' })
  })
  return problems
}

/** GET /v1/calendar: the years known, and whether the next 60 days are covered (else weekends-only, and staff are told). */
export interface CalendarStatus {
  today: string
  /** Last day of the unbroken run of covered years from today; absent when today's year is not covered. */
  coveredThrough?: string
  /** False when some day of the next 60 days is in a year without a schedule: 节假日安排未更新. */
  coversNext60Days: boolean
  years: HolidayYear[]
}
