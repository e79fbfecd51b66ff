import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import type { usePolicySearch } from '../hooks/use-policy-search'
import { ChipList } from './chip-list'
import { PolicyCard } from './policy-card'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { OfflineNotice } from '@/shared/components/offline-notice'
import { strings } from '../strings'

interface PolicyResultsProps {
  result: ReturnType<typeof usePolicySearch>
  query: string
  onOpen: (id: string) => void
  onSearch: (query: string) => void
  /** Absent while the message board is being built. */
  onLeaveMessage?: () => void
}

export function PolicyResults({ result, query, onOpen, onSearch, onLeaveMessage }: PolicyResultsProps) {
  const s = useStrings(strings)
  if (result.status === 'loading') return <LoadingView message={s.searching} />
  if (result.status === 'error') {
    return <ErrorView title={s.searchFailed} error={result.error} onRetry={result.reload} />
  }
  if (result.items.length === 0) {
    return (
      <View>
        {result.offline && <OfflineNotice />}
        <EmptyView title={query ? s.noneFor(query) : s.none} message={s.noneHint} />
        <ChipList title={s.suggestions} items={result.suggestions} onPick={onSearch} />
        <View className="policy-results__message">
          <Text className="policy-results__message-text">{s.leaveMessageNote}</Text>
          {onLeaveMessage ? (
            <ActionButton variant="secondary" onClick={onLeaveMessage}>
              {s.leaveMessage}
            </ActionButton>
          ) : (
            <Text className="policy-results__message-text">{s.messageBoardSoon}</Text>
          )}
        </View>
      </View>
    )
  }
  return (
    <View>
      {result.offline && <OfflineNotice />}
      <Text className="policy-results__count" role="status">
        {query ? s.found(result.total) : s.total(result.total)}
      </Text>
      <View role="list" aria-label={s.listLabel}>
        {result.items.map((policy) => (
          <View role="listitem" key={policy.id}>
            <PolicyCard policy={policy} onOpen={onOpen} />
          </View>
        ))}
      </View>
      <LoadMore paged={result} failedTitle={s.moreFailed} />
    </View>
  )
}
