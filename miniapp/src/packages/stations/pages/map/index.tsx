import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { LocationNotice } from '@/features/stations/components/location-notice'
import { StationMap } from '@/features/stations/components/station-map'
import { StationResults } from '@/features/stations/components/station-results'
import { StreetFilter } from '@/features/stations/components/street-filter'
import { ViewSwitch, type StationView } from '@/features/stations/components/view-switch'
import { useAllStations } from '@/features/stations/hooks/use-all-stations'
import { useLocation } from '@/features/stations/hooks/use-location'
import { useStations } from '@/features/stations/hooks/use-stations'
import { centreOf } from '@/features/stations/map/street-outlines'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { ROUTES } from '@/shared/navigation/routes'

/**
 * 点位一图览: every station on a map, and the same stations as a list (nearest first when the position is
 * known, otherwise street by street). The list is a full alternative: 列表 hides the map altogether.
 */
export default function StationMapPage() {
  const [view, setView] = useState<StationView>('map')
  const [street, setStreet] = useState<SubDistrictId | undefined>()
  const [openNowOnly, setOpenNowOnly] = useState(false)
  const location = useLocation()
  const position = location.kind === 'located' ? location.position : undefined
  const all = useAllStations()
  const list = useStations({ street: position ? undefined : street, near: position, openNow: openNowOnly || undefined })
  const openStation = (id: string) => Taro.navigateTo({ url: ROUTES.stationDetail(id) })

  const streetCentre = useMemo(
    () => (street ? centreOf((all.data ?? []).filter((s) => s.subDistrict === street).map((s) => s.location)) : undefined),
    [all.data, street],
  )

  return (
    <View className="page">
      <Heading level={1}>点位一图览</Heading>
      <ViewSwitch value={view} onChange={setView} />
      <LocationNotice location={location} onRetry={location.retry} />

      {view === 'map' && (
        <View>
          {all.status === 'loading' && <LoadingView message="正在加载地图上的站点…" />}
          {all.status === 'error' && (
            <ErrorView title="地图上的站点没有加载出来" message={all.error.detail ?? all.error.title} onRetry={all.reload} />
          )}
          {all.status === 'ready' && (
            <View>
              <StationMap stations={all.data} focus={position ?? streetCentre} onOpen={openStation} />
              <Text className="state-view__message">
                地图上共 {all.data.length} 个站点，点选标记可查看详情；下方列表包含同样的站点。
              </Text>
            </View>
          )}
        </View>
      )}

      <Heading level={2}>{position ? '离您最近的站点' : '服务站点列表'}</Heading>
      {!position && <StreetFilter value={street} onChange={setStreet} />}
      <ActionButton
        variant="plain"
        pressed={openNowOnly}
        className={`street-filter__chip${openNowOnly ? ' street-filter__chip--selected' : ''}`}
        onClick={() => setOpenNowOnly(!openNowOnly)}
      >
        只看营业中
      </ActionButton>
      <StationResults
        result={list}
        isFiltered={street !== undefined || openNowOnly}
        onOpen={openStation}
        emptyFiltered={openNowOnly ? { title: '现在没有营业中的站点', message: '可以取消“只看营业中”查看全部站点和开放时间' } : undefined}
      />
    </View>
  )
}
