import { Text, View } from '@tarojs/components'
import { ActionButton } from './action-button'

interface ErrorViewProps {
  title: string
  message?: string
  onRetry?: () => void
}

export function ErrorView({ title, message, onRetry }: ErrorViewProps) {
  return (
    <View className="state-view state-view--error" role="alert">
      <Text className="state-view__title">{title}</Text>
      {message && <Text className="state-view__message">{message}</Text>}
      {onRetry && <ActionButton onClick={onRetry}>重试</ActionButton>}
    </View>
  )
}
