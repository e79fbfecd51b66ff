import { BUNDLED_CALENDAR, shanghaiDate, type CalendarStatus } from '@doorstep/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bearer, call, signInStaff } from '../../test/http'
import { coverageCheck } from './handler'

/** Years far from any date a test runs on, so loading them changes no other test's working days. */
const schedule = (year: number) => ({
  holidays: [
    { name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` },
    { name: '春节', from: `${year}-02-10`, to: `${year}-02-16` },
  ],
  // the first Saturday after the holiday, worked in lieu
  workdays: [{ name: '春节', date: firstSaturdayAfter(`${year}-02-16`) }],
})

function firstSaturdayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  do date.setUTCDate(date.getUTCDate() + 1)
  while (date.getUTCDay() !== 6)
  return date.toISOString().slice(0, 10)
}

const loadYear = async (year: number | string, body: unknown, username = 'admin') =>
  call('PUT', `/v1/admin/calendar/${year}`, { body, headers: bearer((await signInStaff(username)).token) })

describe('GET /v1/calendar', () => {
  it('says which years it knows and how far from today it reaches', async () => {
    const res = await call<CalendarStatus>('GET', '/v1/calendar')
    expect(res.status).toBe(200)
    const today = shanghaiDate(new Date())
    expect(res.body.today).toBe(today)
    expect(res.body.years.filter((y) => y.source === 'bundled').map((y) => y.year)).toEqual(BUNDLED_CALENDAR.years().map((y) => y.year))
    expect(res.body.coveredThrough).toBe(BUNDLED_CALENDAR.coveredThrough(today))
    expect(res.body.coversNext60Days).toBe(BUNDLED_CALENDAR.coversAhead(today))
  })
})

describe('PUT /v1/admin/calendar/{year}', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps a year as the notice gives it, and the daily check stops warning once the next 60 days are covered', async () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((line) => written.push(String(line)) > 0)
    const loaded = await loadYear(2095, schedule(2095))
    expect(loaded.status).toBe(200)
    expect(loaded.body).toMatchObject({ year: 2095, source: 'loaded', loadedBy: 'admin', holidays: schedule(2095).holidays })
    const years = (await call<CalendarStatus>('GET', '/v1/calendar')).body.years
    expect(years.find((y) => y.year === 2095)).toMatchObject({ source: 'loaded', holidays: schedule(2095).holidays })

    expect(await coverageCheck(new Date('2095-06-01T10:00:00+08:00'))).toEqual({ coversNext60Days: true, coveredThrough: '2095-12-31' })
    expect(await coverageCheck(new Date('2095-12-01T10:00:00+08:00'))).toEqual({ coversNext60Days: false, coveredThrough: '2095-12-31' })
    expect(written.join('')).toContain('holiday calendar not loaded for the next 60 days')
    expect((await loadYear(2096, schedule(2096))).status).toBe(200)
    // a warm container keeps what it read for a few minutes; the check in a fresh one sees the new year
    const { CalendarService } = await import('./service')
    const { CalendarRepository } = await import('./repository')
    const { db } = await import('../core/db/client')
    const fresh = new CalendarService(new CalendarRepository(db, process.env.CATALOG_TABLE!))
    expect((await fresh.status(new Date('2095-12-01T10:00:00+08:00'))).coversNext60Days).toBe(true)
  })

  it('names each bad field, changes nothing, and is for the district admin only', async () => {
    const bad = await loadYear(2094, {
      holidays: [{ name: '春节', from: '2093-12-31', to: '2094-01-02' }],
      workdays: [{ name: '春节', date: '2094-01-06' }],
    })
    expect(bad.status).toBe(422)
    expect(bad.contentType).toBe('application/problem+json')
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.holidays.0.from', 'body.workdays.0.date'])
    expect((await call<CalendarStatus>('GET', '/v1/calendar')).body.years.some((y) => y.year === 2094)).toBe(false)
    expect((await loadYear(1999, schedule(1999))).body.errors).toEqual([{ path: 'path.year', message: '须在 2025–2099 之间' }])
    expect((await loadYear(2094, schedule(2094), 'answerer.pingjiang')).status).toBe(403)
  })
})
