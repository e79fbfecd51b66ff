import { readFileSync } from 'node:fs'
import { addCalendarDays, BUNDLED_CALENDAR, HolidayCalendar, SessionSeries, shanghaiMinute } from '@doorstep/shared'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { planSampleSessions, SAMPLE_HORIZON_DAYS } from './session-plan'

const series = v.parse(
  v.array(SessionSeries),
  JSON.parse(readFileSync(new URL('../../../data/seed/sessions.json', import.meta.url), 'utf8')),
)
const services = [...new Set(series.map((s) => s.serviceId))]

describe('sample sessions, planned from the day they are seeded', () => {
  it('gives every session-based service an upcoming date open for sign-up, whatever the day — a whole year of them', () => {
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      const now = `${day}T23:59`
      const open = planSampleSessions(series, day, BUNDLED_CALENDAR).filter((p) => p.signUpBy > now)
      for (const service of services)
        expect(
          open.some((p) => p.series.serviceId === service),
          `${service} on ${day}`,
        ).toBe(true)
    }
  })

  it('plans only the next four weeks, in time order, with sign-up closing before each start', () => {
    const plan = planSampleSessions(series, '2026-12-06', BUNDLED_CALENDAR)
    expect(plan.length).toBeGreaterThan(series.length)
    expect(
      plan.every((p) => p.startsAt > '2026-12-06T23:59' && p.startsAt <= `${addCalendarDays('2026-12-06', SAMPLE_HORIZON_DAYS)}T23:59`),
    ).toBe(true)
    expect(plan.every((p) => p.signUpBy < p.startsAt && p.startsAt < p.endsAt)).toBe(true)
    expect(plan.map((p) => p.startsAt)).toEqual(plan.map((p) => p.startsAt).sort())
  })

  it('names each date of a series once, so seeding a week later adds the new dates and repeats none', () => {
    const first = planSampleSessions(series, '2026-12-06', BUNDLED_CALENDAR)
    const later = planSampleSessions(series, '2026-12-13', BUNDLED_CALENDAR)
    const firstIds = new Set(first.map((p) => p.id))
    const overlap = later.filter((p) => firstIds.has(p.id))
    // the dates both windows hold are the same sessions, with the same times
    for (const p of overlap) expect(first.find((f) => f.id === p.id)).toEqual(p)
    expect(later.filter((p) => !firstIds.has(p.id)).every((p) => p.startsAt > first.at(-1)!.startsAt.slice(0, 10))).toBe(true)
    const all = [...first, ...later]
    const perSeriesDay = new Set(all.map((p) => `${p.series.series}|${p.startsAt.slice(0, 10)}`))
    expect(perSeriesDay.size).toBe(new Set(all.map((p) => p.id)).size)
  })

  it('keeps statutory holidays free, and plans on them once the calendar knows no holiday there', () => {
    const national = planSampleSessions(series, '2026-09-26', BUNDLED_CALENDAR)
    expect(national.filter((p) => p.startsAt >= '2026-10-01' && p.startsAt < '2026-10-08')).toEqual([])
    const noHolidays = planSampleSessions(series, '2026-09-26', HolidayCalendar.of([]))
    expect(noHolidays.some((p) => p.startsAt >= '2026-10-01' && p.startsAt < '2026-10-08')).toBe(true)
  })

  it('plans for any later year, whatever the calendar knows of it', () => {
    for (const day of ['2027-02-08', '2028-02-29', '2030-06-01']) {
      const plan = planSampleSessions(series, day, BUNDLED_CALENDAR)
      expect(plan.filter((p) => p.signUpBy > shanghaiMinute(new Date(`${day}T12:00:00+08:00`))).length, day).toBeGreaterThan(series.length)
    }
  })
})
