/**
 * A Chinese-aware tokenizer with no dictionary: CJK text becomes overlapping bigrams (社会保险 → 社会 会保 保险),
 * which finds any two-character word without segmentation; a lone CJK character stays a unigram. Latin letters
 * and digits form lower-cased words. Full-width ASCII (ＳＢ１) is read as half-width.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const WORD_CHAR = /[a-z0-9]/

export type SegmentKind = 'cjk' | 'word'

/** A run of CJK characters or of Latin letters/digits, with its place in the original text. */
export interface Segment {
  kind: SegmentKind
  text: string
  start: number
}

/** A term with where it came from, for highlighting: [start, end) in the original text. */
export interface Span {
  term: string
  start: number
  end: number
}

/** Length-preserving normalisation, so offsets in the normalised text are offsets in the original. */
export function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
}

export function segments(text: string): Segment[] {
  const normal = normalize(text)
  const found: Segment[] = []
  let current: Segment | undefined
  for (let i = 0; i < normal.length; i++) {
    const char = normal[i]!
    const kind: SegmentKind | undefined = CJK.test(char) ? 'cjk' : WORD_CHAR.test(char) ? 'word' : undefined
    if (kind && current?.kind === kind) {
      current.text += char
    } else {
      current = kind ? { kind, text: char, start: i } : undefined
      if (current) found.push(current)
    }
  }
  return found
}

/** Bigrams of CJK runs (a one-character run stays itself) and whole Latin/digit words, with their offsets. */
export function spans(text: string): Span[] {
  return segments(text).flatMap((segment) => {
    if (segment.kind === 'word' || segment.text.length === 1) {
      return [{ term: segment.text, start: segment.start, end: segment.start + segment.text.length }]
    }
    return Array.from({ length: segment.text.length - 1 }, (_, i) => ({
      term: segment.text.slice(i, i + 2),
      start: segment.start + i,
      end: segment.start + i + 2,
    }))
  })
}

/** The index and query terms of a text: CJK bigrams (unigrams for lone characters) and Latin/digit words. */
export function tokenize(text: string): string[] {
  return spans(text).map((span) => span.term)
}

/** Every CJK character on its own, so a one-character query can find words containing it. */
export function characterSpans(text: string): Span[] {
  return segments(text)
    .filter((segment) => segment.kind === 'cjk')
    .flatMap((segment) => Array.from(segment.text, (term, i) => ({ term, start: segment.start + i, end: segment.start + i + 1 })))
}

export function characters(text: string): string[] {
  return characterSpans(text).map((span) => span.term)
}

/**
 * Pinyin of each CJK bigram, in full and as initials (社保 → shebao, sb), so `shebao` or `sb` typed on a
 * Latin keyboard finds 社保. A lone character gives its full pinyin. `readings` holds one syllable per CJK
 * character of the text, in order: worked out when the text is written (pinyin-readings.ts), because the
 * pinyin dictionary is too big for the query path. Characters past the end of the readings get no pinyin.
 */
export function pinyinSpans(text: string, readings: readonly string[]): Span[] {
  let next = 0
  return segments(text)
    .filter((segment) => segment.kind === 'cjk')
    .flatMap((segment) => {
      const syllables = readings.slice(next, (next += segment.text.length))
      if (segment.text.length === 1) return syllables.map((term) => ({ term, start: segment.start, end: segment.start + 1 }))
      return syllables.slice(1).flatMap((second, i) => {
        const first = syllables[i]!
        const place = { start: segment.start + i, end: segment.start + i + 2 }
        return [
          { term: first + second, ...place },
          { term: first[0]! + second[0]!, ...place },
        ]
      })
    })
}

export function pinyinTerms(text: string, readings: readonly string[]): string[] {
  return pinyinSpans(text, readings).map((span) => span.term)
}

export function isCjk(term: string): boolean {
  return CJK.test(term)
}
