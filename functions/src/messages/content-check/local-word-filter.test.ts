import { describe, expect, it } from 'vitest'
import { CombinedContentCheck, type ContentCheck } from './content-check'
import { LocalWordFilter } from './local-word-filter'

const filter = new LocalWordFilter({ risky: ['代开发票'], review: ['拉横幅'] })

describe('local word filter', () => {
  it('passes ordinary questions', async () => {
    expect(await filter.check('社保卡丢了怎么补办？')).toEqual({ outcome: 'pass' })
  })

  it('refuses risky words and names them, even spaced out or in full-width forms', async () => {
    const verdict = await filter.check('可以 代 开 发 票，联系我')
    expect(verdict.outcome).toBe('risky')
    expect(verdict.outcome === 'risky' && verdict.reason).toContain('代开发票')
    expect((await filter.check('ｄａｉ代开发票')).outcome).toBe('risky')
  })

  it('holds words that need a human look for review', async () => {
    expect((await filter.check('工资拖了半年，我们准备去拉横幅')).outcome).toBe('review')
  })

  it('ships with the district lists by default', async () => {
    expect((await new LocalWordFilter().check('网上赌博平台')).outcome).toBe('risky')
  })
})

describe('combined content check', () => {
  const fixed = (outcome: 'pass' | 'review' | 'risky'): ContentCheck => ({
    check: async () => (outcome === 'pass' ? { outcome } : { outcome, reason: outcome }),
  })

  it('keeps the strictest verdict of all checks', async () => {
    expect((await new CombinedContentCheck([fixed('pass'), fixed('review')]).check('x')).outcome).toBe('review')
    expect((await new CombinedContentCheck([fixed('review'), fixed('risky'), fixed('pass')]).check('x')).outcome).toBe('risky')
    expect((await new CombinedContentCheck([fixed('pass')]).check('x')).outcome).toBe('pass')
  })
})
