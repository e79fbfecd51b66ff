import { Text, View } from '@tarojs/components'
import type { LocationState } from '../hooks/use-location'
import { ActionButton } from '@/shared/components/action-button'

interface LocationNoticeProps {
  location: LocationState
  onRetry: () => void
}

/** Says how the list is ordered, and what to do when the position is not available. */
export function LocationNotice({ location, onRetry }: LocationNoticeProps) {
  if (location.kind === 'locating') {
    return (
      <View className="state-view" role="status" aria-live="polite">
        <Text className="state-view__message">正在获取您的位置…</Text>
      </View>
    )
  }
  if (location.kind === 'located') {
    return (
      <View className="state-view" role="status">
        <Text className="state-view__message">已按离您由近到远排列</Text>
      </View>
    )
  }
  return (
    <View className="state-view" role="status">
      <Text className="state-view__title">{location.kind === 'denied' ? '没有得到定位授权' : '暂时无法获取您的位置'}</Text>
      <Text className="state-view__message">请在下方选择您所在的街道查看服务站点，也可以重新定位。</Text>
      <ActionButton variant="secondary" onClick={onRetry}>
        重新定位
      </ActionButton>
    </View>
  )
}
