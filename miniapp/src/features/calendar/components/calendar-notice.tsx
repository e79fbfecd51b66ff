import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useCalendarState } from '@/shared/calendar/calendar-context'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { strings } from '../strings'
import './calendar.scss'

/** 节假日安排未更新: told to staff while the next 60 days reach a year without the official schedule. */
export function CalendarNotice({ canLoad }: { canLoad: boolean }) {
  const s = useStrings(strings)
  const { status } = useCalendarState()
  if (!status || status.coversNext60Days) return null
  return (
    <View className="calendar-notice" role="alert">
      <Text className="calendar-notice__title">{s.noticeTitle}</Text>
      <Text className="calendar-notice__body">{s.noticeBody(status.coveredThrough)}</Text>
      {canLoad ? (
        <ActionButton variant="secondary" onClick={() => void Taro.navigateTo({ url: ROUTES.staffCalendar })}>
          {s.noticeAdmin}
        </ActionButton>
      ) : (
        <Text className="calendar-notice__body">{s.noticeOthers}</Text>
      )}
    </View>
  )
}
