import Taro from '@tarojs/taro'
import { useState } from 'react'
import { instantOfShanghai, type Enrollment } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** Unix seconds, as WeChat takes them (its typings want the end as a string). */
const seconds = (local: string) => Math.floor(instantOfShanghai(local).getTime() / 1000)

/** Weapp: puts a booked session into the phone's own calendar, with a reminder an hour before it starts. */
export function AddToCalendar({ enrollment }: { enrollment: Enrollment }) {
  const s = useStrings(strings)
  const [message, setMessage] = useState<ActionMessage>()
  const { session } = enrollment
  const add = async () => {
    try {
      await Taro.addPhoneCalendar({
        title: session.title,
        startTime: seconds(session.startsAt),
        endTime: String(seconds(session.endsAt)),
        location: session.stationName,
        description: s.calendarNote(session.serviceName),
        alarm: true,
        alarmOffset: 3600,
      })
      setMessage({ text: s.addedToCalendar, tone: 'done' })
    } catch (error) {
      // Closing WeChat's own confirmation is a choice, not a failure.
      const cancelled = /cancel/.test((error as { errMsg?: string } | undefined)?.errMsg ?? '')
      setMessage(cancelled ? undefined : { text: s.calendarFailed, tone: 'problem' })
    }
  }
  return (
    <>
      <ActionButton variant="secondary" label={s.addToCalendarLabel(session.title)} onClick={() => void add()}>
        {s.addToCalendar}
      </ActionButton>
      <ActionMessageView message={message} />
    </>
  )
}
