import { Text, View } from '@tarojs/components'
import type { StationSummary } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import './services.scss'

const FIRST_SHOWN = 5

/** Stations offering a service: the first few, then all on request (some services are at 60 stations). */
export function StationLinks({ stations, onOpen }: { stations: StationSummary[]; onOpen: (id: string) => void }) {
  const [all, setAll] = useState(false)
  if (stations.length === 0) return <Text className="services-section__line">暂无站点信息，可拨打 12345 咨询。</Text>
  const shown = all ? stations : stations.slice(0, FIRST_SHOWN)
  return (
    <View>
      <Text className="services-section__line">共 {stations.length} 个站点提供这项服务</Text>
      {shown.map((station) => (
        <ActionButton key={station.id} variant="plain" className="services-link" label={`${station.name}，${station.address}`} onClick={() => onOpen(station.id)}>
          {station.name}
        </ActionButton>
      ))}
      {!all && stations.length > FIRST_SHOWN && (
        <ActionButton variant="secondary" onClick={() => setAll(true)}>
          查看全部 {stations.length} 个站点
        </ActionButton>
      )}
    </View>
  )
}
