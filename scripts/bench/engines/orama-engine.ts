import { components, count, create, getByID, insert, load, remove, save, search, update, type RawData, type Tokenizer } from '@orama/orama'
import { ANALYZE, type TermQuery } from '../../../functions/src/policies/search/query-plan'
import type { SearchEngine, SearchIndex, SearchIndexOptions } from '../../../functions/src/policies/search/search-index'
import { planSearch, TYPO_WEIGHT, type Matches } from './plan-search'

/**
 * Orama matches a term by prefix unless `exact`, and `exact` also filters hits by a case-sensitive `\b…\b`
 * regex on the stored text, which never matches between CJK characters. So every term looked up exactly (CJK
 * bigrams, group terms, one-letter words) is indexed with this end mark and queried with it: a prefix match on
 * "社保\u0003" can only be 社保 itself. Latin words of 2+ letters, looked up by prefix and typos, are indexed as they are.
 */
const END = '\u0003'
const byPrefix = (term: string) => term.length > 1 && /^[a-z0-9]+$/.test(term)
const indexed = (term: string) => (byPrefix(term) ? term : term + END)

/**
 * Orama calls the tokenizer with the property when indexing and without one for a query, which is already one
 * term. Repeats are kept (Orama's `allowDuplicates`): they are its only term frequency — deduplicated, every
 * term of a field scores alike, and 2 more relevance cases failed.
 */
function tokenizer<T>(options: SearchIndexOptions<T>): Tokenizer {
  return {
    language: 'english',
    normalizationCache: new Map(),
    tokenize: (raw, _language, prop) => (prop ? ANALYZE[options.fields[prop]?.analyzer ?? 'text'](raw).map(indexed) : [raw]),
  }
}

function newOrama<T>(options: SearchIndexOptions<T>) {
  if ('id' in options.fields) throw new Error('Orama keeps the document id in the "id" property')
  const schema = Object.fromEntries(Object.keys(options.fields).map((name) => [name, 'string' as const]))
  // Ranked by score only: without the sorter Orama keeps no sorted copy of every string property.
  return create({ schema, sort: { enabled: false }, components: { tokenizer: tokenizer(options) } })
}

/** No async hooks or components are configured, so Orama answers synchronously. */
function now<V>(value: V | Promise<V>): V {
  if (value instanceof Promise) throw new Error('Orama answered asynchronously')
  return value
}

type OramaIndex = ReturnType<typeof newOrama>

function wrap<T>(orama: OramaIndex, options: SearchIndexOptions<T>): SearchIndex<T> {
  const boost = Object.fromEntries(Object.entries(options.fields).map(([name, f]) => [name, f.boost ?? 1]))
  const record = (doc: T) => ({
    id: options.idOf(doc),
    ...Object.fromEntries(Object.entries(options.fields).map(([name, f]) => [name, f.extract(doc)])),
  })

  /** BM25 per property times its boost, summed over the words the term reached, for every matching document. */
  const scores = (query: TermQuery, tolerance: number) =>
    now(
      search(orama, {
        term: query.prefix ? query.term : query.term + END,
        properties: [...query.fields],
        boost,
        exact: false,
        tolerance,
        threshold: 1,
        limit: count(orama),
        // We have no vectors; without this Orama copies every hit and its document to strip them.
        includeVectors: true,
      }),
    ).hits

  /** Each document's words a prefix or typo lookup reached: Orama's results do not say, its radix trees do. */
  function reachedWords(query: TermQuery): Map<string, string[]> {
    const words = new Map<string, string[]>()
    for (const name of query.fields) {
      const tree = orama.data.index.indexes[name]
      if (tree?.type !== 'Radix') continue
      const found = tree.node.find({ term: query.term, exact: false, tolerance: query.fuzzy })
      for (const [word, internalIds] of Object.entries(found)) {
        for (const internalId of internalIds) {
          const id = components.internalDocumentIDStore.getDocumentIdFromInternalId(orama.internalDocumentIDStore, internalId)
          const list = words.get(id)
          if (!list) words.set(id, [word])
          else if (!list.includes(word)) list.push(word)
        }
      }
    }
    return words
  }

  /** One Orama search per leaf; with typos allowed, one more without, so that typo-only words count TYPO_WEIGHT. */
  function leaf(query: TermQuery): Matches {
    const words = query.prefix ? reachedWords(query) : undefined
    const terms = [query.term]
    const out: Matches = new Map()
    const add = (weight: number, tolerance: number) => {
      for (const hit of scores(query, tolerance)) {
        const seen = out.get(hit.id)
        if (seen) seen.score += weight * hit.score
        else out.set(hit.id, { score: weight * hit.score, terms: words?.get(hit.id) ?? terms })
      }
    }
    // With typos Orama returns the prefix matches too: those add up to a weight of 1.
    if (query.fuzzy) add(1 - TYPO_WEIGHT, 0)
    add(query.fuzzy ? TYPO_WEIGHT : 1, query.fuzzy)
    return out
  }

  return {
    addAll: (docs) => docs.forEach((doc) => now(insert(orama, record(doc)))),
    put(doc) {
      const fields = record(doc)
      if (getByID(orama, fields.id)) now(update(orama, fields.id, fields))
      else now(insert(orama, fields))
    },
    remove: (id) => now(remove(orama, id)),
    search: planSearch(options, leaf),
    snapshot: () => new TextEncoder().encode(JSON.stringify(save(orama))),
    get documentCount() {
      return count(orama)
    },
  }
}

/** Orama 3 (BM25 over radix trees), fed our terms by a custom tokenizer. */
export const oramaEngine: SearchEngine = {
  name: 'Orama',
  create: (options) => wrap(newOrama(options), options),
  restore(options, snapshot) {
    const orama = newOrama(options)
    load(orama, JSON.parse(new TextDecoder().decode(snapshot)) as RawData)
    return wrap(orama, options)
  },
}
