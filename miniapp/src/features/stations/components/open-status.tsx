import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { openStateAt, type OpenState } from '@doorstep/shared/domain/opening-hours'
import { OpenBadge } from './open-badge'
import './open-status.scss'
import { useHolidayCalendar } from '@/shared/calendar/calendar-context'
import { useStrings } from '@/shared/i18n'
import { strings, type StationStrings } from '../strings'

interface OpenStatusProps {
  hours: Station['hours']
  now: Date
}

/** Open or closed right now on the Suzhou clock, and what happens next today. */
export function OpenStatus({ hours, now }: OpenStatusProps) {
  const s = useStrings(strings)
  const state = openStateAt(hours, now, useHolidayCalendar())
  const next = nextStep(state, s)
  const note = dayNote(state, s)
  return (
    <View className="open-status" role="status" aria-label={s.statusLabel(state.open ? s.open : s.closed, next)}>
      <OpenBadge open={state.open} />
      <Text className="open-status__next">{next}</Text>
      {note && <Text className="open-status__note">{note}</Text>}
    </View>
  )
}

function nextStep(state: OpenState, s: StationStrings): string {
  if (state.open) return s.openUntil(state.closesAt ?? '')
  if (state.opensAt) return s.opensAt(state.opensAt)
  return s.closedToday
}

function dayNote({ today }: OpenState, s: StationStrings): string | undefined {
  if (today.reason === 'holiday') return s.holidayNote(today.holidayName ?? '', today.intervals.length > 0)
  if (today.reason === 'adjusted-workday') return s.adjustedWorkday(today.holidayName ?? '')
  return undefined
}
