import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchInbox } from '../api/inbox-api'

/** How many notes are unread, for the 消息 entry; asked again each time the page shows (back from the inbox). */
export function useUnreadCount(userId: string | undefined) {
  const client = useHttpClient()
  const inbox = useResource(userId ? () => fetchInbox(client, undefined, 1) : undefined, [client, userId])
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) inbox.reload()
    shown.current = true
  })
  return inbox.status === 'ready' ? inbox.data.unread : undefined
}
