import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import './policies.scss'

interface ChipListProps {
  title: string
  items: readonly string[]
  onPick: (item: string) => void
  /** e.g. 清除 for recent searches. */
  action?: { label: string; onClick: () => void }
}

/** One-tap choices under a small title: topics, recent searches, suggestions. */
export function ChipList({ title, items, onPick, action }: ChipListProps) {
  if (items.length === 0) return null
  return (
    <View className="chip-list" role="group" aria-label={title}>
      <View className="chip-list__header">
        <Text className="chip-list__title">{title}</Text>
        {action && (
          <ActionButton variant="plain" className="chip-list__action" onClick={action.onClick}>
            {action.label}
          </ActionButton>
        )}
      </View>
      <View className="chip-list__chips">
        {items.map((item) => (
          <ActionButton key={item} variant="plain" className="chip-list__chip" onClick={() => onPick(item)}>
            {item}
          </ActionButton>
        ))}
      </View>
    </View>
  )
}
