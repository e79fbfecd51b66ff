import { Text, View } from '@tarojs/components'
import type { StaffMessage } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import { DeadlineClock } from './deadline-clock'
import { MessageFacts, MessageSection } from './message-sections'
import './messages.scss'

/** Who wrote it and how to reach them (staff in scope see the phone), where it is filed, and the clock. */
export function StaffFacts({ message, now }: { message: StaffMessage; now: Date }) {
  const s = useStrings(strings)
  const author = message.filedFor ? s.walkIn(message.filedFor.name, message.filedBy ?? '') : s.residentId(message.authorId)
  const phone = message.phone ?? message.filedFor?.phone
  return (
    <MessageFacts
      message={message}
      clock={<DeadlineClock answerDeadline={message.answerDeadline} now={now} />}
      extra={[
        [s.authorLabel, author],
        [s.phoneLabelStaff, phone ?? s.noPhone],
        [s.subDistrictLabelStaff, message.subDistrict ? s.subDistrictName(message.subDistrict) : s.none],
        [s.visibilityLabelStaff, s.visibilityStaff(message.public, message.anonymous)],
      ]}
    />
  )
}

/** 内部备注: for staff only — the resident's view of the message never carries them. `children`: the form to add one. */
export function InternalNotes({ message, children }: { message: StaffMessage; children?: ReactNode }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <MessageSection title={s.notesHeading}>
      {message.notes.length === 0 ? (
        <Text className="message-section__line">{s.noNotes}</Text>
      ) : (
        <View role="list">
          {message.notes.map((note, index) => (
            <View role="listitem" key={`${note.at}-${index}`} className="message-note message-note--internal">
              <Text className="message-note__when">{s.noteBy(note.staffId, dates.dateTime(note.at))}</Text>
              <Text className="message-note__text">{note.text}</Text>
            </View>
          ))}
        </View>
      )}
      {children}
    </MessageSection>
  )
}

/** 操作记录: every action on the message, who took it and when. */
export function AuditTrail({ message }: { message: StaffMessage }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <MessageSection title={s.auditHeading}>
      <View role="list" className="message-timeline">
        {message.audit.map((entry, index) => {
          const who = entry.staffId ?? (entry.userId ? s.residentId(entry.userId) : '')
          const moved = entry.toSubDistrict ? ` → ${s.subDistrictName(entry.toSubDistrict)}` : ''
          return (
            <View role="listitem" key={`${entry.at}-${index}`} className="message-timeline__item">
              <Text className="message-timeline__when">{[dates.dateTime(entry.at), who].filter(Boolean).join(' · ')}</Text>
              <Text className="message-timeline__what">{`${s.actionName(entry.action)}${moved} · ${s.statusName(entry.status)}`}</Text>
            </View>
          )
        })}
      </View>
    </MessageSection>
  )
}
