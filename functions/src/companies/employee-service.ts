import { maskIdNumber, maskPhone, type EmployeeEdit, type EmployeeInput, type EmployeeListItem } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { toCsv } from '../core/csv/to-csv'
import { ConflictError, NotFoundError } from '../core/http/errors'
import { assertCanWorkOn } from './case-access'
import type { CaseRepository } from './case-repository'
import type { EmployeeIds } from './employee-ids'
import type { EmployeeRepository } from './employee-repository'
import type { EmployeeRecord } from './keys'
import { ROSTER_HEADER, rosterRows } from './roster-columns'

export class EmployeeService {
  constructor(
    private readonly cases: Pick<CaseRepository, 'get'>,
    private readonly employees: EmployeeRepository,
    private readonly ids: Pick<EmployeeIds, 'of'>,
  ) {}

  /** One line per person: the id is derived from the ID number, so a repeat (double tap, retry) is a 409, never a duplicate. */
  async add(companyId: string, input: EmployeeInput, caller: Caller, now: Date): Promise<EmployeeListItem> {
    assertCanWorkOn(caller, await this.cases.get(companyId))
    const record: EmployeeRecord = { ...input, id: await this.ids.of(companyId, input.idNumber), companyId, addedAt: now.toISOString() }
    if (!(await this.employees.add(record)))
      throw new ConflictError('这名员工已在名册中', [{ path: 'body.idNumber', message: '该身份证号码已在名册中' }])
    return toListItem(record)
  }

  async edit(companyId: string, employeeId: string, edit: EmployeeEdit, caller: Caller): Promise<EmployeeListItem> {
    assertCanWorkOn(caller, await this.cases.get(companyId))
    const saved = await this.employees.edit(companyId, employeeId, edit)
    if (!saved) throw new NotFoundError('名册中没有这名员工')
    return toListItem(saved)
  }

  async remove(companyId: string, employeeId: string, caller: Caller): Promise<void> {
    assertCanWorkOn(caller, await this.cases.get(companyId))
    if (!(await this.employees.remove(companyId, employeeId))) throw new NotFoundError('名册中没有这名员工')
  }

  async list(companyId: string, caller: Caller): Promise<{ items: EmployeeListItem[] }> {
    assertCanWorkOn(caller, await this.cases.get(companyId))
    return { items: (await this.employees.list(companyId)).map(toListItem) }
  }

  /**
   * The 职工名册 as the company keeps it: unmasked, because the file is the company's own record for
   * registration; only its owner and desks in scope get it. BOM so spreadsheet programs read the Chinese as UTF-8.
   */
  async rosterCsv(companyId: string, caller: Caller): Promise<{ filename: string; csv: string }> {
    const { creditCode, employees } = await this.roster(companyId, caller)
    return { filename: `employees-${creditCode}.csv`, csv: `\uFEFF${toCsv([ROSTER_HEADER, ...rosterRows(employees)])}` }
  }

  /** The whole roster, unmasked, for the exports: only its owner and desks in scope get it. */
  async roster(companyId: string, caller: Caller): Promise<{ creditCode: string; employees: EmployeeRecord[] }> {
    const record = await this.cases.get(companyId)
    assertCanWorkOn(caller, record)
    return { creditCode: record.creditCode, employees: await this.employees.list(companyId) }
  }
}

export function toListItem({ idNumber, phone, companyId: _c, importId: _i, ...rest }: EmployeeRecord): EmployeeListItem {
  return { ...rest, idNumberMasked: maskIdNumber(idNumber), phoneMasked: maskPhone(phone) }
}
