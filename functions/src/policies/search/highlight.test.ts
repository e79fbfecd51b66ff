import { describe, expect, it } from 'vitest'
import { highlightRanges } from './highlight'

describe('highlightRanges', () => {
  it('marks each occurrence of a matched bigram, merging overlaps into one range', () => {
    expect(highlightRanges('失业保险金申领，失业后', new Set(['失业', '业保', '保险']))).toEqual([
      [0, 4],
      [8, 10],
    ])
  })

  it('marks single characters for a one-character query', () => {
    expect(highlightRanges('社保卡补卡', new Set(['卡']))).toEqual([
      [2, 3],
      [4, 5],
    ])
  })

  it('marks what matched by pinyin when given the readings', () => {
    const readings = ['qi', 'ye', 'kai', 'ban', 'she', 'bao', 'yi', 'zhan', 'ban']
    expect(highlightRanges('企业开办社保一站办', new Set(['shebao']), { readings })).toEqual([[4, 6]])
    expect(highlightRanges('企业开办社保一站办', new Set(['shebao']))).toEqual([])
  })

  it('marks nothing when nothing matched', () => {
    expect(highlightRanges('人才落户', new Set())).toEqual([])
  })
})
