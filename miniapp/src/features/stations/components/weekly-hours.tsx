import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { WEEKDAYS } from '@doorstep/shared/domain/station-kinds'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import { formatDayHours, WEEKDAY_NAMES } from '../format'
import './weekly-hours.scss'

interface WeeklyHoursProps {
  hours: Station['hours']
  today?: Date
}

export function WeeklyHours({ hours, today = new Date() }: WeeklyHoursProps) {
  // The station's today, on the Suzhou clock, wherever the phone is.
  const todayKey = shanghaiTime(today).weekday
  return (
    <View className="weekly-hours" role="table" aria-label="每周开放时间">
      {WEEKDAYS.map((day) => {
        const isToday = day === todayKey
        return (
          <View key={day} role="row" className={`weekly-hours__row${isToday ? ' weekly-hours__row--today' : ''}`}>
            <Text role="rowheader" className="weekly-hours__day">
              {WEEKDAY_NAMES[day]}
              {isToday && '（今天）'}
            </Text>
            <Text role="cell" className={`weekly-hours__time${hours[day].length === 0 ? ' weekly-hours__time--closed' : ''}`}>
              {formatDayHours(hours[day])}
            </Text>
          </View>
        )
      })}
      <View role="row" className="weekly-hours__row">
        <Text role="rowheader" className="weekly-hours__day">
          法定节假日
        </Text>
        <Text role="cell" className={`weekly-hours__time${(hours.holiday ?? []).length === 0 ? ' weekly-hours__time--closed' : ''}`}>
          {formatDayHours(hours.holiday ?? [])}
        </Text>
      </View>
    </View>
  )
}
