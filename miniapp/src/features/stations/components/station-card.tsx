import { Text, View } from '@tarojs/components'
import type { StationSummary } from '@doorstep/shared'
import { stationKindName } from '@doorstep/shared/domain/station-kinds'
import { subDistrictName } from '@doorstep/shared/domain/sub-districts'
import { ActionButton } from '@/shared/components/action-button'
import { SampleBadge } from '@/shared/components/sample-badge'
import { formatDistance, isFeatured } from '../format'
import { OpenBadge } from './open-badge'
import './station-card.scss'

interface StationCardProps {
  station: StationSummary
  onOpen: (id: string) => void
}

export function StationCard({ station, onOpen }: StationCardProps) {
  const place = [subDistrictName(station.subDistrict), station.community].filter(Boolean).join(' · ')
  return (
    <ActionButton variant="plain" className="station-card" onClick={() => onOpen(station.id)}>
      <View className="station-card__header">
        <Text className="station-card__name">{station.name}</Text>
        <View className="station-card__tags">
          {station.openNow !== undefined && <OpenBadge open={station.openNow} />}
          <Text className="station-card__kind">{stationKindName(station.kind)}</Text>
          {isFeatured(station) && <Text className="station-card__featured">特色</Text>}
          {station.sample && <SampleBadge />}
        </View>
      </View>
      {station.featuredTags.length > 0 && <Text className="station-card__line">{station.featuredTags.join('、')}</Text>}
      <Text className="station-card__line">
        {place}
        {station.distanceMetres !== undefined && `　距您 ${formatDistance(station.distanceMetres)}`}
      </Text>
      <Text className="station-card__line">地址：{station.address}</Text>
      <Text className="station-card__line">电话：{station.phone}</Text>
      <Text className="station-card__more">查看详情 ›</Text>
    </ActionButton>
  )
}
