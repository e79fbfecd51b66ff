import { maskName, maskPhone, type FieldDemand, type PublicDemand, type StaffDemand } from '@doorstep/shared'
import type { StaffCaller } from '../core/auth/caller'
import type { DemandRecord, FieldDemandRecord } from './keys'

/**
 * The resident's name and phone were given with consent to the grid worker who filed them: only that worker and the
 * district admin read them whole; board staff who group the demand read them masked (王**, 137****0969).
 */
export function toFieldDemand(record: FieldDemandRecord, reader: StaffCaller): FieldDemand {
  const { bodyHash: _hash, resident, ...rest } = record
  if (!resident) return rest
  const whole = reader.role === 'admin' || reader.staffId === record.filedBy
  return {
    ...rest,
    resident: whole
      ? { ...resident, masked: false }
      : { name: maskName(resident.name), ...(resident.phone ? { phone: maskPhone(resident.phone) } : {}), masked: true },
  }
}

export function toPublicDemand(record: DemandRecord): PublicDemand {
  const { id, topic, summary, subDistrict, status, reports, firstReportedAt, trail, result } = record
  return {
    id,
    topic,
    summary,
    subDistrict,
    status,
    reports,
    firstReportedAt,
    trail: trail.map(({ status, at, note }) => ({ status, at, ...(note ? { note } : {}) })),
    ...(result ? { result } : {}),
  }
}

export function toStaffDemand(record: DemandRecord): StaffDemand {
  return {
    ...toPublicDemand(record),
    messageIds: record.messageIds,
    fieldDemandIds: record.fieldDemandIds,
    staffTrail: record.trail,
    ...(record.notified !== undefined ? { notified: record.notified } : {}),
  }
}
