import { createHash } from 'node:crypto'
import type { EmployeeImportQuery, EmployeeImportResult, EmployeeImportRow, EmployeeInput } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { ConflictError, HttpError } from '../core/http/errors'
import { assertCanWorkOn } from './case-access'
import type { CaseRepository } from './case-repository'
import type { EmployeeRepository } from './employee-repository'
import type { EmployeeIds } from './employee-ids'
import type { EmployeeRecord } from './keys'
import { parseRoster } from './roster-import'

/** Conditional puts in flight at once: quick for 500 rows, gentle on the table's write capacity. */
const WRITES_IN_FLIGHT = 10

type Planned = { row: number; input: EmployeeInput; employeeId: string }

/**
 * CSV import of the roster, all-or-nothing without a transaction:
 *   1. read and check the whole file, and the roster, before writing anything — a bad row (mode=all) is a 422
 *      with the row-by-row report and nothing written;
 *   2. write each person with a conditional put keyed by their ID number and tagged with the file's import id;
 *   3. if a put finds the person added meanwhile by someone else (mode=all), delete what this file wrote
 *      (each delete conditional on the tag) and answer 409.
 * A write that fails for another reason is undone the same way before the error goes out. Only a crash between
 * writes can leave part of a file on the roster; the client then never saw a 200, and sending the same file
 * again finishes it: rows tagged with the same import id count as imported instead of as duplicates.
 */
export class RosterImport {
  constructor(
    private readonly cases: Pick<CaseRepository, 'get'>,
    private readonly employees: Pick<EmployeeRepository, 'list' | 'addImported' | 'removeImported'>,
    private readonly ids: Pick<EmployeeIds, 'of'>,
  ) {}

  async run(companyId: string, csv: string, mode: EmployeeImportQuery['mode'], caller: Caller, now: Date): Promise<EmployeeImportResult> {
    assertCanWorkOn(caller, await this.cases.get(companyId))
    const parsed = parseRoster(csv)
    const importId = importIdOf(
      companyId,
      parsed.map((r) => r.input ?? null),
    )

    const roster = new Map((await this.employees.list(companyId)).map((e) => [e.id, e]))
    const leftovers = [...roster.values()].filter((e) => e.importId === importId).map((e) => e.id)
    const report = new Map<number, EmployeeImportRow>()
    const toWrite: Planned[] = []
    for (const r of parsed) {
      if (r.errors) {
        report.set(r.row, { row: r.row, ok: false, errors: r.errors })
        continue
      }
      const employeeId = await this.ids.of(companyId, r.input.idNumber)
      const existing = roster.get(employeeId)
      if (existing && existing.importId !== importId) {
        report.set(r.row, { row: r.row, ok: false, errors: [{ field: 'idNumber', detail: `已在名册中（${existing.name}）` }] })
        continue
      }
      report.set(r.row, { row: r.row, ok: true })
      // a line this same file wrote in an interrupted attempt counts as imported, and is left as it is
      if (!existing) toWrite.push({ row: r.row, input: r.input, employeeId })
    }

    if (mode === 'all' && [...report.values()].some((r) => !r.ok)) {
      await this.undo(companyId, leftovers, importId)
      const bad = [...report.values()].filter((r) => !r.ok).length
      const detail = `${bad} 行有误，未导入任何员工。请改正后重新导入，或选择只导入正确的行`
      throw rejected(new HttpError(422, '提交的内容有误', detail, fieldErrorsOf(report)), report)
    }

    const written: string[] = []
    try {
      await inBatches(toWrite, WRITES_IN_FLIGHT, async (p, i) => {
        const record: EmployeeRecord & { importId: string } = {
          ...p.input,
          id: p.employeeId,
          companyId,
          // a millisecond apart, so the roster (ordered by addedAt) keeps the file's order
          addedAt: new Date(now.getTime() + i).toISOString(),
          importId,
        }
        if (await this.employees.addImported(record)) written.push(p.employeeId)
        else report.set(p.row, { row: p.row, ok: false, errors: [{ field: 'idNumber', detail: '已在名册中（刚刚由他人添加）' }] })
      })
    } catch (error) {
      await this.undo(companyId, [...leftovers, ...written], importId)
      throw error
    }

    const rows = [...report.values()].sort((a, b) => a.row - b.row)
    if (mode === 'all' && rows.some((r) => !r.ok)) {
      await this.undo(companyId, [...leftovers, ...written], importId)
      throw rejected(new ConflictError('导入时名册被同时修改，已撤回本次导入，未导入任何员工', fieldErrorsOf(report)), report)
    }
    const imported = rows.filter((r) => r.ok).length
    return { imported, skipped: rows.length - imported, rows }
  }

  private async undo(companyId: string, employeeIds: string[], importId: string) {
    await inBatches(employeeIds, WRITES_IN_FLIGHT, (id) => this.employees.removeImported(companyId, id, importId))
  }
}

/** The same rows of the same company give the same id, whatever the file's BOM, line ends or quoting. */
function importIdOf(companyId: string, rows: (EmployeeInput | null)[]): string {
  return createHash('sha256')
    .update(`${companyId}:${JSON.stringify(rows)}`)
    .digest('hex')
    .slice(0, 24)
}

function fieldErrorsOf(report: Map<number, EmployeeImportRow>) {
  return [...report.values()].flatMap((r) => (r.errors ?? []).map((e) => ({ path: `rows.${r.row}.${e.field}`, message: e.detail })))
}

/** A refused mode=all import carries the same report as a 200 would, with nothing imported. */
function rejected(error: HttpError, report: Map<number, EmployeeImportRow>): HttpError {
  const rows = [...report.values()].sort((a, b) => a.row - b.row)
  error.extensions = { imported: 0, skipped: rows.length, rows }
  return error
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size)
    const results = await Promise.allSettled(batch.map((item, i) => work(item, start + i)))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }
}
