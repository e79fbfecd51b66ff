import type { StaffRole } from '@doorstep/shared'
import Taro from '@tarojs/taro'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { STEWARD_KEY, useCompanyCase, VISIT_KEY } from '../hooks/use-company-case'
import { useReloadOnReturn } from '../hooks/use-reload-on-return'
import { strings } from '../strings'
import { CaseChecklist } from './case-checklist'
import { StewardPanel } from './steward-panel'

/**
 * A case page, for its owner (business subpackage) and for a desk (staff subpackage): the same checklist, so both
 * see the same progress. Read again whenever the page shows, e.g. back from the roster with new employees.
 */
export function CasePageBody({ id, staff, role }: { id: string; staff: boolean; role?: StaffRole }) {
  const t = useStrings(strings)
  const company = useCompanyCase(id)
  useReloadOnReturn(company.reload)
  const open = (url: string) => void Taro.navigateTo({ url })

  if (!id || (company.status === 'error' && company.error.isNotFound)) {
    return (
      <Page title={t.caseNotFound} navigationTitle={t.caseTitle} className={staff ? 'staff-page' : undefined}>
        <ErrorView title={t.caseNotFound} message={t.caseNotFoundHelp} />
      </Page>
    )
  }
  return (
    <Page
      title={company.status === 'ready' ? company.data.name : t.caseTitle}
      navigationTitle={t.caseTitle}
      className={staff ? 'staff-page' : undefined}
    >
      {company.status === 'loading' && <LoadingView message={t.caseLoading} />}
      {company.status === 'error' && <ErrorView title={t.caseFailed} error={company.error} onRetry={company.reload} />}
      {company.status === 'ready' && (
        <CaseChecklist
          company={company.data}
          staff={staff}
          isBusy={company.isBusy}
          messages={company.messages}
          onComplete={company.complete}
          onAddNote={(text, stepId) => company.addNote(stepId ? { text, stepId } : { text })}
          onOpenStation={(stationId) => open(ROUTES.stationDetail(stationId))}
          onOpenEmployees={() => open(ROUTES.companyEmployees(id))}
        />
      )}
      {company.status === 'ready' && (
        <StewardPanel
          company={company.data}
          canAssign={role === 'desk' || role === 'admin'}
          canVisit={staff}
          busy={company.isBusy}
          messages={company.messages}
          onAssign={(staffId, contact) => company.setSteward({ staffId, contact })}
          onVisit={(did, text) => company.visit({ did, text })}
          keys={{ steward: STEWARD_KEY, visit: VISIT_KEY }}
        />
      )}
    </Page>
  )
}
