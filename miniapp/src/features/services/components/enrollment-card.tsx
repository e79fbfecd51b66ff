import { Text, View } from '@tarojs/components'
import type { Enrollment } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { AddToCalendar } from './add-to-calendar'
import { enrollmentWords, formatSpan } from '../format'
import './services.scss'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

interface EnrollmentCardProps {
  enrollment: Enrollment
  busy: boolean
  onCancel: (enrollment: Enrollment) => void
}

export function EnrollmentCard({ enrollment, busy, onCancel }: EnrollmentCardProps) {
  const s = useStrings(strings)
  const dates = useDates()
  const { session } = enrollment
  const live = enrollment.status !== 'cancelled'
  return (
    <View className={`session-card${live ? '' : ' session-card--past'}`} role="group" aria-label={session.title}>
      <Text className="session-card__title">{session.title}</Text>
      <Text className={`session-card__status session-card__status--${enrollment.status}`}>{enrollmentWords(enrollment, s)}</Text>
      <Text className="session-card__line">{s.service(session.serviceName)}</Text>
      <Text className="session-card__line">{s.time(formatSpan(session, dates.wallClock))}</Text>
      <Text className="session-card__line">{s.place(session.stationName)}</Text>
      {enrollment.status === 'confirmed' && <AddToCalendar enrollment={enrollment} />}
      {live && (
        <ActionButton
          variant="secondary"
          label={s.cancelLabel(session.title, dates.wallClock(session.startsAt))}
          disabled={busy}
          onClick={() => onCancel(enrollment)}
        >
          {busy ? s.cancelling : s.cancel}
        </ActionButton>
      )}
    </View>
  )
}
