import type { Station } from '@doorstep/shared'
import gcoord from 'gcoord'

export interface Wgs84Point {
  latitude: number
  longitude: number
}

/** Six decimals is about 0.1 m: finer than the GCJ-02 inversion (≈ 1 m) and the seed's own four decimals (≈ 10 m). */
const DECIMALS = 1e6
const round = (degrees: number) => Math.round(degrees * DECIMALS) / DECIMALS

/**
 * WGS84 for a point we keep in GCJ-02. Our coordinates are GCJ-02 because WeChat's map and location APIs use it;
 * HSDS and GeoReport both mean WGS84 by latitude/longitude, and in Suzhou the two lie some 450 m apart, so
 * publishing GCJ-02 as is would put every station across the street or further. gcoord leaves a point outside its
 * rough China box as it was (GCJ-02 only differs inside China).
 */
export function wgs84Of(point: Station['location']): Wgs84Point {
  const [longitude, latitude] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84)
  return { latitude: round(latitude), longitude: round(longitude) }
}
