import type { Me, StaffScope } from '@doorstep/shared'
import { STAFF_ROLE_NAMES } from '@doorstep/shared/domain/roles'
import { subDistrictName } from '@doorstep/shared/domain/sub-districts'

/** 居民/企业用户, or the staff role in words. */
export function identityOf(me: Me): string {
  return me.kind === 'staff' ? STAFF_ROLE_NAMES[me.role] : '居民/企业用户'
}

/** Where a staff member may act, as people in the district say it. */
export function scopeLabel(scope: StaffScope): string {
  switch (scope.kind) {
    case 'district':
      return '姑苏区全区'
    case 'subDistrict':
      return subDistrictName(scope.id)
    case 'station':
      return `${subDistrictName(scope.subDistrict)} · 服务站（编号 ${scope.id}）`
  }
}
