import { describe, expect, it } from 'vitest'
import {
  aggregateDashboard,
  countByTopicWeek,
  dashboardCsv,
  demands,
  firstAnswerTimes,
  hoursToFirstAnswer,
  median,
  satisfaction,
  topMeToo,
  type DashboardRecord,
} from './dashboard'
import { shanghaiWeekStart, shanghaiWeekStarts } from '@doorstep/shared'

let serial = 0
function record(overrides: Partial<DashboardRecord> & { submittedAt: string }): DashboardRecord {
  serial++
  return {
    id: `msg-${serial}`,
    trackingNo: `LY-20261125-${String(serial).padStart(4, '0')}`,
    category: 'social-security',
    title: `留言 ${serial}`,
    subDistrict: 'pingjiang',
    status: 'pending',
    audit: [{ at: overrides.submittedAt, action: 'submit', status: 'pending', userId: 'u' }],
    ...overrides,
  }
}
const answered = (submittedAt: string, answeredAt: string, overrides: Partial<DashboardRecord> = {}) =>
  record({
    submittedAt,
    status: 'answered',
    audit: [
      { at: submittedAt, action: 'submit', status: 'pending', userId: 'u' },
      { at: answeredAt, action: 'reply', status: 'answered', staffId: 's' },
    ],
    ...overrides,
  })

describe('ISO weeks on the Suzhou calendar', () => {
  it('starts a week on Monday 00:00 Suzhou time, whatever UTC says', () => {
    // Sunday 2026-11-29 23:30 in Suzhou is still the week of Monday 11-23
    expect(shanghaiWeekStart(new Date('2026-11-29T15:30:00Z'))).toBe('2026-11-23')
    // Monday 2026-11-30 00:30 in Suzhou is Sunday 16:30 UTC: already the next week
    expect(shanghaiWeekStart(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30')
    expect(shanghaiWeekStart(new Date('2026-11-25T02:00:00Z'))).toBe('2026-11-23')
  })

  it('crosses a year boundary the ISO way (2027-01-01 is a Friday of the week starting 2026-12-28)', () => {
    expect(shanghaiWeekStart(new Date('2027-01-01T04:00:00Z'))).toBe('2026-12-28')
  })

  it('lists the last n Mondays, oldest first, ending with the current week', () => {
    expect(shanghaiWeekStarts(new Date('2026-11-25T02:00:00Z'), 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
    expect(shanghaiWeekStarts(new Date('2026-11-25T02:00:00Z'), 1)).toEqual(['2026-11-23'])
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 10])).toBe(3.5)
    expect(median([])).toBeUndefined()
  })
})

describe('hours to first answer', () => {
  it('counts to the first reply, not a later one after a reopen', () => {
    const message = record({
      submittedAt: '2026-11-23T01:00:00Z',
      audit: [
        { at: '2026-11-23T01:00:00Z', action: 'submit', status: 'pending' },
        { at: '2026-11-23T07:00:00Z', action: 'reply', status: 'answered' },
        { at: '2026-11-24T01:00:00Z', action: 'reopen', status: 'reopened' },
        { at: '2026-11-26T01:00:00Z', action: 'reply', status: 'answered' },
      ],
    })
    expect(hoursToFirstAnswer(message)).toBe(6)
    expect(hoursToFirstAnswer(record({ submittedAt: '2026-11-23T01:00:00Z' }))).toBeUndefined()
  })
})

describe('counts by topic × area × week', () => {
  it('groups by the Suzhou week of arrival, keeps only the window, and orders week, category, area', () => {
    const weeks = ['2026-11-16', '2026-11-23']
    const rows = countByTopicWeek(
      [
        record({ submittedAt: '2026-11-24T01:00:00Z', category: 'mediation', subDistrict: 'huqiu' }),
        record({ submittedAt: '2026-11-24T02:00:00Z', category: 'mediation', subDistrict: 'huqiu' }),
        record({ submittedAt: '2026-11-24T03:00:00Z', category: 'policy', subDistrict: undefined }),
        // Sunday night in Suzhou: the earlier week
        record({ submittedAt: '2026-11-22T15:00:00Z', category: 'mediation', subDistrict: 'pingjiang' }),
        // before the window
        record({ submittedAt: '2026-11-10T01:00:00Z', category: 'policy', subDistrict: 'pingjiang' }),
      ],
      weeks,
    )
    expect(rows).toEqual([
      { week: '2026-11-16', category: 'mediation', subDistrict: 'pingjiang', count: 1 },
      { week: '2026-11-23', category: 'policy', subDistrict: 'district', count: 1 },
      { week: '2026-11-23', category: 'mediation', subDistrict: 'huqiu', count: 2 },
    ])
  })
})

describe('first-answer medians', () => {
  it('gives one row per area and one per station, counting only answered messages', () => {
    const rows = firstAnswerTimes([
      answered('2026-11-23T01:00:00Z', '2026-11-23T03:00:00Z', { stationId: 'st-a' }),
      answered('2026-11-23T01:00:00Z', '2026-11-23T11:00:00Z', { stationId: 'st-a' }),
      answered('2026-11-23T01:00:00Z', '2026-11-24T01:00:00Z'),
      answered('2026-11-23T01:00:00Z', '2026-11-23T02:30:00Z', { subDistrict: 'huqiu' }),
      record({ submittedAt: '2026-11-23T01:00:00Z', subDistrict: 'huqiu' }),
    ])
    expect(rows).toEqual([
      { subDistrict: 'pingjiang', medianHours: 10, answered: 3 },
      { subDistrict: 'pingjiang', stationId: 'st-a', medianHours: 6, answered: 2 },
      { subDistrict: 'huqiu', medianHours: 1.5, answered: 1 },
    ])
  })
})

describe('satisfaction', () => {
  it('averages the ratings to two decimals, and is null with none', () => {
    const rated = (score: number) => record({ submittedAt: '2026-11-23T01:00:00Z', rating: { score, at: '2026-11-24T01:00:00Z' } })
    expect(satisfaction([rated(5), rated(4), rated(4), record({ submittedAt: '2026-11-23T01:00:00Z' })])).toEqual({
      average: 4.33,
      count: 3,
    })
    expect(satisfaction([])).toEqual({ average: null, count: 0 })
  })
})

describe('the demand pool', () => {
  it('ranks the ten most "me too" messages, leaving out those nobody joined', () => {
    const many = Array.from({ length: 12 }, (_, i) => record({ submittedAt: '2026-11-23T01:00:00Z', meToo: i }))
    const top = topMeToo(many)
    expect(top.map((m) => m.meToo)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2])
    expect(top[0]).toEqual({
      id: many[11]!.id,
      trackingNo: many[11]!.trackingNo,
      title: many[11]!.title,
      category: 'social-security',
      subDistrict: 'pingjiang',
      meToo: 11,
      status: 'pending',
    })
    expect(topMeToo([record({ submittedAt: '2026-11-23T01:00:00Z' })])).toEqual([])
  })

  it('lists tagged demands, latest tag first, with the linked service project', () => {
    const older = record({
      submittedAt: '2026-11-23T01:00:00Z',
      demand: { topic: '育婴师', taggedAt: '2026-11-24T01:00:00Z', staffId: 's' },
    })
    const newer = record({
      submittedAt: '2026-11-23T02:00:00Z',
      demand: { serviceId: 'svc-x', taggedAt: '2026-11-25T01:00:00Z', staffId: 's' },
    })
    const rows = demands([older, record({ submittedAt: '2026-11-23T01:00:00Z' }), newer])
    expect(rows.map((r) => r.id)).toEqual([newer.id, older.id])
    expect(rows[0]).toMatchObject({ serviceId: 'svc-x', taggedAt: '2026-11-25T01:00:00Z' })
    expect(rows[1]).toMatchObject({ topic: '育婴师' })
  })
})

describe('the whole dashboard', () => {
  it('only counts messages that arrived inside the window', () => {
    const weeks = ['2026-11-23']
    const inside = answered('2026-11-24T01:00:00Z', '2026-11-24T05:00:00Z', { rating: { score: 2, at: '2026-11-24T06:00:00Z' }, meToo: 3 })
    const outside = answered('2026-11-10T01:00:00Z', '2026-11-10T02:00:00Z', { rating: { score: 5, at: '2026-11-10T06:00:00Z' }, meToo: 9 })
    const dashboard = aggregateDashboard([inside, outside], weeks)
    expect(dashboard.weeks).toEqual(weeks)
    expect(dashboard.byTopicWeek).toEqual([{ week: '2026-11-23', category: 'social-security', subDistrict: 'pingjiang', count: 1 }])
    expect(dashboard.satisfaction).toEqual({ average: 2, count: 1 })
    expect(dashboard.topMeToo.map((m) => m.id)).toEqual([inside.id])
    expect(dashboard.firstAnswer).toEqual([{ subDistrict: 'pingjiang', medianHours: 4, answered: 1 }])
  })

  it('exports the topic rows as CSV with a BOM and Chinese names', () => {
    const csv = dashboardCsv({
      byTopicWeek: [
        { week: '2026-11-23', category: 'mediation', subDistrict: 'huqiu', count: 2 },
        { week: '2026-11-23', category: 'other', subDistrict: 'district', count: 1 },
      ],
    })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '周,类别,街道,留言数',
      '2026-11-23,调解维权,虎丘街道,2',
      '2026-11-23,其他,区级（未选街道）,1',
      '',
    ])
  })
})
