import { describe, expect, it } from 'vitest'
import { creditCode, idNumber } from '../../../test/fixtures/companies'
import { checkCreditCode, checkIdNumber, isProblem } from './checks'

describe('checkCreditCode (GB 32100-2015, as typed)', () => {
  const good = creditCode('91320508MA1XY2W3A')

  it('accepts a valid code in any case and with spaces, as the API normalises it', () => {
    expect(checkCreditCode(good)).toEqual({ kind: 'valid' })
    expect(checkCreditCode(` ${good.toLowerCase().slice(0, 9)} ${good.toLowerCase().slice(9)} `)).toEqual({ kind: 'valid' })
  })

  it('names the first character the alphabet does not have, and its position', () => {
    expect(checkCreditCode('9132O5')).toEqual({ kind: 'bad-character', position: 5, character: 'O' })
    expect(checkCreditCode('91-3')).toEqual({ kind: 'bad-character', position: 3, character: '-' })
  })

  it('counts what is missing or too many, and finds a wrong check character', () => {
    expect(checkCreditCode(good.slice(0, 10))).toEqual({ kind: 'short', typed: 10, missing: 8 })
    expect(checkCreditCode(`${good}1`)).toEqual({ kind: 'long', extra: 1 })
    expect(checkCreditCode(`${good.slice(0, 16)}${good[16] === '1' ? '2' : '1'}${good[17]}`)).toEqual({ kind: 'check-character' })
  })

  it('treats empty and still-typing as problems only once the person has tried to go on', () => {
    expect(isProblem(checkCreditCode(''), false)).toBe(false)
    expect(isProblem(checkCreditCode('913'), false)).toBe(false)
    expect(isProblem(checkCreditCode('913'), true)).toBe(true)
    expect(isProblem(checkCreditCode('I'), false)).toBe(true)
  })
})

describe('checkIdNumber (GB 11643, as typed)', () => {
  const good = idNumber('11010519491231002')

  it('accepts a valid number and a lower-case x check character', () => {
    expect(good.endsWith('X')).toBe(true)
    expect(checkIdNumber(good.toLowerCase())).toEqual({ kind: 'valid' })
  })

  it('refuses a letter before the last place, a birth date that does not exist and a wrong check digit', () => {
    expect(checkIdNumber('1101X5')).toEqual({ kind: 'bad-character', position: 5, character: 'X' })
    expect(checkIdNumber(idNumber('11010519490231002'))).toEqual({ kind: 'bad-date' })
    expect(checkIdNumber(`${good.slice(0, 17)}0`)).toEqual({ kind: 'check-character' })
  })
})
