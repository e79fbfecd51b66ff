import { pickFields, POLICY_SUMMARY_FIELDS, type AudienceId, type CategoryId, type FieldHighlight, type PolicyHit } from '@doorstep/shared'
import { isInForce } from '../in-force'
import type { SearchablePolicy } from '../keys'
import { toSummary } from '../summary'
import { highlightRanges } from './highlight'
import { bodyText, namesText, pinyinSourceText, storedReadings } from './policy-fields'
import type { SearchEngine, SearchIndexOptions } from './search-index'
import { searchEngine } from './search-engine'
import { isCjk, pinyinTerms } from './tokenizer'

export interface PolicyFilters {
  category?: CategoryId
  audience?: AudienceId
  inForce?: boolean
}

/**
 * What the index keeps of a policy once it is indexed: what results show (the summary), filter on and highlight
 * with. The body (benefits, eligibility, materials, steps) is in the index's postings only, which keeps the warm
 * Lambda and the snapshot small.
 */
const INDEXED_FIELDS = [...POLICY_SUMMARY_FIELDS, 'keywords', 'publishedOn', 'searchPinyin'] as const

export type IndexedPolicy = Pick<SearchablePolicy, (typeof INDEXED_FIELDS)[number]>

function indexed(p: SearchablePolicy | IndexedPolicy): IndexedPolicy {
  return pickFields(p, INDEXED_FIELDS)
}

export interface RankedPolicy {
  policy: IndexedPolicy
  inForce: boolean
  /** Matched index terms; empty when listing without a query. */
  terms: string[]
}

/**
 * Title outranks keywords, which outrank the body (summary and the rest: one field, so a common term costs
 * one posting list, not two) and the issuer and document number (names: no synonyms). Pinyin and single characters come from the title and keywords only: that is
 * what people type as pinyin or one character. The pinyin is read from the stored readings, never converted here.
 */
export const POLICY_FIELDS: SearchIndexOptions<SearchablePolicy> = {
  idOf: (p) => p.id,
  fields: {
    title: { extract: (p) => p.title, boost: 8 },
    keywords: { extract: (p) => p.keywords.join('\n'), boost: 4 },
    body: { extract: bodyText },
    names: { extract: namesText, analyzer: 'name' },
    pinyin: { extract: (p) => pinyinTerms(pinyinSourceText(p), storedReadings(p)).join(' '), analyzer: 'pinyin', boost: 3 },
    chars: { extract: pinyinSourceText, analyzer: 'chars', boost: 3 },
  },
}

export interface PolicyIndexOptions {
  /** The engine the product runs unless a bench compares another. */
  engine?: SearchEngine
  /** `snapshot().index` of an index over the same policies (`snapshot().policies`): restored instead of built. */
  restoreFrom?: Uint8Array
}

/**
 * The policy library in memory, searchable. `put` and `remove` edit it in place (one document, no rebuild);
 * `snapshot` gives the index's bytes for a later `restoreFrom`.
 */
export function createPolicyIndex(
  policies: readonly SearchablePolicy[] | readonly IndexedPolicy[],
  { engine = searchEngine, restoreFrom }: PolicyIndexOptions = {},
) {
  const byId = new Map(policies.map((p) => [p.id, indexed(p)]))
  const index = restoreFrom ? engine.restore(POLICY_FIELDS, restoreFrom) : engine.create(POLICY_FIELDS)
  if (!restoreFrom) index.addAll(policies as SearchablePolicy[])
  const inForce = new InForceCache()
  let newestFirst: { id: string; terms: string[] }[] | undefined

  /** Everything matching, in force first, then by relevance (or newest first with no query); one pass. */
  function search(query: string, filters: PolicyFilters, today: string): RankedPolicy[] {
    newestFirst ??= [...byId.values()]
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id))
      .map((policy) => ({ id: policy.id, terms: [] as string[] }))
    const hits = query.trim() ? index.search(query) : newestFirst
    const inForceIds = inForce.on(today, byId)
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

  return {
    search,
    /** Adds a policy or replaces the one with its id. */
    put(policy: SearchablePolicy) {
      byId.set(policy.id, indexed(policy))
      index.put(policy)
      inForce.changed(policy)
      newestFirst = undefined
    },
    remove(id: string) {
      if (!byId.delete(id)) return false
      index.remove(id)
      inForce.removed(id)
      newestFirst = undefined
      return true
    },
    snapshot: () => ({ policies: [...byId.values()], index: index.snapshot() }),
    get size() {
      return byId.size
    },
  }
}

export type PolicyIndex = ReturnType<typeof createPolicyIndex>

/** The ids in force on a day, computed once per day rather than once per result, and kept current by edits. */
class InForceCache {
  private cached?: { today: string; ids: Set<string> }

  on(today: string, policies: ReadonlyMap<string, IndexedPolicy>): Set<string> {
    if (this.cached?.today !== today)
      this.cached = { today, ids: new Set([...policies.values()].filter((p) => isInForce(p, today)).map((p) => p.id)) }
    return this.cached.ids
  }

  changed(policy: IndexedPolicy) {
    if (!this.cached) return
    if (isInForce(policy, this.cached.today)) this.cached.ids.add(policy.id)
    else this.cached.ids.delete(policy.id)
  }

  removed(id: string) {
    this.cached?.ids.delete(id)
  }
}

function matchesFilters(policy: IndexedPolicy, inForce: boolean, filters: PolicyFilters): boolean {
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
