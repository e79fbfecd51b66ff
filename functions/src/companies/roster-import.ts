import { parse } from 'csv-parse/sync'
import { EMPLOYEE_IMPORT_MAX_ROWS, EmployeeInput, toFieldErrors, type EmployeeImportRow } from '@doorstep/shared'
import * as v from 'valibot'
import { ValidationError } from '../core/http/errors'
import { NO, ROSTER_COLUMNS, SERIAL_HEADER, YES } from './roster-columns'

type RowError = NonNullable<EmployeeImportRow['errors']>[number]

/** One record of the file: its spreadsheet row, and either the employee it holds or what is wrong with it. */
export type ParsedRow = { row: number; input: EmployeeInput; errors?: undefined } | { row: number; input?: undefined; errors: RowError[] }

const fileError = (message: string) => new ValidationError([{ path: 'body.csv', message }])

/**
 * Reads a roster CSV (the export's own format; UTF-8 with or without BOM) into checked rows. Problems with the
 * file as a whole (not CSV, not UTF-8, missing columns, too many rows) are one 422 naming `body.csv`; problems of
 * a record are that row's errors, each naming the field. Nothing here touches the roster, so a rejected import
 * has written nothing.
 */
export function parseRoster(csv: string): ParsedRow[] {
  // what a GBK file decoded as UTF-8 leaves behind (Excel on a Chinese Windows saves plain "CSV" as GBK)
  if (csv.includes('\uFFFD')) throw fileError('文件不是 UTF-8 编码：请在 Excel 中「另存为」选择「CSV UTF-8（逗号分隔）」后再导入')

  let records: string[][]
  try {
    // empty lines are kept as records so that a record's index is its spreadsheet row
    records = parse(csv, { bom: true, relax_column_count: true, trim: true })
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw fileError(`不是有效的 CSV${line ? `（第 ${line} 行附近，引号不成对或位置不对）` : ''}`)
  }

  const headerAt = records.findIndex((r) => !isBlank(r))
  if (headerAt < 0) throw fileError('文件是空的：第一行应为表头，之后每行一名员工')
  const columns = readHeader(records[headerAt]!)

  const rows = records
    .map((record, i) => ({ record, row: i + 1 }))
    .slice(headerAt + 1)
    .filter(({ record }) => !isBlank(record))
  if (rows.length === 0) throw fileError('表头之后没有员工')
  if (rows.length > EMPLOYEE_IMPORT_MAX_ROWS) throw fileError(`一次最多导入 ${EMPLOYEE_IMPORT_MAX_ROWS} 名员工，此文件有 ${rows.length} 名`)

  const firstRowOf = new Map<string, number>()
  return rows.map(({ record, row }): ParsedRow => {
    if (record.length !== columns.length)
      return { row, errors: [{ field: 'row', detail: `应有 ${columns.length} 列，这一行有 ${record.length} 列` }] }
    const result = v.safeParse(EmployeeInput, toInput(columns, record))
    if (!result.success)
      return { row, errors: toFieldErrors(result.issues).map((e) => ({ field: e.path.split('.')[0]!, detail: e.message })) }
    const earlier = firstRowOf.get(result.output.idNumber)
    if (earlier !== undefined) return { row, errors: [{ field: 'idNumber', detail: `与第 ${earlier} 行的身份证号码重复` }] }
    firstRowOf.set(result.output.idNumber, row)
    return { row, input: result.output }
  })
}

type Column = keyof EmployeeInput | typeof SERIAL_HEADER

function readHeader(header: string[]): Column[] {
  const columns: Column[] = []
  const unknown: string[] = []
  for (const cell of header) {
    const name = cell.replace(/\s+/g, '')
    const column = name === SERIAL_HEADER ? SERIAL_HEADER : ROSTER_COLUMNS.find((c) => c.header === name)?.field
    if (!column) unknown.push(cell)
    else if (columns.includes(column)) throw fileError(`表头中「${cell}」出现了两次`)
    else columns.push(column)
  }
  if (unknown.length) throw fileError(`表头中有不认识的列：${unknown.join('、')}。表头应为：${expectedHeader()}`)
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !columns.includes(c.field))
  if (missing.length) throw fileError(`表头缺少：${missing.map((c) => c.header).join('、')}。表头应为：${expectedHeader()}`)
  return columns
}

const expectedHeader = () => ROSTER_COLUMNS.map((c) => c.header).join(',')

/** The record as the fields EmployeeInput checks; cells that cannot be read are passed on as text for it to name. */
function toInput(columns: Column[], record: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  columns.forEach((column, i) => {
    const cell = record[i]!
    switch (column) {
      case SERIAL_HEADER:
        return
      case 'name':
        input.name = undefuse(cell)
        return
      case 'contractSigned':
        input.contractSigned = yesNo(cell) ?? cell
        return
      case 'hiredOn':
        input.hiredOn = isoDate(cell)
        return
      case 'contractEndsOn':
        if (cell !== '') input.contractEndsOn = isoDate(cell)
        return
      default:
        input[column] = cell
    }
  })
  return input
}

const isBlank = (record: string[]) => record.every((cell) => cell === '')

/** The export prefixes text that starts like a formula with ' (CSV injection); an exported file comes back unchanged. */
const undefuse = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell)

function yesNo(cell: string): boolean | undefined {
  const answer = cell.toLowerCase()
  if ([YES, '已签', 'y', 'yes', 'true', '1'].includes(answer)) return true
  if ([NO, '未签', 'n', 'no', 'false', '0'].includes(answer)) return false
  return undefined
}

/** Spreadsheets like to write 2026/1/5; the roster keeps 2026-01-05. */
function isoDate(cell: string): string {
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell)
  return parts ? `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}` : cell
}
