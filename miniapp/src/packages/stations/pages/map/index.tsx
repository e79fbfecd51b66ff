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
import { strings } from '@/features/stations/strings'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { OfflineNotice } from '@/shared/components/offline-notice'
import { Page } from '@/shared/components/page'
import { ToggleChip } from '@/shared/components/toggle-chip'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/stations/components/station-map/station-map.scss'

const LIST_HEADING_ID = 'station-list-heading'

/**
 * 点位一图览: every station on a map, and the same stations as a list (nearest first when the position is
 * known, otherwise street by street). The list is a full alternative: 列表 hides the map altogether, and on H5 a
 * skip link before the map takes keyboard and screen-reader users straight to the list.
 */
export default function StationMapPage() {
  const s = useStrings(strings)
  const [view, setView] = useState<StationView>('map')
  const [street, setStreet] = useState<SubDistrictId | undefined>()
  const [openNowOnly, setOpenNowOnly] = useState(false)
  const location = useLocation()
  const position = location.kind === 'located' ? location.position : undefined
  const all = useAllStations()
  const list = useStations({ street: position ? undefined : street, near: position, openNow: openNowOnly || undefined })
  const openStation = (id: string) => Taro.navigateTo({ url: ROUTES.stationDetail(id) })

  const streetCentre = useMemo(
    () =>
      street
        ? centreOf((all.data ?? []).filter((station) => station.subDistrict === street).map((station) => station.location))
        : undefined,
    [all.data, street],
  )

  return (
    <Page title={s.mapTitle}>
      <ViewSwitch value={view} onChange={setView} />
      <LocationNotice location={location} onRetry={location.retry} />

      {view === 'map' && (
        <View>
          {all.status === 'loading' && <LoadingView message={s.mapLoading} skeleton={0} />}
          {all.status === 'error' && <ErrorView title={s.mapFailed} error={all.error} onRetry={all.reload} />}
          {all.status === 'ready' && (
            <View>
              {all.offline && <OfflineNotice />}
              {process.env.TARO_ENV === 'h5' && (
                <ActionButton variant="plain" className="station-map__skip" onClick={() => focusListHeading()}>
                  {s.skipMap}
                </ActionButton>
              )}
              <StationMap stations={all.data} focus={position ?? streetCentre} here={position} onOpen={openStation} />
              <Text className="state-view__message">{s.mapSummary(all.data.length)}</Text>
            </View>
          )}
        </View>
      )}

      <Heading level={2} className="station-list-heading" id={LIST_HEADING_ID}>
        {position ? s.nearest : s.stationList}
      </Heading>
      {!position && <StreetFilter value={street} onChange={setStreet} />}
      <ToggleChip on={openNowOnly} onChange={setOpenNowOnly}>
        {s.openNowOnly}
      </ToggleChip>
      <StationResults
        result={list}
        isFiltered={street !== undefined || openNowOnly}
        onOpen={openStation}
        emptyFiltered={openNowOnly ? { title: s.noneOpenNow, message: s.noneOpenNowHint } : undefined}
      />
    </Page>
  )
}

/** H5: moves keyboard focus (and the screen reader) past the map to the list's heading. */
function focusListHeading() {
  const heading = document.getElementById(LIST_HEADING_ID)
  if (!heading) return
  heading.setAttribute('tabindex', '-1')
  heading.focus()
}
