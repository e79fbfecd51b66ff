import { describe, expect, it } from 'vitest'
import { idNumberCheckCharacter, isValidIdNumber, normalizeIdNumber } from './id-number'

describe('居民身份证号码 check character (GB 11643)', () => {
  it.each(['11010519491231002X', '110101199003074477'])('accepts %s', (id) => {
    expect(isValidIdNumber(id)).toBe(true)
  })

  it('computes X for a remainder of 2', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X')
  })

  it('accepts a lower-case x once normalised', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(false)
    expect(isValidIdNumber(normalizeIdNumber(' 11010519491231002x '))).toBe(true)
  })

  it.each([
    ['a wrong check digit', '110105194912310021'],
    ['two swapped digits', '11010519491231200X'],
    ['an impossible birth date (30 February)', fix('11010519490230002')],
    ['a birth year before 1900', fix('11010518491231002')],
    ['17 digits', '11010519491231002'],
    ['letters', '1101051949123100AX'],
  ])('rejects %s', (_why, id) => expect(isValidIdNumber(id)).toBe(false))
})

/** A number with a correct check digit, so only the other rule can reject it. */
function fix(first17: string): string {
  return first17 + idNumberCheckCharacter(first17)
}
