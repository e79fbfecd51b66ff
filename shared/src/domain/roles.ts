import type { SubDistrictId } from './sub-districts'

/**
 * answerer: station staff answering the message board · desk: hiring steward / bank-branch desk · admin: district
 * admin · grid: a grid worker (网格员 / 海棠先锋 volunteer) who carries the station to the doors of one grid unit.
 */
export const STAFF_ROLES = ['answerer', 'desk', 'admin', 'grid'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
/** Those who answer the message board. */
export const BOARD_STAFF_ROLES = ['answerer', 'admin'] as const
/** Those who run sessions and company cases: hiring stewards, bank-branch desks, the district admin. */
export const DESK_ROLES = ['desk', 'admin'] as const
/** Those who file what they hear on their rounds: grid workers (in their grid), and the admin. */
export const FIELD_ROLES = ['grid', 'admin'] as const

export const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  answerer: '留言答复员',
  desk: '窗口/用工管家',
  admin: '区级管理员',
  grid: '网格员',
}

/** Where a staff member may act: the whole district, one sub-district, one station, or one grid unit of a community. */
export type StaffScope =
  | { kind: 'district' }
  | { kind: 'subDistrict'; id: SubDistrictId }
  | { kind: 'station'; id: string; subDistrict: SubDistrictId }
  | { kind: 'grid'; id: string; stationId: string; subDistrict: SubDistrictId }

/** Where an object lives, for scope checks. */
export interface Placement {
  subDistrict?: SubDistrictId
  stationId?: string
  gridId?: string
}

/** Pure rule shared by API and app: does this scope reach that object? */
export function scopeCovers(scope: StaffScope, target: Placement): boolean {
  switch (scope.kind) {
    case 'district':
      return true
    case 'subDistrict':
      return target.subDistrict === scope.id
    case 'station':
      return target.stationId === scope.id
    case 'grid':
      return target.gridId === scope.id
  }
}

/** GET /v1/me: who is signed in. */
export type Me =
  | { kind: 'user'; userId: string; displayName: string }
  | {
      kind: 'staff'
      staffId: string
      displayName: string
      role: StaffRole
      scope: StaffScope
      /** The last time a source was stopped after wrong passwords for this account: told to its owner. */
      lastBlockedSignIn?: { at: string; source: string }
    }
