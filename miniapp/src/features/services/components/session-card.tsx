import { Text, View } from '@tarojs/components'
import type { Enrollment, ServiceSession } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
import { availabilityOf, enrollmentWords, formatSpan } from '../format'
import './services.scss'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

interface SessionCardProps {
  session: ServiceSession
  now: Date
  /** This person's live enrollment in the session, if any. */
  enrollment?: Enrollment
  signedIn: boolean
  busy: boolean
  /** What the last tap on this card led to, in words (报名成功, 报名已截止 …). */
  message?: ActionMessage
  onSignUp: (session: ServiceSession) => void
  onSignIn: () => void
  /** 我的报名, where a sign-up is seen, changed and cancelled. */
  onOpenMine: () => void
}

export function SessionCard({ session, now, enrollment, signedIn, busy, message, onSignUp, onSignIn, onOpenMine }: SessionCardProps) {
  const s = useStrings(strings)
  const dates = useDates()
  const availability = availabilityOf(session, now)
  const seatsLeft = Math.max(0, session.capacity - session.confirmed)
  // a series repeats its title: the start tells a screen reader user which one each button is for
  const starts = dates.wallClock(session.startsAt)
  return (
    <View className="session-card" role="group" aria-label={session.title}>
      <Text className="session-card__title">{session.title}</Text>
      <Text className="session-card__line">{s.time(formatSpan(session, dates.wallClock))}</Text>
      <Text className="session-card__line">{s.place(session.stationName)}</Text>
      <Text className="session-card__line">{s.seats(session.capacity, seatsLeft)}</Text>
      <Text className="session-card__line">{s.signUpBy(dates.wallClock(session.signUpBy))}</Text>
      {enrollment ? (
        <>
          <Text className="session-card__status session-card__status--mine" role="status">
            {enrollmentWords(enrollment, s)}
            {enrollment.status === 'waitlisted' ? s.waitlistNote : s.confirmedNote}
          </Text>
          <ActionButton variant="secondary" onClick={onOpenMine}>
            {s.viewMine}
          </ActionButton>
        </>
      ) : availability === 'closed' ? (
        <Text className="session-card__status">{s.closed}</Text>
      ) : !signedIn ? (
        <ActionButton label={s.signInToSignUpLabel(session.title, starts)} onClick={onSignIn}>
          {s.signInToSignUp}
        </ActionButton>
      ) : (
        <ActionButton
          label={s.signUpLabel(session.title, starts, availability === 'full')}
          disabled={busy}
          onClick={() => onSignUp(session)}
        >
          {busy ? s.signingUp : availability === 'full' ? s.signUpWaitlist : s.signUp}
        </ActionButton>
      )}
      <ActionMessageView message={message} />
    </View>
  )
}
