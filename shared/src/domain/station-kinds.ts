import { idsOf, nameIn } from './choices'

/** "1+8+169": one district hall, eight sub-district centres, community stations, plus featured points. */
export const STATION_KINDS = [
  { id: 'district-hall', name: '区级服务大厅' },
  { id: 'subdistrict-centre', name: '街道便民服务中心' },
  { id: 'community-station', name: '社区服务站' },
  { id: 'featured', name: '特色点位' },
] as const

export const STATION_KIND_IDS = idsOf(STATION_KINDS)
export type StationKind = (typeof STATION_KIND_IDS)[number]

export function stationKindName(id: StationKind): string {
  return nameIn(STATION_KINDS, id)
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]
