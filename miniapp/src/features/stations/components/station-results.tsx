import { View } from '@tarojs/components'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import { OfflineNotice } from '@/shared/components/offline-notice'
import { useStrings } from '@/shared/i18n'
import type { useStations } from '../hooks/use-stations'
import { strings } from '../strings'
import { StationCard } from './station-card'

interface StationResultsProps {
  result: ReturnType<typeof useStations>
  /** Whether a street is selected, which changes what an empty result means. */
  isFiltered: boolean
  onOpen: (id: string) => void
  /** What to say when a filter leaves nothing, if not the street filter's wording. */
  emptyFiltered?: { title: string; message?: string }
}

/** The list under the filter, in whichever state the query is in (offline: the list loaded last time). */
export function StationResults({ result, isFiltered, onOpen, emptyFiltered }: StationResultsProps) {
  const s = useStrings(strings)
  if (result.status === 'loading') return <LoadingView message={s.loadingList} />
  if (result.status === 'error') {
    return <ErrorView title={s.listFailed} error={result.error} onRetry={result.reload} />
  }
  if (result.items.length === 0) {
    return isFiltered ? (
      <EmptyView {...(emptyFiltered ?? { title: s.noneInStreet, message: s.noneInStreetHint })} />
    ) : (
      <EmptyView title={s.none} />
    )
  }
  return (
    <View>
      {result.offline && <OfflineNotice />}
      <View role="list" aria-label={s.stationList}>
        {result.items.map((station) => (
          <View role="listitem" key={station.id}>
            <StationCard station={station} onOpen={onOpen} />
          </View>
        ))}
      </View>
      <LoadMore paged={result} failedTitle={s.moreFailed} />
    </View>
  )
}
