import { endpoints, pathTo } from '@doorstep/shared'
import type { LatLng, Page, Station, StationSummary, SubDistrictId } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export interface StationListParams {
  street?: SubDistrictId
  /** Sorted by distance from here, within `radius` metres. */
  near?: LatLng
  radius?: number
  openNow?: boolean
  limit?: number
  cursor?: string
}

export function fetchStationPage(
  client: HttpClient,
  { street, near, radius, openNow, limit, cursor }: StationListParams,
): Promise<Page<StationSummary>> {
  return client.get<Page<StationSummary>>(pathTo(endpoints.stationsList), {
    near: near && `${near.lat.toFixed(6)},${near.lng.toFixed(6)}`,
    radius,
    street,
    openNow: openNow ? 'true' : undefined,
    limit,
    cursor,
  })
}

export function fetchStation(client: HttpClient, id: string): Promise<Station> {
  return client.get<Station>(pathTo(endpoints.stationsGet, { id }))
}

/** The page size the API allows at most: the map reads every station in a few requests. */
const MAP_PAGE_SIZE = 50
const MAX_MAP_PAGES = 20

/** Every station, for the markers on the map (a few hundred in the district). */
export async function fetchAllStations(client: HttpClient): Promise<StationSummary[]> {
  const stations: StationSummary[] = []
  let cursor: string | undefined
  for (let page = 0; page < MAX_MAP_PAGES; page++) {
    const answer = await fetchStationPage(client, { limit: MAP_PAGE_SIZE, cursor })
    stations.push(...answer.items)
    cursor = answer.nextCursor
    if (!cursor) break
  }
  return stations
}
