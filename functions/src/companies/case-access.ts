import { scopeCovers } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { NotFoundError } from '../core/http/errors'
import type { CaseRecord } from './keys'

/**
 * Who may see and work on a case: its owner, its 用工管家 (a desk or grid account assigned to it, wherever their
 * scope lies), and desk staff (or the admin) whose scope covers the case's station or sub-district. Everyone else
 * is told it does not exist, so case ids reveal nothing.
 */
export function canWorkOn(caller: Caller, record: CaseRecord): boolean {
  if (caller.kind === 'user') return caller.userId === record.ownerId
  if (caller.kind === 'staff' && record.steward?.staffId === caller.staffId) return true
  if (caller.kind === 'staff' && (caller.role === 'desk' || caller.role === 'admin'))
    return scopeCovers(caller.scope, { subDistrict: record.subDistrict, stationId: record.stationId })
  return false
}

export function assertCanWorkOn(caller: Caller, record: CaseRecord | undefined): asserts record is CaseRecord {
  if (!record || !canWorkOn(caller, record)) throw new NotFoundError('没有找到这个开办事项')
}
