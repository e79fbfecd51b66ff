import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SearchablePolicy } from '../keys'
import { withSearchPinyin } from './pinyin-readings'
import { createPolicyIndex } from './policy-index'
import { RELEVANCE_SET, relevanceFailures } from './relevance-set'

const seed: SearchablePolicy[] = JSON.parse(readFileSync(new URL('../../../../data/seed/policies.json', import.meta.url), 'utf8')).map(
  withSearchPinyin,
)

describe('the relevance set on the seeded library', () => {
  it('names only policies that exist', () => {
    const ids = new Set(seed.map((p) => p.id))
    expect(RELEVANCE_SET.flatMap((c) => c.among).filter((id) => !ids.has(id))).toEqual([])
  })

  it('is met by the engine the product runs', () => {
    const index = createPolicyIndex(seed)
    expect(relevanceFailures((q) => index.search(q, {}, '2026-11-25').map((r) => r.policy.id))).toEqual([])
  })

  it('fails a ranking that puts a wrong policy first', () => {
    const index = createPolicyIndex(seed)
    const reversed = (q: string) =>
      index
        .search(q, {}, '2026-11-25')
        .map((r) => r.policy.id)
        .reverse()
    expect(relevanceFailures(reversed).length).toBeGreaterThan(RELEVANCE_SET.length / 2)
  })
})
