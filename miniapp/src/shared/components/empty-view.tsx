import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface EmptyViewProps {
  title: string
  message?: string
  /** What to do instead (a button to sign in, to look elsewhere). */
  children?: ReactNode
}

/** The empty state: nothing to show, said plainly, with the next step when there is one. */
export function EmptyView({ title, message, children }: EmptyViewProps) {
  return (
    <View>
      <View className="state-view" role="status">
        <Text className="state-view__title">{title}</Text>
        {message && <Text className="state-view__message">{message}</Text>}
      </View>
      {children}
    </View>
  )
}
