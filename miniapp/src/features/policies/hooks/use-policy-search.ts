import type { PolicyHit, PolicySearchPage } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { searchPolicies } from '../api/policies-api'

export const POLICY_PAGE_SIZE = 20

/** Search results for a query (all policies when empty), page by page; answers to a superseded query are dropped. */
export function usePolicySearch({ q, inForce }: { q: string; inForce?: boolean }) {
  const client = useHttpClient()
  const { firstPage, ...result } = usePagedResource<PolicyHit, PolicySearchPage>(
    (cursor) => searchPolicies(client, { q, inForce, limit: POLICY_PAGE_SIZE, cursor }),
    [client, q, inForce],
  )
  return { ...result, total: firstPage?.total ?? 0, suggestions: firstPage?.suggestions ?? [] }
}
