import MiniSearch, { type Options, type Query } from 'minisearch'
import { ANALYZE, isTermQuery, planFields, planQuery, type Mode, type QueryNode, type TermQuery } from './query-plan'
import type { SearchEngine, SearchHit, SearchIndex, SearchIndexOptions } from './search-index'

/** A plan node as a MiniSearch query; sibling terms on the same fields stay one query, which MiniSearch runs in one pass. */
function toMiniQuery(node: QueryNode): Query {
  if (isTermQuery(node)) return toMiniQuery({ combineWith: 'OR', queries: [node] })
  const terms = node.queries.filter(isTermQuery)
  const sameFields = terms.length === node.queries.length && terms.every((t) => t.fields.join() === terms[0]!.fields.join())
  if (!sameFields) return { combineWith: node.combineWith, queries: node.queries.map(toMiniQuery) }
  const byTerm = new Map<string, TermQuery>(terms.map((t) => [t.term, t]))
  return {
    combineWith: node.combineWith,
    queries: terms.map((t) => t.term),
    fields: [...terms[0]!.fields],
    prefix: (term) => byTerm.get(term)?.prefix ?? false,
    fuzzy: (term) => byTerm.get(term)?.fuzzy || false,
  }
}

function miniOptions<T>(options: SearchIndexOptions<T>): Options<T> {
  const fieldNames = Object.keys(options.fields)
  return {
    idField: '__id',
    fields: fieldNames,
    extractField: (doc, name) => (name === '__id' ? options.idOf(doc) : options.fields[name]!.extract(doc)),
    tokenize: (text, name) => ANALYZE[(name && options.fields[name]?.analyzer) || 'text'](text),
    processTerm: (term) => term,
    searchOptions: {
      // Query strings are single terms the plan already analysed.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: Object.fromEntries(fieldNames.map((name) => [name, options.fields[name]!.boost ?? 1])),
    },
  }
}

function wrap<T>(mini: MiniSearch<T>, options: SearchIndexOptions<T>): SearchIndex<T> {
  const fields = planFields(Object.fromEntries(Object.entries(options.fields).map(([name, f]) => [name, f.analyzer])))
  const run = (query: string, mode: Mode) => {
    const plan = planQuery(query, mode, fields)
    // MiniSearch's results already carry id, score and terms: handed on as they are, with no copy per result.
    return plan ? (mini.search(toMiniQuery(plan)) as SearchHit[]) : []
  }
  return {
    addAll: (docs) => mini.addAll(docs),
    put(doc) {
      const id = options.idOf(doc)
      if (mini.has(id)) mini.replace(doc)
      else mini.add(doc)
    },
    remove(id) {
      if (!mini.has(id)) return false
      mini.discard(id)
      return true
    },
    search(query, { minWords = 1 } = {}) {
      const strict = run(query, 'AND')
      if (strict.length) return strict
      // MiniSearch scores every document first; the words matched are its query terms
      return run(query, 'OR').filter((hit) => (hit as SearchHit & { queryTerms: string[] }).queryTerms.length >= minWords)
    },
    snapshot: () => new TextEncoder().encode(JSON.stringify(mini)),
    get documentCount() {
      return mini.documentCount
    },
  }
}

/** MiniSearch (BM25+) as the product ran it before the compact index: the bench's reference. */
export const miniSearchEngine: SearchEngine = {
  name: 'MiniSearch',
  create: (options) => wrap(new MiniSearch(miniOptions(options)), options),
  restore: (options, snapshot) => wrap(MiniSearch.loadJSON(new TextDecoder().decode(snapshot), miniOptions(options)), options),
}
