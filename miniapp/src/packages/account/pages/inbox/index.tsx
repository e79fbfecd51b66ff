import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { InboxItem } from '@doorstep/shared'
import { useState } from 'react'
import { useSession } from '@/features/auth/session-context'
import { markRead, fetchInbox } from '@/features/inbox/api/inbox-api'
import { InboxItemCard } from '@/features/inbox/components/inbox-item-card'
import { strings } from '@/features/inbox/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'

const LINKS: Record<InboxItem['link']['kind'], (id: string) => string> = {
  message: ROUTES.messageDetail,
  company: ROUTES.companyCase,
  service: ROUTES.serviceDetail,
}
const linkOf = (item: InboxItem) => LINKS[item.link.kind](item.link.id)

/** 消息: every status change of my messages and company deadline reminders, newest first; tap to open and read. */
export default function InboxPage() {
  const t = useStrings(strings)
  const session = useSession()
  const userId = session?.me.kind === 'user' ? session.me.userId : undefined
  return (
    <Page title={t.title}>
      {userId ? (
        <Inbox userId={userId} />
      ) : (
        <EmptyView title={t.signInTitle} message={t.signInHint}>
          <ActionButton onClick={() => void Taro.navigateTo({ url: ROUTES.residentSignIn })}>{t.goSignIn}</ActionButton>
        </EmptyView>
      )}
    </Page>
  )
}

function Inbox({ userId }: { userId: string }) {
  const t = useStrings(strings)
  const client = useHttpClient()
  const inbox = usePagedResource<InboxItem>((cursor) => fetchInbox(client, cursor), [client, userId])
  usePullToRefresh(inbox.reload)
  // Read here, before the API's next page says so: the list changes at once.
  const [readHere, setReadHere] = useState<Set<string> | 'all'>(new Set())
  const [marking, setMarking] = useState(false)
  const isRead = (item: InboxItem) => item.read || readHere === 'all' || readHere.has(item.id)
  const unread = inbox.items.filter((item) => !isRead(item))

  const open = (item: InboxItem) => {
    if (!isRead(item)) {
      setReadHere((current) => (current === 'all' ? current : new Set([...current, item.id])))
      // Opening matters more than the mark: a failed mark leaves the note unread for next time.
      markRead(client, [item.id]).catch(() => undefined)
    }
    void Taro.navigateTo({ url: linkOf(item) })
  }
  const markAll = async () => {
    setMarking(true)
    try {
      await markRead(client)
      setReadHere('all')
    } catch {
      inbox.reload()
    } finally {
      setMarking(false)
    }
  }

  return (
    <>
      {inbox.status === 'loading' && <LoadingView message={t.loading} />}
      {inbox.status === 'error' && <ErrorView title={t.failed} error={inbox.error} onRetry={inbox.reload} />}
      {inbox.status === 'ready' && inbox.items.length === 0 && <EmptyView title={t.empty} message={t.emptyHint} />}
      {inbox.status === 'ready' && unread.length > 0 && (
        <ActionButton variant="secondary" disabled={marking} onClick={() => void markAll()}>
          {marking ? t.markingRead : t.markAllRead}
        </ActionButton>
      )}
      {inbox.status === 'ready' && inbox.items.length > 0 && (
        <View role="list" aria-label={t.title}>
          {inbox.items.map((item) => (
            <View role="listitem" key={item.id}>
              <InboxItemCard item={{ ...item, read: isRead(item) }} onOpen={open} />
            </View>
          ))}
        </View>
      )}
      {inbox.status === 'ready' && <LoadMore paged={inbox} />}
    </>
  )
}
