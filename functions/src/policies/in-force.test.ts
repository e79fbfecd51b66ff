import { describe, expect, it } from 'vitest'
import { shanghaiDate as shanghaiToday } from '@doorstep/shared'
import { isInForce } from './in-force'

describe('shanghaiToday', () => {
  it('is already tomorrow in Suzhou at 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25')
    expect(shanghaiToday(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26')
  })
})

describe('isInForce', () => {
  const policy = { effectiveFrom: '2024-01-01', expiresOn: '2026-11-25' }
  it('runs from the effective date through the day before expiry', () => {
    expect(isInForce(policy, '2023-12-31')).toBe(false)
    expect(isInForce(policy, '2024-01-01')).toBe(true)
    expect(isInForce(policy, '2026-11-24')).toBe(true)
    expect(isInForce(policy, '2026-11-25')).toBe(false)
  })

  it('never ends without an expiry date', () => {
    expect(isInForce({ effectiveFrom: '2020-01-01' }, '2099-01-01')).toBe(true)
  })
})
