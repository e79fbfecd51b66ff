import { describe, expect, it } from 'vitest'
import { lineOfError, parseYearText, yearToText } from './year-text'

describe('a year typed as the notice lists it', () => {
  it('reads one holiday or worked weekend day per line, a one-day holiday without an end date', () => {
    const parsed = parseYearText('元旦 2027-01-01\n\n春节  2027-02-06 2027-02-13', '春节 2027-02-14')
    expect(parsed.problems).toEqual([])
    expect(parsed.body).toEqual({
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
        { name: '春节', from: '2027-02-06', to: '2027-02-13' },
      ],
      workdays: [{ name: '春节', date: '2027-02-14' }],
    })
    expect(yearToText(parsed.body)).toEqual({ holidays: '元旦 2027-01-01\n春节 2027-02-06 2027-02-13', workdays: '春节 2027-02-14' })
  })

  it('says which line it cannot read, and maps the API’s field errors back to lines', () => {
    const parsed = parseYearText('元旦 2027-01-01\n春节 二月六日', '2027-02-14')
    expect(parsed.problems).toEqual([
      { list: 'holidays', line: 2, message: '应为：名称 开始日期 结束日期' },
      { list: 'workdays', line: 1, message: '应为：名称 日期' },
    ])
    expect(lineOfError('body.holidays.1.from')).toEqual({ list: 'holidays', line: 2 })
    expect(lineOfError('path.year')).toBeUndefined()
  })
})
