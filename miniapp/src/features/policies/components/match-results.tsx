import { Text, View } from '@tarojs/components'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import type { usePolicyMatch } from '../hooks/use-policy-match'
import { PolicyCard } from './policy-card'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

interface MatchResultsProps {
  match: ReturnType<typeof usePolicyMatch>
  onOpen: (id: string) => void
  onRetry: () => void
}

export function MatchResults({ match, onOpen, onRetry }: MatchResultsProps) {
  const s = useStrings(strings)
  if (match.status === 'idle') return null
  if (match.status === 'loading') return <LoadingView message={s.matchLoading} />
  if (match.status === 'error') return <ErrorView title={s.matchFailed} error={match.error} onRetry={onRetry} />
  if (match.result.items.length === 0) return <EmptyView title={s.matchNone} message={s.matchNoneHint} />
  return (
    <View>
      <Text className="policy-results__count" role="status">
        {s.matchFound(match.result.items.length)}
      </Text>
      <View role="list" aria-label={s.matchListLabel}>
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
