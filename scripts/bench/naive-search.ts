import type { Policy } from '@doorstep/shared'
import { pinyin } from 'pinyin-pro'
import { isInForce } from '../../functions/src/policies/in-force'
import { expandSynonyms } from '../../functions/src/policies/search/synonyms'
import { normalize } from '../../functions/src/policies/search/tokenizer'

/**
 * The baseline: what one would write without an index. Text is prepared once (lower-cased, plus pinyin of the
 * title and keywords, so Latin queries can match at all); each query then scans every policy, keeps those
 * containing every word (or a synonym of it), scores by occurrences with the title counted 4×, and sorts.
 */
export function createNaiveSearch(policies: readonly Policy[]) {
  const prepared = policies.map((policy) => {
    const title = normalize(policy.title)
    const body = normalize([policy.summary, policy.keywords.join(' '), JSON.stringify(policy.benefits), policy.eligibility.text.join(' ')].join(' '))
    const letters = pinyin(`${policy.title}${policy.keywords.join('')}`, { toneType: 'none', separator: '' })
    const initials = pinyin(`${policy.title}${policy.keywords.join('')}`, { pattern: 'first', toneType: 'none', separator: '' })
    return { policy, title, body, latin: `${letters} ${initials}`.toLowerCase() }
  })
  const count = (text: string, word: string) => text.split(word).length - 1

  return (query: string, today: string, limit = 20): Policy[] => {
    const words = normalize(query).split(/\s+/).filter(Boolean).map((word) => [word, ...expandSynonyms(word)])
    const scored: { policy: Policy; score: number; inForce: boolean }[] = []
    for (const p of prepared) {
      let score = 0
      const allFound = words.every((variants) =>
        variants.some((w) => {
          const s = 4 * count(p.title, w) + count(p.body, w) + count(p.latin, w)
          score += s
          return s > 0
        }),
      )
      if (allFound) scored.push({ policy: p.policy, score, inForce: isInForce(p.policy, today) })
    }
    scored.sort((a, b) => Number(b.inForce) - Number(a.inForce) || b.score - a.score)
    return scored.slice(0, limit).map((s) => s.policy)
  }
}
