import type { AudienceId, CategoryId, FieldHighlight, PolicyHit } from '@doorstep/shared'
import { isInForce } from '../in-force'
import type { SearchablePolicy } from '../keys'
import { toSummary } from '../summary'
import { highlightRanges } from './highlight'
import { bodyText, namesText, pinyinSourceText, storedReadings } from './policy-fields'
import { createSearchIndex } from './search-index'
import { isCjk, pinyinTerms } from './tokenizer'

export interface PolicyFilters {
  category?: CategoryId
  audience?: AudienceId
  inForce?: boolean
}

export interface RankedPolicy {
  policy: SearchablePolicy
  inForce: boolean
  /** Matched index terms; empty when listing without a query. */
  terms: string[]
}

/**
 * Title outranks keywords, which outrank the body (summary and the rest: one field, so a common term costs
 * one posting list, not two) and the issuer and document number (names: no synonyms). Pinyin and single characters come from the title and keywords only: that is
 * what people type as pinyin or one character. The pinyin is read from the stored readings, never converted here.
 */
export function createPolicyIndex(policies: readonly SearchablePolicy[]) {
  const byId = new Map(policies.map((p) => [p.id, p]))
  const index = createSearchIndex<SearchablePolicy>({
    idOf: (p) => p.id,
    fields: {
      title: { extract: (p) => p.title, boost: 8 },
      keywords: { extract: (p) => p.keywords.join('\n'), boost: 4 },
      body: { extract: bodyText },
      names: { extract: namesText, analyzer: 'name' },
      pinyin: { extract: (p) => pinyinTerms(pinyinSourceText(p), storedReadings(p)).join(' '), analyzer: 'pinyin', boost: 3 },
      chars: { extract: pinyinSourceText, analyzer: 'chars', boost: 3 },
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
function inForceCache(policies: readonly SearchablePolicy[]) {
  let cached: { today: string; ids: Set<string> } | undefined
  return (today: string) => {
    if (cached?.today !== today) cached = { today, ids: new Set(policies.filter((p) => isInForce(p, today)).map((p) => p.id)) }
    return cached.ids
  }
}

function matchesFilters(policy: SearchablePolicy, inForce: boolean, filters: PolicyFilters): boolean {
  return (
    (filters.category === undefined || policy.categories.includes(filters.category)) &&
    (filters.audience === undefined || policy.audiences.includes(filters.audience)) &&
    (filters.inForce === undefined || inForce === filters.inForce)
  )
}

export function toHit({ policy, terms }: RankedPolicy, today: string): PolicyHit {
  const matched = new Set(terms)
  // Pinyin places are looked up only when a Latin term (shebao, sb) matched.
  const readings = terms.some((term) => !isCjk(term)) ? storedReadings(policy) : undefined
  const highlights: FieldHighlight[] = [
    { field: 'title' as const, ranges: highlightRanges(policy.title, matched, { readings }) },
    { field: 'summary' as const, ranges: highlightRanges(policy.summary, matched) },
  ].filter((h) => h.ranges.length > 0)
  return { ...toSummary(policy, today), highlights }
}
