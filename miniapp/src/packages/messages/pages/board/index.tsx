import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { MessageCategoryId, PublicMessage } from '@doorstep/shared'
import { MESSAGE_CATEGORIES } from '@doorstep/shared/domain/message-board'
import { useState } from 'react'
import { fetchPublicMessages } from '@/features/messages/api/messages-api'
import { PublicMessageCard } from '@/features/messages/components/public-message-card'
import { strings } from '@/features/messages/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { TextField } from '@/shared/components/text-field'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/messages/components/messages.scss'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'
import { useSharePage } from '@/shared/hooks/use-share-page'

/** 留言通道: answered public messages to search first, and the way to write one. Open to everyone. */
export default function MessageBoardPage() {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const [category, setCategory] = useState<MessageCategoryId>()
  useSharePage({ title: s.boardTitle, path: ROUTES.messageBoard })
  const board = usePagedResource<PublicMessage>((cursor) => fetchPublicMessages(client, { q, category, cursor }), [client, q, category])
  usePullToRefresh(board.reload)
  const open = (url: string) => Taro.navigateTo({ url })
  const categories = MESSAGE_CATEGORIES.map((c) => ({ id: c.id, name: s.categoryName(c.id) }))

  return (
    <Page title={s.boardTitle}>
      <PageIntro>{s.boardIntro}</PageIntro>
      <View className="message-actions">
        <ActionButton onClick={() => open(ROUTES.messageCompose)}>{s.write}</ActionButton>
        <ActionButton variant="secondary" onClick={() => open(ROUTES.myMessages)}>
          {s.mine}
        </ActionButton>
        <ActionButton variant="secondary" onClick={() => open(ROUTES.demandsAnswered)}>
          {s.answeredDemands}
        </ActionButton>
      </View>
      <View className="message-search" role="search">
        <TextField
          id="board-search"
          label={s.searchLabel}
          hint={s.searchHint}
          value={typed}
          onChange={setTyped}
          maxLength={50}
          onConfirm={() => setQ(typed.trim())}
        />
        <ActionButton variant="secondary" onClick={() => setQ(typed.trim())}>
          {s.search}
        </ActionButton>
      </View>
      <ChoiceChips label={s.categoryFilter} options={categories} noneLabel={s.all} value={category} onChange={setCategory} />
      {board.status === 'loading' && <LoadingView message={s.boardLoading} />}
      {board.status === 'error' && <ErrorView title={s.boardError} error={board.error} onRetry={board.reload} />}
      {board.status === 'ready' && board.items.length === 0 && (
        <EmptyView title={s.boardEmpty} message={s.boardEmptyHint}>
          <ActionButton onClick={() => open(ROUTES.messageCompose)}>{s.write}</ActionButton>
        </EmptyView>
      )}
      {board.status === 'ready' && (
        <View role="list" aria-label={s.boardTitle}>
          {board.items.map((message) => (
            <View role="listitem" key={message.id}>
              <PublicMessageCard message={message} />
            </View>
          ))}
        </View>
      )}
      {board.status === 'ready' && <LoadMore paged={board} />}
    </Page>
  )
}
