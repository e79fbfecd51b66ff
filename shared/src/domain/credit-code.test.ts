import { describe, expect, it } from 'vitest'
import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code'

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L'])('accepts %s', (code) => expect(isValidCreditCode(code)).toBe(true))

  it('computes the check character of the standard example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3')
  })

  it('maps a remainder of 0 to the character 0', () => {
    // 17 zeros weigh 0: 31 - 0 = 31 → 0
    expect(creditCodeCheckCharacter('0'.repeat(17))).toBe('0')
  })

  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['two swapped characters', '91350100M000100Y34'],
    ['a forbidden letter (I, O, S, V, Z)', '91350100M0001O0Y43'],
    ['lower case', '91350100m000100y43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['an empty string', ''],
  ])('rejects %s', (_why, code) => expect(isValidCreditCode(code)).toBe(false))
})
