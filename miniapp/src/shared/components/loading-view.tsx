import { Text, View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from './strings'

interface LoadingViewProps {
  /** What is loading, in words (announced politely). Defaults to 正在加载…. */
  message?: string
  /** How many placeholder cards to draw under the message: the shape of what is coming. 0 for none. */
  skeleton?: number
}

/** The loading state: a sentence (announced) and a skeleton of the cards to come (hidden from screen readers). */
export function LoadingView({ message, skeleton = 2 }: LoadingViewProps) {
  const s = useStrings(strings)
  return (
    <View className="state-view state-view--loading" role="status" aria-live="polite">
      <Text className="state-view__message">{message ?? s.loading}</Text>
      {skeleton > 0 && <Skeleton cards={skeleton} />}
    </View>
  )
}

/** Grey blocks in the shape of cards. */
export function Skeleton({ cards = 2 }: { cards?: number }) {
  return (
    <View className="skeleton" aria-hidden="true">
      {Array.from({ length: cards }, (_, i) => (
        <View key={i} className="skeleton__card">
          <View className="skeleton__line skeleton__line--title" />
          <View className="skeleton__line" />
          <View className="skeleton__line skeleton__line--short" />
        </View>
      ))}
    </View>
  )
}
