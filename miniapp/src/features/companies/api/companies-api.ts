import type {
  CaseNoteBody,
  CompanyCase,
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

const enc = encodeURIComponent
const casePath = (id: string) => `/v1/companies/${enc(id)}`

export const createCompany = (client: HttpClient, input: CompanyCreate) => client.post<CompanyCase>('/v1/companies', input)

export const fetchCompany = (client: HttpClient, id: string) => client.get<CompanyCase>(casePath(id))

export const fetchMyCompanies = (client: HttpClient) => client.get<{ items: CompanySummary[] }>('/v1/me/companies')

export const completeStep = (client: HttpClient, id: string, stepId: string, note?: string) =>
  client.post<CompanyCase>(`${casePath(id)}/steps/${enc(stepId)}/complete`, note ? { note } : {})

export const addCaseNote = (client: HttpClient, id: string, body: CaseNoteBody) => client.post<CompanyCase>(`${casePath(id)}/notes`, body)

export const fetchEmployees = (client: HttpClient, id: string) => client.get<{ items: EmployeeListItem[] }>(`${casePath(id)}/employees`)

export const addEmployee = (client: HttpClient, id: string, input: EmployeeInput) =>
  client.post<EmployeeListItem>(`${casePath(id)}/employees`, input)

export const editEmployee = (client: HttpClient, id: string, employeeId: string, edit: EmployeeEdit) =>
  client.put<EmployeeListItem>(`${casePath(id)}/employees/${enc(employeeId)}`, edit)

export const removeEmployee = (client: HttpClient, id: string, employeeId: string) =>
  client.delete<void>(`${casePath(id)}/employees/${enc(employeeId)}`)

/** Where the roster file is served; downloads go around the JSON client (binary body). */
export const rosterFilePath = (id: string, format: RosterFormat) => `${casePath(id)}/employees.${format}`
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
    return { kind: 'imported', report: await client.post<ImportReport>(`${casePath(id)}/employees/import?mode=${mode}`, { csv }) }
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
  client.get<Page<CompanySummary>>('/v1/admin/companies', { subDistrict, cursor, limit: DESK_PAGE_SIZE })

/** GET /v1/admin/companies/dashboard: weeks are the Mondays (Suzhou calendar) of ISO weeks, oldest first. */
export const fetchCompanyDashboard = (client: HttpClient, { weeks = 8, subDistrict }: { weeks?: number; subDistrict?: SubDistrictId }) =>
  client.get<CompanyDashboard>('/v1/admin/companies/dashboard', { weeks, subDistrict })
