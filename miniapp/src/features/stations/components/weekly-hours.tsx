import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { WEEKDAYS } from '@doorstep/shared/domain/station-kinds'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { formatDayHours } from '../format'
import { strings } from '../strings'
import './weekly-hours.scss'

interface WeeklyHoursProps {
  hours: Station['hours']
  today: Date
}

export function WeeklyHours({ hours, today }: WeeklyHoursProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  // The station's today, on the Suzhou clock, wherever the phone is.
  const todayKey = shanghaiTime(today).weekday
  return (
    <View className="weekly-hours" role="table" aria-label={s.weeklyHours}>
      {WEEKDAYS.map((day) => {
        const isToday = day === todayKey
        return (
          <View key={day} role="row" className={`weekly-hours__row${isToday ? ' weekly-hours__row--today' : ''}`}>
            <Text role="rowheader" className="weekly-hours__day">
              {n.weekday(day)}
              {isToday && s.today}
            </Text>
            <Text role="cell" className={`weekly-hours__time${hours[day].length === 0 ? ' weekly-hours__time--closed' : ''}`}>
              {formatDayHours(hours[day], s)}
            </Text>
          </View>
        )
      })}
      <View role="row" className="weekly-hours__row">
        <Text role="rowheader" className="weekly-hours__day">
          {s.publicHolidays}
        </Text>
        <Text role="cell" className={`weekly-hours__time${(hours.holiday ?? []).length === 0 ? ' weekly-hours__time--closed' : ''}`}>
          {formatDayHours(hours.holiday ?? [], s)}
        </Text>
      </View>
    </View>
  )
}
