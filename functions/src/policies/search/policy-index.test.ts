import { readFileSync } from 'node:fs'
import type { Policy } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { isInForce } from '../in-force'
import type { SearchablePolicy } from '../keys'
import { withSearchPinyin } from './pinyin-readings'
import { createPolicyIndex, toHit } from './policy-index'

/** The seed as the seeder stores it: with the pinyin worked out on write. */
const seed: SearchablePolicy[] = JSON.parse(readFileSync(new URL('../../../../data/seed/policies.json', import.meta.url), 'utf8')).map(
  withSearchPinyin,
)
const TODAY = '2026-11-25'
const index = createPolicyIndex(seed)
const search = (q: string, filters = {}) => index.search(q, filters, TODAY)
const titles = (q: string) => search(q).map((r) => r.policy.title)
const titleAndKeywords = (p: Pick<Policy, 'title' | 'keywords'>) => `${p.title} ${p.keywords.join(' ')}`

function expectInForceFirst(q: string) {
  const flags = search(q).map((r) => r.inForce)
  expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
}

describe('policy search on the seeded library', () => {
  it('社保 finds social insurance under all its names, titles first', () => {
    const results = search('社保')
    expect(results.length).toBeGreaterThan(5)
    for (const { policy } of results.slice(0, 5)) expect(policy.title).toMatch(/社保|社会保险|社会保障/)
    expectInForceFirst('社保')
  })

  it('失业 puts policies with 失业 in the title before those that only mention it', () => {
    const results = search('失业').filter((r) => r.inForce)
    const inTitle = results.map((r) => r.policy.title.includes('失业'))
    expect(inTitle[0]).toBe(true)
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)))
    expect(inTitle).toContain(false)
  })

  it('创业 贷款 needs both words and ranks the start-up loan first', () => {
    const results = search('创业 贷款')
    expect(results[0]?.policy.id).toBe('pol-startup-loan')
    // the body is in the index only: the whole record is the seed's
    for (const { policy } of results) expect(JSON.stringify(seed.find((p) => p.id === policy.id))).toMatch(/贷款|贴息/)
  })

  it('shebao (full pinyin) finds 社保 in titles and keywords', () => {
    const results = search('shebao')
    expect(results.length).toBeGreaterThan(3)
    for (const { policy } of results.slice(0, 5)) expect(titleAndKeywords(policy)).toContain('社保')
    expect(results.map((r) => r.policy.id)).toContain('pol-company-onboarding')
  })

  it('sb (pinyin initials) finds 社保 too', () => {
    expect(search('sb').map((r) => r.policy.id)).toEqual(
      expect.arrayContaining(['pol-company-onboarding', 'pol-graduate-small-business-ss']),
    )
  })

  it('tolerates a typo in pinyin: shebo finds what shebao finds', () => {
    const ids = (q: string) => search(q).map((r) => r.policy.id)
    expect(ids('shebo')).toEqual(expect.arrayContaining(ids('shebao').slice(0, 5)))
  })

  it('uses synonyms: 失业金 finds 失业保险金申领 first, and 公积金 finds 住房公积金 text', () => {
    expect(titles('失业金')[0]).toBe('失业保险金申领')
    expect(search('公积金').map((r) => JSON.stringify(r.policy))).toEqual(expect.arrayContaining([expect.stringContaining('公积金')]))
  })

  it('answers a one-character query from titles and keywords', () => {
    expect(titles('卡')).toEqual(expect.arrayContaining(['社会保障卡申领', '姑苏人才服务卡']))
  })

  it('keeps expired policies findable, after every policy in force', () => {
    const results = search('失业金')
    const expired = results.find((r) => r.policy.id === 'pol-unemployment-subsidy')
    expect(expired?.inForce).toBe(false)
    expectInForceFirst('失业金')
    expectInForceFirst('创业')
  })

  it('falls back to any word matching when a long question matches nothing as a whole', () => {
    expect(titles('我失业了怎么领钱')).toContain('失业保险金申领')
  })

  it('finds nothing for gibberish', () => {
    expect(search('qqxxzz')).toEqual([])
  })

  it('filters by category, audience and in force', () => {
    for (const r of search('补贴', { category: 'employment' })) expect(r.policy.categories).toContain('employment')
    for (const r of search('补贴', { audience: 'company' })) expect(r.policy.audiences).toContain('company')
    const expired = search('', { inForce: false })
    expect(expired.length).toBe(seed.filter((p) => !isInForce(p, TODAY)).length)
    expect(expired.every((r) => !r.inForce)).toBe(true)
  })

  it('lists everything with no query: in force first, newest first', () => {
    const all = search('')
    expect(all).toHaveLength(seed.length)
    const inForce = all.filter((r) => r.inForce).map((r) => r.policy.publishedOn)
    expect(inForce).toEqual([...inForce].sort().reverse())
  })
})

describe('ranking', () => {
  const base = seed[0]!
  const make = (id: string, title: string, summary: string, extra: Partial<Policy> = {}): SearchablePolicy =>
    withSearchPinyin({
      ...base,
      id,
      title,
      summary,
      keywords: [],
      benefits: [{ item: '待遇', amount: '按规定' }],
      eligibility: { conditions: {}, text: [] },
      materials: [],
      howToApply: { stationKinds: [], steps: [] },
      ...extra,
    })

  it('ranks a title match above a policy that only says it (many times) in the body', () => {
    const policies = [
      make('body-only', '就业服务', '创业创业创业，创业指导和创业培训，帮助创业。'),
      make('in-title', '创业指导', '提供指导。'),
    ]
    expect(
      createPolicyIndex(policies)
        .search('创业', {}, TODAY)
        .map((r) => r.policy.id),
    ).toEqual(['in-title', 'body-only'])
  })

  it('reads the issuer as a name: 社保 does not match 人力资源和社会保障局, the name typed out does', () => {
    const policies = [make('issued', '职称评审', '评审。', { issuer: '苏州市人力资源和社会保障局', contact: '0512-65101256' })]
    const ids = (q: string) =>
      createPolicyIndex(policies)
        .search(q, {}, TODAY)
        .map((r) => r.policy.id)
    expect(ids('社保')).toEqual([])
    expect(ids('社会保障局')).toEqual(['issued'])
  })

  it('ranks a policy in force above a better-matching expired one', () => {
    const policies = [
      make('expired', '创业补贴', '创业补贴。', { expiresOn: '2025-01-01', effectiveFrom: '2024-01-01' }),
      make('current', '就业服务', '也含创业补贴。'),
    ]
    expect(
      createPolicyIndex(policies)
        .search('创业补贴', {}, TODAY)
        .map((r) => [r.policy.id, r.inForce]),
    ).toEqual([
      ['current', true],
      ['expired', false],
    ])
  })
})

describe('toHit', () => {
  it('carries in-force, and highlight ranges in title and summary', () => {
    const [first] = search('失业')
    const hit = toHit(first!, TODAY)
    expect(hit.inForce).toBe(true)
    const title = hit.highlights.find((h) => h.field === 'title')!
    expect(title.ranges.map(([start, end]) => hit.title.slice(start, end))).toEqual(['失业'])
    const summary = hit.highlights.find((h) => h.field === 'summary')!
    for (const [start, end] of summary.ranges) expect(hit.summary.slice(start, end)).toBe('失业')
    expect(hit).not.toHaveProperty('benefits')
  })

  it('highlights the characters a pinyin query matched', () => {
    const hit = toHit(
      search('shebao').find((r) => r.policy.id === 'pol-company-onboarding')!,
      TODAY,
    )
    const title = hit.highlights.find((h) => h.field === 'title')!
    expect(title.ranges.map(([start, end]) => hit.title.slice(start, end))).toEqual(['社保'])
  })
})
