import type { HighlightRange } from '@doorstep/shared'
import { isGroupTerm, membersOf } from './synonyms'
import { normalize, pinyinSpans } from './tokenizer'

/**
 * Where the matched terms occur in a text, as merged [start, end) ranges: each term (each member, for a synonym
 * group term) is looked up in the text. Given the text's pinyin `readings` (one per CJK character), it also marks
 * the characters whose pinyin matched (sb → 社保); callers pass them only when a Latin term matched.
 */
export function highlightRanges(
  text: string,
  matchedTerms: ReadonlySet<string>,
  { readings }: { readings?: readonly string[] } = {},
): HighlightRange[] {
  const normal = normalize(text)
  const hits: HighlightRange[] = []
  for (const term of matchedTerms) {
    for (const needle of isGroupTerm(term) ? membersOf(term) : [term]) {
      for (let at = normal.indexOf(needle); at !== -1; at = normal.indexOf(needle, at + 1)) hits.push([at, at + needle.length])
    }
  }
  if (readings) for (const span of pinyinSpans(text, readings)) if (matchedTerms.has(span.term)) hits.push([span.start, span.end])
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: HighlightRange[] = []
  for (const [start, end] of hits) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
