import * as v from 'valibot'
import {
  AUDIENCES,
  endpoints,
  pickFields,
  POLICY_SUMMARY_FIELDS,
  type HighlightRange,
  type Policy,
  POLICY_TOPICS,
  type PolicyDetail,
  type PolicyHit,
  PolicyMatchBody,
  type PolicySearchPage,
  PolicySearchQuery,
  type ServiceProject,
  type Station,
} from '@doorstep/shared'
import seedPolicies from '../../../data/seed/policies.json'
import seedServices from '../../../data/seed/services.json'
import seedStations from '../../../data/seed/stations.json'
import type { TransportResponse } from '@/shared/api/transport'
import { createFakeTransport, invalid, methodAndPath, offsetPage, ok, problem, routeOf } from './fake-api'

const policies = seedPolicies as Policy[]
const services = seedServices as ServiceProject[]
const stations = seedStations as Station[]

/**
 * An in-memory stand-in for the policy routes with the same contract, on the seeded library: `q` words are
 * matched as substrings (the real server's Chinese tokenizer, pinyin and synonyms are tested server-side),
 * in force first, highlight ranges, `suggestions` when nothing is found, offset cursors, 400/422 problems;
 * plus `GET /v1/stations?service=` for 到哪里办.
 */
export function createFakePoliciesApi({ today = '2026-11-25' } = {}) {
  const inForce = (p: Policy) => p.effectiveFrom <= today && (!p.expiresOn || today < p.expiresOn)

  const api = createFakeTransport(methodAndPath, (request, url) => {
    const on = routeOf(request, url)
    if (on(endpoints.policiesSearch)) return search(url.searchParams)
    if (on(endpoints.policiesMatch)) return match(request.body)
    if (on(endpoints.stationsList)) return stationsOffering(url.searchParams)
    const detail = on(endpoints.policiesGet)
    if (detail) return get(detail.id)
    return problem(404, 'Not Found')
  })

  function search(params: URLSearchParams): TransportResponse {
    const parsed = v.safeParse(PolicySearchQuery, Object.fromEntries(params))
    if (!parsed.success) return invalid(parsed.issues, 'query')
    const { q = '', inForce: onlyInForce, limit, cursor } = parsed.output
    const words = q.split(/\s+/).filter(Boolean)
    const found = policies
      .filter((p) => words.every((w) => `${p.title}${p.summary}${p.keywords.join('')}`.includes(w)))
      .filter((p) => onlyInForce === undefined || inForce(p) === onlyInForce)
      .sort((a, b) => Number(inForce(b)) - Number(inForce(a)))
    const { items, ...more } = offsetPage(found, { limit, cursor })
    const page: PolicySearchPage = {
      items: items.map((p) => toHit(p, words)),
      total: found.length,
      ...more,
      ...(found.length === 0 && q ? { suggestions: POLICY_TOPICS.slice(0, 4) } : {}),
    }
    return ok(page)
  }

  function toHit(p: Policy, words: string[]): PolicyHit {
    const highlights = (['title', 'summary'] as const)
      .map((field) => ({ field, ranges: rangesOf(p[field], words) }))
      .filter((h) => h.ranges.length > 0)
    return { ...pickFields(p, POLICY_SUMMARY_FIELDS), inForce: inForce(p), highlights }
  }

  function get(id: string): TransportResponse {
    const policy = policies.find((p) => p.id === id)
    if (!policy) return problem(404, '没有找到', '没有找到这条政策')
    const detail: PolicyDetail = {
      ...policy,
      inForce: inForce(policy),
      services: policy.serviceIds.flatMap((sid) => services.filter((s) => s.id === sid).map((s) => ({ id: s.id, name: s.name }))),
    }
    return ok(detail)
  }

  function match(body: unknown): TransportResponse {
    const parsed = v.safeParse(PolicyMatchBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const who = AUDIENCES.find((a) => a.id === parsed.output.who)!
    const items = policies
      .filter((p) => inForce(p) && (p.eligibility.conditions.audiences ?? p.audiences).includes(who.id))
      .map((p) => ({ policy: toHit(p, []), reasons: [`适用于${who.name}`] }))
    return ok({ items })
  }

  function stationsOffering(params: URLSearchParams): TransportResponse {
    const service = params.get('service') ?? ''
    const limit = Number(params.get('limit') ?? 20)
    const items = stations.filter((s) => s.serviceIds.includes(service)).slice(0, limit)
    return ok({ items })
  }

  return api
}

function rangesOf(text: string, words: string[]): HighlightRange[] {
  const ranges: HighlightRange[] = []
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) ranges.push([at, at + word.length])
  }
  return ranges.sort((a, b) => a[0] - b[0])
}
