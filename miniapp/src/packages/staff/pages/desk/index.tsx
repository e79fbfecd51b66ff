import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CompanySummary, Me, SubDistrictId } from '@doorstep/shared'
import { SUB_DISTRICTS } from '@doorstep/shared'
import { useState } from 'react'
import { scopeLabel } from '@/features/auth/format'
import { useSession } from '@/features/auth/session-context'
import { fetchDeskCases } from '@/features/companies/api/companies-api'
import { CaseSummaryCard } from '@/features/companies/components/case-summary-card'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { useReloadOnReturn } from '@/features/companies/hooks/use-reload-on-return'
import { isDeskStaff } from '@/features/companies/format'
import { strings } from '@/features/companies/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/staff/components/staff.scss'

/** The desk's list: cases in its scope with their progress; district staff choose a sub-district first. */
export default function DeskCasesPage() {
  const t = useStrings(strings)
  const session = useSession()
  const me = session?.me
  return (
    <Page title={t.deskTitle} className="staff-page">
      {me && isDeskStaff(me) ? <DeskCases me={me} /> : <SignInPrompt who="desk" wrongAccount={session !== null} />}
    </Page>
  )
}

function DeskCases({ me }: { me: Extract<Me, { kind: 'staff' }> }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const client = useHttpClient()
  const districtWide = me.scope.kind === 'district'
  const [subDistrict, setSubDistrict] = useState<SubDistrictId>()
  const ready = !districtWide || subDistrict !== undefined
  const cases = usePagedResource<CompanySummary>(
    (cursor) =>
      ready ? fetchDeskCases(client, { subDistrict: districtWide ? subDistrict : undefined, cursor }) : Promise.resolve({ items: [] }),
    [client, subDistrict, me.staffId],
  )
  useReloadOnReturn(cases.reload)

  return (
    <View>
      <PageIntro>{t.deskIntro(me.displayName, scopeLabel(me.scope))}</PageIntro>
      {districtWide && (
        <ChoiceChips
          label={t.chooseSubDistrictLabel}
          visibleLabel
          options={SUB_DISTRICTS.map((d) => ({ id: d.id, name: n.street(d.id) }))}
          value={subDistrict}
          onChange={setSubDistrict}
        />
      )}
      {!ready ? (
        <EmptyView title={t.chooseSubDistrictFirst} />
      ) : (
        <>
          {cases.status === 'loading' && <LoadingView message={t.deskLoading} />}
          {cases.status === 'error' && cases.error && <ErrorView title={t.deskFailed} error={cases.error} onRetry={cases.reload} />}
          {cases.status === 'ready' && cases.items.length === 0 && <EmptyView title={t.deskEmpty} message={t.deskEmptyHelp} />}
          {cases.items.length > 0 && (
            <View role="list" aria-label={t.deskListLabel}>
              {cases.items.map((company) => (
                <View role="listitem" key={company.id}>
                  <CaseSummaryCard company={company} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.deskCase(id) })} />
                </View>
              ))}
            </View>
          )}
          <LoadMore paged={cases} failedTitle={t.moreFailed} />
        </>
      )}
    </View>
  )
}
