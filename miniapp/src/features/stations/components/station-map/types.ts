import type { LatLng, StationSummary } from '@doorstep/shared'

export interface StationMapProps {
  stations: StationSummary[]
  /** Where to look: the person's position, or the middle of the street they picked. Absent: the whole district. */
  focus?: LatLng
  /** The person's own position, when they shared it: shown as 您在这里 (the weapp map draws it natively). */
  here?: LatLng
  onOpen: (stationId: string) => void
}

/** Zoom that shows a few streets around a point. */
export const FOCUS_ZOOM = 15
