import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SearchablePolicy } from '../keys'
import { compactEngine } from './compact-index'
import { miniSearchEngine } from './minisearch-index'
import { withSearchPinyin } from './pinyin-readings'
import { POLICY_FIELDS } from './policy-index'
import { RELEVANCE_SET } from './relevance-set'
import type { SearchHit, SearchIndex } from './search-index'

const seed: SearchablePolicy[] = JSON.parse(readFileSync(new URL('../../../../data/seed/policies.json', import.meta.url), 'utf8')).map(
  withSearchPinyin,
)
const QUERIES = [...RELEVANCE_SET.map((c) => c.q), '社保', '失业', '卡', 'shebo', '我失业了怎么领钱', '人力资源和社会保障局']

function built(engine = compactEngine, docs = seed) {
  const index = engine.create(POLICY_FIELDS)
  index.addAll(docs)
  return index
}

/** Ids, scores (to 9 digits) and matched terms: what the product reads of a hit. */
const shape = (hits: SearchHit[]) => hits.map((h) => ({ id: h.id, score: h.score.toFixed(9), terms: [...h.terms].sort() }))
const same = (a: SearchIndex<SearchablePolicy>, b: SearchIndex<SearchablePolicy>) => {
  for (const q of QUERIES) expect(shape(a.search(q)), q).toEqual(shape(b.search(q)))
}
const edited = (id: string, title: string) => withSearchPinyin({ ...seed.find((p) => p.id === id)!, title })

describe('the compact index', () => {
  it('ranks exactly as MiniSearch did: the same hits, scores and matched terms', () => {
    same(built(), built(miniSearchEngine))
  })

  it('replaces a document in place, scoring as an index built with the new version', () => {
    const index = built()
    const replacement = edited('pol-talent-hukou', '人才落户 鲲鸾计划')
    index.put(replacement)
    expect(index.documentCount).toBe(seed.length)
    expect(index.search('鲲鸾').map((h) => h.id)).toEqual(['pol-talent-hukou'])
    same(
      index,
      built(
        compactEngine,
        seed.map((p) => (p.id === replacement.id ? replacement : p)),
      ),
    )
  })

  it('removes a document, its terms and their counts, as if it had never been added', () => {
    const index = built()
    expect(index.remove('pol-startup-loan')).toBe(true)
    expect(index.remove('pol-startup-loan')).toBe(false)
    expect(index.documentCount).toBe(seed.length - 1)
    expect(index.search('创业担保贷款').map((h) => h.id)).not.toContain('pol-startup-loan')
    same(
      index,
      built(
        compactEngine,
        seed.filter((p) => p.id !== 'pol-startup-loan'),
      ),
    )
  })

  it('restores from its snapshot to an equal index that still takes edits', () => {
    const index = built()
    index.put(edited('pol-gig-market', '零工市场 鲲鸾驿站'))
    index.remove('pol-startup-loan')
    const restored = compactEngine.restore(POLICY_FIELDS, index.snapshot())
    same(restored, index)
    restored.put(edited('pol-gig-market', '零工市场'))
    expect(restored.search('鲲鸾')).toEqual([])
    expect(restored.documentCount).toBe(seed.length - 1)
  })

  it('refuses a snapshot of other fields, and one cut short', () => {
    const bytes = built().snapshot()
    expect(() => compactEngine.restore({ ...POLICY_FIELDS, fields: { title: POLICY_FIELDS.fields.title! } }, bytes)).toThrow(/other fields/)
    expect(() => compactEngine.restore(POLICY_FIELDS, bytes.subarray(0, bytes.length - 10))).toThrow(/ends inside/)
  })

  it('in the any-word fallback, scores only documents matching at least minWords of the words', () => {
    const index = built()
    const words = '创业 贷款 鲲鸾'
    const all = index.search(words)
    const two = index.search(words, { minWords: 2 })
    expect(two.length).toBeGreaterThan(0)
    expect(two.length).toBeLessThan(all.length)
    for (const hit of two) expect(hit.terms.filter((t) => ['创业', '≈贷款', '贷款'].includes(t)).length).toBeGreaterThanOrEqual(2)
  })
})
