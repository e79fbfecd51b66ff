import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchAllStations } from '../api/stations-api'

/** Every station in the district, for the map's markers. */
export function useAllStations() {
  const client = useHttpClient()
  return useResource(() => fetchAllStations(client), [client])
}
