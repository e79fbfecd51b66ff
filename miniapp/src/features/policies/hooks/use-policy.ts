import { useCallback } from 'react'
import { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchPolicy } from '../api/policies-api'
import { useResource } from './use-resource'

const MISSING_ID = new ApiError({ kind: 'http', status: 404, title: '缺少政策编号' })

export function usePolicy(id: string | undefined) {
  const client = useHttpClient()
  return useResource(useCallback(() => (id ? fetchPolicy(client, id) : Promise.reject(MISSING_ID)), [client, id]))
}
