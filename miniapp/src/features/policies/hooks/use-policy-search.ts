import type { PolicyHit, PolicySearchPage } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { searchPolicies } from '../api/policies-api'
import { policyOfflineCache } from '../offline'

export const POLICY_PAGE_SIZE = 20

/**
 * Search results for a query (all policies when empty), page by page; answers to a superseded query are dropped.
 * Without a connection the first page of the same search last time is shown (offline: true).
 */
export function usePolicySearch({ q, inForce }: { q: string; inForce?: boolean }) {
  const client = useHttpClient()
  const { firstPage, ...result } = usePagedResource<PolicyHit, PolicySearchPage>(
    (cursor) => searchPolicies(client, { q, inForce, limit: POLICY_PAGE_SIZE, cursor }),
    [client, q, inForce],
    { offline: { cache: policyOfflineCache.searches, key: JSON.stringify([q.trim(), inForce ?? null]) } },
  )
  return { ...result, total: firstPage?.total ?? 0, suggestions: firstPage?.suggestions ?? [] }
}
