import type { EmployeeInput } from '@doorstep/shared'
import type { EmployeeRecord } from './keys'

/**
 * The 职工名册's columns, the same in the CSV and XLSX exports and in the CSV import (which ignores 序号, so an
 * exported file goes back in as it is).
 */
export const ROSTER_COLUMNS = [
  { header: '姓名', field: 'name', required: true },
  { header: '身份证号码', field: 'idNumber', required: true },
  { header: '手机号码', field: 'phone', required: true },
  { header: '入职日期', field: 'hiredOn', required: true },
  { header: '已签劳动合同', field: 'contractSigned', required: true },
  { header: '合同到期日', field: 'contractEndsOn', required: false },
] as const satisfies readonly { header: string; field: keyof EmployeeInput; required: boolean }[]

export const SERIAL_HEADER = '序号'
export const ROSTER_HEADER = [SERIAL_HEADER, ...ROSTER_COLUMNS.map((c) => c.header)]

export const YES = '是'
export const NO = '否'

/** One line per employee in roster order, unmasked: the company's own record. */
export function rosterRows(employees: readonly EmployeeRecord[]): (string | number)[][] {
  return employees.map((e, i) => [i + 1, e.name, e.idNumber, e.phone, e.hiredOn, e.contractSigned ? YES : NO, e.contractEndsOn ?? ''])
}
