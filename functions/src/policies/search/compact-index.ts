import SearchableMap from 'minisearch/SearchableMap'
import { ANALYZE, isTermQuery, planFields, planQuery, type Mode, type QueryNode, type TermQuery } from './query-plan'
import type { SearchEngine, SearchHit, SearchIndex, SearchIndexOptions, SearchOptions } from './search-index'
import { isCjk } from './tokenizer'

/*
 * Postings are packed one Int32 each: doc << 11 | field << 8 | term frequency (capped at 255). A term's list is
 * sorted by doc, because a document only ever gets a new, higher number (`put` of a known id is remove + add),
 * so membership is a binary search and an edit never rebuilds the index.
 */
const DOC_SHIFT = 2048
const FIELD_SHIFT = 256
const MAX_FIELDS = 8
const MAX_TF = 255
/** Doc numbers are renumbered before they outgrow the packing (2^31 / 2^11). */
const MAX_DOC = 2 ** 20 - 1

/** BM25+ as MiniSearch scores it (k, b, d and the prefix and typo weights), so ranking did not change with the engine. */
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** Format of `snapshot()`; a snapshot of another format is refused, and the caller builds instead. */
export const COMPACT_SNAPSHOT_FORMAT = 2

interface Derived {
  no: number
  term: string
  weight: number
}

/** A leaf with what its term expands to (itself, prefixes, typos), and which fields it may match in. */
interface Leaf {
  query: TermQuery
  derived: Derived[]
  fieldMask: number
  /** Postings it may touch: the estimate that puts the rarest part of an AND first. */
  cost: number
  /** Bit of its query term, for MiniSearch's "more distinct query terms matched ranks higher". */
  termBit: number
  /** Its own bit among the query's leaves (the first 31), for the hit's matched terms. */
  leafBit: number
}

interface Evaluated {
  /** Per candidate: its score, or −1 when it does not match. */
  scores: Float64Array
  bits: Int32Array
  leaves: Int32Array
}

type Plan = { leaf: Leaf } | { combineWith: Mode; children: Plan[]; cost: number }

interface Header {
  format: number
  fields: string[]
  ids: (string | null)[]
  terms: string[]
  lengths: number[]
}

/** A growable Int32Array with its used length. */
class IntList {
  constructor(
    public a: Int32Array,
    public n: number,
  ) {}

  push(value: number) {
    if (this.n === this.a.length) {
      const grown = new Int32Array(Math.max(4, this.a.length * 2))
      grown.set(this.a)
      this.a = grown
    }
    this.a[this.n++] = value
  }
}

/** First position in list[0, n) whose doc is ≥ doc. */
function lowerBound(a: Int32Array, n: number, doc: number): number {
  const key = doc * DOC_SHIFT
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

const bm25 = (tf: number, df: number, total: number, length: number, avgLength: number) =>
  Math.log(1 + (total - df + 0.5) / (df + 0.5)) * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avgLength)))

/**
 * A compact inverted index with our analyzers: the postings of 10,000 policies in ~9 MB of Int32Arrays. A query
 * runs rarest part first: an AND takes its cheapest part's documents as the candidates and only checks the
 * others for those (binary search), so a common term costs nothing when a rare one is present; only candidates
 * that match the whole query are scored.
 */
class CompactIndex<T> implements SearchIndex<T> {
  private readonly fieldNames: string[]
  private readonly boosts: number[]
  private readonly analyzers: ((text: string) => string[])[]
  private readonly plan: ReturnType<typeof planFields>
  private ids: (string | undefined)[] = []
  private docOf = new Map<string, number>()
  private termNo = new Map<string, number>()
  private terms: string[] = []
  private lists: IntList[] = []
  /** Documents per term and field: termNo * fields + field. */
  private df = new IntList(new Int32Array(0), 0)
  /** Tokens per document and field: doc * fields + field. */
  private lengths = new IntList(new Int32Array(0), 0)
  private totalLength: number[]
  /** Terms that are not CJK, for prefix and typo lookups of Latin words (pinyin); built on the first such lookup. */
  private latinTerms?: SearchableMap<number>
  private live = 0

  constructor(private readonly options: SearchIndexOptions<T>) {
    this.fieldNames = Object.keys(options.fields)
    if (this.fieldNames.length > MAX_FIELDS) throw new Error(`at most ${MAX_FIELDS} fields`)
    this.boosts = this.fieldNames.map((name) => options.fields[name]!.boost ?? 1)
    this.analyzers = this.fieldNames.map((name) => ANALYZE[options.fields[name]!.analyzer ?? 'text'])
    this.plan = planFields(Object.fromEntries(this.fieldNames.map((name) => [name, options.fields[name]!.analyzer])))
    this.totalLength = this.fieldNames.map(() => 0)
  }

  /** Fills an empty index from a snapshot (see `snapshot`). */
  restoreFrom(header: Header, input: VarintReader) {
    this.load(header, input)
  }

  get documentCount() {
    return this.live
  }

  addAll(docs: readonly T[]) {
    for (const doc of docs) this.put(doc)
  }

  put(doc: T) {
    const id = this.options.idOf(doc)
    this.remove(id)
    if (this.ids.length > MAX_DOC) this.renumber()
    const no = this.ids.length
    this.ids.push(id)
    this.docOf.set(id, no)
    this.live++
    const F = this.fieldNames.length
    for (let f = 0; f < F; f++) {
      const tokens = this.analyzers[f]!(this.options.fields[this.fieldNames[f]!]!.extract(doc))
      const counts = new Map<string, number>()
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
      // a field's length is its distinct terms, as MiniSearch counts it for BM25
      this.lengths.push(counts.size)
      this.totalLength[f]! += counts.size
      for (const [term, tf] of counts) {
        const t = this.internTerm(term)
        this.lists[t]!.push(no * DOC_SHIFT + f * FIELD_SHIFT + Math.min(tf, MAX_TF))
        this.df.a[t * F + f]!++
      }
    }
  }

  remove(id: string): boolean {
    const no = this.docOf.get(id)
    if (no === undefined) return false
    const F = this.fieldNames.length
    // A binary search per term finds the document's entries: about a millisecond for 15,000 terms, no per-document term list kept.
    for (let t = 0; t < this.lists.length; t++) {
      const list = this.lists[t]!
      const at = lowerBound(list.a, list.n, no)
      let end = at
      while (end < list.n && Math.floor(list.a[end]! / DOC_SHIFT) === no) {
        this.df.a[t * F + ((list.a[end]! % DOC_SHIFT) >> 8)]!--
        end++
      }
      if (end > at) {
        list.a.copyWithin(at, end, list.n)
        list.n -= end - at
      }
    }
    for (let f = 0; f < F; f++) {
      this.totalLength[f]! -= this.lengths.a[no * F + f]!
      this.lengths.a[no * F + f] = 0
    }
    this.ids[no] = undefined
    this.docOf.delete(id)
    this.live--
    return true
  }

  search(query: string, { minWords = 1 }: SearchOptions = {}): SearchHit[] {
    const strict = this.run(query, 'AND', 1)
    return strict.length ? strict : this.run(query, 'OR', minWords)
  }

  /**
   * Header (JSON: fields, ids, terms, list lengths) then the postings as varints: per term, each entry as the gap
   * to the previous doc, then tf * 8 + field — about two bytes an entry instead of four. Document frequencies
   * are recounted on restore; field lengths follow the postings.
   */
  snapshot(): Uint8Array {
    this.renumber()
    const header: Header = {
      format: COMPACT_SNAPSHOT_FORMAT,
      fields: this.fieldNames,
      ids: this.ids.map((id) => id ?? null),
      terms: this.terms,
      lengths: this.lists.map((list) => list.n),
    }
    const json = new TextEncoder().encode(JSON.stringify(header))
    const out = new VarintWriter(json.length + 4 + this.lists.reduce((sum, list) => sum + list.n, 0) * 3 + this.lengths.n * 2)
    out.u32(json.length)
    out.bytes(json)
    for (const list of this.lists) {
      let previous = 0
      for (let i = 0; i < list.n; i++) {
        const entry = list.a[i]!
        const doc = Math.floor(entry / DOC_SHIFT)
        out.varint(doc - previous)
        out.varint((entry % FIELD_SHIFT) * MAX_FIELDS + ((entry % DOC_SHIFT) >> 8))
        previous = doc
      }
    }
    for (let i = 0; i < this.lengths.n; i++) out.varint(this.lengths.a[i]!)
    return out.result()
  }

  private load(header: Header, input: VarintReader) {
    const F = this.fieldNames.length
    const bytes = input.bytes
    this.terms = header.terms
    const total = header.lengths.reduce((sum, n) => sum + n, 0)
    // One buffer for every list; a list is copied out when an edit first grows it.
    const data = new Int32Array(total)
    this.df = new IntList(new Int32Array(this.terms.length * F), this.terms.length * F)
    let at = 0
    this.lists = header.lengths.map((n, t) => {
      let doc = 0
      for (let i = 0; i < n; i++) {
        // most gaps and codes are one byte: read inline, the rest through varint()
        const gapByte = bytes[input.at]!
        if (gapByte < 0x80) {
          input.at++
          doc += gapByte
        } else doc += input.varint()
        const codeByte = bytes[input.at]!
        let code = codeByte
        if (codeByte < 0x80) input.at++
        else code = input.varint()
        const field = code % MAX_FIELDS
        data[at + i] = doc * DOC_SHIFT + field * FIELD_SHIFT + Math.floor(code / MAX_FIELDS)
        this.df.a[t * F + field]!++
      }
      const list = new IntList(data.subarray(at, at + n), n)
      at += n
      return list
    })
    this.terms.forEach((term, t) => this.termNo.set(term, t))
    const lengths = new Int32Array(header.ids.length * F)
    for (let i = 0; i < lengths.length; i++) lengths[i] = input.varint()
    this.lengths = new IntList(lengths, lengths.length)
    this.ids = header.ids.map((id) => id ?? undefined)
    this.ids.forEach((id, no) => {
      if (id === undefined) return
      this.docOf.set(id, no)
      this.live++
      for (let f = 0; f < F; f++) this.totalLength[f]! += this.lengths.a[no * F + f]!
    })
  }

  private internTerm(term: string): number {
    let t = this.termNo.get(term)
    if (t === undefined) {
      t = this.terms.length
      this.terms.push(term)
      this.termNo.set(term, t)
      this.lists.push(new IntList(new Int32Array(4), 0))
      for (let f = 0; f < this.fieldNames.length; f++) this.df.push(0)
      if (!isCjk(term)) this.latinTerms?.set(term, t)
    }
    return t
  }

  private latin(): SearchableMap<number> {
    if (!this.latinTerms) {
      this.latinTerms = new SearchableMap<number>()
      this.terms.forEach((term, t) => {
        if (!isCjk(term)) this.latinTerms!.set(term, t)
      })
    }
    return this.latinTerms
  }

  /** Gives documents consecutive numbers again: after many edits, and in every snapshot. */
  private renumber() {
    if (this.live === this.ids.length) return
    const F = this.fieldNames.length
    const newNo = new Int32Array(this.ids.length).fill(-1)
    const ids: string[] = []
    const lengths = new IntList(new Int32Array(this.live * F), 0)
    this.ids.forEach((id, no) => {
      if (id === undefined) return
      newNo[no] = ids.length
      ids.push(id)
      for (let f = 0; f < F; f++) lengths.push(this.lengths.a[no * F + f]!)
    })
    for (const list of this.lists) {
      for (let i = 0; i < list.n; i++) {
        const entry = list.a[i]!
        list.a[i] = newNo[Math.floor(entry / DOC_SHIFT)]! * DOC_SHIFT + (entry % DOC_SHIFT)
      }
    }
    this.ids = ids
    this.docOf = new Map(ids.map((id, no) => [id, no]))
    this.lengths = lengths
  }

  private leaf(query: TermQuery, termBit: number, leafBit: number): Leaf {
    const derived: Derived[] = []
    const exact = this.termNo.get(query.term)
    if (exact !== undefined) derived.push({ no: exact, term: query.term, weight: 1 })
    const seen = new Set<string>([query.term])
    if (query.prefix) {
      for (const [term, no] of this.latin().atPrefix(query.term)) {
        if (seen.has(term)) continue
        seen.add(term)
        derived.push({ no, term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - query.term.length)) })
      }
    }
    if (query.fuzzy) {
      for (const [term, [no, distance]] of this.latin().fuzzyGet(query.term, query.fuzzy)) {
        if (seen.has(term)) continue
        seen.add(term)
        derived.push({ no, term, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) })
      }
    }
    let fieldMask = 0
    for (const name of query.fields) fieldMask |= 1 << this.fieldNames.indexOf(name)
    const cost = derived.reduce((sum, d) => sum + this.lists[d.no]!.n, 0)
    return { query, derived, fieldMask, cost, termBit, leafBit }
  }

  private compile(node: QueryNode, bits: Map<string, number>, leaves: Leaf[]): Plan {
    if (isTermQuery(node)) {
      if (!bits.has(node.term)) bits.set(node.term, 1 << Math.min(bits.size, 30))
      const leaf = this.leaf(node, bits.get(node.term)!, leaves.length < 31 ? 1 << leaves.length : 0)
      leaves.push(leaf)
      return { leaf }
    }
    const children = node.queries.map((child) => this.compile(child, bits, leaves))
    const costs = children.map(costOf)
    const cost = node.combineWith === 'AND' ? Math.min(...costs) : costs.reduce((a, b) => a + b, 0)
    // cheapest first: an AND's candidates come from its first part
    if (node.combineWith === 'AND') children.sort((a, b) => costOf(a) - costOf(b))
    return { combineWith: node.combineWith, children, cost }
  }

  /** Whether the doc has one of the leaf's terms in one of its fields. */
  private leafHas(leaf: Leaf, doc: number): boolean {
    for (const { no } of leaf.derived) {
      const list = this.lists[no]!
      for (let i = lowerBound(list.a, list.n, doc); i < list.n && Math.floor(list.a[i]! / DOC_SHIFT) === doc; i++) {
        if (leaf.fieldMask & (1 << ((list.a[i]! % DOC_SHIFT) >> 8))) return true
      }
    }
    return false
  }

  private has(plan: Plan, doc: number): boolean {
    if ('leaf' in plan) return this.leafHas(plan.leaf, doc)
    return plan.combineWith === 'AND' ? plan.children.every((c) => this.has(c, doc)) : plan.children.some((c) => this.has(c, doc))
  }

  /** The plan's documents, ascending. */
  private candidates(plan: Plan): number[] {
    if ('leaf' in plan) {
      const { derived, fieldMask } = plan.leaf
      if (derived.length === 1) {
        // one sorted list: a document's entries are adjacent, so dropping repeats is enough
        const list = this.lists[derived[0]!.no]!
        const docs: number[] = []
        for (let i = 0; i < list.n; i++) {
          const entry = list.a[i]!
          if (!(fieldMask & (1 << ((entry % DOC_SHIFT) >> 8)))) continue
          const doc = Math.floor(entry / DOC_SHIFT)
          if (docs[docs.length - 1] !== doc) docs.push(doc)
        }
        return docs
      }
      const marks = new Uint8Array(this.ids.length)
      for (const { no } of derived) {
        const list = this.lists[no]!
        for (let i = 0; i < list.n; i++) {
          const entry = list.a[i]!
          if (fieldMask & (1 << ((entry % DOC_SHIFT) >> 8))) marks[Math.floor(entry / DOC_SHIFT)] = 1
        }
      }
      return marked(marks)
    }
    if (plan.combineWith === 'AND') {
      const [first, ...rest] = plan.children
      return this.candidates(first!).filter((doc) => rest.every((c) => this.has(c, doc)))
    }
    const marks = new Uint8Array(this.ids.length)
    for (const child of plan.children) for (const doc of this.candidates(child)) marks[doc] = 1
    return marked(marks)
  }

  /**
   * The documents matching at least `count` of the parts (the query's words), ascending: counted over the parts'
   * postings before anything is scored, so a long text's common words do not score most of the index.
   */
  private matchingAtLeast(parts: readonly Plan[], count: number): number[] {
    const matched = new Uint8Array(this.ids.length)
    for (const part of parts) for (const doc of this.candidates(part)) matched[doc] = matched[doc]! + 1
    const docs: number[] = []
    for (let doc = 0; doc < matched.length; doc++) if (matched[doc]! >= count) docs.push(doc)
    return docs
  }

  /** Each candidate's score for the leaf (−1 when it does not match), the leaf's lists walked once alongside the candidates. */
  private leafScores(leaf: Leaf, docs: readonly number[]): Float64Array {
    const scores = new Float64Array(docs.length).fill(-1)
    const F = this.fieldNames.length
    for (const { no, weight } of leaf.derived) {
      const list = this.lists[no]!
      let i = 0
      for (let c = 0; c < docs.length; c++) {
        const doc = docs[c]!
        // gallop when the candidates are few next to the list
        i = docs.length * 16 < list.n ? lowerBound(list.a, list.n, doc) : advance(list, i, doc)
        for (; i < list.n && Math.floor(list.a[i]! / DOC_SHIFT) === doc; i++) {
          const entry = list.a[i]!
          const f = (entry % DOC_SHIFT) >> 8
          if (!(leaf.fieldMask & (1 << f))) continue
          const tf = entry % FIELD_SHIFT
          const s =
            weight *
            this.boosts[f]! *
            bm25(tf, this.df.a[no * F + f]!, this.live, this.lengths.a[doc * F + f]!, this.totalLength[f]! / this.live)
          scores[c] = scores[c]! < 0 ? s : scores[c]! + s
        }
      }
    }
    return scores
  }

  /**
   * Scores, matched query-term bits and matched-leaf bits of a plan node over the candidates, combined as
   * MiniSearch combines results: a part that does not match contributes neither score nor terms.
   */
  private evaluate(plan: Plan, docs: readonly number[]): Evaluated {
    if ('leaf' in plan) {
      const scores = this.leafScores(plan.leaf, docs)
      const bits = new Int32Array(docs.length)
      const leaves = new Int32Array(docs.length)
      for (let c = 0; c < docs.length; c++) {
        if (scores[c]! < 0) continue
        bits[c] = plan.leaf.termBit
        leaves[c] = plan.leaf.leafBit
      }
      return { scores, bits, leaves }
    }
    const parts = plan.children.map((child) => this.evaluate(child, docs))
    const all = plan.combineWith === 'AND'
    const scores = new Float64Array(docs.length).fill(all ? 0 : -1)
    const bits = new Int32Array(docs.length)
    const leaves = new Int32Array(docs.length)
    for (let c = 0; c < docs.length; c++) {
      for (const part of parts) {
        const s = part.scores[c]!
        if (s < 0) {
          if (all) {
            scores[c] = -1
            break
          }
          continue
        }
        scores[c] = scores[c]! < 0 ? s : scores[c]! + s
        bits[c]! |= part.bits[c]!
        leaves[c]! |= part.leaves[c]!
      }
      if (scores[c]! < 0) bits[c] = leaves[c] = 0
    }
    return { scores, bits, leaves }
  }

  private run(query: string, mode: Mode, minWords: number): SearchHit[] {
    const node = planQuery(query, mode, this.plan)
    if (!node || this.live === 0) return []
    const leaves: Leaf[] = []
    const plan = this.compile(node, new Map(), leaves)
    const docs =
      minWords > 1 && !('leaf' in plan) && plan.combineWith === 'OR' ? this.matchingAtLeast(plan.children, minWords) : this.candidates(plan)
    const { scores, bits, leaves: matchedLeaves } = this.evaluate(plan, docs)
    const hits: CompactHit[] = []
    for (let c = 0; c < docs.length; c++) {
      if (scores[c]! >= 0)
        hits.push(new CompactHit(this.ids[docs[c]!]!, scores[c]! * popcount(bits[c]!), docs[c]!, matchedLeaves[c]!, leaves, this))
    }
    return hits.sort((a, b) => b.score - a.score)
  }

  /** The matched terms of a hit: a leaf's one term when it matched, each of its prefix or typo terms looked up. */
  matchedTerms(doc: number, matchedLeaves: number, leaves: readonly Leaf[]): string[] {
    const found = new Set<string>()
    for (const leaf of leaves) {
      // a leaf past the first 31 has no bit: looked up
      if (leaf.leafBit && !(matchedLeaves & leaf.leafBit)) continue
      if (leaf.leafBit && leaf.derived.length === 1) {
        found.add(leaf.derived[0]!.term)
        continue
      }
      for (const derived of leaf.derived) {
        if (this.leafHas({ ...leaf, derived: [derived] }, doc)) found.add(derived.term)
      }
    }
    return [...found]
  }
}

/** A hit whose matched terms are worked out only if read: a page shows 20 hits of thousands. */
class CompactHit implements SearchHit {
  private matched?: string[]

  constructor(
    readonly id: string,
    readonly score: number,
    private readonly doc: number,
    private readonly matchedLeaves: number,
    private readonly leaves: readonly Leaf[],
    private readonly index: { matchedTerms(doc: number, matchedLeaves: number, leaves: readonly Leaf[]): string[] },
  ) {}

  get terms(): string[] {
    this.matched ??= this.index.matchedTerms(this.doc, this.matchedLeaves, this.leaves)
    return this.matched
  }
}

/** The positions set in `marks`, ascending. */
function marked(marks: Uint8Array): number[] {
  const docs: number[] = []
  for (let doc = 0; doc < marks.length; doc++) if (marks[doc]) docs.push(doc)
  return docs
}

/** Moves i forward to the first entry of a doc ≥ doc. */
function advance(list: IntList, from: number, doc: number): number {
  const key = doc * DOC_SHIFT
  let i = from
  while (i < list.n && list.a[i]! < key) i++
  return i
}

const costOf = (plan: Plan) => ('leaf' in plan ? plan.leaf.cost : plan.cost)

function popcount(bits: number): number {
  let count = 0
  for (let b = bits; b; b &= b - 1) count++
  return count || 1
}

/** Unsigned LEB128 varints into a growing byte buffer. */
class VarintWriter {
  private buffer: Uint8Array
  private at = 0

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(16, capacity))
  }

  varint(value: number) {
    this.reserve(5)
    let v = value
    while (v >= 0x80) {
      this.buffer[this.at++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buffer[this.at++] = v
  }

  u32(value: number) {
    this.reserve(4)
    new DataView(this.buffer.buffer).setUint32(this.at, value, true)
    this.at += 4
  }

  bytes(bytes: Uint8Array) {
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.at)
    this.at += bytes.length
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.at)
  }

  private reserve(more: number) {
    if (this.at + more <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + more))
    grown.set(this.buffer)
    this.buffer = grown
  }
}

class VarintReader {
  at = 0

  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0
    let shift = 0
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('snapshot ends inside a number')
      const byte = this.bytes[this.at++]!
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
      shift += 7
    }
  }
}

function restore<T>(options: SearchIndexOptions<T>, snapshot: Uint8Array): SearchIndex<T> {
  const headerLength = new DataView(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength).getUint32(0, true)
  const header = JSON.parse(new TextDecoder().decode(snapshot.subarray(4, 4 + headerLength))) as Header
  if (header.format !== COMPACT_SNAPSHOT_FORMAT) throw new Error(`snapshot format ${header.format}, expected ${COMPACT_SNAPSHOT_FORMAT}`)
  if (header.fields.join() !== Object.keys(options.fields).join()) throw new Error('snapshot of other fields')
  const input = new VarintReader(snapshot)
  input.at = 4 + headerLength
  const index = new CompactIndex(options)
  index.restoreFrom(header, input)
  return index
}

/** The compact index: the engine the product runs (see search-engine.ts). */
export const compactEngine: SearchEngine = {
  name: 'compact index (rarest first)',
  create: (options) => new CompactIndex(options),
  restore,
}
