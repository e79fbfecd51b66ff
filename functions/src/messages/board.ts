import type { PublicBoardQuery, PublicMessage, SimilarMessage, SimilarMessagesQuery } from '@doorstep/shared'
import type { BoundCursors } from '../core/db/cursor'
// The policy search's tokens and synonyms also decide which messages are like the one being written.
import { isGroupTerm, synonymSpans } from '../policies/search/synonyms'
import { tokenize } from '../policies/search/tokenizer'
import { isOpen, type BoardEntry, type BoardSet } from './board-set'

/** At most this many similar messages are offered while typing. */
export const SIMILAR_MAX = 5
/**
 * Of those, up to this many places go to open messages that match at all, however many answered ones rank above them:
 * an open one is where the resident can say 我也有这个问题 instead of writing the same question again.
 */
export const SIMILAR_OPEN_PLACES = 2
/** A similar message must share at least this many distinct topic terms (bigrams, synonym groups) with what is typed. */
export const SIMILAR_MIN_TERMS = 3
/** At most this many terms of the typed text are searched. */
export const SIMILAR_QUERY_TERMS = 12

/** Bigrams nearly every question has: sharing them says nothing about sharing a topic. */
const QUESTION_BIGRAMS = new Set([
  '怎么',
  '如何',
  '请问',
  '什么',
  '可以',
  '需要',
  '一下',
  '问题',
  '咨询',
  '办理',
  '谢谢',
  '是否',
  '能否',
  '多久',
  '哪里',
  '我们',
  '我的',
  '你们',
  '这个',
  '现在',
  '已经',
  '还是',
  '怎样',
  '如果',
  '没有',
])

/**
 * The distinct topic terms among `terms`: question bigrams dropped, and a synonym group counted once (社保 and
 * its group term ≈社保 are one term).
 */
function topicTerms(terms: readonly string[], groupsOf: (term: string) => readonly string[] = groupTermsOf): Set<string> {
  const groups = terms.filter(isGroupTerm)
  const groupOf = (term: string) => (groups.length ? (groupsOf(term).find((group) => groups.includes(group)) ?? term) : term)
  return new Set(terms.filter((term) => !QUESTION_BIGRAMS.has(term)).map(groupOf))
}

/** The synonym groups a term belongs to. */
const groupTermsOf = (term: string) => synonymSpans(term).map((span) => span.term)

/** groupTermsOf, remembered for one lookup: the hits of a query share a handful of terms. */
function rememberedGroups(): (term: string) => readonly string[] {
  const known = new Map<string, readonly string[]>()
  return (term) => {
    let groups = known.get(term)
    if (!groups) known.set(term, (groups = groupTermsOf(term)))
    return groups
  }
}

/** A message reopened since the set last caught up is no longer an answer on the board. */
const answeredOnly = (messages: PublicMessage[]) => messages.filter((message) => !isOpen(message.status))

/** The public views of the messages among `ids` still on the board; the others are left out. */
export type BoardViews = (ids: readonly string[]) => Promise<PublicMessage[]>

/**
 * The public board and the similar-message search, from the public set a LiveIndex keeps in the warm Lambda
 * (board-set.ts): restored from its snapshot, caught up every BOARD_CACHE_SECONDS. The set orders and finds;
 * the messages a page shows are then read as they are now (one BatchGetItem), so their me-too counts are current
 * and a message that has left the board is not shown.
 */
export class PublicBoard {
  constructor(
    private readonly sets: { get(): Promise<BoardSet> },
    private readonly views: BoardViews,
  ) {}

  async list(query: PublicBoardQuery, cursors: BoundCursors): Promise<{ items: PublicMessage[]; nextCursor?: string }> {
    const board = await this.current()
    return query.q ? this.search(board, query, cursors) : this.newest(board, query, cursors)
  }

  async similar(query: SimilarMessagesQuery): Promise<{ items: SimilarMessage[] }> {
    const board = await this.current()
    const groupsOf = rememberedGroups()
    // the topic terms of what is typed, first ones first: a long text's every bigram would cost a pass over most of the index
    const typed = [...topicTerms(tokenize(query.text))].slice(0, SIMILAR_QUERY_TERMS)
    const wanted = Math.max(
      1,
      Math.min(SIMILAR_MIN_TERMS, topicTerms([...typed, ...synonymSpans(typed.join(' ')).map((span) => span.term)]).size),
    )
    // Best first, stopping once both kinds are filled: a hit's matched terms are worked out only as far as that.
    const open: BoardEntry[] = []
    const answered: BoardEntry[] = []
    const ranked: BoardEntry[] = []
    // documents sharing fewer words than `wanted` are not even scored
    for (const hit of board.index.search(typed.join(' '), { minWords: wanted })) {
      if (open.length >= SIMILAR_OPEN_PLACES && answered.length >= SIMILAR_MAX) break
      const entry = board.byId.get(hit.id)!
      if (query.category && entry.category !== query.category) continue
      const side = isOpen(entry.status) ? open : answered
      if (side.length >= (side === open ? SIMILAR_OPEN_PLACES : SIMILAR_MAX)) continue
      if (topicTerms(hit.terms, groupsOf).size < wanted) continue
      side.push(entry)
      ranked.push(entry)
    }
    const offered = new Set([...open, ...answered.slice(0, SIMILAR_MAX - open.length)])
    const items = (await this.read(ranked.filter((entry) => offered.has(entry)))).map((message) => ({
      ...message,
      open: isOpen(message.status),
    }))
    return { items }
  }

  /** Newest answer first; the cursor is the last item's answer time and id, so new answers never shift a page. */
  private async newest(board: BoardSet, query: PublicBoardQuery, cursors: BoundCursors) {
    const after = await cursors.open(query.cursor, ['at', 'id'])
    const matching = board.answered.filter((m) => !query.category || m.category === query.category)
    const start = after ? matching.findIndex((m) => `${m.answerAt}#${m.id}` < `${after.at}#${after.id}`) : 0
    const page = start < 0 ? [] : matching.slice(start, start + query.limit)
    const last = page.at(-1)
    const more = start >= 0 && start + query.limit < matching.length
    return {
      items: answeredOnly(await this.read(page)),
      nextCursor: more && last ? await cursors.seal({ at: last.answerAt!, id: last.id }) : undefined,
    }
  }

  /** Best match first; relevance has no stable key, so the cursor is an offset into the ranking. */
  private async search(board: BoardSet, query: PublicBoardQuery, cursors: BoundCursors) {
    const offset = await cursors.openOffset(query.cursor)
    const matching = board.index
      .search(query.q!)
      .map((hit) => board.byId.get(hit.id)!)
      .filter((m) => !isOpen(m.status) && (!query.category || m.category === query.category))
    const items = answeredOnly(await this.read(matching.slice(offset, offset + query.limit)))
    return { items, nextCursor: offset + query.limit < matching.length ? await cursors.seal({ offset: offset + query.limit }) : undefined }
  }

  private current(): Promise<BoardSet> {
    return this.sets.get()
  }

  /** The entries' messages as they are now, in the entries' order. */
  private async read(entries: readonly BoardEntry[]): Promise<PublicMessage[]> {
    if (!entries.length) return []
    const byId = new Map((await this.views(entries.map((entry) => entry.id))).map((message) => [message.id, message]))
    return entries.flatMap((entry) => byId.get(entry.id) ?? [])
  }
}
