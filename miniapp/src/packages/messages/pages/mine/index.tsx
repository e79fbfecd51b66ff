import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useRef } from 'react'
import { useSession } from '@/features/auth/session-context'
import { fetchMyMessages } from '@/features/messages/api/messages-api'
import { MyMessageCard } from '@/features/messages/components/my-message-card'
import { strings } from '@/features/messages/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'

/** 我的留言: each message's status and, while I wait, by when the answer is due. */
export default function MyMessagesPage() {
  const s = useStrings(strings)
  const session = useSession()
  const client = useHttpClient()
  const userId = session?.me.kind === 'user' ? session.me.userId : undefined
  const mine = useResource(userId ? () => fetchMyMessages(client) : undefined, [client, userId])
  usePullToRefresh(mine.reload)
  const open = (url: string) => Taro.navigateTo({ url })
  // Back from a message that was rated, reopened or solved: its status here must follow.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) mine.reload()
    shown.current = true
  })

  return (
    <Page title={s.mineTitle}>
      {!userId ? (
        <EmptyView title={s.signInTitle} message={s.signInHint}>
          <ActionButton onClick={() => open(ROUTES.residentSignIn)}>{s.goSignIn}</ActionButton>
        </EmptyView>
      ) : (
        <>
          <ActionButton onClick={() => open(ROUTES.messageCompose)}>{s.write}</ActionButton>
          {mine.status === 'loading' && <LoadingView message={s.mineLoading} />}
          {mine.status === 'error' && <ErrorView title={s.mineError} error={mine.error} onRetry={mine.reload} />}
          {mine.status === 'ready' && mine.data.items.length === 0 && <EmptyView title={s.mineEmpty} message={s.mineEmptyHint} />}
          {mine.status === 'ready' && mine.data.items.length > 0 && (
            <View role="list" aria-label={s.mineTitle}>
              {mine.data.items.map((message) => (
                <View role="listitem" key={message.id}>
                  <MyMessageCard message={message} onOpen={(id) => open(ROUTES.messageDetail(id))} />
                </View>
              ))}
            </View>
          )}
        </>
      )}
    </Page>
  )
}
