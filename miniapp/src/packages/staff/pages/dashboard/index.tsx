import { View } from '@tarojs/components'
import type { SubDistrictId } from '@doorstep/shared'
import { SUB_DISTRICTS } from '@doorstep/shared/domain/sub-districts'
import { shanghaiDate } from '@doorstep/shared/time/shanghai'
import { useState } from 'react'
import { useSession } from '@/features/auth/session-context'
import { CompanyFigures } from '@/features/companies/components/company-figures'
import { DASHBOARD_CSV_PATH, fetchDashboard, type DashboardFilter } from '@/features/messages/api/staff-messages-api'
import { DashboardPanels } from '@/features/messages/components/dashboard-panels'
import { strings } from '@/features/messages/strings'
import { BOARD_ROLES, StaffGate, type StaffMe } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toQueryString } from '@/shared/api/http-client'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useClock } from '@/shared/clock/clock-context'
import { resolveApiBase } from '@/shared/config/api-base'
import { saveFile } from '@/shared/files/save-file'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import '@/features/messages/components/messages.scss'
import '@/features/staff/components/staff.scss'

const PERIODS = [4, 8, 12, 26] as const

/** 数据看板: what residents ask about, where and how often, how fast it is answered and how satisfied they are. */
export default function MessageDashboardPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.dashboardTitle} className="staff-page">
      <StaffGate roles={BOARD_ROLES}>{(me) => <Dashboard me={me} />}</StaffGate>
    </Page>
  )
}

function Dashboard({ me }: { me: StaffMe }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const session = useSession()
  const clock = useClock()
  const [filter, setFilter] = useState<DashboardFilter>({ weeks: 8 })
  const figures = useResource(() => fetchDashboard(client, filter), [client, filter.weeks, filter.subDistrict])
  const exports = useActionMessages<'csv'>()
  const exportCsv = () =>
    exports.run(
      'csv',
      () =>
        saveFile({
          url: `${resolveApiBase().replace(/\/+$/, '')}${DASHBOARD_CSV_PATH}${toQueryString({ weeks: filter.weeks, subDistrict: filter.subDistrict })}`,
          authorization: session ? `Bearer ${session.token}` : undefined,
          fileName: s.csvFileName(shanghaiDate(clock())),
          format: 'csv',
        }),
      { done: (result) => (result === 'shared' ? s.exportedShared : s.exported) },
    )

  return (
    <>
      <PageIntro>{s.dashboardIntro}</PageIntro>
      <ChoiceChips
        label={s.weeksFilter}
        visibleLabel
        options={PERIODS.map((weeks) => ({ id: String(weeks), name: s.lastWeeks(weeks) }))}
        value={String(filter.weeks)}
        onChange={(weeks) => weeks && setFilter((current) => ({ ...current, weeks: Number(weeks) }))}
      />
      {me.scope.kind === 'district' && (
        <ChoiceChips
          label={s.subDistrictFilter}
          noneLabel={s.all}
          options={SUB_DISTRICTS.map((d) => ({ id: d.id as SubDistrictId, name: s.subDistrictName(d.id) }))}
          value={filter.subDistrict}
          onChange={(subDistrict) => setFilter((current) => ({ ...current, subDistrict }))}
        />
      )}
      <View className="message-actions">
        <ActionButton variant="secondary" disabled={exports.isBusy('csv')} onClick={() => void exportCsv()}>
          {exports.isBusy('csv') ? s.exporting : s.exportCsv}
        </ActionButton>
      </View>
      <ActionMessageView message={exports.messages.csv} />
      {figures.status === 'loading' && <LoadingView message={s.dashboardLoading} />}
      {figures.status === 'error' && <ErrorView title={s.dashboardError} error={figures.error} onRetry={figures.reload} />}
      {figures.status === 'ready' && <DashboardPanels data={figures.data} />}
      {/* Issue 8's company set-up figures, in the same period and sub-district. */}
      <CompanyFigures weeks={filter.weeks} subDistrict={filter.subDistrict} />
    </>
  )
}
