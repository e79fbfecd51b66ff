import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, registrationReminderStage } from './onboarding-timing'

describe('registration deadline arithmetic', () => {
  it('adds 30 days across months and a leap day', () => {
    expect(addDays('2026-01-15', 30)).toBe('2026-02-14')
    expect(addDays('2028-02-10', 30)).toBe('2028-03-11')
  })

  it('counts days left, negative once overdue', () => {
    expect(daysBetween('2026-11-25', '2026-12-01')).toBe(6)
    expect(daysBetween('2026-12-03', '2026-12-01')).toBe(-2)
  })
})

describe('registration reminder stages', () => {
  it('reminds a week before, the day before or on the day, and once overdue; not earlier', () => {
    expect([8, 7, 2, 1, 0, -1, -40].map(registrationReminderStage)).toEqual([undefined, '7d', '7d', '1d', '1d', 'overdue', 'overdue'])
  })
})
