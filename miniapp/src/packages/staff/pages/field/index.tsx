import { View } from '@tarojs/components'
import { FieldDemandForm } from '@/features/demands/components/field-demand-form'
import { FieldDemandList } from '@/features/demands/components/field-demand-list'
import { OnBehalfForm } from '@/features/demands/components/on-behalf-form'
import { fetchFieldDemands } from '@/features/demands/api/demands-api'
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
            {me.role === 'grid' ? <GridWork /> : <OnBehalfForm />}
          </>
        )}
      </StaffGate>
    </Page>
  )
}

function GridWork() {
  const t = useStrings(strings)
  const client = useHttpClient()
  const mine = useResource(() => fetchFieldDemands(client), [client])
  return (
    <>
      <FieldDemandForm onFiled={() => void mine.reload()} />
      <OnBehalfForm />
      <View className="demands__section" role="region" aria-label={t.myFieldDemands}>
        <Heading level={2}>{t.myFieldDemands}</Heading>
        {mine.status === 'loading' && <LoadingView message={t.loading} />}
        {mine.status === 'error' && <ErrorView title={t.failed} error={mine.error} onRetry={mine.reload} />}
        {mine.status === 'ready' && <FieldDemandList items={mine.data.items} />}
      </View>
    </>
  )
}
