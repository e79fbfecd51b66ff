import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { entryText, type HomeEntry } from '../entries'
import { strings } from '../strings'
import './entry-card.scss'

interface EntryCardProps {
  entry: HomeEntry
  onOpen: (route: string) => void
  /** 长辈模式's plainer description. */
  plain?: boolean
}

export function EntryCard({ entry, onOpen, plain = false }: EntryCardProps) {
  const s = useStrings(strings)
  const { title, description } = entryText(s, entry.id, plain)
  const { route } = entry
  const available = route !== undefined
  return (
    <ActionButton
      variant="plain"
      disabled={!available}
      label={available ? undefined : s.comingSoonLabel(title)}
      className={`entry-card${available ? '' : ' entry-card--unavailable'}`}
      onClick={route ? () => onOpen(route) : undefined}
    >
      <View className="entry-card__header">
        <Text className="entry-card__title">{title}</Text>
        {available ? <Text className="entry-card__go">{s.open}</Text> : <Text className="entry-card__status">{s.comingSoon}</Text>}
      </View>
      <Text className="entry-card__description">{description}</Text>
    </ActionButton>
  )
}
