import { idNumberCheckCharacter } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../core/http/errors'
import { parseRoster } from './roster-import'

const HEADER = '姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日'
const id = (n: number) => {
  const first17 = `32050819900101${String(n).padStart(3, '0')}`
  return first17 + idNumberCheckCharacter(first17)
}
const line = (name: string, n: number, extra = '13912345678,2026-11-21,是,2029-11-20') => `${name},${id(n)},${extra}`

function fileErrorOf(csv: string): string {
  try {
    parseRoster(csv)
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    const { errors } = error as ValidationError
    expect(errors).toHaveLength(1)
    expect(errors![0]!.path).toBe('body.csv')
    return errors![0]!.message
  }
  throw new Error('expected a file error')
}

describe('parseRoster', () => {
  it('reads the export back: BOM, 序号 column, CRLF, the defused formula prefix, 是/否, an empty end date', () => {
    const csv = `\uFEFF序号,${HEADER}\r\n1,王五,${id(1)},13712340969,2026-11-21,否,\r\n2,'=赵六,${id(2).toLowerCase()},13912345678,2026-11-21,是,2029-11-20\r\n`
    expect(parseRoster(csv)).toEqual([
      { row: 2, input: { name: '王五', idNumber: id(1), phone: '13712340969', hiredOn: '2026-11-21', contractSigned: false } },
      {
        row: 3,
        input: {
          name: '=赵六',
          idNumber: id(2).toUpperCase(),
          phone: '13912345678',
          hiredOn: '2026-11-21',
          contractSigned: true,
          contractEndsOn: '2029-11-20',
        },
      },
    ])
  })

  it('takes columns in any order, spreadsheet dates and yes/no words, and no 合同到期日 column at all', () => {
    const csv = `已签劳动合同,入职日期,姓名,手机号码,身份证号码\n已签,2026/1/5,李四,13912345678,${id(3)}\nN,2026年2月9日,张三,0512-65221234,${id(4)}`
    expect(parseRoster(csv).map((r) => r.input)).toEqual([
      { name: '李四', idNumber: id(3), phone: '13912345678', hiredOn: '2026-01-05', contractSigned: true },
      { name: '张三', idNumber: id(4), phone: '0512-65221234', hiredOn: '2026-02-09', contractSigned: false },
    ])
  })

  it('reports every bad field of a row by name, with the spreadsheet row counting blank lines and the header', () => {
    const bad = `,110105194912310021,123,2026-13-01,也许,明年`
    const rows = parseRoster(`${HEADER}\n${line('甲', 5)}\n\n${bad}\n${line('乙', 6)}\n`)
    expect(rows.map((r) => [r.row, r.errors === undefined])).toEqual([
      [2, true],
      [4, false],
      [5, true],
    ])
    expect(rows[1]!.errors!.map((e) => e.field)).toEqual(['name', 'idNumber', 'phone', 'hiredOn', 'contractSigned', 'contractEndsOn'])
    expect(rows[1]!.errors!.find((e) => e.field === 'idNumber')!.detail).toBe('身份证号码不正确，请核对')
    expect(rows[1]!.errors!.find((e) => e.field === 'contractSigned')!.detail).toBe('须为是或否')
  })

  it('keeps the row of a multi-line cell: one record is one spreadsheet row', () => {
    const rows = parseRoster(`${HEADER}\n"王\n五",${id(7)},13912345678,2026-11-21,是,\n${line('丁', 8)}`)
    expect(rows.map((r) => r.row)).toEqual([2, 3])
  })

  it('makes a repeated ID number an error of the later row, naming the first', () => {
    const rows = parseRoster(`${HEADER}\n${line('甲', 9)}\n${line('乙', 10)}\n${line('丙', 9)}`)
    expect(rows[2]).toEqual({ row: 4, errors: [{ field: 'idNumber', detail: '与第 2 行的身份证号码重复' }] })
  })

  it('reports a row with the wrong number of cells as a whole', () => {
    const rows = parseRoster(`${HEADER}\n李四,${id(11)},13912345678\n${line('乙', 12)},多余`)
    expect(rows.map((r) => r.errors)).toEqual([
      [{ field: 'row', detail: '应有 6 列，这一行有 3 列' }],
      [{ field: 'row', detail: '应有 6 列，这一行有 7 列' }],
    ])
  })

  it('refuses the file as a whole for a missing or unknown column, no rows, too many rows, bad quoting or GBK text', () => {
    expect(fileErrorOf('姓名,身份证号码\n李四,1')).toContain('表头缺少：手机号码、入职日期、已签劳动合同')
    expect(fileErrorOf(`${HEADER},工号\n`)).toContain('不认识的列：工号')
    expect(fileErrorOf(`${HEADER},姓名\n`)).toContain('「姓名」出现了两次')
    expect(fileErrorOf(`\uFEFF${HEADER}\r\n\r\n,,,,,\r\n`)).toBe('表头之后没有员工')
    expect(fileErrorOf('')).toContain('文件是空的')
    expect(fileErrorOf(`${HEADER}\n${Array.from({ length: 501 }, (_, i) => line('甲', i)).join('\n')}`)).toBe(
      '一次最多导入 500 名员工，此文件有 501 名',
    )
    expect(fileErrorOf(`${HEADER}\n"李四,${id(13)}\n`)).toContain('不是有效的 CSV')
    expect(fileErrorOf(`\uFFFD\uFFFD,\uFFFD\n`)).toContain('UTF-8')
  })

  it('takes exactly 500 rows', () => {
    expect(parseRoster(`${HEADER}\n${Array.from({ length: 500 }, (_, i) => line('甲', i)).join('\n')}`)).toHaveLength(500)
  })
})
