import { View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { useStrings } from '@/shared/i18n'
import { ActionButton } from './action-button'
import { ErrorView } from './error-view'
import { strings } from './strings'
import './load-more.scss'

interface LoadMoreProps {
  /** The paged list's state, as `usePagedResource` returns it. */
  paged: { hasMore: boolean; isLoadingMore: boolean; loadMoreError?: ApiError; loadMore: () => void }
  /** What failed, in the feature's words (更多站点没有加载出来); a general sentence otherwise. */
  failedTitle?: string
}

/** The foot of every paged list: why the next page failed, and the button that loads it (again). */
export function LoadMore({ paged, failedTitle }: LoadMoreProps) {
  const s = useStrings(strings)
  if (!paged.hasMore && !paged.loadMoreError) return null
  return (
    <View className="load-more">
      {paged.loadMoreError && <ErrorView title={failedTitle ?? s.loadMoreFailed} error={paged.loadMoreError} />}
      {paged.hasMore && (
        <ActionButton variant="secondary" disabled={paged.isLoadingMore} onClick={paged.loadMore}>
          {paged.isLoadingMore ? s.loadingMore : paged.loadMoreError ? s.loadMoreAgain : s.loadMore}
        </ActionButton>
      )}
    </View>
  )
}
