import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchStationsOffering } from '../api/policies-api'

/** For each service, a few stations offering it (in the order of the services). */
export function useStationsOffering(serviceIds: readonly string[]) {
  const client = useHttpClient()
  const key = serviceIds.join(',')
  return useResource(() => Promise.all(serviceIds.map((id) => fetchStationsOffering(client, id).then((page) => page.items))), [client, key])
}
