import { endpoints, pathTo } from '@doorstep/shared'
import type {
  CaseNoteBody,
  CompanyCase,
  StewardAssignBody,
  VisitLogBody,
  CompanyCreate,
  CompanyDashboard,
  CompanySummary,
  EmployeeEdit,
  EmployeeImportResult,
  EmployeeImportRow,
  EmployeeInput,
  EmployeeListItem,
  Page,
  SubDistrictId,
} from '@doorstep/shared'
import { isApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'

export const createCompany = (client: HttpClient, input: CompanyCreate) =>
  client.post<CompanyCase>(pathTo(endpoints.companiesCreate), input)

export const fetchCompany = (client: HttpClient, id: string) => client.get<CompanyCase>(pathTo(endpoints.companiesGet, { id }))

export const fetchMyCompanies = (client: HttpClient) => client.get<{ items: CompanySummary[] }>(pathTo(endpoints.companiesMine))

export const completeStep = (client: HttpClient, id: string, stepId: string, note?: string) =>
  client.post<CompanyCase>(pathTo(endpoints.companiesCompleteStep, { id, stepId }), note ? { note } : {})

export const addCaseNote = (client: HttpClient, id: string, body: CaseNoteBody) =>
  client.post<CompanyCase>(pathTo(endpoints.companiesAddNote, { id }), body)

/** Desk staff or the admin: a desk or grid account becomes the company's 用工管家. */
export const assignSteward = (client: HttpClient, id: string, body: StewardAssignBody) =>
  client.put<CompanyCase>(pathTo(endpoints.companiesAssignSteward, { id }), body)

/** The steward (or a desk in scope): what was done on a visit. */
export const logVisit = (client: HttpClient, id: string, body: VisitLogBody) =>
  client.post<CompanyCase>(pathTo(endpoints.companiesLogVisit, { id }), body)

export const fetchEmployees = (client: HttpClient, id: string) =>
  client.get<{ items: EmployeeListItem[] }>(pathTo(endpoints.companiesEmployeesList, { id }))

export const addEmployee = (client: HttpClient, id: string, input: EmployeeInput) =>
  client.post<EmployeeListItem>(pathTo(endpoints.companiesEmployeesAdd, { id }), input)

export const editEmployee = (client: HttpClient, id: string, employeeId: string, edit: EmployeeEdit) =>
  client.put<EmployeeListItem>(pathTo(endpoints.companiesEmployeesEdit, { id, employeeId }), edit)

export const removeEmployee = (client: HttpClient, id: string, employeeId: string) =>
  client.delete<void>(pathTo(endpoints.companiesEmployeesRemove, { id, employeeId }))

/** Where the roster file is served; downloads go around the JSON client (binary body). */
export const rosterFilePath = (id: string, format: RosterFormat) =>
  pathTo(format === 'csv' ? endpoints.companiesEmployeesCsv : endpoints.companiesEmployeesXlsx, { id })
export type RosterFormat = 'csv' | 'xlsx'

/**
 * One line of an import's report: `row` is the spreadsheet row (the header is row 1), each error's `field` an
 * EmployeeInput key or `row` (wrong number of columns), its `detail` the API's words.
 */
export type ImportRow = EmployeeImportRow
export type ImportReport = EmployeeImportResult

/** `all`: nothing is imported if any row is bad; `valid`: the good rows are, the bad ones reported. */
export type ImportMode = 'all' | 'valid'

/** What an import came to: done (some or all rows imported) or refused with the row-by-row report. */
export type ImportOutcome = { kind: 'imported'; report: ImportReport } | { kind: 'refused'; report: ImportReport }

/**
 * POST …/employees/import. A refusal (422 with the report in the problem body) is an answer to show, not a
 * failure; any other error (a file that is no CSV, too many rows, offline) is thrown as usual.
 */
export async function importEmployees(client: HttpClient, id: string, csv: string, mode: ImportMode): Promise<ImportOutcome> {
  try {
    return {
      kind: 'imported',
      report: await client.post<ImportReport>(`${pathTo(endpoints.companiesEmployeesImport, { id })}?mode=${mode}`, { csv }),
    }
  } catch (error) {
    // 409: someone added one of the same people at that moment; the report has the same shape and nothing was kept.
    const report = isApiError(error) && (error.status === 422 || error.status === 409) ? reportIn(error.body) : undefined
    if (report) return { kind: 'refused', report }
    throw error
  }
}

function reportIn(body: unknown): ImportReport | undefined {
  const rows = (body as { rows?: unknown } | undefined)?.rows
  if (!Array.isArray(rows)) return undefined
  const { imported = 0, skipped = rows.filter((r: ImportRow) => !r.ok).length } = body as Partial<ImportReport>
  return { imported, skipped, rows: rows as ImportRow[] }
}

export const DESK_PAGE_SIZE = 20

export const fetchDeskCases = (client: HttpClient, { subDistrict, cursor }: { subDistrict?: SubDistrictId; cursor?: string }) =>
  client.get<Page<CompanySummary>>(pathTo(endpoints.companiesDeskList), { subDistrict, cursor, limit: DESK_PAGE_SIZE })

/** The desk dashboard: weeks are the Mondays (Suzhou calendar) of ISO weeks, oldest first. */
export const fetchCompanyDashboard = (client: HttpClient, { weeks = 8, subDistrict }: { weeks?: number; subDistrict?: SubDistrictId }) =>
  client.get<CompanyDashboard>(pathTo(endpoints.companiesDashboard), { weeks, subDistrict })
