import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchStewardships } from '@/features/demands/api/demands-api'
import { strings } from '@/features/demands/strings'
import { StaffGate } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { Card } from '@/shared/components/card'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/demands/components/demands.scss'
import '@/features/staff/components/staff.scss'

/** 我联系的企业: the companies a 用工管家 looks after; each opens its checklist, where visits are logged. */
export default function StewardshipsPage() {
  const t = useStrings(strings)
  return (
    <Page title={t.stewardshipsTitle} className="staff-page">
      <StaffGate roles={['desk', 'grid']}>{() => <Companies />}</StaffGate>
    </Page>
  )
}

function Companies() {
  const t = useStrings(strings)
  const client = useHttpClient()
  const companies = useResource(() => fetchStewardships(client), [client])
  usePullToRefresh(companies.reload)
  return (
    <>
      <PageIntro>{t.stewardshipsIntro}</PageIntro>
      {companies.status === 'loading' && <LoadingView message={t.loading} />}
      {companies.status === 'error' && <ErrorView title={t.failed} error={companies.error} onRetry={companies.reload} />}
      {companies.status === 'ready' &&
        (companies.data.items.length === 0 ? (
          <EmptyView title={t.noStewardships} />
        ) : (
          <View role="list">
            {companies.data.items.map((c) => (
              <View role="listitem" key={c.id}>
                <Card title={c.name} onOpen={() => void Taro.navigateTo({ url: ROUTES.deskCase(c.id) })}>
                  <Text className="demands__line">{t.progress(c.progress.done, c.progress.total)}</Text>
                </Card>
              </View>
            ))}
          </View>
        ))}
    </>
  )
}
