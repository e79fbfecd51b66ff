import type { FieldDemand, FieldDemandSubmit, SubDistrictId } from '@doorstep/shared'
import type { StaffCaller } from '../core/auth/caller'
import { BadRequestError, ForbiddenError, NotFoundError } from '../core/http/errors'
import { fileOnce, idFromKey, sha256 } from './ids'
import type { FieldDemandRecord } from './keys'
import type { DemandRepository } from './repository'
import { toFieldDemand } from './views'

/** What grid workers hear on their rounds, filed from the mini-program and read by the staff who group demands. */
export class FieldDemandService {
  constructor(private readonly repository: Pick<DemandRepository, 'putFieldDemand' | 'getFieldDemand' | 'fieldDemandsOf'>) {}

  /**
   * Files once per Idempotency-Key: the field demand's id is derived from the filer and the key, so a retried
   * request (a weak signal on a doorstep) finds the one it stored — the same body → 200, another → 409.
   */
  async file(
    staff: StaffCaller,
    idempotencyKey: string,
    body: FieldDemandSubmit,
    now: Date,
  ): Promise<{ created: boolean; demand: FieldDemand }> {
    const scope = staff.scope
    if (scope.kind !== 'grid') throw new ForbiddenError('只有网格员可以登记走访需求')
    const bodyHash = sha256(JSON.stringify(body))
    const id = idFromKey('fd', staff.staffId, idempotencyKey)
    const { resident, ...heard } = body
    const record: FieldDemandRecord = {
      id,
      gridId: scope.id,
      stationId: scope.stationId,
      subDistrict: scope.subDistrict,
      ...heard,
      ...(resident ? { resident: { name: resident.name, ...(resident.phone ? { phone: resident.phone } : {}) } } : {}),
      filedBy: staff.staffId,
      filedAt: now.toISOString(),
      bodyHash,
    }
    const { created, stored } = await fileOnce(
      record,
      { put: (r) => this.repository.putFieldDemand(r), get: (id) => this.repository.getFieldDemand(id) },
      '走访需求',
    )
    return { created, demand: toFieldDemand(stored, staff) }
  }

  /** A grid worker reads their grid; board staff their sub-district (district staff name one); others nothing. */
  async list(staff: StaffCaller, query: { subDistrict?: SubDistrictId }): Promise<{ items: FieldDemand[] }> {
    const records = await this.repository.fieldDemandsOf(placeOf(staff, query.subDistrict))
    return { items: records.map((record) => toFieldDemand(record, staff)) }
  }
}

function placeOf(staff: StaffCaller, subDistrict: SubDistrictId | undefined): { gridId: string } | { subDistrict: SubDistrictId } {
  const scope = staff.scope
  switch (scope.kind) {
    case 'grid':
      if (subDistrict !== undefined && subDistrict !== scope.subDistrict) throw new NotFoundError('不在您的服务范围内')
      return { gridId: scope.id }
    case 'station':
    case 'subDistrict': {
      const own = scope.kind === 'station' ? scope.subDistrict : scope.id
      if (subDistrict !== undefined && subDistrict !== own) throw new NotFoundError('不在您的服务范围内')
      return { subDistrict: own }
    }
    case 'district':
      if (subDistrict === undefined) throw new BadRequestError('请选择街道', [{ path: 'query.subDistrict', message: '请选择街道' }])
      return { subDistrict }
  }
}
