import { useCallback } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchStationsOffering } from '../api/policies-api'
import { useResource } from './use-resource'

/** For each service, a few stations offering it (in the order of the services). */
export function useStationsOffering(serviceIds: readonly string[]) {
  const client = useHttpClient()
  const key = serviceIds.join(',')
  return useResource(
    useCallback(
      () => Promise.all(key.split(',').filter(Boolean).map((id) => fetchStationsOffering(client, id).then((page) => page.items))),
      [client, key],
    ),
  )
}
