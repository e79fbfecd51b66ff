import {
  SUB_DISTRICT_IDS,
  type DemandDecision,
  type DemandStatus,
  type PublicDemandList,
  type StaffDemand,
  type StaffDemandList,
  type SubDistrictId,
} from '@doorstep/shared'
import type { StaffCaller } from '../core/auth/caller'
import { ConflictError, NotFoundError } from '../core/http/errors'
import { demandFunnel } from './funnel'
import type { DemandRecord, FieldDemandRecord } from './keys'
import type { DemandRepository } from './repository'
import { toPublicDemand, toStaffDemand } from './views'

/** How many decided demands the public list shows. */
export const PUBLIC_DEMANDS_SHOWN = 50

/**
 * Demands as the demands table alone answers them: the staff list with its funnel, adopt or decline, the public
 * list, and what became of each field demand. Kept apart from DemandService so these routes' bundles carry neither
 * the messages code nor the notifier.
 */
export class DemandDecisions {
  constructor(private readonly repository: DemandRepository) {}

  async list(staff: StaffCaller, query: { subDistrict?: SubDistrictId }): Promise<StaffDemandList> {
    const scope = staff.scope
    const own = scope.kind === 'subDistrict' ? scope.id : scope.kind === 'district' ? undefined : scope.subDistrict
    if (own && query.subDistrict && query.subDistrict !== own) throw new NotFoundError('不在您的服务范围内')
    const areas = own ? [own] : query.subDistrict ? [query.subDistrict] : undefined
    const records = areas
      ? await this.repository.demandsOf(areas[0]!)
      : (await Promise.all(SUB_DISTRICT_IDS.map((s) => this.repository.demandsOf(s)))).flat()
    return { items: records.map(toStaffDemand), funnel: demandFunnel(records) }
  }

  async decide(staff: StaffCaller, id: string, body: DemandDecision, now: Date): Promise<StaffDemand> {
    const demand = await this.inScope(staff, id)
    const step =
      body.decision === 'adopt'
        ? { status: 'adopted' as const, at: now.toISOString(), staffId: staff.staffId, ...(body.note ? { note: body.note } : {}) }
        : { status: 'declined' as const, at: now.toISOString(), staffId: staff.staffId, note: body.reason }
    if (!(await this.repository.changeStatus(id, 'assessing', step))) {
      throw new ConflictError(`这条需求已${statusName((await this.inScope(staff, id)).status)}，不能再作决定`)
    }
    const updated = { ...demand, status: step.status, trail: [...demand.trail, step] }
    await this.recordOutcome(updated)
    return toStaffDemand(updated)
  }

  /** 你提的需求，我们这样办了: decided demands, latest decision first. */
  async publicList(): Promise<PublicDemandList> {
    return { items: (await this.repository.decided(PUBLIC_DEMANDS_SHOWN)).map(toPublicDemand) }
  }

  /** The grid workers who filed the field demands read what became of them. */
  async recordOutcome(demand: DemandRecord, known?: readonly FieldDemandRecord[]): Promise<void> {
    const fields = known ?? (await this.repository.getFieldDemands(demand.fieldDemandIds))
    const last = demand.trail[demand.trail.length - 1]!
    await Promise.all(
      fields.map((f) =>
        this.repository.setOutcome(f.id, {
          demandId: demand.id,
          status: demand.status,
          at: last.at,
          ...(last.note ? { note: last.note } : {}),
          ...(demand.result ? { result: demand.result } : {}),
        }),
      ),
    )
  }

  /** The demand, if the staff member's scope reaches its sub-district; 404 otherwise, as if it were not there. */
  async inScope(staff: StaffCaller, id: string): Promise<DemandRecord> {
    const demand = await this.repository.getDemand(id)
    if (!demand || !reaches(staff, demand.subDistrict)) throw new NotFoundError('没有找到这条需求')
    return demand
  }
}

const STATUS_NAMES: Record<DemandStatus, string> = { assessing: '评估中', adopted: '采纳', scheduled: '排期', declined: '不采纳' }
export const statusName = (status: DemandStatus) => STATUS_NAMES[status]

/** Demands are kept per sub-district: station staff reach their station's sub-district; grid workers none. */
function reaches(staff: StaffCaller, subDistrict: SubDistrictId): boolean {
  const scope = staff.scope
  switch (scope.kind) {
    case 'district':
      return true
    case 'subDistrict':
      return scope.id === subDistrict
    case 'station':
      return scope.subDistrict === subDistrict
    case 'grid':
      return false
  }
}
