import { CompanyPathParams, EmployeeImportBody, EmployeeImportQuery, endpoints } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { RosterImport } from './roster-import-service'
import { cases, employeeIds, employees } from './wiring'

/** Its own module, so csv-parse is bundled only into this function. */
const rosterImport = new RosterImport(cases, employees, employeeIds)

/** 500 rows of the roster's six columns stay well under this; JSON quoting adds little to UTF-8 text. */
const MAX_IMPORT_BYTES = 256 * 1024

/**
 * Owner, or desk staff / admin in scope. The CSV comes as `text/csv` or as JSON `{ csv }` (the mini-program's
 * request API sends JSON more easily).
 */
export const importEmployees = defineRoute(endpoints.companiesEmployeesImport, {
  params: CompanyPathParams,
  query: EmployeeImportQuery,
  body: EmployeeImportBody,
  alsoAccepts: { 'text/csv': (csv) => ({ csv }) },
  maxBodyBytes: MAX_IMPORT_BYTES,
  handle: ({ params, query, body, ctx }) => rosterImport.run(params.id, body.csv, query.mode, ctx.caller, ctx.now),
})
