import { wgs84ToGcj02 } from './gcj02'
import type { LocateResult } from './locate-result'

const TIMEOUT_MS = 10_000

/** Browser: Taro's H5 getLocation only knows WGS-84, so ask the browser and convert to GCJ-02 here. */
export function locate(): Promise<LocateResult> {
  const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation
  if (!geolocation) return Promise.resolve({ kind: 'unavailable' })
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ kind: 'located', position: wgs84ToGcj02({ lat: coords.latitude, lng: coords.longitude }) }),
      (error) => resolve({ kind: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    )
  })
}
