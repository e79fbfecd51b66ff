import type { Me, StaffScope } from '@doorstep/shared'
import { names } from '@/shared/i18n/names'
import { strings, type AuthStrings } from './strings'

type Names = (typeof names)['zh']

/** 居民/企业用户, or the staff role in words (Chinese unless the caller passes the current catalogues). */
export function identityOf(me: Me, s: AuthStrings = strings.zh, n: Names = names.zh): string {
  return me.kind === 'staff' ? n.staffRole(me.role) : s.resident
}

/** Where a staff member may act, as people in the district say it. */
export function scopeLabel(scope: StaffScope, s: AuthStrings = strings.zh, n: Names = names.zh): string {
  switch (scope.kind) {
    case 'district':
      return s.wholeDistrict
    case 'subDistrict':
      return n.street(scope.id)
    case 'station':
      return s.stationScope(n.street(scope.subDistrict), scope.id)
    case 'grid':
      return s.gridScope(n.street(scope.subDistrict), scope.id)
  }
}
