import Taro from '@tarojs/taro'
import { PolicyDetails } from '@/features/policies/components/policy-details'
import { SharePolicy } from '@/features/policies/components/share-policy'
import { WhereToApply } from '@/features/policies/components/where-to-apply'
import { usePolicy } from '@/features/policies/hooks/use-policy'
import { useSharePolicy } from '@/features/policies/hooks/use-share-policy'
import { strings } from '@/features/policies/strings'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { OfflineNotice } from '@/shared/components/offline-notice'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePageParams } from '@/shared/navigation/use-page-params'

export default function PolicyDetailPage() {
  const s = useStrings(strings)
  const params = usePageParams()
  const { status, data: policy, error, reload, offline } = usePolicy(params.id)
  useSharePolicy(policy, ROUTES.policyDetail(params.id ?? ''))
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <Page title={status === 'loading' ? undefined : (policy?.title ?? s.detailTitle)} navigationTitle={s.detailTitle}>
      {status === 'loading' && <LoadingView message={s.loadingPolicy} />}
      {status === 'error' &&
        (error.isNotFound ? (
          <ErrorView title={s.notFound} message={s.notFoundHint} />
        ) : (
          <ErrorView title={s.policyFailed} error={error} onRetry={reload} />
        ))}
      {status === 'ready' && (
        <>
          {offline && <OfflineNotice />}
          <PolicyDetails
            policy={policy}
            whereToApply={
              <WhereToApply
                policy={policy}
                onOpenStation={(id) => open(ROUTES.stationDetail(id))}
                onOpenStationList={() => open(ROUTES.stationList)}
              />
            }
            share={<SharePolicy policy={policy} />}
          />
        </>
      )}
    </Page>
  )
}
