import { Text, View } from '@tarojs/components'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import type { usePolicyMatch } from '../hooks/use-policy-match'
import { PolicyCard } from './policy-card'
import './policies.scss'

interface MatchResultsProps {
  match: ReturnType<typeof usePolicyMatch>
  onOpen: (id: string) => void
  onRetry: () => void
}

export function MatchResults({ match, onOpen, onRetry }: MatchResultsProps) {
  if (match.status === 'idle') return null
  if (match.status === 'loading') return <LoadingView message="正在为您查找政策…" />
  if (match.status === 'error') return <ErrorView title="没有查到结果" message={match.error.detail ?? match.error.title} onRetry={onRetry} />
  if (match.result.items.length === 0) return <EmptyView title="暂时没有找到适合您的政策" message="可以到就近的人社服务站当面咨询" />
  return (
    <View>
      <Text className="policy-results__count" role="status">
        为您找到 {match.result.items.length} 条可能适用的政策
      </Text>
      <View role="list" aria-label="适合您的政策">
        {match.result.items.map(({ policy, reasons }) => (
          <View role="listitem" key={policy.id}>
            <PolicyCard policy={policy} onOpen={onOpen}>
              <View className="policy-card__reasons">
                {reasons.map((reason) => (
                  <Text key={reason} className="policy-card__reason">
                    ✓ {reason}
                  </Text>
                ))}
              </View>
            </PolicyCard>
          </View>
        ))}
      </View>
    </View>
  )
}
