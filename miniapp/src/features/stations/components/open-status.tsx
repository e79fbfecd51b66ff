import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { openStateAt, type OpenState } from '@doorstep/shared/domain/opening-hours'
import { OpenBadge } from './open-badge'
import './open-status.scss'

interface OpenStatusProps {
  hours: Station['hours']
  now: Date
}

/** Open or closed right now on the Suzhou clock, and what happens next today. */
export function OpenStatus({ hours, now }: OpenStatusProps) {
  const state = openStateAt(hours, now)
  return (
    <View className="open-status" role="status" aria-label={`${state.open ? '营业中' : '已休息'}，${nextStep(state)}`}>
      <OpenBadge open={state.open} />
      <Text className="open-status__next">{nextStep(state)}</Text>
      {dayNote(state) && <Text className="open-status__note">{dayNote(state)}</Text>}
    </View>
  )
}

function nextStep(state: OpenState): string {
  if (state.open) return `今天开放到 ${state.closesAt}`
  if (state.opensAt) return `今天 ${state.opensAt} 开门`
  return '今天不再开放'
}

function dayNote({ today }: OpenState): string | undefined {
  if (today.reason === 'holiday') return `今天是${today.holidayName}假期，法定节假日${today.intervals.length > 0 ? '按节假日时间开放' : '休息'}`
  if (today.reason === 'adjusted-workday') return `今天${today.holidayName}调休上班，按工作日时间开放`
  return undefined
}
