import { Text, View } from '@tarojs/components'
import type { LocationState } from '../hooks/use-location'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

interface LocationNoticeProps {
  location: LocationState
  onRetry: () => void
}

/** Says how the list is ordered, and what to do when the position is not available. */
export function LocationNotice({ location, onRetry }: LocationNoticeProps) {
  const s = useStrings(strings)
  if (location.kind === 'locating') {
    return (
      <View className="state-view" role="status" aria-live="polite">
        <Text className="state-view__message">{s.locating}</Text>
      </View>
    )
  }
  if (location.kind === 'located') {
    return (
      <View className="state-view" role="status">
        <Text className="state-view__message">{s.located}</Text>
      </View>
    )
  }
  return (
    <View className="state-view" role="status">
      <Text className="state-view__title">{location.kind === 'denied' ? s.locationDenied : s.locationUnavailable}</Text>
      <Text className="state-view__message">{s.locationHint}</Text>
      <ActionButton variant="secondary" onClick={onRetry}>
        {s.locateAgain}
      </ActionButton>
    </View>
  )
}
