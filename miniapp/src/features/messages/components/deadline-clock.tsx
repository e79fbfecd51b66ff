import { Text } from '@tarojs/components'
import { useHolidayCalendar } from '@/shared/calendar/calendar-context'
import { useStrings } from '@/shared/i18n'
import { deadlineClock } from '../format'
import { strings } from '../strings'
import './messages.scss'

/** "剩 1 个工作日" / "已超期 2 天": the words, so a screen reader hears what the colour shows. */
export function useDeadlineText(answerDeadline: string, now: Date): { text: string; overdue: boolean } {
  const s = useStrings(strings)
  const clock = deadlineClock(answerDeadline, now, useHolidayCalendar())
  return clock.overdue
    ? { text: s.daysOverdue(clock.daysOver), overdue: true }
    : { text: s.workingDaysLeft(clock.workingDaysLeft), overdue: false }
}

export function DeadlineClock({ answerDeadline, now }: { answerDeadline: string; now: Date }) {
  const { text, overdue } = useDeadlineText(answerDeadline, now)
  return <Text className={`deadline-clock${overdue ? ' deadline-clock--overdue' : ''}`}>{text}</Text>
}
