import { describe, expect, it } from 'vitest'
import { shanghaiWeekStart, shanghaiWeekStarts } from '../time/shanghai'
import { median, onboardingFigures, stewardRows, type CaseFacts } from './onboarding-dashboard'

describe('ISO weeks on the Suzhou calendar', () => {
  it('starts a week on Monday at midnight in Suzhou, not in UTC', () => {
    // Sunday 23:59 in Suzhou, then Monday 00:30
    expect(shanghaiWeekStart(new Date('2026-11-22T15:59:00Z'))).toBe('2026-11-16')
    expect(shanghaiWeekStart(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23')
    expect(shanghaiWeekStart(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-23')
  })

  it('crosses the year the ISO way: 1 January 2026 (a Thursday) is in the week of 29 December 2025', () => {
    expect(shanghaiWeekStart(new Date('2026-01-01T02:00:00Z'))).toBe('2025-12-29')
  })

  it('lists the last n weeks oldest first, the current one last', () => {
    expect(shanghaiWeekStarts(new Date('2026-11-25T04:00:00Z'), 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
    expect(shanghaiWeekStarts(new Date('2026-01-05T04:00:00Z'), 2)).toEqual(['2025-12-29', '2026-01-05'])
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, to one decimal', () => {
    expect(median([])).toBeNull()
    expect(median([30, 10, 20])).toBe(20)
    expect(median([10, 40, 20, 30])).toBe(25)
    expect(median([12.5, 12.55])).toBe(12.5)
  })
})

describe('onboardingFigures', () => {
  const now = new Date('2026-11-25T04:00:00Z') // Wednesday; Suzhou date 2026-11-25
  const facts = (overrides: Partial<CaseFacts>): CaseFacts => ({
    createdAt: '2026-11-24T02:00:00Z',
    foundedOn: '2026-11-20',
    registered: false,
    stepsDone: 1,
    ...overrides,
  })
  const completed = (createdAt: string, deskStartedAt: string | undefined, minutes: number): CaseFacts => ({
    createdAt,
    foundedOn: '2026-11-01',
    registered: true,
    stepsDone: 8,
    ...(deskStartedAt ? { deskStartedAt } : {}),
    completedAt: new Date(Date.parse(deskStartedAt ?? createdAt) + minutes * 60_000).toISOString(),
  })

  it('counts cases opened and completed per week, in the window only', () => {
    const figures = onboardingFigures(
      [
        facts({ createdAt: '2026-11-24T02:00:00Z' }),
        facts({ createdAt: '2026-11-22T16:30:00Z' }), // Monday 00:30 in Suzhou: this week
        facts({ createdAt: '2026-11-22T15:59:00Z' }), // Sunday 23:59 in Suzhou: last week
        completed('2026-11-10T01:00:00Z', '2026-11-17T01:00:00Z', 12),
        facts({ createdAt: '2026-10-01T02:00:00Z', foundedOn: '2026-11-20' }), // before the window
      ],
      now,
      3,
    )
    expect(figures.weeks).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
    expect(figures.perWeek).toEqual([
      { week: '2026-11-09', opened: 1, completed: 0 },
      { week: '2026-11-16', opened: 1, completed: 1 },
      { week: '2026-11-23', opened: 2, completed: 0 },
    ])
    expect(figures.completedCount).toBe(1)
  })

  it('takes the median desk time of cases completed in the window; untimed ones count but are not in the median', () => {
    const figures = onboardingFigures(
      [
        completed('2026-11-23T01:00:00Z', '2026-11-23T02:00:00Z', 14),
        completed('2026-11-23T01:00:00Z', '2026-11-24T02:00:00Z', 9),
        completed('2026-11-23T01:00:00Z', '2026-11-24T03:00:00Z', 40),
        completed('2026-11-23T01:00:00Z', '2026-11-24T03:00:00Z', 11),
        completed('2026-11-23T01:00:00Z', undefined, 3000), // finished online: no desk time
        completed('2026-09-01T01:00:00Z', '2026-09-01T02:00:00Z', 500), // outside the window
      ],
      now,
      8,
    )
    expect(figures.completedCount).toBe(5)
    expect(figures.medianCompleteMinutes).toBe(12.5)
  })

  it('answers null for the median when nothing was completed', () => {
    expect(onboardingFigures([facts({})], now, 8)).toMatchObject({ medianCompleteMinutes: null, completedCount: 0 })
  })

  it('counts active cases past founding + 30 days without 单位社保开户 as overdue, whenever they were opened', () => {
    const figures = onboardingFigures(
      [
        facts({ foundedOn: '2026-10-25', createdAt: '2026-06-01T00:00:00Z' }), // due 11-24: overdue
        facts({ foundedOn: '2026-10-26' }), // due today: not yet
        facts({ foundedOn: '2026-10-01', registered: true }), // registered late: fine
        completed('2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z', 10),
      ],
      now,
      8,
    )
    expect(figures.overdueRegistrations).toBe(1)
  })

  it('decides overdue on the Suzhou calendar', () => {
    const due = facts({ foundedOn: '2026-11-01' }) // due 2026-12-01
    expect(onboardingFigures([due], new Date('2026-12-01T15:59:00Z'), 1).overdueRegistrations).toBe(0)
    expect(onboardingFigures([due], new Date('2026-12-01T16:01:00Z'), 1).overdueRegistrations).toBe(1)
  })
})

describe('stewardRows', () => {
  const facts = (staffId: string | undefined, stepsDone: number, completedAt?: string): CaseFacts => ({
    createdAt: '2026-11-24T02:00:00Z',
    foundedOn: '2026-11-20',
    registered: false,
    stepsDone,
    ...(staffId ? { steward: { staffId, name: `${staffId} 名` } } : {}),
    ...(completedAt ? { completedAt } : {}),
  })

  it('counts each steward’s companies, the completed ones and the share of steps done; cases without one are left out', () => {
    const rows = stewardRows(
      [facts('desk.a', 2), facts('grid.b', 8, '2026-11-25T01:00:00Z'), facts('desk.a', 4), facts(undefined, 8), facts('grid.b', 8)],
      8,
    )
    expect(rows).toEqual([
      { staffId: 'desk.a', name: 'desk.a 名', companies: 2, completed: 0, percent: 38 },
      { staffId: 'grid.b', name: 'grid.b 名', companies: 2, completed: 1, percent: 100 },
    ])
  })
})
