import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import type { usePolicySearch } from '../hooks/use-policy-search'
import { ChipList } from './chip-list'
import { PolicyCard } from './policy-card'
import './policies.scss'

interface PolicyResultsProps {
  result: ReturnType<typeof usePolicySearch>
  query: string
  onOpen: (id: string) => void
  onSearch: (query: string) => void
  /** Absent while the message board is being built. */
  onLeaveMessage?: () => void
}

export function PolicyResults({ result, query, onOpen, onSearch, onLeaveMessage }: PolicyResultsProps) {
  if (result.status === 'loading') return <LoadingView message="正在查找政策…" />
  if (result.status === 'error') {
    return <ErrorView title="政策没有加载出来" message={result.error?.detail ?? result.error?.title} onRetry={result.reload} />
  }
  if (result.items.length === 0) {
    return (
      <View>
        <EmptyView title={query ? `没有找到与“${query}”有关的政策` : '暂时没有政策'} message="换个说法试试，或者点下面的常见问题" />
        <ChipList title="您可能想找" items={result.suggestions} onPick={onSearch} />
        <View className="policy-results__message">
          <Text className="policy-results__message-text">没找到？给我们留言，工作人员会回复您。</Text>
          {onLeaveMessage ? (
            <ActionButton variant="secondary" onClick={onLeaveMessage}>
              没找到？给我们留言
            </ActionButton>
          ) : (
            <Text className="policy-results__message-text">留言通道即将开通，也可以到就近的人社服务站当面咨询。</Text>
          )}
        </View>
      </View>
    )
  }
  return (
    <View>
      <Text className="policy-results__count" role="status">
        {query ? `找到 ${result.total} 条相关政策` : `共 ${result.total} 条政策`}
      </Text>
      <View role="list" aria-label="政策列表">
        {result.items.map((policy) => (
          <View role="listitem" key={policy.id}>
            <PolicyCard policy={policy} onOpen={onOpen} />
          </View>
        ))}
      </View>
      {result.loadMoreError && <ErrorView title="更多政策没有加载出来" message={result.loadMoreError.detail ?? result.loadMoreError.title} />}
      {result.hasMore && (
        <ActionButton variant="secondary" disabled={result.isLoadingMore} onClick={result.loadMore}>
          {result.isLoadingMore ? '正在加载…' : result.loadMoreError ? '重新加载更多' : '加载更多'}
        </ActionButton>
      )}
    </View>
  )
}
