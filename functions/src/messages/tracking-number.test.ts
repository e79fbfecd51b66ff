import { describe, expect, it } from 'vitest'
import { randomTrackingCode, reserveTrackingNo, TRACKING_ALPHABET } from './tracking-number'

describe('tracking numbers', () => {
  it('read out easily: the day and four letters or digits, none that sound or look alike', () => {
    for (let i = 0; i < 200; i++) expect(randomTrackingCode()).toMatch(/^[2-9A-HJ-NP-Z]{4}$/)
    expect(TRACKING_ALPHABET).not.toMatch(/[01IO]/)
  })

  it('say nothing of how many messages came before: consecutive numbers are not in order', () => {
    const codes = Array.from({ length: 50 }, () => randomTrackingCode())
    expect(new Set(codes).size).toBeGreaterThan(45)
    expect(codes).not.toEqual([...codes].sort())
  })

  it('draw again when the day already holds the code, so no two messages share a number', async () => {
    const taken = new Set(['LY-20261207-AAAA'])
    const draws = ['AAAA', 'AAAA', 'B7QX']
    const number = await reserveTrackingNo(
      '20261207',
      async (day, code) => !taken.has(`LY-${day}-${code}`),
      () => draws.shift()!,
    )
    expect(number).toBe('LY-20261207-B7QX')
    expect(draws).toEqual([])
  })
})
