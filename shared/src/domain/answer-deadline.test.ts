import { describe, expect, it } from 'vitest'
import { addWorkingDays, answerDeadline, isWorkingDay } from './answer-deadline'
import { BUNDLED_CALENDAR } from './holiday-calendar'

/** The end of a Suzhou calendar day, as an instant. */
const endOf = (isoDate: string) => new Date(`${isoDate}T23:59:59.999+08:00`)

describe('answer deadline (3 working days)', () => {
  it('counts three working days after the day a message arrives, skipping the weekend', () => {
    // Wednesday → Thu, Fri, Mon
    expect(answerDeadline(new Date('2026-11-25T10:00:00+08:00'), 3, BUNDLED_CALENDAR)).toEqual(endOf('2026-11-30'))
    // Friday evening → Mon, Tue, Wed
    expect(answerDeadline(new Date('2026-11-27T20:00:00+08:00'), 3, BUNDLED_CALENDAR)).toEqual(endOf('2026-12-02'))
  })

  it('uses the Suzhou date, not the server clock: 00:30 Wednesday in Suzhou is still Tuesday in UTC', () => {
    expect(answerDeadline(new Date('2026-11-24T16:30:00Z'), 3, BUNDLED_CALENDAR)).toEqual(endOf('2026-11-30'))
  })

  it('skips 国庆 and counts the Saturday worked in lieu (调休上班)', () => {
    // 30 Sep 2026: 1–7 Oct off, Thu 8 and Fri 9 Oct, then Saturday 10 Oct is a working day
    expect(answerDeadline(new Date('2026-09-30T09:00:00+08:00'), 3, BUNDLED_CALENDAR)).toEqual(endOf('2026-10-10'))
  })

  it('knows which days are worked', () => {
    expect(isWorkingDay('2026-10-01', BUNDLED_CALENDAR)).toBe(false)
    expect(isWorkingDay('2026-10-10', BUNDLED_CALENDAR)).toBe(true)
    expect(isWorkingDay('2026-11-28', BUNDLED_CALENDAR)).toBe(false)
    expect(isWorkingDay('2026-11-27', BUNDLED_CALENDAR)).toBe(true)
    expect(addWorkingDays('2026-11-27', 1, BUNDLED_CALENDAR)).toBe('2026-11-30')
  })
})
