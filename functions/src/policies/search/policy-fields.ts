import type { Policy } from '@doorstep/shared'
import type { SearchablePolicy } from '../keys'

/** Everything searchable besides the title, keywords and names, as one text. */
export const bodyText = (p: Policy) =>
  [
    p.summary,
    ...p.benefits.flatMap((b) => [b.item, b.amount]),
    ...p.eligibility.text,
    ...p.materials,
    p.howToApply.online ?? '',
    ...p.howToApply.steps,
    p.contact,
  ].join('\n')

/** Proper names, matched by the words in them but not by their synonyms. */
export const namesText = (p: Policy) => `${p.issuer}\n${p.docNumber}`

/** What people type as pinyin or as one character: the title, then the keywords. */
export const pinyinSourceText = (p: Pick<Policy, 'title' | 'keywords'>) => `${p.title}\n${p.keywords.join('\n')}`

/**
 * The stored readings of `pinyinSourceText`, one syllable per CJK character. The title comes first, so these
 * also serve `pinyinSpans(policy.title, …)`.
 */
export const storedReadings = (p: Pick<SearchablePolicy, 'searchPinyin'>): string[] => (p.searchPinyin ? p.searchPinyin.split(' ') : [])
