import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { StationResults } from '@/features/stations/components/station-results'
import { StreetFilter } from '@/features/stations/components/street-filter'
import { useStations } from '@/features/stations/hooks/use-stations'
import { strings } from '@/features/stations/strings'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'

export default function StationListPage() {
  const s = useStrings(strings)
  const [street, setStreet] = useState<SubDistrictId | undefined>()
  const stations = useStations({ street })
  const openStation = (id: string) => Taro.navigateTo({ url: ROUTES.stationDetail(id) })

  return (
    <Page title={s.listTitle}>
      <StreetFilter value={street} onChange={setStreet} />
      <StationResults result={stations} isFiltered={street !== undefined} onOpen={openStation} />
    </Page>
  )
}
