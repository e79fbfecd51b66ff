import { SUB_DISTRICT_IDS, type LatLng, type Station, type SubDistrictId } from '@doorstep/shared'
import geohash from 'ngeohash'
import { ALL_STATIONS } from './all-stations'

export { ALL_STATIONS, fromStationItem } from './all-stations'

/**
 * Stations live in the catalog table (docs/data-model.md, C1–C3b).
 *   get by id                  pk = STATION#<id>, sk = STATION
 *   list one sub-district      gsi1: gsi1pk = STATIONS#<subDistrict>, gsi1sk = <kindRank>#<id>
 *   list all, street by street gsi2: gsi2pk = STATIONS, gsi2sk = <streetRank>#<kindRank>#<id>
 *   near a point               gsi3: gsi3pk = GEO#<geohash5>, gsi3sk = <geohash9>#<id>  (ranges: geo-index.ts)
 * The rank prefixes make the natural reading order (hall, centres, featured, communities) the key order.
 */
const KIND_RANK: Record<Station['kind'], number> = {
  'district-hall': 0,
  'subdistrict-centre': 1,
  featured: 2,
  'community-station': 3,
}

/**
 * Part of every seeded item's hash: bump it when the keys built here change, so `npm start` rewrites
 * stations seeded under the old key schema (v2: the gsi3 geo keys).
 */
export const STATION_KEY_SCHEMA_VERSION = 2

export const stationKey = (id: string) => ({ pk: `STATION#${id}`, sk: 'STATION' })
export const stationsOfSubDistrict = (subDistrict: SubDistrictId) => `STATIONS#${subDistrict}`

/** A geohash of this many characters (~4.9 × 4.2 km in Suzhou) is one partition of the geo index. */
export const PARTITION_PRECISION = 5
/** A station's own geohash: 9 characters, about 5 m. */
export const KEY_PRECISION = 9
/** The geo index partition holding `cell` (a geohash of PARTITION_PRECISION characters or more). */
export const geoPartition = (cell: string) => `GEO#${cell.slice(0, PARTITION_PRECISION)}`

export interface GeoKeys {
  gsi3pk: string
  gsi3sk: string
}

/** gsi3: partitioned by the 5-character cell, sorted along the geohash curve inside it. */
export function geoKeys(location: LatLng, id: string): GeoKeys {
  const hash = geohash.encode(location.lat, location.lng, KEY_PRECISION)
  return { gsi3pk: geoPartition(hash), gsi3sk: `${hash}#${id}` }
}

export type StationItem = Station & {
  pk: string
  sk: string
  gsi1pk: string
  gsi1sk: string
  gsi2pk: string
  gsi2sk: string
  gsi3pk: string
  gsi3sk: string
  entity: 'station'
}

export function toStationItem(station: Station): StationItem {
  const kindRank = KIND_RANK[station.kind]
  const streetRank = SUB_DISTRICT_IDS.indexOf(station.subDistrict)
  return {
    ...station,
    ...stationKey(station.id),
    gsi1pk: stationsOfSubDistrict(station.subDistrict),
    gsi1sk: `${kindRank}#${station.id}`,
    gsi2pk: ALL_STATIONS,
    gsi2sk: `${streetRank}#${kindRank}#${station.id}`,
    ...geoKeys(station.location, station.id),
    entity: 'station',
  }
}
