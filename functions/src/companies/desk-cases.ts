import type { CompanySummary, DeskCasesQuery, OnboardingStepTemplate, Page, StaffScope } from '@doorstep/shared'
import type { BoundCursors } from '../core/db/cursor'
import { BadRequestError, NotFoundError } from '../core/http/errors'
import type { CaseRepository, Placement } from './case-repository'
import { toCompanySummary } from './case-view'
import { casesAtStation, casesOfSubDistrict } from './keys'

/** Which cases a desk's list reads: one partition, chosen by its scope (docs/api.md, *Staff desk*). */
export function placementFor(scope: StaffScope, subDistrict: DeskCasesQuery['subDistrict']): Placement {
  switch (scope.kind) {
    case 'station':
      if (subDistrict !== undefined)
        throw new BadRequestError('服务站人员只能查看本站的开办事项', [{ path: 'query.subDistrict', message: '服务站人员不能按街道查看' }])
      return { index: 'gsi3', partition: casesAtStation(scope.id) }
    case 'subDistrict':
      if (subDistrict !== undefined && subDistrict !== scope.id) throw new NotFoundError('不在您的服务范围内')
      return { index: 'gsi2', partition: casesOfSubDistrict(scope.id) }
    case 'district':
      if (subDistrict === undefined) throw new BadRequestError('请选择街道', [{ path: 'query.subDistrict', message: '请选择街道' }])
      return { index: 'gsi2', partition: casesOfSubDistrict(subDistrict) }
    case 'grid':
      // grid workers do not reach company cases (the route's roles); a steward is assigned by case, not by scope
      throw new NotFoundError('不在您的服务范围内')
  }
}

export class DeskCases {
  constructor(
    private readonly cases: Pick<CaseRepository, 'listByPlacement'>,
    private readonly template: readonly OnboardingStepTemplate[],
  ) {}

  async list(scope: StaffScope, query: DeskCasesQuery, now: Date, cursors: BoundCursors): Promise<Page<CompanySummary>> {
    const placement = placementFor(scope, query.subDistrict)
    const keyAttributes = ['pk', 'sk', `${placement.index}pk`, `${placement.index}sk`]
    const startKey = await cursors.open(query.cursor, keyAttributes)
    // a cursor from another list must not steer the query into a partition outside the caller's scope
    if (startKey && startKey[`${placement.index}pk`] !== placement.partition)
      throw new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
    const { records, lastKey } = await this.cases.listByPlacement(placement, query.limit, startKey)
    const nextCursor = await cursors.seal(lastKey)
    return { items: records.map((r) => toCompanySummary(r, this.template, now)), ...(nextCursor ? { nextCursor } : {}) }
  }
}
