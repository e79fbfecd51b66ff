import { Index } from 'flexsearch'
import { ANALYZE, type TermQuery } from '../../../functions/src/policies/search/query-plan'
import type { SearchEngine, SearchIndex, SearchIndexOptions } from '../../../functions/src/policies/search/search-index'
import { planSearch, TYPO_WEIGHT, type Matches } from './plan-search'

/**
 * Our analysed terms reach FlexSearch joined by a newline (no term contains one) and its encoder only splits
 * them again: it indexes exactly ANALYZE's terms, and a query term, which has no newline, stays one term.
 */
const SEPARATOR = '\n'
const splitTerms = (content: string) => content.split(SEPARATOR)
const asIs = (term: string) => [term]

/** Latin words and digits: the only terms queried by prefix or with typos, so the only ones in the vocabularies. */
const isLatinWord = (term: string) => term.length > 1 && /^[a-z0-9]+$/.test(term)

/**
 * FlexSearch scores by where in a field a term first occurs, in this many slots (its default; 3 and 20 ranked
 * the relevance set the same and were no faster at 10,000 policies).
 */
const RESOLUTION = 9
const ALL = Number.MAX_SAFE_INTEGER

interface Parts {
  fields: Map<string, Index>
  /** Latin vocabulary, every prefix indexed ('forward'), the term as id: a prefix search gives the full terms. */
  prefixes: Index
  /** The same with FlexSearch's typo variants ('tolerant': one letter dropped or two neighbours swapped). */
  typos: Index
  /** Document ids by FlexSearch id: small integers, as FlexSearch advises, keep the index and its export small. */
  ids: (string | null)[]
}

function parts<T>(options: SearchIndexOptions<T>): Parts {
  // No `fastupdate`: its register is not exported, so a restored index would not have it anyway; edits then cost
  // a pass over the field's terms (≈13 ms at 10,000 policies, against ≈1 ms and +25% memory with it).
  const field = () => new Index({ tokenize: 'strict', encode: splitTerms, resolution: RESOLUTION })
  return {
    fields: new Map(Object.keys(options.fields).map((name) => [name, field()])),
    prefixes: new Index({ tokenize: 'forward', encode: asIs, resolution: 1 }),
    typos: new Index({ tokenize: 'tolerant', encode: asIs, resolution: 1 }),
    ids: [],
  }
}

function wrap<T>(flex: Parts, options: SearchIndexOptions<T>): SearchIndex<T> {
  const boosts = new Map(Object.entries(options.fields).map(([name, f]) => [name, f.boost ?? 1]))
  const numbers = new Map<string, number>()
  flex.ids.forEach((id, n) => id !== null && numbers.set(id, n))

  /** The indexed terms a leaf stands for, with their weight: itself, or what the vocabularies find. */
  function expand(leaf: TermQuery): Map<string, number> {
    if (!leaf.prefix && !leaf.fuzzy) return new Map([[leaf.term, 1]])
    const found = new Map<string, number>()
    if (leaf.fuzzy) for (const term of flex.typos.search(leaf.term, { limit: ALL })) found.set(term as string, TYPO_WEIGHT)
    if (leaf.prefix) for (const term of flex.prefixes.search(leaf.term, { limit: ALL })) found.set(term as string, 1)
    else found.set(leaf.term, 1)
    return found
  }

  /** One FlexSearch lookup per term and field; the slot it returns a document in (0 best) makes the score. */
  function leaf(query: TermQuery): Matches {
    const out: Matches = new Map()
    for (const [term, weight] of expand(query)) {
      const terms = [term]
      for (const name of query.fields) {
        const slots = flex.fields.get(name)!.search(term, { resolve: false }).result
        const boost = weight * boosts.get(name)!
        for (let slot = 0; slot < slots.length; slot++) {
          const score = (boost * (RESOLUTION - slot)) / RESOLUTION
          for (const n of slots[slot] ?? []) {
            const id = flex.ids[n as number]!
            const seen = out.get(id)
            if (!seen) out.set(id, { score, terms })
            else {
              seen.score += score
              if (!seen.terms.includes(term)) seen.terms = [...seen.terms, term]
            }
          }
        }
      }
    }
    return out
  }

  function put(doc: T) {
    const id = options.idOf(doc)
    let n = numbers.get(id)
    if (n === undefined) numbers.set(id, (n = flex.ids.push(id) - 1))
    for (const [name, field] of Object.entries(options.fields)) {
      const terms = ANALYZE[field.analyzer ?? 'text'](field.extract(doc))
      for (const term of terms) {
        if (!isLatinWord(term) || flex.prefixes.contain(term)) continue
        flex.prefixes.add(term, term)
        flex.typos.add(term, term)
      }
      // Replaces the document's terms in this field, or adds them.
      flex.fields.get(name)!.update(n, terms.join(SEPARATOR))
    }
  }

  const exported = (index: Index) => {
    const chunks: [string, string][] = []
    index.export((key: string, data: string) => void chunks.push([key, data]))
    return chunks
  }

  return {
    addAll: (docs) => docs.forEach(put),
    put,
    remove(id) {
      const n = numbers.get(id)
      if (n === undefined) return false
      for (const field of flex.fields.values()) field.remove(n)
      // The number is not reused; vocabulary terms stay (one no longer indexed just finds nothing).
      numbers.delete(id)
      flex.ids[n] = null
      return true
    },
    search: planSearch(options, leaf),
    snapshot() {
      const snapshot: Snapshot = {
        ids: flex.ids,
        fields: Object.fromEntries([...flex.fields].map(([name, index]) => [name, exported(index)])),
        prefixes: exported(flex.prefixes),
        typos: exported(flex.typos),
      }
      return new TextEncoder().encode(JSON.stringify(snapshot))
    },
    get documentCount() {
      return numbers.size
    },
  }
}

/** Each index as FlexSearch's `export` gave it, key and data. */
interface Snapshot {
  ids: (string | null)[]
  fields: Record<string, [string, string][]>
  prefixes: [string, string][]
  typos: [string, string][]
}

/** FlexSearch 0.8: one strict Index per field, plus Latin vocabularies for prefixes and typos. */
export const flexSearchEngine: SearchEngine = {
  name: 'FlexSearch',
  create: (options) => wrap(parts(options), options),
  restore(options, bytes) {
    const snapshot = JSON.parse(new TextDecoder().decode(bytes)) as Snapshot
    const flex = parts(options)
    const load = (index: Index, chunks: [string, string][] = []) => chunks.forEach(([key, data]) => index.import(key, data))
    for (const [name, index] of flex.fields) load(index, snapshot.fields[name])
    load(flex.prefixes, snapshot.prefixes)
    load(flex.typos, snapshot.typos)
    flex.ids = snapshot.ids
    return wrap(flex, options)
  },
}
