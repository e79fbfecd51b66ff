import { describe, expect, it } from 'vitest'
import { instantOfShanghai, shanghaiMinute } from './shanghai'

describe('instantOfShanghai', () => {
  it('reads a Suzhou wall-clock time as the instant it names, across midnight and the year end', () => {
    expect(instantOfShanghai('2026-12-10T09:00').toISOString()).toBe('2026-12-10T01:00:00.000Z')
    expect(instantOfShanghai('2027-01-01T07:30').toISOString()).toBe('2026-12-31T23:30:00.000Z')
    expect(shanghaiMinute(instantOfShanghai('2027-02-06T18:45'))).toContain('18:45')
  })
})
