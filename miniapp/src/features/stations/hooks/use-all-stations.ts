import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchAllStations } from '../api/stations-api'
import { stationOfflineCache } from '../offline'

/** Every station in the district, for the map's markers (the last ones loaded, when offline). */
export function useAllStations() {
  const client = useHttpClient()
  return useResource(() => fetchAllStations(client), [client], { offline: { cache: stationOfflineCache.all, key: 'all' } })
}
