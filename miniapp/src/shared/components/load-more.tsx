import type { ApiError } from '@/shared/api/api-error'
import { useStrings } from '@/shared/i18n'
import { ActionButton } from './action-button'
import { ErrorView } from './error-view'
import { strings } from './strings'

interface LoadMoreProps {
  /** The paged list's state, as `usePagedResource` returns it. */
  paged: { hasMore: boolean; isLoadingMore: boolean; loadMoreError?: ApiError; loadMore: () => void }
  /** What failed, in the feature's words (更多站点没有加载出来). */
  failedTitle: string
}

/** The foot of a paged list: why the next page failed, and the button that loads it (again). */
export function LoadMore({ paged, failedTitle }: LoadMoreProps) {
  const s = useStrings(strings)
  return (
    <>
      {paged.loadMoreError && <ErrorView title={failedTitle} error={paged.loadMoreError} />}
      {paged.hasMore && (
        <ActionButton variant="secondary" disabled={paged.isLoadingMore} onClick={paged.loadMore}>
          {paged.isLoadingMore ? s.loading : paged.loadMoreError ? s.loadMoreAgain : s.loadMore}
        </ActionButton>
      )}
    </>
  )
}
