import { Text, View } from '@tarojs/components'
import type { OnboardingTiming, RegistrationDeadline } from '@doorstep/shared'
import { useEffect, useMemo, useState } from 'react'
import { useClock } from '@/shared/clock/clock-context'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { splitDuration } from '../format'
import { strings } from '../strings'
import './companies.scss'

/** Elapsed time at the desk against the 15-minute promise, and the social-insurance registration deadline. */
export function CaseTiming({ timing, deadline }: { timing: OnboardingTiming; deadline: RegistrationDeadline }) {
  const t = useStrings(strings)
  return (
    <View className="case-section" role="region" aria-label={t.timingTitle}>
      <Text className="case-section__title">{t.timingTitle}</Text>
      <ElapsedLine timing={timing} />
      <DeadlineLine deadline={deadline} />
    </View>
  )
}

function ElapsedLine({ timing }: { timing: OnboardingTiming }) {
  const t = useStrings(strings)
  const dates = useDates()
  const running = Boolean(timing.deskStartedAt && !timing.completedAt)
  const now = useTick(running)
  // The API measures a running clock to the moment it answered; count on from when that answer arrived, so a
  // phone whose clock is off still shows the right time.
  const clock = useClock()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- each new answer (a new `timing`) is a new arrival
  const arrivedAt = useMemo(() => clock().getTime(), [clock, timing])
  if (timing.completedAt && timing.elapsedSeconds !== undefined) {
    const over = timing.elapsedSeconds - timing.promiseMinutes * 60
    return (
      <View className={`case-timing case-timing--${timing.withinPromise ? 'kept' : 'late'}`} role="status">
        <Text className="case-timing__main">{t.elapsedDone(splitDuration(timing.elapsedSeconds))}</Text>
        <Text className="case-timing__line">
          {timing.withinPromise ? t.promiseKept(timing.promiseMinutes) : t.promiseMissed(timing.promiseMinutes, splitDuration(over))}
        </Text>
      </View>
    )
  }
  if (running && timing.deskStartedAt) {
    const atArrival = timing.elapsedSeconds ?? (arrivedAt - Date.parse(timing.deskStartedAt)) / 1000
    const seconds = atArrival + Math.max(0, now - arrivedAt) / 1000
    return (
      <View className="case-timing">
        <Text className="case-timing__main">{t.elapsedRunning(splitDuration(seconds))}</Text>
        <Text className="case-timing__line">{t.startedAt(dates.dateTime(timing.deskStartedAt), timing.promiseMinutes)}</Text>
      </View>
    )
  }
  return (
    <View className="case-timing">
      <Text className="case-timing__line">{t.notStarted(timing.promiseMinutes)}</Text>
    </View>
  )
}

/** Social-insurance registration is due within 30 days of founding: how many days are left. */
export function DeadlineLine({ deadline }: { deadline: RegistrationDeadline }) {
  const t = useStrings(strings)
  const dates = useDates()
  const tone = deadline.done ? 'done' : deadline.overdue ? 'overdue' : deadline.daysLeft <= 7 ? 'soon' : 'open'
  const words = deadline.done
    ? t.deadlineDone(dates.date(deadline.dueOn))
    : deadline.overdue
      ? t.deadlineOverdue(dates.date(deadline.dueOn), -deadline.daysLeft)
      : t.deadlineLeft(dates.date(deadline.dueOn), deadline.daysLeft)
  return <Text className={`case-deadline case-deadline--${tone}`}>{words}</Text>
}

/** Re-renders once a second while the clock runs, so the elapsed time counts up in front of the desk. */
function useTick(running: boolean): number {
  const clock = useClock()
  const [now, setNow] = useState(() => clock().getTime())
  useEffect(() => {
    if (!running) return
    setNow(clock().getTime())
    const timer = setInterval(() => setNow(clock().getTime()), 1000)
    return () => clearInterval(timer)
  }, [clock, running])
  return now
}
