import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SearchablePolicy } from '../../../functions/src/policies/keys'
import { withSearchPinyin } from '../../../functions/src/policies/search/pinyin-readings'
import { createPolicyIndex, POLICY_FIELDS } from '../../../functions/src/policies/search/policy-index'
import { relevanceFailures } from '../../../functions/src/policies/search/relevance-set'
import { miniSearchEngine } from '../../../functions/src/policies/search/minisearch-index'
import type { SearchHit, SearchIndex } from '../../../functions/src/policies/search/search-index'
import { flexSearchEngine } from './flexsearch-engine'
import { oramaEngine } from './orama-engine'

const seed: SearchablePolicy[] = JSON.parse(readFileSync(new URL('../../../data/seed/policies.json', import.meta.url), 'utf8')).map(
  withSearchPinyin,
)
const TODAY = '2026-11-25'
const ids = (index: SearchIndex<SearchablePolicy>, q: string) => index.search(q).map((hit) => hit.id)

describe.each([flexSearchEngine, oramaEngine])('$name', (engine) => {
  it('ranks the seeded library: the relevance set is reported, the plainest cases held', () => {
    const index = createPolicyIndex(seed, { engine })
    const search = (q: string) => index.search(q, {}, TODAY).map((r) => r.policy.id)
    // A library may fall short of the set; the bench reports by how much.
    console.log(`${engine.name} relevance failures:`, JSON.stringify(relevanceFailures(search), null, 1))
    expect(search('创业担保贷款')[0]).toBe('pol-startup-loan')
    expect(search('社保').length).toBeGreaterThanOrEqual(5)
  })

  it('edits in place: a put replaces the document, a remove takes it out', () => {
    const index = engine.create(POLICY_FIELDS)
    index.addAll(seed)
    const policy = seed.find((p) => p.id === 'pol-startup-loan')!
    expect(ids(index, '测试词语')).toEqual([])

    index.put({ ...policy, title: `${policy.title}测试词语` })
    expect(ids(index, '测试词语')).toEqual([policy.id])
    expect(index.search('测试词语')[0]!.terms).toEqual(expect.arrayContaining(['测试', '试词', '词语']))
    expect(index.documentCount).toBe(seed.length)

    expect(index.remove(policy.id)).toBe(true)
    expect(ids(index, '测试词语')).toEqual([])
    expect(ids(index, '创业担保贷款')).not.toContain(policy.id)
    expect(index.remove(policy.id)).toBe(false)
    expect(index.documentCount).toBe(seed.length - 1)

    index.put(policy)
    expect(ids(index, '创业担保贷款')).toContain(policy.id)
    expect(index.documentCount).toBe(seed.length)
  })

  it('matches what MiniSearch matches, with the same terms, when no typo is involved', () => {
    const index = engine.create(POLICY_FIELDS)
    index.addAll(seed)
    const reference = miniSearchEngine.create(POLICY_FIELDS)
    reference.addAll(seed)
    const matched = (hits: SearchHit[]) => new Map(hits.map((hit) => [hit.id, [...hit.terms].sort()]))
    // Prefixes (sheb, sb), one-character and CJK terms that must not match as prefixes (卡), AND/OR fallback.
    for (const q of ['失业金', '创业 贷款', 'sheb', 'sb', '社保卡', '社保', '卡', '我失业了怎么领钱', 'chuangye 贷款', '失业 jin']) {
      expect(matched(index.search(q)), q).toEqual(matched(reference.search(q)))
    }
  })

  it('finds a Latin word typed with a typo, naming the indexed word', () => {
    const index = engine.create(POLICY_FIELDS)
    index.addAll(seed)
    const hits = index.search('shebo')
    expect(hits.length).toBeGreaterThanOrEqual(5)
    expect(hits.every((hit) => hit.terms.includes('shebao'))).toBe(true)
  })

  it('restores from its snapshot an index that answers alike and can still be edited', () => {
    const index = engine.create(POLICY_FIELDS)
    index.addAll(seed)
    index.remove('pol-ss-transfer')
    const restored = engine.restore(POLICY_FIELDS, index.snapshot())
    expect(restored.documentCount).toBe(index.documentCount)
    for (const q of ['创业 贷款', '社保卡', 'shebao', 'shebo', 'sb', '卡', '我失业了怎么领钱']) {
      expect(ids(restored, q)).toEqual(ids(index, q))
    }
    expect(restored.remove('pol-startup-loan')).toBe(true)
    expect(ids(restored, '创业担保贷款')).not.toContain('pol-startup-loan')
    restored.put(seed.find((p) => p.id === 'pol-ss-transfer')!)
    expect(ids(restored, 'shebao')).toContain('pol-ss-transfer')
  })
})
