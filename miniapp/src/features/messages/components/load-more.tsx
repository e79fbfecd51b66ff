import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './messages.scss'

interface Paged {
  hasMore: boolean
  isLoadingMore: boolean
  loadMoreError?: unknown
  loadMore: () => void
}

/** 加载更多 under a cursor-paged list, with its own problem line when a page fails. */
export function LoadMore({ list }: { list: Paged }) {
  const s = useStrings(strings)
  if (!list.hasMore) return null
  return (
    <View className="message-load-more">
      {list.loadMoreError !== undefined && (
        <Text className="message-card__problem" role="alert">
          {s.loadMoreFailed}
        </Text>
      )}
      <ActionButton variant="secondary" disabled={list.isLoadingMore} onClick={list.loadMore}>
        {list.isLoadingMore ? s.loadingMore : s.loadMore}
      </ActionButton>
    </View>
  )
}
