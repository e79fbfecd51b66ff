import Taro from '@tarojs/taro'
import { fetchPublicDemands } from '@/features/demands/api/demands-api'
import { PublicDemandList } from '@/features/demands/components/public-demand-list'
import { strings } from '@/features/demands/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/demands/components/demands.scss'

/** 你提的需求，我们这样办了: what residents raised, what was decided and what it became. */
export default function AnsweredDemandsPage() {
  const t = useStrings(strings)
  const client = useHttpClient()
  const demands = useResource(() => fetchPublicDemands(client), [client])
  usePullToRefresh(demands.reload)
  return (
    <Page title={t.publicTitle}>
      <PageIntro>{t.publicIntro}</PageIntro>
      {demands.status === 'loading' && <LoadingView message={t.loading} />}
      {demands.status === 'error' && <ErrorView title={t.failed} error={demands.error} onRetry={demands.reload} />}
      {demands.status === 'ready' && (
        <PublicDemandList
          items={demands.data.items}
          onSignUp={(serviceId) => void Taro.navigateTo({ url: ROUTES.serviceDetail(serviceId) })}
        />
      )}
    </Page>
  )
}
