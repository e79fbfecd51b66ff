import { readFileSync } from 'node:fs'
import type { Policy } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { isInForce } from './in-force'
import { matchPolicies } from './match'

const seed: Policy[] = JSON.parse(readFileSync(new URL('../../../data/seed/policies.json', import.meta.url), 'utf8'))
const TODAY = '2026-11-25'
const ids = (answers: Parameters<typeof matchPolicies>[1]) => matchPolicies(seed, answers, TODAY).map((m) => m.policy.id)

describe('matchPolicies', () => {
  it('gives a recent graduate the graduate policies first, each with its reasons', () => {
    const matches = matchPolicies(seed, { who: 'graduate', ageBand: '16-24' }, TODAY)
    expect(matches[0]!.reasons[0]).toBe('适用于高校毕业生')
    expect(matches.map((m) => m.policy.id)).toEqual(expect.arrayContaining(['pol-graduate-internship', 'pol-startup-subsidy']))
    const internship = matches.find((m) => m.policy.id === 'pol-graduate-internship')!
    expect(internship.reasons).toEqual(['适用于高校毕业生', '年龄要求 16–35 岁，与您的年龄段相符'])
  })

  it('returns only policies in force', () => {
    const all = matchPolicies(seed, { who: 'company' }, TODAY)
    expect(all.length).toBeGreaterThan(5)
    for (const m of all)
      expect(
        isInForce(
          seed.find((p) => p.id === m.policy.id)!,
          TODAY,
        ),
      ).toBe(true)
  })

  it('rules out policies whose age limits do not fit the band', () => {
    expect(ids({ who: 'graduate', ageBand: '16-24' })).toContain('pol-graduate-internship')
    expect(ids({ who: 'graduate', ageBand: '40-49' })).not.toContain('pol-graduate-internship')
    expect(ids({ who: 'unemployed', ageBand: '25-34' })).not.toContain('pol-older-worker-assistance')
    expect(ids({ who: 'unemployed', ageBand: '50-59' })).toContain('pol-older-worker-assistance')
  })

  it('rules out hukou-only policies for non-Suzhou hukou, and asks to confirm when unanswered', () => {
    expect(ids({ who: 'unemployed', suzhouHukou: false })).not.toContain('pol-public-welfare-jobs')
    const withHukou = matchPolicies(seed, { who: 'unemployed', suzhouHukou: true }, TODAY).find(
      (m) => m.policy.id === 'pol-public-welfare-jobs',
    )
    expect(withHukou?.reasons).toContain('需要苏州户籍，您符合')
    const unanswered = matchPolicies(seed, { who: 'unemployed' }, TODAY).find((m) => m.policy.id === 'pol-public-welfare-jobs')
    expect(unanswered?.reasons).toContain('需要苏州户籍（请确认）')
  })

  it('checks company size against small-business limits', () => {
    expect(ids({ who: 'company', companySize: '1-20' })).toContain('pol-shared-hr-manager')
    expect(ids({ who: 'company', companySize: '101-300' })).not.toContain('pol-shared-hr-manager')
    expect(ids({ who: 'company', companySize: '101-300' })).toContain('pol-absorb-employment-subsidy')
  })

  it('offers residents the policies open to everyone, but not to a company', () => {
    const retiree = matchPolicies(seed, { who: 'retiree' }, TODAY)
    expect(retiree.some((m) => m.reasons[0] === '面向全体居民')).toBe(true)
    const firstOpen = retiree.findIndex((m) => m.reasons[0] === '面向全体居民')
    expect(retiree.slice(firstOpen).every((m) => m.reasons[0] === '面向全体居民')).toBe(true)
    expect(matchPolicies(seed, { who: 'company' }, TODAY).every((m) => m.reasons[0] === '适用于用人单位')).toBe(true)
  })
})
