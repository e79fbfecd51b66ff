import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskPhone } from './personal-data'

describe('masking', () => {
  it('masks a mobile number as 137****0969', () => {
    expect(maskPhone('13712340969')).toBe('137****0969')
  })

  it('keeps only the last four digits of other numbers', () => {
    expect(maskPhone('0512-65101234')).toBe('*********1234')
    expect(maskPhone('123')).toBe('****')
  })

  it('masks an 18-character ID number as 3205**********1234', () => {
    expect(maskIdNumber('320501199001011234')).toBe('3205**********1234')
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X')
  })

  it('never returns the original', () => {
    for (const value of ['13712340969', '320501199001011234', '1234']) {
      expect(maskPhone(value)).not.toBe(value)
      expect(maskIdNumber(value)).not.toBe(value)
    }
  })
})
