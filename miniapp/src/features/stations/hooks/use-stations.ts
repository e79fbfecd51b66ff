import type { LatLng, StationSummary, SubDistrictId } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { fetchStationPage } from '../api/stations-api'
import { stationOfflineCache } from '../offline'

export const STATIONS_PAGE_SIZE = 20

interface StationsQuery {
  street?: SubDistrictId
  /** Nearest first from here (the whole district fits in NEAR_ALL_RADIUS). */
  near?: LatLng
  openNow?: boolean
  pageSize?: number
}

/** Wide enough for every station of the district from anywhere inside it. */
export const NEAR_ALL_RADIUS = 10_000

/**
 * The station list for one street (or all, or nearest first), page by page through the server's cursor. Offline,
 * the first page of the same list last time (a nearest-first list is kept as one, wherever it was made).
 */
export function useStations({ street, near, openNow, pageSize = STATIONS_PAGE_SIZE }: StationsQuery) {
  const client = useHttpClient()
  const lat = near?.lat
  const lng = near?.lng
  return usePagedResource<StationSummary>(
    (cursor) =>
      fetchStationPage(client, {
        street,
        openNow,
        limit: pageSize,
        ...(lat !== undefined && lng !== undefined ? { near: { lat, lng }, radius: NEAR_ALL_RADIUS } : {}),
        cursor,
      }),
    [client, street, openNow, pageSize, lat, lng],
    { offline: { cache: stationOfflineCache.lists, key: JSON.stringify([street ?? null, openNow ?? false, lat !== undefined, pageSize]) } },
  )
}
