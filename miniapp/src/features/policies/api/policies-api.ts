import { endpoints, pathTo } from '@doorstep/shared'
import type { Page, PolicyDetail, PolicyMatchBody, PolicyMatchResult, PolicySearchPage, StationSummary } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export interface PolicySearchParams {
  q?: string
  inForce?: boolean
  limit?: number
  cursor?: string
}

export function searchPolicies(client: HttpClient, { q, inForce, limit, cursor }: PolicySearchParams): Promise<PolicySearchPage> {
  return client.get<PolicySearchPage>(pathTo(endpoints.policiesSearch), {
    q,
    inForce: inForce === undefined ? undefined : String(inForce),
    limit,
    cursor,
  })
}

export function fetchPolicy(client: HttpClient, id: string): Promise<PolicyDetail> {
  return client.get<PolicyDetail>(pathTo(endpoints.policiesGet, { id }))
}

export function matchPolicies(client: HttpClient, answers: PolicyMatchBody): Promise<PolicyMatchResult> {
  return client.post<PolicyMatchResult>(pathTo(endpoints.policiesMatch), answers)
}

/** A few stations offering one service project, for 到哪里办. */
export function fetchStationsOffering(client: HttpClient, serviceId: string, limit = 3): Promise<Page<StationSummary>> {
  return client.get<Page<StationSummary>>(pathTo(endpoints.stationsList), { service: serviceId, limit })
}
