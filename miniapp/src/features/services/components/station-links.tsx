import { Text, View } from '@tarojs/components'
import type { StationSummary } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import './services.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

const FIRST_SHOWN = 5

/** Stations offering a service: the first few, then all on request (some services are at 60 stations). */
export function StationLinks({ stations, onOpen }: { stations: StationSummary[]; onOpen: (id: string) => void }) {
  const s = useStrings(strings)
  const [all, setAll] = useState(false)
  if (stations.length === 0) return <Text className="services-section__line">{s.noStations}</Text>
  const shown = all ? stations : stations.slice(0, FIRST_SHOWN)
  return (
    <View>
      <Text className="services-section__line">{s.stationCount(stations.length)}</Text>
      {shown.map((station) => (
        <ActionButton
          key={station.id}
          variant="plain"
          className="services-link"
          label={s.stationLabel(station.name, station.address)}
          onClick={() => onOpen(station.id)}
        >
          {station.name}
        </ActionButton>
      ))}
      {!all && stations.length > FIRST_SHOWN && (
        <ActionButton variant="secondary" onClick={() => setAll(true)}>
          {s.allStations(stations.length)}
        </ActionButton>
      )}
    </View>
  )
}
