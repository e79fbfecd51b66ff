import { synonymSpans } from './synonyms'
import { characters, isCjk, normalize, tokenize, type Span } from './tokenizer'

/**
 * How a field is read into terms:
 *   text    CJK bigrams, Latin words and synonym-group terms — the main analyzer, always searched
 *   pinyin  pinyin terms the field's `extract` already worked out, space-separated (see `pinyinTerms`) —
 *           searched by Latin query words (shebao, sb)
 *   chars   single CJK characters — searched only by one-character query words
 *   name    text without synonym-group terms, for proper names: 人力资源和社会保障局 is who issued a policy,
 *           not a sign that it is about 社保, so it matches 社会保障 typed out but not 社保
 */
export type Analyzer = 'text' | 'pinyin' | 'chars' | 'name'

export const ANALYZE: Record<Analyzer, (text: string) => string[]> = {
  text: (text) => [...tokenize(text), ...synonymSpans(text).map((span) => span.term)],
  pinyin: (terms) => terms.split(' ').filter(Boolean),
  chars: characters,
  name: tokenize,
}

export type Mode = 'AND' | 'OR'

/** One term looked up in some fields; Latin words also by prefix and within `fuzzy` edits. */
export interface TermQuery {
  term: string
  fields: readonly string[]
  prefix: boolean
  /** Largest edit distance allowed; 0 for none. */
  fuzzy: number
}

export interface CombinedQuery {
  combineWith: Mode
  queries: QueryNode[]
}

/** A query as every engine receives it: the same terms, fields and AND/OR tree, whatever runs it. */
export type QueryNode = TermQuery | CombinedQuery

export const isTermQuery = (node: QueryNode): node is TermQuery => 'term' in node

/** The fields of each analyzer, as the query plan needs them. */
export interface PlanFields {
  /** text and name fields: every CJK word and Latin word */
  text: readonly string[]
  pinyin: readonly string[]
  chars: readonly string[]
}

export function planFields(analyzers: Record<string, Analyzer | undefined>): PlanFields {
  const names = (wanted: Analyzer) => Object.keys(analyzers).filter((name) => (analyzers[name] ?? 'text') === wanted)
  return { text: [...names('text'), ...names('name')], pinyin: names('pinyin'), chars: names('chars') }
}

/** Skips absent parts and does not nest a single query: every combination level costs a pass over its results. */
function combine(mode: Mode, parts: (QueryNode | undefined)[]): QueryNode | undefined {
  const queries = parts.filter((q): q is QueryNode => q !== undefined)
  return queries.length > 1 ? { combineWith: mode, queries } : queries[0]
}

/** The parts of `text` outside the spans. */
function gapsBetween(text: string, spans: readonly Span[]): string[] {
  const gaps: string[] = []
  let from = 0
  for (const span of spans) {
    gaps.push(text.slice(from, span.start))
    from = span.end
  }
  gaps.push(text.slice(from))
  return gaps.filter((gap) => gap.trim())
}

/** Latin words: prefix from 2 letters (sheb → shebao), one typo from 4 (shebo → shebao) — 0.2 of the length, rounded. */
const latinTerm = (term: string, fields: readonly string[]): TermQuery => ({
  term,
  fields,
  prefix: term.length >= 2,
  fuzzy: /^[a-z]+$/.test(term) && term.length >= 4 ? Math.round(term.length * 0.2) : 0,
})

const plainTerm = (term: string, fields: readonly string[]): TermQuery => ({ term, fields, prefix: false, fuzzy: 0 })

/** Terms → one query, each term on the fields its kind can match; all terms must match when strict. */
function termsQuery(terms: string[], mode: Mode, fields: PlanFields): QueryNode | undefined {
  const words = terms.filter((t) => isCjk(t) && t.length > 1)
  const singles = terms.filter((t) => isCjk(t) && t.length === 1)
  const latin = terms.filter((t) => !isCjk(t))
  const group = (queries: TermQuery[]) => (queries.length ? { combineWith: mode, queries } : undefined)
  return combine(mode, [
    group(words.map((t) => plainTerm(t, fields.text))),
    group(singles.map((t) => plainTerm(t, [...fields.text, ...fields.chars]))),
    group(latin.map((t) => latinTerm(t, [...fields.text, ...fields.pinyin]))),
  ])
}

/**
 * A word matches as typed (all its bigrams ≈ the phrase) or, when it names a synonym, through the group term
 * plus the rest of the word (社保卡 → ≈社保 and 卡). A word that is just a synonym is only its group term,
 * which every member's occurrence carries.
 */
function wordQuery(word: string, mode: Mode, fields: PlanFields): QueryNode | undefined {
  const groups = synonymSpans(word)
  if (!groups.length) return termsQuery(tokenize(word), mode, fields)
  const rest = gapsBetween(word, groups).flatMap(tokenize)
  const viaGroups = termsQuery([...groups.map((g) => g.term), ...rest], mode, fields)
  return rest.length ? combine('OR', [termsQuery(tokenize(word), mode, fields), viaGroups]) : viaGroups
}

/** The query for what was typed: every word must match in 'AND' mode, any in 'OR' mode. */
export function planQuery(query: string, mode: Mode, fields: PlanFields): QueryNode | undefined {
  const words = normalize(query).split(/\s+/).filter(Boolean)
  return combine(
    mode,
    words.map((word) => wordQuery(word, mode, fields)),
  )
}
