import { View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import type { useStations } from '../hooks/use-stations'
import { StationCard } from './station-card'

interface StationResultsProps {
  result: ReturnType<typeof useStations>
  /** Whether a street is selected, which changes what an empty result means. */
  isFiltered: boolean
  onOpen: (id: string) => void
  /** What to say when a filter leaves nothing, if not the street filter's wording. */
  emptyFiltered?: { title: string; message?: string }
}

/** The list under the filter, in whichever state the query is in. */
export function StationResults({ result, isFiltered, onOpen, emptyFiltered }: StationResultsProps) {
  if (result.status === 'loading') return <LoadingView message="正在加载服务站点…" />
  if (result.status === 'error') {
    return <ErrorView title="服务站点没有加载出来" message={result.error?.detail ?? result.error?.title} onRetry={result.reload} />
  }
  if (result.items.length === 0) {
    return isFiltered ? (
      <EmptyView {...(emptyFiltered ?? { title: '这个街道暂时没有服务站点', message: '可以选择“全部”查看其他街道' })} />
    ) : (
      <EmptyView title="暂时没有服务站点" />
    )
  }
  return (
    <View>
      <View role="list" aria-label="服务站点列表">
        {result.items.map((station) => (
          <View role="listitem" key={station.id}>
            <StationCard station={station} onOpen={onOpen} />
          </View>
        ))}
      </View>
      {result.loadMoreError && (
        <ErrorView title="更多站点没有加载出来" message={result.loadMoreError.detail ?? result.loadMoreError.title} />
      )}
      {result.hasMore && (
        <ActionButton variant="secondary" disabled={result.isLoadingMore} onClick={result.loadMore}>
          {result.isLoadingMore ? '正在加载…' : result.loadMoreError ? '重新加载更多' : '加载更多'}
        </ActionButton>
      )}
    </View>
  )
}
