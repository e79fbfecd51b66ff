import Workbook from 'exceljs/lib/doc/workbook'
import type { EmployeeRecord } from './keys'
import { ROSTER_HEADER, rosterRows } from './roster-columns'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Wide enough for the header and an 18-character ID number, in Excel's character widths. */
const WIDTHS = [6, 12, 22, 15, 12, 14, 12]

/**
 * The 职工名册 as an Excel workbook: the CSV export's columns, every cell text (an ID number as a number would
 * lose its last digits, and a name starting with = is text, never a formula, when written as a string value).
 */
export async function rosterWorkbook(employees: readonly EmployeeRecord[], now: Date): Promise<Buffer> {
  const workbook = new Workbook()
  workbook.creator = '家门口的人社服务站'
  workbook.created = now
  const sheet = workbook.addWorksheet('职工名册', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = ROSTER_HEADER.map((header, i) => ({ header, width: WIDTHS[i], style: { numFmt: '@' } }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rosterRows(employees)) sheet.addRow(row.map(String))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
