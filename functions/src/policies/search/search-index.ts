import MiniSearch, { type Query, type SearchOptions } from 'minisearch'
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

export interface IndexedField<T> {
  extract(doc: T): string
  analyzer?: Analyzer
  /** Relative weight of a match in this field; 1 by default. */
  boost?: number
}

export interface SearchIndexOptions<T> {
  idOf(doc: T): string
  fields: Record<string, IndexedField<T>>
}

export interface SearchHit {
  id: string
  score: number
  /** Indexed terms that matched (after prefix, typo and synonym expansion), for highlighting. */
  terms: string[]
}

export interface SearchIndex<T> {
  addAll(docs: readonly T[]): void
  /** Best first. Every term must match; if that finds nothing, any term may (typos in Chinese, long questions). */
  search(query: string): SearchHit[]
  readonly documentCount: number
}

type Mode = 'AND' | 'OR'

const ANALYZE: Record<Analyzer, (text: string) => string[]> = {
  text: (text) => [...tokenize(text), ...synonymSpans(text).map((span) => span.term)],
  pinyin: (terms) => terms.split(' ').filter(Boolean),
  chars: characters,
  name: tokenize,
}

/** Skips absent parts and does not nest a single query: every combination level costs MiniSearch a pass over its results. */
function combine(mode: Mode, parts: (Query | undefined)[]): Query | undefined {
  const queries = parts.filter((q): q is Query => q !== undefined)
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

/** Latin words: prefix from 2 letters (sheb → shebao), one typo from 4 (shebo → shebao). */
const latinOptions: SearchOptions = {
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (/^[a-z]+$/.test(term) && term.length >= 4 ? 0.2 : false),
}

/**
 * A MiniSearch (BM25+) index with our Chinese analyzers. Generic over the document: the policy library uses it,
 * and so can anything else with Chinese text (the message board).
 */
export function createSearchIndex<T>(options: SearchIndexOptions<T>): SearchIndex<T> {
  const fieldNames = Object.keys(options.fields)
  const fieldOf = (name: string) => options.fields[name]!
  const namesWith = (analyzer: Analyzer) => fieldNames.filter((name) => (fieldOf(name).analyzer ?? 'text') === analyzer)
  const textFields = [...namesWith('text'), ...namesWith('name')]
  const pinyinFields = namesWith('pinyin')
  const charFields = namesWith('chars')

  const mini = new MiniSearch<T>({
    idField: '__id',
    fields: fieldNames,
    extractField: (doc, name) => (name === '__id' ? options.idOf(doc) : fieldOf(name).extract(doc)),
    tokenize: (text, name) => ANALYZE[(name && options.fields[name]?.analyzer) || 'text'](text),
    processTerm: (term) => term,
    searchOptions: {
      // Query strings below are single terms already analysed here.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: Object.fromEntries(fieldNames.map((name) => [name, fieldOf(name).boost ?? 1])),
    },
  })

  /** Terms → one query, each term on the fields its kind can match; all terms must match when strict. */
  function termsQuery(terms: string[], mode: Mode): Query | undefined {
    const words = terms.filter((t) => isCjk(t) && t.length > 1)
    const singles = terms.filter((t) => isCjk(t) && t.length === 1)
    const latin = terms.filter((t) => !isCjk(t))
    return combine(mode, [
      words.length ? { combineWith: mode, queries: words, fields: textFields } : undefined,
      singles.length ? { combineWith: mode, queries: singles, fields: [...textFields, ...charFields] } : undefined,
      latin.length ? { combineWith: mode, ...latinOptions, queries: latin, fields: [...textFields, ...pinyinFields] } : undefined,
    ])
  }

  /**
   * A word matches as typed (all its bigrams ≈ the phrase) or, when it names a synonym, through the group term
   * plus the rest of the word (社保卡 → ≈社保 and 卡). A word that is just a synonym is only its group term,
   * which every member's occurrence carries.
   */
  function wordQuery(word: string, mode: Mode): Query | undefined {
    const groups = synonymSpans(word)
    if (!groups.length) return termsQuery(tokenize(word), mode)
    const rest = gapsBetween(word, groups).flatMap(tokenize)
    const viaGroups = termsQuery([...groups.map((g) => g.term), ...rest], mode)
    return rest.length ? combine('OR', [termsQuery(tokenize(word), mode), viaGroups]) : viaGroups
  }

  const buildQuery = (words: string[], mode: Mode) =>
    combine(
      mode,
      words.map((word) => wordQuery(word, mode)),
    )

  return {
    addAll: (docs) => mini.addAll(docs),
    get documentCount() {
      return mini.documentCount
    },
    search(query) {
      const words = normalize(query).split(/\s+/).filter(Boolean)
      const run = (mode: Mode) => {
        const built = buildQuery(words, mode)
        // MiniSearch's results already carry id, score and terms: handed on as they are, with no copy per result.
        return built ? (mini.search(built) as SearchHit[]) : []
      }
      const strict = run('AND')
      return strict.length ? strict : run('OR')
    },
  }
}
