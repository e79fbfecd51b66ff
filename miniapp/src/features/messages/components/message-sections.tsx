import { Text, View } from '@tarojs/components'
import type { ResidentMessage } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { Heading } from '@/shared/components/heading'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { dayOf } from '../format'
import { strings } from '../strings'
import { isAwaitingAnswer } from './my-message-card'
import { StatusBadge } from './status-badge'
import './messages.scss'

/** A titled part of a message page (h2), a region screen readers can jump to. */
export function MessageSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="message-section" role="region" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      {children}
    </View>
  )
}

/** Label and value rows: status, number, when sent, when due. */
export function FactRows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <View className="message-facts">
      {rows.map(([label, value]) => (
        <View key={label} className="message-facts__row">
          <Text className="message-facts__label">{label}</Text>
          <View className="message-facts__value">{typeof value === 'string' ? <Text>{value}</Text> : value}</View>
        </View>
      ))}
    </View>
  )
}

/** The facts every view of a message starts with. */
export function MessageFacts({
  message,
  clock,
  extra = [],
}: {
  message: ResidentMessage
  clock?: ReactNode
  extra?: [string, ReactNode][]
}) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <FactRows
      rows={[
        [s.statusLabel, <StatusBadge key="status" status={message.status} />],
        [s.trackingNoLabel, message.trackingNo],
        [s.categoryLabel, s.categoryName(message.category)],
        [s.submittedLabel, dates.dateTime(message.submittedAt)],
        ...(isAwaitingAnswer(message.status)
          ? [
              [
                s.deadlineLabel,
                <View key="deadline" className="message-facts__deadline">
                  <Text>{dates.date(dayOf(message.answerDeadline))}</Text>
                  {clock}
                </View>,
              ] as [string, ReactNode],
            ]
          : []),
        ...extra,
      ]}
    />
  )
}

/** The answer, or by when it is due. */
export function AnswerSection({ message }: { message: ResidentMessage }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <MessageSection title={s.answerHeading}>
      {message.answer ? (
        <View className="message-answer">
          <Text className="message-answer__text">{message.answer.text}</Text>
          <Text className="message-answer__when">{s.answeredOn(dates.dateTime(message.answer.at))}</Text>
        </View>
      ) : (
        <Text className="message-section__line">{s.waitingAnswer(dates.date(dayOf(message.answerDeadline)))}</Text>
      )}
    </MessageSection>
  )
}

/** Every status the message went through, oldest first. */
export function ProgressSection({ message }: { message: ResidentMessage }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <MessageSection title={s.progressHeading}>
      <View role="list" className="message-timeline">
        {message.history.map((event, index) => (
          <View role="listitem" key={`${event.at}-${index}`} className="message-timeline__item">
            <Text className="message-timeline__when">{dates.dateTime(event.at)}</Text>
            <Text className="message-timeline__what">{s.statusName(event.status)}</Text>
          </View>
        ))}
      </View>
    </MessageSection>
  )
}

/** What the author added later (a follow-up, or why an answer did not solve it). */
export function FollowUpList({ message }: { message: ResidentMessage }) {
  const s = useStrings(strings)
  const dates = useDates()
  if (message.followUps.length === 0) return null
  return (
    <MessageSection title={s.followUpsHeading}>
      <View role="list">
        {message.followUps.map((followUp, index) => (
          <View role="listitem" key={`${followUp.at}-${index}`} className="message-note">
            <Text className="message-note__when">{dates.dateTime(followUp.at)}</Text>
            <Text className="message-note__text">{followUp.text}</Text>
          </View>
        ))}
      </View>
    </MessageSection>
  )
}
