import { View } from '@tarojs/components'
import { FieldDemandForm } from '@/features/demands/components/field-demand-form'
import { FieldDemandList } from '@/features/demands/components/field-demand-list'
import { OnBehalfForm } from '@/features/demands/components/on-behalf-form'
import type { SubDistrictId } from '@doorstep/shared'
import { fetchFieldDemands, fetchReferrals } from '@/features/demands/api/demands-api'
import { ReferralForm } from '@/features/demands/components/referral-form'
import { ReferralList } from '@/features/demands/components/referral-list'
import { strings } from '@/features/demands/strings'
import { StaffGate } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import '@/features/demands/components/demands.scss'
import '@/features/staff/components/staff.scss'

/** 网格走访: a grid worker records what they heard on a round, signs residents up, and sees what became of each need. */
export default function FieldPage() {
  const t = useStrings(strings)
  return (
    <Page title={t.fieldTitle} className="staff-page">
      <StaffGate roles={['grid', 'desk', 'admin']}>
        {(me) => (
          <>
            <PageIntro>{t.fieldIntro}</PageIntro>
            {me.scope.kind === 'grid' ? <GridWork subDistrict={me.scope.subDistrict} /> : <OnBehalfForm />}
          </>
        )}
      </StaffGate>
    </Page>
  )
}

function GridWork({ subDistrict }: { subDistrict: SubDistrictId }) {
  const t = useStrings(strings)
  const client = useHttpClient()
  const mine = useResource(() => fetchFieldDemands(client), [client])
  const referrals = useResource(() => fetchReferrals(client), [client])
  return (
    <>
      <FieldDemandForm onFiled={() => void mine.reload()} />
      <OnBehalfForm />
      <ReferralForm subDistrict={subDistrict} onReferred={() => void referrals.reload()} />
      <View className="demands__section" role="region" aria-label={t.myReferrals}>
        <Heading level={2}>{t.myReferrals}</Heading>
        {referrals.status === 'error' && <ErrorView title={t.failed} error={referrals.error} onRetry={referrals.reload} />}
        {referrals.status === 'ready' && <ReferralList items={referrals.data.items} canAnswer={false} />}
      </View>
      <View className="demands__section" role="region" aria-label={t.myFieldDemands}>
        <Heading level={2}>{t.myFieldDemands}</Heading>
        {mine.status === 'loading' && <LoadingView message={t.loading} />}
        {mine.status === 'error' && <ErrorView title={t.failed} error={mine.error} onRetry={mine.reload} />}
        {mine.status === 'ready' && <FieldDemandList items={mine.data.items} />}
      </View>
    </>
  )
}
