import Taro from '@tarojs/taro'
import { Map, View } from '@tarojs/components'
import type { MapProps } from '@tarojs/components'
import { useMemo, useRef } from 'react'
import { useStrings } from '@/shared/i18n'
import { usePreferences } from '@/shared/preferences'
import { ELDER_COLORS, NORMAL_COLORS } from '@/shared/styles/colors'
import { strings } from '../../strings'
import { centreOf } from '../../map/street-outlines'
import { FOCUS_ZOOM, type StationMapProps } from './types'
import './station-map.scss'

const MAP_ID = 'station-map'
const ICON = '/packages/stations/assets/station-marker.png'
const FEATURED_ICON = '/packages/stations/assets/featured-marker.png'
const DISTRICT_ZOOM = 13

/** WeChat's native map: clustered markers, a callout on tap, the callout opening the station. */
export function StationMap({ stations, focus, onOpen }: StationMapProps) {
  const s = useStrings(strings)
  const { elder } = usePreferences()
  const colors = elder ? ELDER_COLORS : NORMAL_COLORS
  const markers = useMemo(
    () =>
      stations.map((station, index): MapProps.marker & { joinCluster: boolean } => ({
        id: index,
        latitude: station.location.lat,
        longitude: station.location.lng,
        iconPath: station.kind === 'featured' ? FEATURED_ICON : ICON,
        width: 28,
        height: 28,
        anchor: { x: 0.5, y: 0.5 },
        joinCluster: true,
        ariaLabel: station.name,
        callout: {
          content: s.calloutOpen(station.name, station.openNow),
          color: colors.text,
          // Native px: the callout does not scale with the page's rpx sizes.
          fontSize: elder ? 20 : 16,
          anchorX: 0,
          anchorY: -4,
          borderRadius: 8,
          borderWidth: 1,
          borderColor: colors.border,
          bgColor: colors.surface,
          padding: 10,
          display: 'BYCLICK',
          textAlign: 'left',
        },
      })),
    [stations, s, elder, colors],
  )
  const centre = focus ?? centreOf(stations.map((s) => s.location))

  // Nearby markers merge into a numbered bubble (tapping it zooms in), once the native map has rendered.
  const clustered = useRef(false)
  const initClusters = () => {
    if (clustered.current) return
    clustered.current = true
    Taro.createMapContext(MAP_ID).initMarkerCluster({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60 })
  }

  const open = (markerId: number | string) => {
    const station = stations[Number(markerId)]
    if (station) onOpen(station.id)
  }

  return (
    <View className="station-map">
      <Map
        id={MAP_ID}
        className="station-map__canvas"
        latitude={centre?.lat ?? 31.31}
        longitude={centre?.lng ?? 120.61}
        scale={focus ? FOCUS_ZOOM : DISTRICT_ZOOM}
        markers={markers}
        showLocation
        onUpdated={initClusters}
        onCalloutTap={(event) => open(event.detail.markerId)}
        onError={() => {}}
      />
    </View>
  )
}
