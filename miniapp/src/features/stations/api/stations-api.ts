import type { Page, Station, StationSummary, SubDistrictId } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export interface StationListParams {
  street?: SubDistrictId
  limit?: number
  cursor?: string
}

export function fetchStationPage(client: HttpClient, { street, limit, cursor }: StationListParams): Promise<Page<StationSummary>> {
  return client.get<Page<StationSummary>>('/v1/stations', { street, limit, cursor })
}

export function fetchStation(client: HttpClient, id: string): Promise<Station> {
  return client.get<Station>(`/v1/stations/${encodeURIComponent(id)}`)
}
