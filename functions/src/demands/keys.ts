import type { DemandResult, DemandStatus, DemandStep, FieldDemand, Referral, SubDistrictId } from '@doorstep/shared'

/**
 * The demands table (docs/data-model.md, D1–D9).
 *   field demand     pk = FIELD#<id>, sk = FIELD
 *     a grid's field demands, newest first       gsi1: gsi1pk = GRID#<gridId>, gsi1sk = <filedAt>#<id>
 *     a sub-district's field demands             gsi2: gsi2pk = FIELDS#<subDistrict>, gsi2sk = <filedAt>#<id>
 *   demand           pk = DEMAND#<id>, sk = DEMAND
 *     a sub-district's demands, newest first     gsi1: gsi1pk = DEMANDS#<subDistrict>, gsi1sk = <createdAt>#<id>
 *     decided demands, latest decision first     gsi2: gsi2pk = DECIDED, gsi2sk = <decidedAt>#<id> (sparse)
 *   membership       pk = MEMBER#<message or field demand id>, sk = MEMBER → demandId: one demand per report
 *   referral         pk = REFERRAL#<id>, sk = REFERRAL
 *     a grid's referrals, newest first           gsi1: gsi1pk = REFERRALS#GRID#<gridId>, gsi1sk = <filedAt>#<id>
 *     a sub-district's referrals by deadline     gsi2: gsi2pk = REFERRALS#<subDistrict>, gsi2sk = <dueAt>#<id>
 */
export const fieldDemandKey = (id: string) => ({ pk: `FIELD#${id}`, sk: 'FIELD' })
export const fieldDemandsOfGrid = (gridId: string) => `GRID#${gridId}`
export const fieldDemandsOfSubDistrict = (subDistrict: SubDistrictId) => `FIELDS#${subDistrict}`
export const demandKey = (id: string) => ({ pk: `DEMAND#${id}`, sk: 'DEMAND' })
export const demandsOfSubDistrict = (subDistrict: SubDistrictId) => `DEMANDS#${subDistrict}`
export const DECIDED = 'DECIDED'
export const membershipKey = (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'MEMBER' })
export const referralKey = (id: string) => ({ pk: `REFERRAL#${id}`, sk: 'REFERRAL' })
export const referralsOfGrid = (gridId: string) => `REFERRALS#GRID#${gridId}`
export const referralsOfSubDistrict = (subDistrict: SubDistrictId) => `REFERRALS#${subDistrict}`

/** A referral as stored: its view without `overdue` (a matter of when it is read), plus the request's hash. */
export type ReferralRecord = Omit<Referral, 'overdue'> & { bodyHash: string }

export function toReferralItem(record: ReferralRecord) {
  return {
    ...record,
    ...referralKey(record.id),
    gsi1pk: referralsOfGrid(record.gridId),
    gsi1sk: `${record.filedAt}#${record.id}`,
    gsi2pk: referralsOfSubDistrict(record.subDistrict),
    gsi2sk: `${record.dueAt}#${record.id}`,
    entity: 'referral' as const,
  }
}

/** A field demand as stored: the staff view without the masking flag, plus the request's hash. */
export type FieldDemandRecord = Omit<FieldDemand, 'resident'> & {
  resident?: { name: string; phone?: string }
  /** A hash of the request: the same Idempotency-Key with another body is a conflict, not a repeat. */
  bodyHash: string
}

export interface DemandRecord {
  id: string
  topic: string
  summary: string
  subDistrict: SubDistrictId
  status: DemandStatus
  createdAt: string
  firstReportedAt: string
  /** Board messages, their me-toos and field households, counted when the demand was formed. */
  reports: number
  messageIds: string[]
  fieldDemandIds: string[]
  trail: Array<DemandStep & { staffId: string }>
  decidedAt?: string
  result?: DemandResult
  notified?: number
}

export function toFieldDemandItem(record: FieldDemandRecord) {
  return {
    ...record,
    ...fieldDemandKey(record.id),
    gsi1pk: fieldDemandsOfGrid(record.gridId),
    gsi1sk: `${record.filedAt}#${record.id}`,
    gsi2pk: fieldDemandsOfSubDistrict(record.subDistrict),
    gsi2sk: `${record.filedAt}#${record.id}`,
    entity: 'field-demand' as const,
  }
}

export function toDemandItem(record: DemandRecord) {
  return {
    ...record,
    ...demandKey(record.id),
    gsi1pk: demandsOfSubDistrict(record.subDistrict),
    gsi1sk: `${record.createdAt}#${record.id}`,
    entity: 'demand' as const,
  }
}
