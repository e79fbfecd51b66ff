import { CompanyPathParams, EmployeeEdit, EmployeeInput, EmployeePathParams, endpoints } from '@doorstep/shared'
import { CSV_CONTENT_TYPE, defineRoute, fileReply, reply } from '../core/http/route'
import { employeeService } from './wiring'

/** Owner, or desk staff / admin in scope; anyone else 404. */
export const add = defineRoute(endpoints.companiesEmployeesAdd, {
  params: CompanyPathParams,
  body: EmployeeInput,
  handle: async ({ params, body, ctx }) => reply(201, await employeeService.add(params.id, body, ctx.caller, ctx.now)),
})

export const list = defineRoute(endpoints.companiesEmployeesList, {
  params: CompanyPathParams,
  handle: ({ params, ctx }) => employeeService.list(params.id, ctx.caller),
})

/** The roster as a CSV file (RFC 4180, UTF-8 with BOM), unmasked: the company's own 职工名册. */
export const exportCsv = defineRoute(endpoints.companiesEmployeesCsv, {
  params: CompanyPathParams,
  handle: async ({ params, ctx }) => {
    const { filename, csv } = await employeeService.rosterCsv(params.id, ctx.caller)
    return fileReply(csv, CSV_CONTENT_TYPE, filename)
  },
})

/** Owner, or desk staff / admin in scope; the ID number cannot change (remove and add again). */
export const edit = defineRoute(endpoints.companiesEmployeesEdit, {
  params: EmployeePathParams,
  body: EmployeeEdit,
  handle: ({ params, body, ctx }) => employeeService.edit(params.id, params.employeeId, body, ctx.caller),
})

export const remove = defineRoute(endpoints.companiesEmployeesRemove, {
  params: EmployeePathParams,
  handle: async ({ params, ctx }) => {
    await employeeService.remove(params.id, params.employeeId, ctx.caller)
    return reply(204, undefined)
  },
})
