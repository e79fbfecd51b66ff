import { SUB_DISTRICTS, type SubDistrictId } from '@doorstep/shared'
import { useState } from 'react'
import { fetchReferrals } from '@/features/demands/api/demands-api'
import { ReferralList } from '@/features/demands/components/referral-list'
import { strings } from '@/features/demands/strings'
import { StaffGate, type StaffMe } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import '@/features/demands/components/demands.scss'
import '@/features/staff/components/staff.scss'

/** 转介: residents grid workers referred to the caller's stations, most urgent first; staff record each outcome. */
export default function ReferralsPage() {
  const t = useStrings(strings)
  return (
    <Page title={t.referralsTitle} className="staff-page">
      <StaffGate roles={['answerer', 'desk', 'admin']}>{(me) => <Queue me={me} />}</StaffGate>
    </Page>
  )
}

function Queue({ me }: { me: StaffMe }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const client = useHttpClient()
  const [area, setArea] = useState<SubDistrictId>('pingjiang')
  const district = me.scope.kind === 'district'
  const referrals = useResource(() => fetchReferrals(client, district ? area : undefined), [client, area, district])
  usePullToRefresh(referrals.reload)
  return (
    <>
      <PageIntro>{t.referralsIntro}</PageIntro>
      {district && (
        <ChoiceChips
          label={t.stationLabel}
          options={SUB_DISTRICTS.map((s) => ({ id: s.id, name: n.street(s.id) }))}
          value={area}
          onChange={(id) => id && setArea(id)}
        />
      )}
      {referrals.status === 'loading' && <LoadingView message={t.loading} />}
      {referrals.status === 'error' && <ErrorView title={t.failed} error={referrals.error} onRetry={referrals.reload} />}
      {referrals.status === 'ready' && <ReferralList items={referrals.data.items} canAnswer onChanged={() => void referrals.reload()} />}
    </>
  )
}
