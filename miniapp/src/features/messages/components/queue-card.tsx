import { Text, View } from '@tarojs/components'
import type { MessageQueueItem } from '@doorstep/shared'
import { Card } from '@/shared/components/card'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import { useDeadlineText } from './deadline-clock'
import { StatusBadge } from './status-badge'
import './messages.scss'

/** One open message in the staff queue, with its deadline clock; opens the staff view of the message. */
export function QueueCard({
  item,
  now,
  onOpen,
  dense = false,
  chosen = false,
}: {
  item: MessageQueueItem
  now: Date
  onOpen: (id: string) => void
  /** One compact row per message, for the desk console. */
  dense?: boolean
  /** The message open beside the queue (read as pressed). */
  chosen?: boolean
}) {
  const s = useStrings(strings)
  const dates = useDates()
  const clock = useDeadlineText(item.answerDeadline, now)
  return (
    <Card
      title={item.title}
      onOpen={() => onOpen(item.id)}
      pressed={dense ? chosen : undefined}
      className={[
        'message-card queue-card',
        clock.overdue && 'queue-card--overdue',
        dense && 'queue-card--dense',
        chosen && 'queue-card--chosen',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <View className="message-card__tags">
        <Text className={`deadline-clock${clock.overdue ? ' deadline-clock--overdue' : ''}`}>{clock.text}</Text>
        <StatusBadge status={item.status} />
        {item.escalatedAt && <Text className="message-status message-status--reopened">{s.escalated}</Text>}
      </View>
      <Text className="message-card__line">
        {[s.categoryName(item.category), item.subDistrict ? s.subDistrictName(item.subDistrict) : '', item.trackingNo]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Text className="message-card__line">{s.submittedOn(dates.dateTime(item.submittedAt))}</Text>
    </Card>
  )
}
