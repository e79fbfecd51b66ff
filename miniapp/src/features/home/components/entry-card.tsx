import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import type { HomeEntry } from '../entries'
import './entry-card.scss'

interface EntryCardProps {
  entry: HomeEntry
  onOpen: (route: string) => void
}

export function EntryCard({ entry, onOpen }: EntryCardProps) {
  const { route } = entry
  const available = route !== undefined
  return (
    <ActionButton
      variant="plain"
      disabled={!available}
      label={available ? undefined : `${entry.title}，建设中`}
      className={`entry-card${available ? '' : ' entry-card--unavailable'}`}
      onClick={route ? () => onOpen(route) : undefined}
    >
      <View className="entry-card__header">
        <Text className="entry-card__title">{entry.title}</Text>
        {available ? <Text className="entry-card__go">进入 ›</Text> : <Text className="entry-card__status">建设中</Text>}
      </View>
      <Text className="entry-card__description">{entry.description}</Text>
    </ActionButton>
  )
}
