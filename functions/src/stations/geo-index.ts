import { distanceMetres, type LatLng } from '@doorstep/shared'
import geohash from 'ngeohash'
import { geoPartition, PARTITION_PRECISION } from './keys'

/**
 * The geo index (catalog table, gsi3). A station's geohash, 9 characters (~5 m), is split in two (keys.ts, geoKeys):
 *   gsi3pk = GEO#<first 5 characters>     one partition per ~4.9 × 4.2 km cell in Suzhou
 *   gsi3sk = <all 9 characters>#<id>      sorted along the geohash curve inside the cell
 * A "near" query turns the circle into a few key ranges: whole partitions for a wide circle, or
 * begins_with(gsi3sk, <6–7 characters>) slices of one partition for a small one. It never reads the table.
 */

/** Past this many ranges a coarser precision reads fewer round trips for a little more data. */
const MAX_RANGES = 12
const FINEST_RANGE_PRECISION = 7
const METRES_PER_DEGREE_LAT = 111_195

/** One Query: every item in `partition` whose sort key starts with `prefix`. */
export interface GeoRange {
  partition: string
  prefix: string
}

/** The key ranges that together hold every point within `radiusMetres` of `center` (and some just outside). */
export function rangesCovering(center: LatLng, radiusMetres: number): GeoRange[] {
  const [minLat, minLng, maxLat, maxLng] = boundingBox(center, radiusMetres)
  for (let precision = FINEST_RANGE_PRECISION; precision > PARTITION_PRECISION; precision--) {
    const cells = geohash.bboxes(minLat, minLng, maxLat, maxLng, precision)
    if (cells.length <= MAX_RANGES) return cells.map(toRange)
  }
  return geohash.bboxes(minLat, minLng, maxLat, maxLng, PARTITION_PRECISION).map(toRange)
}

function toRange(cell: string): GeoRange {
  return { partition: geoPartition(cell), prefix: cell }
}

/** Degrees that hold the circle; longitude degrees shrink towards the poles, so use the widest latitude. */
function boundingBox({ lat, lng }: LatLng, radiusMetres: number): [number, number, number, number] {
  const dLat = radiusMetres / METRES_PER_DEGREE_LAT
  const widestLat = Math.min(89, Math.abs(lat) + dLat)
  const dLng = radiusMetres / (METRES_PER_DEGREE_LAT * Math.cos((widestLat * Math.PI) / 180))
  return [lat - dLat, lng - dLng, lat + dLat, lng + dLng]
}

export interface Ranked<T> {
  item: T
  distanceMetres: number
}

/** Candidates read from the ranges → those inside the circle, nearest first (ties by id, so pages are stable). */
export function rankByDistance<T extends { id: string; location: LatLng }>(
  candidates: Iterable<T>,
  center: LatLng,
  radiusMetres: number,
): Ranked<T>[] {
  const inside: Ranked<T>[] = []
  for (const item of candidates) {
    const distance = distanceMetres(center, item.location)
    if (distance <= radiusMetres) inside.push({ item, distanceMetres: distance })
  }
  return inside.sort(compareRanked)
}

export function compareRanked(a: Ranked<{ id: string }>, b: Ranked<{ id: string }>): number {
  return a.distanceMetres - b.distanceMetres || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
}
