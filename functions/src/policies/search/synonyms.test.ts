import { describe, expect, it } from 'vitest'
import { expandSynonyms, synonymSpans } from './synonyms'

describe('synonymSpans', () => {
  it('marks every member of a group with the group term', () => {
    expect(synonymSpans('社保和社会保险')).toEqual([
      { term: '≈社保', start: 0, end: 2 },
      { term: '≈社保', start: 3, end: 7 },
    ])
    expect(synonymSpans('领失业保险金')).toEqual([{ term: '≈失业金', start: 1, end: 6 }])
  })

  it('lets the longest member win, so 住房公积金 is not also read as 公积金', () => {
    expect(synonymSpans('住房公积金')).toEqual([{ term: '≈公积金', start: 0, end: 5 }])
  })

  it('finds nothing in text without a member', () => {
    expect(synonymSpans('职称评审')).toEqual([])
  })
})

describe('expandSynonyms', () => {
  it('offers every other member of the group, inside longer queries too', () => {
    expect(expandSynonyms('社保')).toEqual(['社会保险', '社会保障'])
    expect(expandSynonyms('社保卡')).toEqual(['社会保险卡', '社会保障卡'])
    expect(expandSynonyms('失业金')).toEqual(['失业保险金'])
    expect(expandSynonyms('住房公积金')).toEqual(['公积金'])
  })

  it('has nothing to add for words outside the list', () => {
    expect(expandSynonyms('职称')).toEqual([])
  })
})
