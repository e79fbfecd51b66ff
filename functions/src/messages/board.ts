import {
  BOARD_OPEN_STATUSES,
  type MessageStatus,
  type PublicBoardQuery,
  type PublicMessage,
  type SimilarMessage,
  type SimilarMessagesQuery,
} from '@doorstep/shared'
import type { BoundCursors } from '../core/db/cursor'
// The policy search engine (tokens, synonyms, ranking) also finds messages like the one being written.
import { createSearchIndex, type SearchIndex } from '../policies/search/search-index'
import { isGroupTerm, synonymSpans } from '../policies/search/synonyms'
import { tokenize } from '../policies/search/tokenizer'
import type { MessageRepository } from './repository'
import { publicView } from './views'

interface BoardSet {
  /** Answered and resolved, newest answer first: the board. */
  answered: PublicMessage[]
  byId: Map<string, PublicMessage>
  /** Over every public approved message (answered and open), on the masked text. */
  index: SearchIndex<PublicMessage>
}

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

const isOpen = (status: MessageStatus) => (BOARD_OPEN_STATUSES as readonly MessageStatus[]).includes(status)

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
function topicTerms(terms: readonly string[]): Set<string> {
  const groups = terms.filter(isGroupTerm)
  const groupOf = (term: string) => groups.find((group) => synonymSpans(term).some((span) => span.term === group)) ?? term
  return new Set(terms.filter((term) => !QUESTION_BIGRAMS.has(term)).map(groupOf))
}

/**
 * The public board and the similar-message search, from an in-memory copy of the public set kept in the warm
 * Lambda for `maxAgeMs` (BOARD_CACHE_SECONDS): one Query per partition of the sparse board index per rebuild,
 * and the policy library's Chinese analyzer (bigrams, synonyms) over the masked text. A new answer or me-too
 * shows up once the copy is rebuilt; the copy holds public fields only.
 */
export class PublicBoard {
  private cached?: { builtAt: number; value: BoardSet }
  private loading?: Promise<BoardSet>

  constructor(
    private readonly messages: Pick<MessageRepository, 'publicSet'>,
    private readonly maxAgeMs: number,
  ) {}

  async list(query: PublicBoardQuery, cursors: BoundCursors): Promise<{ items: PublicMessage[]; nextCursor?: string }> {
    const board = await this.current()
    return query.q ? this.search(board, query, cursors) : this.newest(board, query, cursors)
  }

  async similar(query: SimilarMessagesQuery): Promise<{ items: SimilarMessage[] }> {
    const board = await this.current()
    // the topic terms of what is typed, first ones first: a long text's every bigram would cost a pass over most of the index
    const typed = [...topicTerms(tokenize(query.text))].slice(0, SIMILAR_QUERY_TERMS)
    const wanted = Math.max(
      1,
      Math.min(SIMILAR_MIN_TERMS, topicTerms([...typed, ...synonymSpans(typed.join(' ')).map((span) => span.term)]).size),
    )
    const ranked = board.index
      .search(typed.join(' '))
      .filter((hit) => topicTerms(hit.terms).size >= wanted)
      .map((hit) => board.byId.get(hit.id)!)
      .filter((message) => !query.category || message.category === query.category)
    const open = ranked.filter((message) => isOpen(message.status)).slice(0, SIMILAR_OPEN_PLACES)
    const answered = ranked.filter((message) => !isOpen(message.status)).slice(0, SIMILAR_MAX - open.length)
    const offered = new Set([...open, ...answered])
    const items = ranked.filter((message) => offered.has(message)).map((message) => ({ ...message, open: isOpen(message.status) }))
    return { items }
  }

  /** Newest answer first; the cursor is the last item's answer time and id, so new answers never shift a page. */
  private async newest(board: BoardSet, query: PublicBoardQuery, cursors: BoundCursors) {
    const after = await cursors.open(query.cursor, ['at', 'id'])
    const matching = board.answered.filter((m) => !query.category || m.category === query.category)
    const start = after ? matching.findIndex((m) => `${m.answer!.at}#${m.id}` < `${after.at}#${after.id}`) : 0
    const items = start < 0 ? [] : matching.slice(start, start + query.limit)
    const last = items.at(-1)
    const more = start >= 0 && start + query.limit < matching.length
    return { items, nextCursor: more && last ? await cursors.seal({ at: last.answer!.at, id: last.id }) : undefined }
  }

  /** Best match first; relevance has no stable key, so the cursor is an offset into the ranking. */
  private async search(board: BoardSet, query: PublicBoardQuery, cursors: BoundCursors) {
    const offset = await cursors.openOffset(query.cursor)
    const matching = board.index
      .search(query.q!)
      .map((hit) => board.byId.get(hit.id)!)
      .filter((m) => !isOpen(m.status) && (!query.category || m.category === query.category))
    const items = matching.slice(offset, offset + query.limit)
    return { items, nextCursor: offset + query.limit < matching.length ? await cursors.seal({ offset: offset + query.limit }) : undefined }
  }

  private async current(): Promise<BoardSet> {
    if (this.cached && Date.now() - this.cached.builtAt < this.maxAgeMs) return this.cached.value
    // concurrent requests during a rebuild share it
    this.loading ??= this.load().finally(() => {
      this.loading = undefined
    })
    const value = await this.loading
    this.cached = { builtAt: Date.now(), value }
    return value
  }

  private async load(): Promise<BoardSet> {
    const { answered, open } = await this.messages.publicSet()
    const views = [...answered, ...open].map(publicView)
    const index = createSearchIndex<PublicMessage>({
      idOf: (m) => m.id,
      fields: {
        title: { extract: (m) => m.title, boost: 3 },
        titleChars: { extract: (m) => m.title, analyzer: 'chars' },
        content: { extract: (m) => m.content },
        answer: { extract: (m) => m.answer?.text ?? '', boost: 0.5 },
      },
    })
    index.addAll(views)
    return { answered: views.slice(0, answered.length), byId: new Map(views.map((m) => [m.id, m])), index }
  }
}
