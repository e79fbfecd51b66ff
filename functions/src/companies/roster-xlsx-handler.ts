import { CompanyPathParams, endpoints } from '@doorstep/shared'
import { defineRoute, fileReply } from '../core/http/route'
import { rosterWorkbook, XLSX_CONTENT_TYPE } from './roster-xlsx'
import { employeeService } from './wiring'

/**
 * The roster as an Excel file, unmasked: the company's own 职工名册 (owner, or desk staff / admin in scope).
 * Its own module, so exceljs is bundled only into this function.
 */
export const exportXlsx = defineRoute(endpoints.companiesEmployeesXlsx, {
  params: CompanyPathParams,
  handle: async ({ params, ctx }) => {
    const { creditCode, employees } = await employeeService.roster(params.id, ctx.caller)
    return fileReply(await rosterWorkbook(employees, ctx.now), XLSX_CONTENT_TYPE, `employees-${creditCode}.xlsx`)
  },
})
