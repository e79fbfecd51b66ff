import {
  isTermQuery,
  planFields,
  planQuery,
  type Mode,
  type QueryNode,
  type TermQuery,
} from '../../../functions/src/policies/search/query-plan'
import type { SearchHit, SearchIndexOptions } from '../../../functions/src/policies/search/search-index'

/** What one term leaf (or a subtree) matched: per document, its score and the indexed terms that matched. */
export type Matches = Map<string, { score: number; terms: readonly string[] }>

/**
 * Typo matches count this much of an exact or prefix match, as MiniSearch weighs them by default: neither
 * FlexSearch's 'tolerant' variants nor Orama's `tolerance` rank a typo below the word itself.
 */
export const TYPO_WEIGHT = 0.45

/** Terms that are not already listed are appended; the same array when there are none, so leaves can share one. */
export const mergeTerms = (a: readonly string[], b: readonly string[]) =>
  a === b || b.every((t) => a.includes(t)) ? a : [...a, ...b.filter((t) => !a.includes(t))]

function unite(all: Matches[]): Matches {
  const [first, ...rest] = all.sort((a, b) => b.size - a.size)
  const out: Matches = new Map(first)
  for (const part of rest) {
    for (const [id, hit] of part) {
      const seen = out.get(id)
      out.set(id, seen ? { score: seen.score + hit.score, terms: mergeTerms(seen.terms, hit.terms) } : hit)
    }
  }
  return out
}

function intersect(all: Matches[]): Matches {
  const [smallest, ...rest] = all.sort((a, b) => a.size - b.size)
  const out: Matches = new Map()
  next: for (const [id, hit] of smallest!) {
    let { score, terms } = hit
    for (const part of rest) {
      const other = part.get(id)
      if (!other) continue next
      score += other.score
      terms = mergeTerms(terms, other.terms)
    }
    out.set(id, { score, terms })
  }
  return out
}

/**
 * `SearchIndex.search` for a library that runs one term leaf at a time: the plan's AND/OR tree is evaluated
 * here over the leaves' matches (scores summed), strictly first and then, if nothing matched, in 'OR' mode.
 */
export function planSearch<T>(options: SearchIndexOptions<T>, leaf: (query: TermQuery) => Matches): (query: string) => SearchHit[] {
  const fields = planFields(Object.fromEntries(Object.entries(options.fields).map(([name, f]) => [name, f.analyzer])))
  const evaluate = (node: QueryNode): Matches =>
    isTermQuery(node) ? leaf(node) : (node.combineWith === 'AND' ? intersect : unite)(node.queries.map(evaluate))
  const run = (query: string, mode: Mode): SearchHit[] => {
    const plan = planQuery(query, mode, fields)
    if (!plan) return []
    const hits: SearchHit[] = []
    for (const [id, { score, terms }] of evaluate(plan)) hits.push({ id, score, terms: terms as string[] })
    return hits.sort((a, b) => b.score - a.score)
  }
  return (query) => {
    const strict = run(query, 'AND')
    return strict.length ? strict : run(query, 'OR')
  }
}
