import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchMyEnrollments } from '../api/services-api'

/** The signed-in resident's sign-ups; nothing is asked (the state stays loading) while no resident is signed in. */
export function useMyEnrollments(residentId: string | undefined) {
  const client = useHttpClient()
  return useResource(residentId ? () => fetchMyEnrollments(client) : undefined, [client, residentId])
}
