import type { Actor, CaseNote, CompanyCreate } from '@doorstep/shared'

/**
 * The companies table (docs/data-model.md, K1–K6). A case and its employees share one partition.
 *   case                     pk = COMPANY#<id>, sk = CASE
 *     a person's cases       gsi1: gsi1pk = OWNER#<userId>, gsi1sk = <createdAt>#<id>
 *     cases of a sub-district gsi2: gsi2pk = SUBDISTRICT#<subDistrict>, gsi2sk = <createdAt>#<id>
 *     cases at a desk station gsi3: gsi3pk = STATION#<stationId>, gsi3sk = <createdAt>#<id> (sparse: only with a station)
 *   employee                 pk = COMPANY#<id>, sk = EMPLOYEE#<employeeId>
 *   active case of a code    pk = CREDITCODE#<code>, sk = ACTIVE → companyId (one active case per credit code)
 */
export const caseKey = (id: string) => ({ pk: `COMPANY#${id}`, sk: 'CASE' })
export const employeeKey = (companyId: string, employeeId: string) => ({ pk: `COMPANY#${companyId}`, sk: `EMPLOYEE#${employeeId}` })
export const EMPLOYEE_SK_PREFIX = 'EMPLOYEE#'
export const creditCodeKey = (code: string) => ({ pk: `CREDITCODE#${code}`, sk: 'ACTIVE' })
export const casesOfOwner = (userId: string) => `OWNER#${userId}`
export const casesOfSubDistrict = (subDistrict: string) => `SUBDISTRICT#${subDistrict}`
export const casesAtStation = (stationId: string) => `STATION#${stationId}`

export interface StepRecord {
  completedAt: string
  completedBy: Actor
  note?: string
}

/** The stored case: only done steps are in `steps`; `version` moves on every step write (optimistic lock). */
export interface CaseRecord extends CompanyCreate {
  id: string
  ownerId: string
  createdAt: string
  steps: Record<string, StepRecord>
  version: number
  deskStartedAt?: string
  completedAt?: string
  notes?: CaseNote[]
}

export function toCaseItem(record: CaseRecord) {
  const newestFirst = `${record.createdAt}#${record.id}`
  return {
    ...record,
    ...caseKey(record.id),
    gsi1pk: casesOfOwner(record.ownerId),
    gsi1sk: newestFirst,
    gsi2pk: casesOfSubDistrict(record.subDistrict),
    gsi2sk: newestFirst,
    ...(record.stationId ? { gsi3pk: casesAtStation(record.stationId), gsi3sk: newestFirst } : {}),
    entity: 'company-case' as const,
  }
}

export function fromCaseItem(item: Record<string, unknown>): CaseRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, gsi3pk: _g3, gsi3sk: _g3s, entity: _e, ...record } = item
  return record as unknown as CaseRecord
}

export interface EmployeeRecord {
  id: string
  companyId: string
  name: string
  idNumber: string
  phone: string
  hiredOn: string
  contractSigned: boolean
  contractEndsOn?: string
  addedAt: string
}

export const toEmployeeItem = (record: EmployeeRecord) => ({ ...record, ...employeeKey(record.companyId, record.id), entity: 'employee' as const })

export function fromEmployeeItem(item: Record<string, unknown>): EmployeeRecord {
  const { pk: _pk, sk: _sk, entity: _e, ...record } = item
  return record as unknown as EmployeeRecord
}
