import { Text, View } from '@tarojs/components'
import type { BlockedSignIn } from '@doorstep/shared'
import { useNow } from '@/shared/clock/clock-context'
import { ActionButton } from '@/shared/components/action-button'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './sign-in.scss'

/** How long a stopped source stays worth telling its owner about. */
const TOLD_FOR_MS = 7 * 24 * 60 * 60_000

/** Told to a staff member whose password someone else kept getting wrong, with the way to change it. */
export function BlockedSignInNotice({ blocked, onChangePassword }: { blocked: BlockedSignIn | undefined; onChangePassword: () => void }) {
  const s = useStrings(strings)
  const now = useNow()
  const dates = useDates()
  if (!blocked || now.getTime() - Date.parse(blocked.at) > TOLD_FOR_MS) return null
  return (
    <View className="blocked-sign-in" role="alert">
      <Text className="blocked-sign-in__title">{s.blockedTitle}</Text>
      <Text>{s.blockedBody(dates.dateTime(blocked.at), blocked.source)}</Text>
      <ActionButton variant="secondary" onClick={onChangePassword}>
        {s.changePassword}
      </ActionButton>
    </View>
  )
}
