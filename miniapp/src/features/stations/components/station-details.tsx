import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { stationKindName } from '@doorstep/shared/domain/station-kinds'
import { subDistrictName } from '@doorstep/shared/domain/sub-districts'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import { formatChineseDate, isFeatured } from '../format'
import { OpenStatus } from './open-status'
import { StationServices } from './station-services'
import { WeeklyHours } from './weekly-hours'
import './station-details.scss'

interface StationDetailsProps {
  station: Station
  now: Date
  onCall: (phoneNumber: string) => void
  onNavigate: (station: Station) => void
  onOpenService: (serviceId: string) => void
}

export function StationDetails({ station, now, onCall, onNavigate, onOpenService }: StationDetailsProps) {
  const place = [subDistrictName(station.subDistrict), station.community].filter(Boolean).join(' · ')
  return (
    <View className="station-details">
      <Heading level={1}>{station.name}</Heading>
      <View className="station-details__tags">
        <Text className="station-details__kind">{stationKindName(station.kind)}</Text>
        {isFeatured(station) && <Text className="station-details__featured">特色</Text>}
        {station.sample && <SampleBadge />}
      </View>
      {station.featuredTags.length > 0 && <Text className="station-details__line">{station.featuredTags.join('、')}</Text>}
      <OpenStatus hours={station.hours} now={now} />

      <Section title="地址">
        <Text className="station-details__line">{station.address}</Text>
        <Text className="station-details__line station-details__line--secondary">{place}</Text>
        <ActionButton variant="secondary" label={`到这里去：在地图上导航到${station.name}`} onClick={() => onNavigate(station)}>
          到这里去（导航）
        </ActionButton>
      </Section>

      <Section title="电话">
        <Text className="station-details__line">{station.phone}</Text>
        <ActionButton label={`拨打电话 ${station.phone}`} onClick={() => onCall(station.phone)}>
          拨打电话
        </ActionButton>
      </Section>

      <Section title="开放时间">
        <WeeklyHours hours={station.hours} today={now} />
      </Section>

      <Section title="提供的服务">
        <StationServices serviceIds={station.serviceIds} onOpen={onOpenService} />
      </Section>

      <Section title="现场工作人员">
        <List items={station.rolesOnSite} empty="暂无信息" />
      </Section>

      <Section title="无障碍设施">
        <List items={station.accessibility} empty="暂无无障碍设施信息" />
      </Section>

      <Text className="station-details__verified">信息核实于 {formatChineseDate(station.verifiedOn)}</Text>
    </View>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="station-details__section">
      <Heading level={2}>{title}</Heading>
      {children}
    </View>
  )
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Text className="station-details__line station-details__line--secondary">{empty}</Text>
  return (
    <View role="list">
      {items.map((item) => (
        <Text role="listitem" key={item} className="station-details__item">
          {item}
        </Text>
      ))}
    </View>
  )
}
