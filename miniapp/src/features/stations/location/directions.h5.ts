import type { Station } from '@doorstep/shared'

/**
 * H5: openLocation works only inside WeChat's official-account JS-SDK, so the browser opens Amap's route page to the
 * station instead (its URI API; our coordinates are GCJ-02, which Amap calls "gaode"), which hands over to the Amap
 * app where one is installed.
 */
export function amapDirectionsUrl({ location, name }: Pick<Station, 'location' | 'name'>): string {
  const to = `${location.lng},${location.lat},${name}`
  return `https://uri.amap.com/navigation?to=${encodeURIComponent(to)}&mode=walk&coordinate=gaode&callnative=1&src=doorstep`
}

export function openDirections(station: Pick<Station, 'location' | 'name' | 'address'>): void {
  const url = amapDirectionsUrl(station)
  // a blocked pop-up still gets there, in this tab
  if (!window.open(url, '_blank', 'noopener')) window.location.href = url
}
