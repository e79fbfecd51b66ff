import {
  answerDeadline,
  REFERRAL_WORKING_DAYS,
  type Referral,
  type ReferralOutcomeBody,
  type ReferralSubmit,
  type SubDistrictId,
} from '@doorstep/shared'
import type { CalendarSource } from '../calendar/service'
import type { StaffCaller } from '../core/auth/caller'
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/http/errors'
import { fileOnce, idFromKey, sha256 } from './ids'
import type { ReferralRecord } from './keys'
import type { DemandRepository } from './repository'

export interface StationSource {
  station(id: string): Promise<{ id: string; subDistrict: SubDistrictId } | undefined>
}

/**
 * 转介: a grid worker sends a resident (who agreed to be contacted) to a station's specialists; the referral joins
 * the sub-district's referral queue with a deadline of REFERRAL_WORKING_DAYS working days, and the outcome staff
 * record there is what the grid worker reads back. Everyone who can read one (the filer, staff reaching the station,
 * the admin) is meant to call the resident, so the contact is shown whole to them and to no one else.
 */
export class ReferralService {
  constructor(
    private readonly repository: Pick<DemandRepository, 'putReferral' | 'getReferral' | 'referralsOf' | 'closeReferral'>,
    private readonly stations: StationSource,
    private readonly calendar: CalendarSource,
  ) {}

  async file(
    staff: StaffCaller,
    idempotencyKey: string,
    body: ReferralSubmit,
    now: Date,
  ): Promise<{ created: boolean; referral: Referral }> {
    const scope = staff.scope
    if (scope.kind !== 'grid') throw new ForbiddenError('只有网格员可以转介居民')
    const station = await this.stations.station(body.stationId)
    if (!station) throw new ValidationError([{ path: 'body.stationId', message: '没有这个服务站' }])
    const bodyHash = sha256(JSON.stringify(body))
    const id = idFromKey('rf', staff.staffId, idempotencyKey)
    const { resident, ...about } = body
    const record: ReferralRecord = {
      id,
      ...about,
      subDistrict: station.subDistrict,
      resident: { name: resident.name, phone: resident.phone },
      filedBy: staff.staffId,
      gridId: scope.id,
      filedAt: now.toISOString(),
      dueAt: answerDeadline(now, REFERRAL_WORKING_DAYS, await this.calendar.calendar()).toISOString(),
      status: 'open',
      bodyHash,
    }
    const { created, stored } = await fileOnce(
      record,
      { put: (r) => this.repository.putReferral(r), get: (id) => this.repository.getReferral(id) },
      '转介',
    )
    return { created, referral: view(stored, now) }
  }

  /** A grid worker's own; the station's staff their sub-district's (a station's staff that station's), most urgent first. */
  async list(staff: StaffCaller, query: { subDistrict?: SubDistrictId }, now: Date): Promise<{ items: Referral[] }> {
    const scope = staff.scope
    let records: ReferralRecord[]
    switch (scope.kind) {
      case 'grid':
        records = await this.repository.referralsOf({ gridId: scope.id })
        break
      case 'station':
      case 'subDistrict': {
        const own = scope.kind === 'station' ? scope.subDistrict : scope.id
        if (query.subDistrict && query.subDistrict !== own) throw new NotFoundError('不在您的服务范围内')
        records = (await this.repository.referralsOf({ subDistrict: own })).filter(
          (r) => scope.kind !== 'station' || r.stationId === scope.id,
        )
        break
      }
      case 'district':
        if (!query.subDistrict) throw new BadRequestError('请选择街道', [{ path: 'query.subDistrict', message: '请选择街道' }])
        records = await this.repository.referralsOf({ subDistrict: query.subDistrict })
    }
    const rank = (r: ReferralRecord) => (r.status === 'open' ? 0 : 1)
    return { items: records.sort((a, b) => rank(a) - rank(b)).map((r) => view(r, now)) }
  }

  async close(staff: StaffCaller, id: string, body: ReferralOutcomeBody, now: Date): Promise<Referral> {
    const record = await this.repository.getReferral(id)
    if (!record || !reachesStation(staff, record)) throw new NotFoundError('没有找到这条转介')
    const outcome = { ...body, at: now.toISOString(), staffId: staff.staffId }
    if (!(await this.repository.closeReferral(id, outcome)))
      throw new ConflictError('这条转介已有结果', [{ path: 'path.id', message: '已办结' }])
    return view({ ...record, status: 'closed', outcome }, now)
  }
}

function reachesStation(staff: StaffCaller, referral: ReferralRecord): boolean {
  const scope = staff.scope
  switch (scope.kind) {
    case 'district':
      return true
    case 'subDistrict':
      return scope.id === referral.subDistrict
    case 'station':
      return scope.id === referral.stationId
    case 'grid':
      return false
  }
}

function view({ bodyHash: _hash, ...record }: ReferralRecord, now: Date): Referral {
  return { ...record, overdue: record.status === 'open' && Date.parse(record.dueAt) < now.getTime() }
}
