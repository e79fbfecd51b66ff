import type { Station } from '@doorstep/shared'
import { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchStation } from '../api/stations-api'
import { stationOfflineCache } from '../offline'

const MISSING_ID = new ApiError({ kind: 'http', status: 404, title: '缺少站点编号' })

/** One station's full record (the one kept from before, when offline); an absent id is treated like an unknown one. */
export function useStation(id: string | undefined) {
  const client = useHttpClient()
  return useResource<Station>(() => (id ? fetchStation(client, id) : Promise.reject(MISSING_ID)), [client, id], {
    offline: id ? { cache: stationOfflineCache.details, key: id } : undefined,
  })
}
