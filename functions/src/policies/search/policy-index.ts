import type { AudienceId, CategoryId, FieldHighlight, Policy, PolicyHit } from '@doorstep/shared'
import { isInForce } from '../in-force'
import { toSummary } from '../summary'
import { highlightRanges } from './highlight'
import { createSearchIndex } from './search-index'
import { isCjk } from './tokenizer'

export interface PolicyFilters {
  category?: CategoryId
  audience?: AudienceId
  inForce?: boolean
}

export interface RankedPolicy {
  policy: Policy
  inForce: boolean
  /** Matched index terms; empty when listing without a query. */
  terms: string[]
}

const bodyText = (p: Policy) =>
  [
    p.summary,
    p.issuer,
    p.docNumber,
    ...p.benefits.flatMap((b) => [b.item, b.amount]),
    ...p.eligibility.text,
    ...p.materials,
    p.howToApply.online ?? '',
    ...p.howToApply.steps,
    p.contact,
  ].join('\n')

const titleAndKeywords = (p: Policy) => `${p.title}\n${p.keywords.join('\n')}`

/**
 * Title outranks keywords, which outrank the body (summary and the rest: one field, so a common term costs
 * one posting list, not two). Pinyin and single characters come from the title and keywords only: that is
 * what people type as pinyin or one character.
 */
export function createPolicyIndex(policies: readonly Policy[]) {
  const byId = new Map(policies.map((p) => [p.id, p]))
  const index = createSearchIndex<Policy>({
    idOf: (p) => p.id,
    fields: {
      title: { extract: (p) => p.title, boost: 8 },
      keywords: { extract: (p) => p.keywords.join('\n'), boost: 4 },
      body: { extract: bodyText },
      pinyin: { extract: titleAndKeywords, analyzer: 'pinyin', boost: 3 },
      chars: { extract: titleAndKeywords, analyzer: 'chars', boost: 3 },
    },
  })
  index.addAll(policies)
  const inForceOn = inForceCache(policies)

  const newestFirst = [...policies]
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id))
    .map((policy) => ({ id: policy.id, terms: [] as string[] }))

  /** Everything matching, in force first, then by relevance (or newest first with no query); one pass. */
  function search(query: string, filters: PolicyFilters, today: string): RankedPolicy[] {
    const hits = query.trim() ? index.search(query) : newestFirst
    const inForceIds = inForceOn(today)
    const current: RankedPolicy[] = []
    const expired: RankedPolicy[] = []
    for (const { id, terms } of hits) {
      const policy = byId.get(id)!
      const inForce = inForceIds.has(id)
      if (!matchesFilters(policy, inForce, filters)) continue
      ;(inForce ? current : expired).push({ policy, inForce, terms })
    }
    return current.concat(expired)
  }

  return { search, size: policies.length }
}

export type PolicyIndex = ReturnType<typeof createPolicyIndex>

/** The ids in force on a day, computed once per day rather than once per result. */
function inForceCache(policies: readonly Policy[]) {
  let cached: { today: string; ids: Set<string> } | undefined
  return (today: string) => {
    if (cached?.today !== today) cached = { today, ids: new Set(policies.filter((p) => isInForce(p, today)).map((p) => p.id)) }
    return cached.ids
  }
}

function matchesFilters(policy: Policy, inForce: boolean, filters: PolicyFilters): boolean {
  return (
    (filters.category === undefined || policy.categories.includes(filters.category)) &&
    (filters.audience === undefined || policy.audiences.includes(filters.audience)) &&
    (filters.inForce === undefined || inForce === filters.inForce)
  )
}

export function toHit({ policy, terms }: RankedPolicy, today: string): PolicyHit {
  const matched = new Set(terms)
  // Pinyin is worked out only when a Latin term (shebao, sb) matched.
  const viaPinyin = terms.some((term) => !isCjk(term))
  const highlights: FieldHighlight[] = [
    { field: 'title' as const, ranges: highlightRanges(policy.title, matched, { viaPinyin }) },
    { field: 'summary' as const, ranges: highlightRanges(policy.summary, matched) },
  ].filter((h) => h.ranges.length > 0)
  return { ...toSummary(policy, today), highlights }
}
