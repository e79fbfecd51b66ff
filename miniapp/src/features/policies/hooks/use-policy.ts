import { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchPolicy } from '../api/policies-api'
import { policyOfflineCache } from '../offline'

const MISSING_ID = new ApiError({ kind: 'http', status: 404, title: '缺少政策编号' })

/** One policy's full record (the last one kept when offline); an absent id is treated like an unknown one. */
export function usePolicy(id: string | undefined) {
  const client = useHttpClient()
  return useResource(() => (id ? fetchPolicy(client, id) : Promise.reject(MISSING_ID)), [client, id], {
    offline: id ? { cache: policyOfflineCache.details, key: id } : undefined,
  })
}
