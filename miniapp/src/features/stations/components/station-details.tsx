import { Text, View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { isFeatured } from '../format'
import { strings } from '../strings'
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

/** Everything about one station under the page's h1 (its name). */
export function StationDetails({ station, now, onCall, onNavigate, onOpenService }: StationDetailsProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const dates = useDates()
  const place = [n.street(station.subDistrict), station.community].filter(Boolean).join(' · ')
  return (
    <View className="station-details">
      <View className="station-details__tags">
        <Text className="station-details__kind">{n.stationKind(station.kind)}</Text>
        {isFeatured(station) && <Text className="station-details__featured">{s.featured}</Text>}
        {station.sample && <SampleBadge />}
      </View>
      {station.featuredTags.length > 0 && <Text className="station-details__line">{n.list(station.featuredTags)}</Text>}
      <OpenStatus hours={station.hours} now={now} />

      <Section title={s.sectionAddress}>
        <Text className="station-details__line">{station.address}</Text>
        <Text className="station-details__line station-details__line--secondary">{place}</Text>
        <ActionButton variant="secondary" label={s.navigateLabel(station.name)} onClick={() => onNavigate(station)}>
          {s.navigate}
        </ActionButton>
      </Section>

      <Section title={s.sectionPhone}>
        <Text className="station-details__line">{station.phone}</Text>
        <ActionButton label={s.callLabel(station.phone)} onClick={() => onCall(station.phone)}>
          {s.call}
        </ActionButton>
      </Section>

      <Section title={s.sectionHours}>
        <WeeklyHours hours={station.hours} today={now} />
      </Section>

      <Section title={s.sectionServices}>
        <StationServices serviceIds={station.serviceIds} onOpen={onOpenService} />
      </Section>

      <Section title={s.sectionStaff}>
        <List items={station.rolesOnSite} empty={s.noInfo} />
      </Section>

      <Section title={s.sectionAccessibility}>
        <List items={station.accessibility} empty={s.noAccessibility} />
      </Section>

      <Text className="station-details__verified">{s.verifiedOn(dates.date(station.verifiedOn))}</Text>
    </View>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="station-details__section">
      <Heading level={2} className="station-details__heading">
        {title}
      </Heading>
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
