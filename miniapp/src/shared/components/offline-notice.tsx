import { Text } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from './strings'

/** Above data kept from an earlier visit, shown because the network failed this time. */
export function OfflineNotice({ onRetry }: { onRetry?: () => void }) {
  const s = useStrings(strings)
  return (
    <Text className="offline-notice" role="note" onClick={onRetry}>
      {s.offline}
    </Text>
  )
}
