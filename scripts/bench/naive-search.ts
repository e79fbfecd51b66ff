import { isInForce } from '../../functions/src/policies/in-force'
import type { SearchablePolicy } from '../../functions/src/policies/keys'
import { bodyText, namesText, storedReadings } from '../../functions/src/policies/search/policy-fields'
import { expandSynonyms } from '../../functions/src/policies/search/synonyms'
import { normalize, tokenize } from '../../functions/src/policies/search/tokenizer'

/**
 * The baseline: what one would write without an index, matching as the index does as far as a scan can. Text is
 * prepared once (lower-cased; the stored pinyin of the title and keywords, in full and as initials, so Latin
 * queries match too); each query then scans every policy for the policies containing every word (or a synonym
 * of it) as a substring — or, when none does, any of its terms — and orders them in force first, title matches
 * next, then by occurrences with the title and keywords counted more.
 */
export function createNaiveSearch(policies: readonly SearchablePolicy[]) {
  const prepared = policies.map((policy) => {
    const readings = storedReadings(policy)
    return {
      policy,
      title: normalize(policy.title),
      keywords: normalize(policy.keywords.join('\n')),
      body: normalize(bodyText(policy)),
      names: normalize(namesText(policy)),
      latin: `${readings.join('')} ${readings.map((r) => r[0]).join('')}`,
    }
  })
  const count = (text: string, word: string) => text.split(word).length - 1

  function scan(alternatives: string[][], mode: 'all' | 'any', today: string) {
    const found: { policy: SearchablePolicy; score: number; inTitle: boolean; inForce: boolean }[] = []
    for (const p of prepared) {
      let score = 0
      let inTitle = false
      const matches = (variants: string[]) =>
        variants.some((w, v) => {
          const inThisTitle = count(p.title, w)
          // names (issuer, document number) match the word as typed, not its synonyms
          const inNames = v === 0 ? count(p.names, w) : 0
          const s = 8 * inThisTitle + 4 * count(p.keywords, w) + count(p.body, w) + inNames + 3 * count(p.latin, w)
          inTitle ||= inThisTitle > 0
          score += s
          return s > 0
        })
      const ok = mode === 'all' ? alternatives.every(matches) : alternatives.map(matches).some(Boolean)
      if (ok) found.push({ policy: p.policy, score, inTitle, inForce: isInForce(p.policy, today) })
    }
    return found
  }

  return (query: string, today: string, limit = 20): SearchablePolicy[] => {
    const words = normalize(query).split(/\s+/).filter(Boolean)
    let found = scan(
      words.map((word) => [word, ...expandSynonyms(word)]),
      'all',
      today,
    )
    if (found.length === 0)
      found = scan(
        words.flatMap(tokenize).map((term) => [term, ...expandSynonyms(term)]),
        'any',
        today,
      )
    found.sort((a, b) => Number(b.inForce) - Number(a.inForce) || Number(b.inTitle) - Number(a.inTitle) || b.score - a.score)
    return found.slice(0, limit).map((s) => s.policy)
  }
}
