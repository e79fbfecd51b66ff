import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatWallClock } from './display'

describe('dates and times as the app writes them', () => {
  it('writes a date with its weekday, and the year only when it is not this year', () => {
    expect(formatDate('2026-11-27', 'zh', '2026-12-06')).toBe('11月27日（周五）')
    expect(formatDate('2026-11-27', 'en', '2026-12-06')).toBe('Fri 27 Nov')
    expect(formatDate('2027-01-04', 'zh', '2026-12-31')).toBe('2027年1月4日（周一）')
    expect(formatDate('2025-03-01', 'en', '2026-12-06')).toBe('Sat 1 Mar 2025')
  })

  it('writes an instant on the Suzhou clock, across midnight UTC and the new year', () => {
    expect(formatDateTime('2026-11-25T06:30:00.000Z', 'zh', '2026-11-25')).toBe('11月25日（周三）14:30')
    expect(formatDateTime('2026-12-31T16:05:00.000Z', 'zh', '2026-12-31')).toBe('2027年1月1日（周五）00:05')
    expect(formatDateTime('2026-12-31T16:05:00.000Z', 'en', '2027-01-01')).toBe('Fri 1 Jan, 00:05')
  })

  it('writes a wall-clock time (a session) the same way', () => {
    expect(formatWallClock('2026-12-02T09:30', 'zh', '2026-12-01')).toBe('12月2日（周三）09:30')
    expect(formatWallClock('2026-12-02T09:30', 'en', '2026-12-01')).toBe('Wed 2 Dec, 09:30')
  })
})
