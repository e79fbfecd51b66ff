import type { LatLng, StationSummary } from '@doorstep/shared'
import { SUB_DISTRICTS, type SubDistrictId } from '@doorstep/shared/domain/sub-districts'

export interface StreetOutline {
  street: SubDistrictId
  name: string
  /** Corners in order around the outline; fewer than 3 when a street has too few stations for an area. */
  corners: LatLng[]
}

/**
 * Approximate sub-district outlines for a map without tiles: the convex hull of each street's stations.
 * Good enough to see which street a marker belongs to; not a boundary anyone should rely on.
 */
export function streetOutlines(stations: readonly Pick<StationSummary, 'subDistrict' | 'location'>[]): StreetOutline[] {
  return SUB_DISTRICTS.map(({ id, name }) => ({
    street: id,
    name,
    corners: convexHull(stations.filter((s) => s.subDistrict === id).map((s) => s.location)),
  })).filter((outline) => outline.corners.length > 0)
}

/** Andrew's monotone chain, counter-clockwise, collinear points dropped. */
export function convexHull(points: readonly LatLng[]): LatLng[] {
  const sorted = [...points].sort((a, b) => a.lng - b.lng || a.lat - b.lat)
  const unique = sorted.filter((p, i) => i === 0 || p.lng !== sorted[i - 1]!.lng || p.lat !== sorted[i - 1]!.lat)
  if (unique.length < 3) return unique
  const cross = (o: LatLng, a: LatLng, b: LatLng) => (a.lng - o.lng) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lng - o.lng)
  const half = (ordered: LatLng[]) => {
    const chain: LatLng[] = []
    for (const p of ordered) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop()
      chain.push(p)
    }
    return chain.slice(0, -1)
  }
  return [...half(unique), ...half([...unique].reverse())]
}

/** The middle of a set of points (for centring the map on a street). */
export function centreOf(points: readonly LatLng[]): LatLng | undefined {
  if (points.length === 0) return undefined
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length
  const lng = points.reduce((sum, p) => sum + p.lng, 0) / points.length
  return { lat, lng }
}
