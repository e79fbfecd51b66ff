import type { Analyzer } from './query-plan'

export type { Analyzer } from './query-plan'

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

/**
 * A full-text index over documents of one kind with our Chinese analyzers (bigrams, synonyms, pinyin). Every
 * engine the bench compares implements it; the product uses `compactEngine` (compact-index.ts), chosen by
 * `npm run bench:search`.
 */
export interface SearchIndex<T> {
  addAll(docs: readonly T[]): void
  /** Adds the document, or replaces the one with its id: in place, without a rebuild. */
  put(doc: T): void
  /** false when there was no such document. */
  remove(id: string): boolean
  /**
   * Best first. Every word must match; if that finds nothing, any term may (typos in Chinese, long questions) —
   * in that fallback, only documents matching at least `minWords` of the query's words, when given.
   */
  search(query: string, options?: SearchOptions): SearchHit[]
  /** The whole index as bytes, for `SearchEngine.restore`. */
  snapshot(): Uint8Array
  readonly documentCount: number
}

export interface SearchOptions {
  /** In the any-word fallback, a document must match at least this many of the query's words. */
  minWords?: number
}

export interface SearchEngine {
  readonly name: string
  create<T>(options: SearchIndexOptions<T>): SearchIndex<T>
  /** An index equal to the one whose `snapshot()` gave these bytes, built with the same options. */
  restore<T>(options: SearchIndexOptions<T>, snapshot: Uint8Array): SearchIndex<T>
}
