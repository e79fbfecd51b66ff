import { Text, View } from '@tarojs/components'

export function LoadingView({ message = '正在加载…' }: { message?: string }) {
  return (
    <View className="state-view" role="status" aria-live="polite">
      <Text className="state-view__message">{message}</Text>
    </View>
  )
}
