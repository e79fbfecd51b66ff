import {
  addDays,
  REGISTRATION_DUE_DAYS,
  REGISTRATION_STEP_ID,
  type Actor,
  type CaseNote,
  type CompanyCreate,
  type Steward,
} from '@doorstep/shared'
import { recordOf } from '../core/db/item'

/**
 * The companies table (docs/data-model.md, K1–K6). A case and its employees share one partition.
 *   case                     pk = COMPANY#<id>, sk = CASE
 *     a person's cases       gsi1: gsi1pk = OWNER#<userId>, gsi1sk = <createdAt>#<id>
 *     cases of a sub-district gsi2: gsi2pk = SUBDISTRICT#<subDistrict>, gsi2sk = <createdAt>#<id>
 *     cases at a desk station gsi3: gsi3pk = STATION#<stationId>, gsi3sk = <createdAt>#<id> (sparse: only with a station)
 *     registrations due      gsi4: gsi4pk = REGISTRATION_DUE, gsi4sk = <dueOn>#<id> (sparse: until 单位社保开户 is done)
 *     a steward's companies  gsi5: gsi5pk = STEWARD#<staffId>, gsi5sk = <createdAt>#<id> (sparse: once one is assigned)
 *   employee                 pk = COMPANY#<id>, sk = EMPLOYEE#<employeeId>
 *   latest case of a code    pk = CREDITCODE#<code>, sk = ACTIVE → companyId (one active case per credit code: a claim
 *                            whose case is completed, or was never written, may be taken over)
 */
export const caseKey = (id: string) => ({ pk: `COMPANY#${id}`, sk: 'CASE' })
export const employeeKey = (companyId: string, employeeId: string) => ({ pk: `COMPANY#${companyId}`, sk: `EMPLOYEE#${employeeId}` })
export const EMPLOYEE_SK_PREFIX = 'EMPLOYEE#'
export const creditCodeKey = (code: string) => ({ pk: `CREDITCODE#${code}`, sk: 'ACTIVE' })
export const casesOfOwner = (userId: string) => `OWNER#${userId}`
export const casesOfSubDistrict = (subDistrict: string) => `SUBDISTRICT#${subDistrict}`
export const casesAtStation = (stationId: string) => `STATION#${stationId}`
/** One partition: a district opens a few thousand companies a year, far below what a partition takes. */
export const REGISTRATIONS_DUE = 'REGISTRATION_DUE'
export const casesOfSteward = (staffId: string) => `STEWARD#${staffId}`

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
  steward?: Steward
}

export const isCompleted = (record: Pick<CaseRecord, 'completedAt'>) => record.completedAt !== undefined

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
    ...(record.steps[REGISTRATION_STEP_ID]
      ? {}
      : { gsi4pk: REGISTRATIONS_DUE, gsi4sk: `${addDays(record.foundedOn, REGISTRATION_DUE_DAYS)}#${record.id}` }),
    ...(record.steward ? { gsi5pk: casesOfSteward(record.steward.staffId), gsi5sk: newestFirst } : {}),
    entity: 'company-case' as const,
  }
}

export function fromCaseItem(item: Record<string, unknown>): CaseRecord {
  return recordOf<CaseRecord>(item)
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
  /** Set when the person came in through a CSV import: that file's id (a retry of the same file recognises its own rows). */
  importId?: string
}

export const toEmployeeItem = (record: EmployeeRecord) => ({
  ...record,
  ...employeeKey(record.companyId, record.id),
  entity: 'employee' as const,
})

export function fromEmployeeItem(item: Record<string, unknown>): EmployeeRecord {
  const { pk: _pk, sk: _sk, entity: _e, ...record } = item
  return record as unknown as EmployeeRecord
}
