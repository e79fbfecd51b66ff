import { Text, View } from '@tarojs/components'

interface EmptyViewProps {
  title: string
  message?: string
}

export function EmptyView({ title, message }: EmptyViewProps) {
  return (
    <View className="state-view" role="status">
      <Text className="state-view__title">{title}</Text>
      {message && <Text className="state-view__message">{message}</Text>}
    </View>
  )
}
