import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { useEffect, useRef } from 'react'
import { streetOutlines } from '../../map/street-outlines'
import { FOCUS_ZOOM, type StationMapProps } from './types'
import './station-map.scss'

const PRIMARY = '#0b4f9c'
const FEATURED = '#c95400'

/**
 * The browser map: Leaflet with circle markers and approximate street outlines. No tile server is reachable
 * here, so the background stays plain unless the build sets TARO_APP_MAP_TILE_URL (GCJ-02 tiles, as the data).
 */
export function StationMap({ stations, focus, onOpen }: StationMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map>()
  const layer = useRef<L.LayerGroup>()
  const openRef = useRef(onOpen)
  openRef.current = onOpen

  useEffect(() => {
    if (!container.current) return
    // No animations: calmer to read, and a map closed mid-animation (switching to 列表) would throw from a timer.
    const created = L.map(container.current, {
      attributionControl: Boolean(MAP_TILE_URL),
      zoomSnap: 0.5,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    })
    if (MAP_TILE_URL) L.tileLayer(MAP_TILE_URL, { maxZoom: 19 }).addTo(created)
    layer.current = L.layerGroup().addTo(created)
    created.setView([31.31, 120.61], 13)
    map.current = created
    return () => {
      created.remove()
      map.current = undefined
    }
  }, [])

  useEffect(() => {
    const group = layer.current
    if (!group) return
    group.clearLayers()
    for (const outline of streetOutlines(stations)) {
      if (outline.corners.length < 3) continue
      L.polygon(
        outline.corners.map((c) => [c.lat, c.lng] as [number, number]),
        { color: '#6b7684', weight: 2, dashArray: '6 6', fillColor: '#dfe6ef', fillOpacity: 0.35, interactive: false, className: 'station-map__outline' },
      )
        .bindTooltip(outline.name, { permanent: true, direction: 'center', className: 'station-map__street-name' })
        .addTo(group)
    }
    for (const station of stations) {
      const featured = station.kind === 'featured'
      L.circleMarker([station.location.lat, station.location.lng], {
        radius: featured ? 9 : 7,
        color: '#ffffff',
        weight: 2,
        fillColor: featured ? FEATURED : PRIMARY,
        fillOpacity: 1,
        className: 'station-map__marker',
      })
        .bindPopup(() => callout(station.name, station.openNow, () => openRef.current(station.id)))
        .addTo(group)
    }
  }, [stations])

  useEffect(() => {
    const current = map.current
    if (!current || stations.length === 0) return
    if (focus) current.setView([focus.lat, focus.lng], FOCUS_ZOOM, { animate: false })
    else {
      const bounds = L.latLngBounds(stations.map((s) => [s.location.lat, s.location.lng] as [number, number]))
      current.fitBounds(bounds, { padding: [16, 16], animate: false })
    }
  }, [stations, focus?.lat, focus?.lng])

  return <div ref={container} className="station-map station-map__canvas" role="region" aria-label="服务站点地图" />
}

/** The bubble on a tapped marker: name, open now, and a real button to the station's page. */
function callout(name: string, openNow: boolean, open: () => void): HTMLElement {
  const root = document.createElement('div')
  root.className = 'station-map__callout'
  const title = root.appendChild(document.createElement('strong'))
  title.textContent = name
  const status = root.appendChild(document.createElement('span'))
  status.className = `open-badge open-badge--${openNow ? 'open' : 'closed'}`
  status.textContent = openNow ? '营业中' : '已休息'
  const button = root.appendChild(document.createElement('button'))
  button.type = 'button'
  button.className = 'station-map__callout-button'
  button.textContent = '查看详情'
  button.addEventListener('click', open)
  return root
}
