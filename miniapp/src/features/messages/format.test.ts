import { describe, expect, it } from 'vitest'
import { BUNDLED_CALENDAR, IdempotencyKey } from '@doorstep/shared'
import * as v from 'valibot'
import { deadlineClock, newDraftKey } from './format'

const at = (local: string) => new Date(`${local}+08:00`)

describe('deadline clock', () => {
  it('counts the working days left, today included, skipping a weekend', () => {
    // deadline: end of Tuesday 2026-11-24; now: Friday 2026-11-20 → Fri, Mon, Tue
    expect(deadlineClock('2026-11-24T15:59:59.999Z', at('2026-11-20T10:00:00'), BUNDLED_CALENDAR)).toEqual({
      overdue: false,
      workingDaysLeft: 3,
    })
    expect(deadlineClock('2026-11-24T15:59:59.999Z', at('2026-11-24T17:00:00'), BUNDLED_CALENDAR)).toEqual({
      overdue: false,
      workingDaysLeft: 1,
    })
  })

  it('skips the National Day holiday', () => {
    // 2026-10-01..07 are holidays: from Wednesday 09-30 to the end of Friday 10-09 that is 09-30, 10-08 and 10-09
    expect(deadlineClock('2026-10-09T15:59:59.999Z', at('2026-09-30T09:00:00'), BUNDLED_CALENDAR)).toEqual({
      overdue: false,
      workingDaysLeft: 3,
    })
    // the Saturday 10-10 is worked in lieu (调休): a deadline then still has the Saturday
    expect(deadlineClock('2026-10-10T15:59:59.999Z', at('2026-10-09T09:00:00'), BUNDLED_CALENDAR)).toEqual({
      overdue: false,
      workingDaysLeft: 2,
    })
  })

  it('says how many calendar days a message is past its deadline', () => {
    expect(deadlineClock('2026-11-24T15:59:59.999Z', at('2026-11-25T08:00:00'), BUNDLED_CALENDAR)).toEqual({ overdue: true, daysOver: 1 })
    expect(deadlineClock('2026-11-24T15:59:59.999Z', at('2026-11-26T20:00:00'), BUNDLED_CALENDAR)).toEqual({ overdue: true, daysOver: 2 })
  })
})

describe('message drafts', () => {
  it('makes draft keys the API accepts, a new one each time', () => {
    const keys = new Set(Array.from({ length: 50 }, newDraftKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(v.is(IdempotencyKey, key)).toBe(true)
  })
})
