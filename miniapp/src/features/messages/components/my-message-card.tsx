import { Text, View } from '@tarojs/components'
import type { MessageStatus, ResidentMessage } from '@doorstep/shared'
import { AWAITING_ANSWER_STATUSES } from '@doorstep/shared/domain/message-board'
import { Card } from '@/shared/components/card'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { dayOf } from '../format'
import { strings } from '../strings'
import { StatusBadge } from './status-badge'
import './messages.scss'

export const isAwaitingAnswer = (status: MessageStatus) => (AWAITING_ANSWER_STATUSES as readonly MessageStatus[]).includes(status)

/** One of my messages: where it stands and, while I wait, by when the answer is due. Opens its detail page. */
export function MyMessageCard({ message, onOpen }: { message: ResidentMessage; onOpen: (id: string) => void }) {
  const s = useStrings(strings)
  const dates = useDates()
  const waiting = isAwaitingAnswer(message.status)
  const deadline = dates.date(dayOf(message.answerDeadline))
  return (
    <Card title={message.title} onOpen={() => onOpen(message.id)} more={`${s.viewMessage} ›`} className="message-card">
      <View className="message-card__tags">
        <StatusBadge status={message.status} />
        <Text className="message-card__tag">{s.categoryName(message.category)}</Text>
      </View>
      <Text className="message-card__line">{s.trackingNo(message.trackingNo)}</Text>
      <Text className="message-card__line">{s.submittedOn(dates.dateTime(message.submittedAt))}</Text>
      {waiting && <Text className="message-card__deadline">{s.deadlineOn(deadline)}</Text>}
    </Card>
  )
}
