import { describe, expect, it } from 'vitest'
import { toCsv } from './to-csv'

describe('toCsv (RFC 4180)', () => {
  it('joins fields with commas and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['序号', '姓名'],
        [1, '王阿姨'],
      ]),
    ).toBe('序号,姓名\r\n1,王阿姨\r\n')
  })

  it('quotes fields holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rhere']])).toBe('"a,b","say ""hi""","two\nlines","cr\rhere"\r\n')
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a', -3]])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@a,-3\r\n`)
  })

  it('writes booleans as text', () => {
    expect(toCsv([[true, false]])).toBe('true,false\r\n')
  })
})
