import { Text, View } from '@tarojs/components'
import type { StationSummary } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { SampleBadge } from '@/shared/components/sample-badge'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { isFeatured } from '../format'
import { strings } from '../strings'
import { OpenBadge } from './open-badge'
import './station-card.scss'

interface StationCardProps {
  station: StationSummary
  onOpen: (id: string) => void
}

export function StationCard({ station, onOpen }: StationCardProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const place = [n.street(station.subDistrict), station.community].filter(Boolean).join(' · ')
  return (
    <ActionButton variant="plain" className="station-card" onClick={() => onOpen(station.id)}>
      <View className="station-card__header">
        <Text className="station-card__name">{station.name}</Text>
        <View className="station-card__tags">
          {station.openNow !== undefined && <OpenBadge open={station.openNow} />}
          <Text className="station-card__kind">{n.stationKind(station.kind)}</Text>
          {isFeatured(station) && <Text className="station-card__featured">{s.featured}</Text>}
          {station.sample && <SampleBadge />}
        </View>
      </View>
      {station.featuredTags.length > 0 && <Text className="station-card__line">{n.list(station.featuredTags)}</Text>}
      <Text className="station-card__line">
        {place}
        {station.distanceMetres !== undefined && `\u3000${s.distance(n.distance(station.distanceMetres))}`}
      </Text>
      <Text className="station-card__line">{s.address(station.address)}</Text>
      <Text className="station-card__line">{s.phone(station.phone)}</Text>
      <Text className="station-card__more">{s.moreArrow}</Text>
    </ActionButton>
  )
}
