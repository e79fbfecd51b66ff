import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { StationResults } from '@/features/stations/components/station-results'
import { StreetFilter } from '@/features/stations/components/street-filter'
import { useStations } from '@/features/stations/hooks/use-stations'
import { Heading } from '@/shared/components/heading'
import { ROUTES } from '@/shared/navigation/routes'

export default function StationListPage() {
  const [street, setStreet] = useState<SubDistrictId | undefined>()
  const stations = useStations({ street })
  const openStation = (id: string) => Taro.navigateTo({ url: ROUTES.stationDetail(id) })

  return (
    <View className="page">
      <Heading level={1}>服务站点</Heading>
      <StreetFilter value={street} onChange={setStreet} />
      <StationResults result={stations} isFiltered={street !== undefined} onOpen={openStation} />
    </View>
  )
}
