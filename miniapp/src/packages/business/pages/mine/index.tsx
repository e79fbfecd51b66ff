import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSession } from '@/features/auth/session-context'
import { fetchMyCompanies } from '@/features/companies/api/companies-api'
import { CaseSummaryCard } from '@/features/companies/components/case-summary-card'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { useReloadOnReturn } from '@/features/companies/hooks/use-reload-on-return'
import { strings } from '@/features/companies/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'

/** 企业开办一站式: my companies' cases with their progress, and the way to open a new one. */
export default function MyCompaniesPage() {
  const t = useStrings(strings)
  const session = useSession()
  const client = useHttpClient()
  const userId = session?.me.kind === 'user' ? session.me.userId : undefined
  const mine = useResource(userId ? () => fetchMyCompanies(client) : undefined, [client, userId])
  usePullToRefresh(mine.reload)
  useReloadOnReturn(mine.reload)
  const open = (url: string) => void Taro.navigateTo({ url })

  return (
    <Page title={t.mineTitle}>
      <PageIntro>{t.mineIntro}</PageIntro>
      {!userId ? (
        <SignInPrompt who="company" wrongAccount={session?.me.kind === 'staff'} />
      ) : (
        <>
          <ActionButton onClick={() => open(ROUTES.companyStart)}>{t.startNew}</ActionButton>
          {mine.status === 'loading' && <LoadingView message={t.mineLoading} />}
          {mine.status === 'error' && <ErrorView title={t.mineFailed} error={mine.error} onRetry={mine.reload} />}
          {mine.status === 'ready' && mine.data.items.length === 0 && <EmptyView title={t.mineEmpty} message={t.mineEmptyHelp} />}
          {mine.status === 'ready' && mine.data.items.length > 0 && (
            <View role="list" aria-label={t.mineListLabel}>
              {mine.data.items.map((company) => (
                <View role="listitem" key={company.id}>
                  <CaseSummaryCard company={company} onOpen={(id) => open(ROUTES.companyCase(id))} />
                </View>
              ))}
            </View>
          )}
        </>
      )}
    </Page>
  )
}
