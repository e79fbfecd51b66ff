import { Text, View } from '@tarojs/components'
import { ActionButton } from './action-button'

interface ListItemProps {
  title: string
  detail?: string
  onOpen: () => void
  /** Read instead of title + detail, when those alone would be unclear out of context. */
  label?: string
}

/** One tappable line of a list (a service at a station, a station offering a service), a full-height target. */
export function ListItem({ title, detail, onOpen, label }: ListItemProps) {
  return (
    <View role="listitem">
      <ActionButton variant="plain" className="list-item" label={label} onClick={onOpen}>
        <View className="list-item__text">
          <Text className="list-item__title">{title}</Text>
          {detail && <Text className="list-item__detail">{detail}</Text>}
        </View>
        <Text className="list-item__chevron" aria-hidden="true">
          ›
        </Text>
      </ActionButton>
    </View>
  )
}
