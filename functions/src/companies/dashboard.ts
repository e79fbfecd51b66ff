import {
  ONBOARDING_TEMPLATE,
  onboardingFigures,
  SUB_DISTRICT_IDS,
  type CompanyDashboard,
  type CompanyDashboardQuery,
  type StaffScope,
} from '@doorstep/shared'
import type { CaseRepository, Placement } from './case-repository'
import { placementFor } from './desk-cases'
import { casesOfSubDistrict } from './keys'

/**
 * The staff dashboard's onboarding figures for the cases in the caller's scope. District-wide staff without a
 * sub-district see the whole district (every sub-district's partition); desks see what their list shows.
 * Reads every case of the scope (projected to a few attributes): a district's cases number in the thousands.
 */
export class CompanyDashboardFigures {
  constructor(private readonly cases: Pick<CaseRepository, 'factsByPlacement'>) {}

  async figures(scope: StaffScope, query: CompanyDashboardQuery, now: Date): Promise<CompanyDashboard> {
    const placements: Placement[] =
      scope.kind === 'district' && query.subDistrict === undefined
        ? SUB_DISTRICT_IDS.map((id) => ({ index: 'gsi2', partition: casesOfSubDistrict(id) }))
        : [placementFor(scope, query.subDistrict)]
    const facts = (await Promise.all(placements.map((p) => this.cases.factsByPlacement(p)))).flat()
    return onboardingFigures(facts, now, query.weeks, ONBOARDING_TEMPLATE.length)
  }
}
