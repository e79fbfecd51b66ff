import { Text, View } from '@tarojs/components'
import type { MessageReplyTemplate, StaffMessage } from '@doorstep/shared'
import { useNow } from '@/shared/clock/clock-context'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import { AnswerSection, FollowUpList, MessageSection } from './message-sections'
import { NoteForm, StaffActions } from './staff-actions'
import { AuditTrail, InternalNotes, StaffFacts } from './staff-sections'
import './messages.scss'

interface StaffMessageBodyProps {
  message: StaffMessage
  templates: MessageReplyTemplate[]
  notice?: string
  onChanged: (message: StaffMessage) => void
}

/** Everything about one message for staff, under its title: the page shows it alone, the desk console beside the queue. */
export function StaffMessageBody({ message, templates, notice, onChanged }: StaffMessageBodyProps) {
  const s = useStrings(strings)
  const now = useNow()
  return (
    <>
      {notice && (
        <Text className="message-notice" role="status">
          {notice}
        </Text>
      )}
      <View className="staff-columns">
        <View className="staff-columns__main">
          <StaffFacts message={message} now={now} />
          <MessageSection title={s.contentHeading}>
            <Text className="message-section__text">{message.content}</Text>
          </MessageSection>
          <FollowUpList message={message} />
          {message.answer && <AnswerSection message={message} />}
          <InternalNotes message={message}>
            <NoteForm message={message} onChanged={onChanged} />
          </InternalNotes>
        </View>
        <View className="staff-columns__side">
          <StaffActions message={message} onChanged={onChanged} templates={templates} />
          <AuditTrail message={message} />
        </View>
      </View>
    </>
  )
}
