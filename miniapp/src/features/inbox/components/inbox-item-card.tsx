import { Text, View } from '@tarojs/components'
import type { InboxItem } from '@doorstep/shared'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import { Card } from '@/shared/components/card'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './inbox.scss'

const when = (iso: string) => {
  const { date, time } = shanghaiTime(new Date(iso))
  return `${date} ${time}`
}

/** One note: what changed, about what, when; unread ones say so in words as well as in weight. */
export function InboxItemCard({ item, onOpen }: { item: InboxItem; onOpen: (item: InboxItem) => void }) {
  const t = useStrings(strings)
  return (
    <Card title={item.title} onOpen={() => onOpen(item)} more={t.more} className={`inbox-item${item.read ? '' : ' inbox-item--unread'}`}>
      <View className="inbox-item__meta">
        {!item.read && <Text className="inbox-item__unread">{t.unread}</Text>}
        <Text className="inbox-item__when">{when(item.at)}</Text>
      </View>
      <Text className="inbox-item__body">{item.body}</Text>
    </Card>
  )
}
