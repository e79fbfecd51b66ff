import { readFileSync } from 'node:fs'
import type { Policy } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { pinyinReadings, withSearchPinyin } from './pinyin-readings'
import { pinyinSourceText, storedReadings } from './policy-fields'
import { pinyinTerms } from './tokenizer'

describe('pinyinReadings', () => {
  it('gives one toneless syllable per Chinese character, ignoring the rest', () => {
    expect(pinyinReadings('社保卡 HR，4050')).toEqual(['she', 'bao', 'ka'])
  })

  it('reads heteronyms in context, and ü as v', () => {
    expect(pinyinReadings('银行')).toEqual(['yin', 'hang'])
    expect(pinyinReadings('长大')).toEqual(['zhang', 'da'])
    expect(pinyinReadings('绿色')).toEqual(['lv', 'se'])
  })
})

describe('withSearchPinyin', () => {
  const seeds: Policy[] = JSON.parse(readFileSync(new URL('../../../../data/seed/policies.json', import.meta.url), 'utf8'))

  it('stores the readings of the title and keywords, which give the terms pinyin queries match', () => {
    const stored = withSearchPinyin({ ...seeds[0]!, title: '企业社保登记', keywords: ['社保卡'] })
    expect(stored.searchPinyin).toBe('qi ye she bao deng ji she bao ka')
    expect(pinyinTerms(pinyinSourceText(stored), storedReadings(stored))).toEqual(expect.arrayContaining(['shebao', 'sb', 'baoka']))
  })

  it('keeps one reading per character for every seeded policy', () => {
    for (const seed of seeds) {
      const cjkCount = [...pinyinSourceText(seed)].filter((c) => /[\u3400-\u9fff\uf900-\ufaff]/.test(c)).length
      expect(storedReadings(withSearchPinyin(seed))).toHaveLength(cjkCount)
    }
  })
})
