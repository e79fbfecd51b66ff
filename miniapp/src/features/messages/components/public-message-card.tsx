import { Text, View } from '@tarojs/components'
import type { PublicMessage } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { Card } from '@/shared/components/card'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { dayOf } from '../format'
import { strings } from '../strings'
import { StatusBadge } from './status-badge'
import './messages.scss'

/** A public message on the board (or offered as similar): the question, who asked, the answer when there is one. */
export function PublicMessageCard({ message, children }: { message: PublicMessage; children?: ReactNode }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <Card title={message.title} label={message.title} className="message-card">
      <View className="message-card__tags">
        <Text className="message-card__tag">{s.categoryName(message.category)}</Text>
        {message.subDistrict && <Text className="message-card__tag">{s.subDistrictName(message.subDistrict)}</Text>}
        <StatusBadge status={message.status} />
      </View>
      <Text className="message-card__line">{s.askedBy(message.author, dates.date(dayOf(message.submittedAt)))}</Text>
      <Text className="message-card__content">{message.content}</Text>
      {message.answer && (
        <View className="message-answer">
          <Text className="message-answer__label">{s.answer}</Text>
          <Text className="message-answer__text">{message.answer.text}</Text>
          <Text className="message-answer__when">{s.answeredOn(dates.dateTime(message.answer.at))}</Text>
        </View>
      )}
      {message.meToo > 0 && <Text className="message-card__line">{s.meTooCount(message.meToo)}</Text>}
      {children}
    </Card>
  )
}
