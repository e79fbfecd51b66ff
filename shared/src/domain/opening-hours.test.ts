import { describe, expect, it } from 'vitest'
import type { Station } from '../schemas/station'
import { BUNDLED_CALENDAR } from './holiday-calendar'
import { isOpenAt, openStateAt, scheduleOn } from './opening-hours'

const WORKDAY: Station['hours']['mon'] = [
  ['09:00', '12:00'],
  ['13:30', '17:30'],
]
/** A community station: lunch break, closed at weekends. */
const COMMUNITY: Station['hours'] = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] }
/** Open Saturday mornings too. */
const WITH_SATURDAY: Station['hours'] = { ...COMMUNITY, sat: [['09:00', '12:00']] }

/** An instant given as Suzhou wall-clock time. */
const suzhou = (localDateTime: string) => new Date(`${localDateTime}:00+08:00`)

describe('open now, on the Suzhou clock', () => {
  it.each([
    ['2026-03-02T08:59', false, { opensAt: '09:00' }],
    ['2026-03-02T09:00', true, { closesAt: '12:00' }],
    ['2026-03-02T11:59', true, { closesAt: '12:00' }],
    ['2026-03-02T12:00', false, { opensAt: '13:30' }],
    ['2026-03-02T13:29', false, { opensAt: '13:30' }],
    ['2026-03-02T13:30', true, { closesAt: '17:30' }],
    ['2026-03-02T17:30', false, {}],
  ])('a Monday across the lunch break: %s → open %s', (at, open, extra) => {
    const state = openStateAt(COMMUNITY, suzhou(at), BUNDLED_CALENDAR)
    expect(state.open).toBe(open)
    expect(state).toMatchObject(extra)
    expect(state.today).toMatchObject({ date: '2026-03-02', weekday: 'mon', reason: 'regular' })
  })

  it('switches day at Suzhou midnight, not at UTC midnight', () => {
    const lateFriday = suzhou('2026-03-06T23:59')
    const afterMidnight = suzhou('2026-03-07T00:30')
    // 00:30 on Saturday in Suzhou is still 16:30 on Friday in UTC: inside Friday's hours there, closed here.
    expect(afterMidnight.toISOString()).toBe('2026-03-06T16:30:00.000Z')
    expect(openStateAt(WITH_SATURDAY, lateFriday, BUNDLED_CALENDAR)).toMatchObject({ open: false, today: { weekday: 'fri' } })
    expect(openStateAt(WITH_SATURDAY, afterMidnight, BUNDLED_CALENDAR)).toMatchObject({
      open: false,
      opensAt: '09:00',
      today: { weekday: 'sat' },
    })
    expect(isOpenAt(WITH_SATURDAY, suzhou('2026-03-07T09:30'), BUNDLED_CALENDAR)).toBe(true)
  })

  it.each([
    ['Spring Festival, a Tuesday', '2026-02-17T10:00', '春节'],
    ['Spring Festival, the Saturday inside the break', '2026-02-21T10:00', '春节'],
    ['Spring Festival, the Monday moved into the break', '2026-02-23T10:00', '春节'],
    ['National Day, a Thursday', '2026-10-01T10:00', '国庆节'],
    ['National Day 2025, a Wednesday', '2025-10-01T10:00', '国庆节'],
  ])('closes on a statutory holiday: %s', (_label, at, holidayName) => {
    const state = openStateAt(WITH_SATURDAY, suzhou(at), BUNDLED_CALENDAR)
    expect(state.open).toBe(false)
    expect(state.today).toMatchObject({ reason: 'holiday', holidayName, intervals: [] })
  })

  it('opens on a holiday when the station keeps holiday hours', () => {
    const onDuty: Station['hours'] = { ...COMMUNITY, holiday: [['09:00', '11:30']] }
    expect(isOpenAt(onDuty, suzhou('2026-10-02T10:00'), BUNDLED_CALENDAR)).toBe(true)
    expect(isOpenAt(onDuty, suzhou('2026-10-02T14:00'), BUNDLED_CALENDAR)).toBe(false)
  })

  it.each([
    ['the Saturday before Spring Festival 2026', '2026-02-14T15:00', 'sat', '春节'],
    ['the Saturday after Spring Festival 2026', '2026-02-28T15:00', 'sat', '春节'],
    ['the Sunday before National Day 2026', '2026-09-20T15:00', 'sun', '国庆节'],
    ['the Saturday after National Day 2026', '2026-10-10T15:00', 'sat', '国庆节'],
    ['the Saturday after Spring Festival 2025', '2025-02-08T15:00', 'sat', '春节'],
  ])('keeps weekday hours on a 调休 working day: %s', (_label, at, weekday, holidayName) => {
    const state = openStateAt(COMMUNITY, suzhou(at), BUNDLED_CALENDAR)
    expect(state).toMatchObject({ open: true, closesAt: '17:30' })
    expect(state.today).toMatchObject({ weekday, reason: 'adjusted-workday', holidayName, intervals: WORKDAY })
  })

  it('keeps an ordinary weekend closed', () => {
    expect(openStateAt(COMMUNITY, suzhou('2026-03-07T15:00'), BUNDLED_CALENDAR)).toMatchObject({
      open: false,
      today: { reason: 'regular' },
    })
  })
})

describe('hours on a date', () => {
  it('reads the week the calendar says, before and after a holiday', () => {
    expect(scheduleOn(COMMUNITY, '2026-09-30', BUNDLED_CALENDAR).intervals).toEqual(WORKDAY)
    expect(scheduleOn(COMMUNITY, '2026-10-07', BUNDLED_CALENDAR).reason).toBe('holiday')
    expect(scheduleOn(COMMUNITY, '2026-10-08', BUNDLED_CALENDAR)).toMatchObject({ weekday: 'thu', reason: 'regular', intervals: WORKDAY })
  })

  it('treats a year without a published table as ordinary weeks', () => {
    expect(BUNDLED_CALENDAR.covers(2031)).toBe(false)
    expect(scheduleOn(COMMUNITY, '2031-10-01', BUNDLED_CALENDAR)).toMatchObject({ weekday: 'wed', reason: 'regular', intervals: WORKDAY })
  })
})
