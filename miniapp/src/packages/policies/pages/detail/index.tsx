import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PolicyDetails } from '@/features/policies/components/policy-details'
import { SharePolicy } from '@/features/policies/components/share-policy'
import { WhereToApply } from '@/features/policies/components/where-to-apply'
import { usePolicy } from '@/features/policies/hooks/use-policy'
import { useSharePolicy } from '@/features/policies/hooks/use-share-policy'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { ROUTES } from '@/shared/navigation/routes'

export default function PolicyDetailPage() {
  const { params } = useRouter()
  const { status, data: policy, error, reload } = usePolicy(params.id)
  useSharePolicy(policy, ROUTES.policyDetail(params.id ?? ''))
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <View className="page">
      {status === 'loading' && <LoadingView message="正在加载政策…" />}
      {status === 'error' &&
        (error.isNotFound ? (
          <ErrorView title="没有找到这条政策" message="它可能已经调整，请返回重新搜索。" />
        ) : (
          <ErrorView title="政策没有加载出来" message={error.detail ?? error.title} onRetry={reload} />
        ))}
      {status === 'ready' && (
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
      )}
    </View>
  )
}
