import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { useEffect, useRef } from 'react'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { streetOutlines } from '../../map/street-outlines'
import { strings, type StationStrings } from '../../strings'
import { FOCUS_ZOOM, type StationMapProps } from './types'
import './station-map.scss'

/**
 * The browser map: Leaflet with circle markers and approximate street outlines. No tile server is reachable
 * here, so the background stays plain unless the build sets TARO_APP_MAP_TILE_URL (GCJ-02 tiles, as the data).
 * Colours come from the SCSS tokens through the class names (CSS outranks the SVG attributes Leaflet writes).
 *
 * For keyboard and screen-reader users the map is a picture of the list under it: the page offers a skip link
 * past it and says the list holds the same stations; the map itself pans with the arrow keys, zooms with its
 * labelled buttons, and a marker's bubble holds a real button.
 */
export function StationMap({ stations, focus, here, onOpen }: StationMapProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map>()
  const layer = useRef<L.LayerGroup>()
  const zoom = useRef<L.Control.Zoom>()
  const openRef = useRef(onOpen)
  openRef.current = onOpen
  const text = useRef(s)
  text.current = s

  useEffect(() => {
    if (!container.current) return
    // No animations: calmer to read, and a map closed mid-animation (switching to 列表) would throw from a timer.
    const created = L.map(container.current, {
      attributionControl: Boolean(MAP_TILE_URL),
      zoomControl: false,
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
      zoom.current = undefined
    }
  }, [])

  // The zoom buttons speak the interface language.
  useEffect(() => {
    const current = map.current
    if (!current) return
    zoom.current?.remove()
    zoom.current = L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut }).addTo(current)
  }, [s])

  useEffect(() => {
    const group = layer.current
    if (!group) return
    group.clearLayers()
    for (const outline of streetOutlines(stations)) {
      if (outline.corners.length < 3) continue
      L.polygon(
        outline.corners.map((c) => [c.lat, c.lng] as [number, number]),
        { weight: 2, dashArray: '6 6', interactive: false, className: 'station-map__outline' },
      )
        .bindTooltip(n.street(outline.street), { permanent: true, direction: 'center', className: 'station-map__street-name' })
        .addTo(group)
    }
    for (const station of stations) {
      const featured = station.kind === 'featured'
      // 24 CSS px across with the ring: a target a finger can hit, not a dot. Leaflet places a click on a circle of
      // radius ≤ 10 at its centre (a marker) and elsewhere at the pointer, so the ring grows rather than the radius.
      L.circleMarker([station.location.lat, station.location.lng], {
        radius: 10,
        weight: featured ? 6 : 4,
        className: `station-map__marker${featured ? ' station-map__marker--featured' : ''}`,
      })
        .bindPopup(() => callout(station.name, station.openNow, text.current, () => openRef.current(station.id)))
        .addTo(group)
    }
    if (here) {
      // A DOM icon rather than a tooltip: a label that needs no measuring, so it also stands in a map not yet sized.
      const label = document.createElement('span')
      label.className = 'station-map__here-label'
      label.textContent = text.current.youAreHere
      L.marker([here.lat, here.lng], {
        icon: L.divIcon({ className: 'station-map__here', html: label, iconSize: [20, 20] }),
        interactive: false,
        keyboard: false,
      }).addTo(group)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the same place in a new object must not redraw the markers
  }, [stations, n, here?.lat, here?.lng])

  useEffect(() => {
    const current = map.current
    if (!current || stations.length === 0) return
    if (focus) current.setView([focus.lat, focus.lng], FOCUS_ZOOM, { animate: false })
    else {
      const bounds = L.latLngBounds(stations.map((station) => [station.location.lat, station.location.lng] as [number, number]))
      current.fitBounds(bounds, { padding: [16, 16], animate: false })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the same place in a new object must not move the map
  }, [stations, focus?.lat, focus?.lng])

  return (
    <div
      ref={container}
      className="station-map station-map__canvas"
      role="region"
      aria-label={s.mapLabel}
      aria-roledescription={s.mapRole}
    />
  )
}

/** The bubble on a tapped marker: name, open now, and a real button to the station's page. */
function callout(name: string, openNow: boolean, s: StationStrings, open: () => void): HTMLElement {
  const root = document.createElement('div')
  root.className = 'station-map__callout'
  const title = root.appendChild(document.createElement('strong'))
  title.textContent = name
  const status = root.appendChild(document.createElement('span'))
  status.className = `open-badge open-badge--${openNow ? 'open' : 'closed'}`
  status.textContent = openNow ? s.open : s.closed
  const button = root.appendChild(document.createElement('button'))
  button.type = 'button'
  button.className = 'station-map__callout-button'
  button.textContent = s.more
  button.addEventListener('click', open)
  return root
}
