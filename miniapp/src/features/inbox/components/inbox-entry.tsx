import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { useUnreadCount } from '../hooks/use-unread-count'
import { strings } from '../strings'

/** 消息 on 我的, with the unread count once known (a failed count just leaves the plain entry). */
export function InboxEntry({ userId, onOpen }: { userId: string; onOpen: () => void }) {
  const t = useStrings(strings)
  const unread = useUnreadCount(userId)
  return (
    <ActionButton variant="secondary" onClick={onOpen}>
      {unread ? t.entryUnread(unread) : t.entry}
    </ActionButton>
  )
}
