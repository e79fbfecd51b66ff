import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskName, maskPersonalText, maskPhone } from './personal-data'

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

describe('maskName', () => {
  it('keeps the family name only', () => {
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('李')).toBe('*')
    expect(maskName('  ')).toBe('')
  })
})

describe('maskPersonalText', () => {
  it('masks a mobile number inside a sentence, leaving the words', () => {
    expect(maskPersonalText('请打我电话13812345678，谢谢')).toBe('请打我电话138****5678，谢谢')
  })

  it('masks mobiles typed with spaces, dashes, +86 or full-width digits', () => {
    expect(maskPersonalText('手机 138 1234 5678')).toBe('手机 138****5678')
    expect(maskPersonalText('手机138-1234-5678。')).toBe('手机138****5678。')
    expect(maskPersonalText('+86 13812345678')).toBe('138****5678')
    expect(maskPersonalText('电话１３８１２３４５６７８')).toBe('电话138****5678')
  })

  it('masks landlines with an area code, keeping the last four digits', () => {
    expect(maskPersonalText('座机0512-65101234')).toBe('座机********1234')
    expect(maskPersonalText('座机(0512)65101234')).toBe('座机********1234')
  })

  it('masks 18- and 15-digit ID numbers, an X check character included', () => {
    expect(maskPersonalText('身份证320501199001011234')).toBe('身份证3205**********1234')
    expect(maskPersonalText('身份证号11010519491231002x，')).toBe('身份证号1101**********002X，')
    expect(maskPersonalText('老证320501900101123')).toBe('老证3205*******1123')
  })

  it('masks other long digit runs (bank cards) and every number in the text', () => {
    expect(maskPersonalText('卡号6222021234567890123')).toBe('卡号***************0123')
    expect(maskPersonalText('13812345678 或 13998765432')).toBe('138****5678 或 139****5432')
  })

  it('leaves dates, amounts and short numbers alone', () => {
    const text = '2026年3月拖欠工资8500元，共3人，工号20260301'
    expect(maskPersonalText(text)).toBe(text)
  })

  it('never leaves the original number readable', () => {
    for (const number of ['13712340969', '320501199001011234', '0512-65101234']) {
      expect(maskPersonalText(`号码${number}`)).not.toContain(number)
    }
  })
})
