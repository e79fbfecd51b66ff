import { describe, expect, it } from 'vitest'
import { characters, normalize, pinyinTerms, spans, tokenize } from './tokenizer'

describe('tokenize', () => {
  it('turns Chinese into overlapping bigrams', () => {
    expect(tokenize('社会保险')).toEqual(['社会', '会保', '保险'])
    expect(tokenize('失业')).toEqual(['失业'])
  })

  it('keeps a lone Chinese character as itself (one-character queries)', () => {
    expect(tokenize('税')).toEqual(['税'])
    expect(tokenize('个人所得 税')).toEqual(['个人', '人所', '所得', '税'])
  })

  it('splits at punctuation and spaces, and keeps Latin words and numbers whole and lower-cased', () => {
    expect(tokenize('创业 贷款')).toEqual(['创业', '贷款'])
    expect(tokenize('“一站办”服务')).toEqual(['一站', '站办', '服务'])
    expect(tokenize('HR共享4050人员')).toEqual(['hr', '共享', '4050', '人员'])
  })

  it('reads full-width Latin letters and digits as half-width', () => {
    expect(normalize('ＳＢ１')).toBe('sb1')
    expect(tokenize('ＳｈｅＢａｏ')).toEqual(['shebao'])
  })

  it('gives empty text no terms', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize('，。！ ')).toEqual([])
  })

  it('reports where each term is in the original text', () => {
    expect(spans('领 失业金')).toEqual([
      { term: '领', start: 0, end: 1 },
      { term: '失业', start: 2, end: 4 },
      { term: '业金', start: 3, end: 5 },
    ])
  })
})

describe('characters', () => {
  it('lists every Chinese character, ignoring the rest', () => {
    expect(characters('社保卡 HR')).toEqual(['社', '保', '卡'])
  })
})

describe('pinyinTerms', () => {
  it('gives each bigram in full pinyin and as initials: 社保 → shebao, sb', () => {
    expect(pinyinTerms('社保', ['she', 'bao'])).toEqual(['shebao', 'sb'])
    expect(pinyinTerms('社保卡', ['she', 'bao', 'ka'])).toEqual(['shebao', 'sb', 'baoka', 'bk'])
  })

  it('reads the readings in order across runs, a lone character giving its full pinyin, Latin text none', () => {
    expect(pinyinTerms('社保，卡 HR', ['she', 'bao', 'ka'])).toEqual(['shebao', 'sb', 'ka'])
  })

  it('gives characters past the end of the readings no pinyin', () => {
    expect(pinyinTerms('社保卡', ['she', 'bao'])).toEqual(['shebao', 'sb'])
    expect(pinyinTerms('社保', [])).toEqual([])
  })
})
