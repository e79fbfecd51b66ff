import { BOARD_OPEN_STATUSES, type MessageCategoryId, type MessageStatus, type PublicMessage } from '@doorstep/shared'
import type { LiveSource } from '../core/snapshots/live-index'
import { packSnapshot, unpackSnapshot } from '../core/snapshots/pack'
// The policy search engine (tokens, synonyms, ranking, snapshots) also searches the board.
import { COMPACT_SNAPSHOT_FORMAT } from '../policies/search/compact-index'
import { searchEngine } from '../policies/search/search-engine'
import type { SearchIndex, SearchIndexOptions } from '../policies/search/search-index'
import { snapshotFormat } from '../policies/search/snapshot-format'
import type { MessageRepository } from './repository'
import { publicView } from './views'

export const isOpen = (status: MessageStatus) => (BOARD_OPEN_STATUSES as readonly MessageStatus[]).includes(status)

/** Title first, its characters for one-character queries, then the question and, weakly, the answer: all masked text. */
const BOARD_FIELDS: SearchIndexOptions<PublicMessage> = {
  idOf: (m) => m.id,
  fields: {
    title: { extract: (m) => m.title, boost: 3 },
    titleChars: { extract: (m) => m.title, analyzer: 'chars' },
    content: { extract: (m) => m.content },
    answer: { extract: (m) => m.answer?.text ?? '', boost: 0.5 },
  },
}

/** Version of the entries a board snapshot holds (BoardEntry). */
const BOARD_ENTRY_VERSION = 2

/**
 * What the set keeps of a message besides its text in the index: enough to order, filter and page the board.
 * The page's messages themselves are read when shown (PublicBoard), so they show today's me-too count.
 */
export interface BoardEntry {
  id: string
  category: MessageCategoryId
  status: MessageStatus
  /** When it was answered: its place on the board. */
  answerAt?: string
}

const entryOf = ({ id, category, status, answer }: PublicMessage): BoardEntry => ({
  id,
  category,
  status,
  ...(answer && !isOpen(status) ? { answerAt: answer.at } : {}),
})

/** Where an answered message sits on the board: newest answer first, then by id. */
const boardKey = (m: BoardEntry) => `${m.answerAt}#${m.id}`

/**
 * The public set in memory: every public approved message (answered and open), searchable over its masked
 * text, with the answered ones in board order. Edited in place one message at a time.
 */
export class BoardSet {
  private constructor(
    /** Answered and resolved, newest answer first: the board. */
    readonly answered: BoardEntry[],
    readonly byId: Map<string, BoardEntry>,
    readonly index: SearchIndex<PublicMessage>,
  ) {}

  static of(views: readonly PublicMessage[]): BoardSet {
    const index = searchEngine.create(BOARD_FIELDS)
    index.addAll(views)
    const entries = views.map(entryOf)
    const answered = entries.filter((m) => m.answerAt).sort((a, b) => (boardKey(a) < boardKey(b) ? 1 : -1))
    return new BoardSet(answered, new Map(entries.map((m) => [m.id, m])), index)
  }

  static restore(bytes: Uint8Array): BoardSet {
    const { documents, index } = unpackSnapshot<{ answered: BoardEntry[]; open: BoardEntry[] }>(bytes)
    const all = [...documents.answered, ...documents.open]
    return new BoardSet(documents.answered, new Map(all.map((m) => [m.id, m])), searchEngine.restore(BOARD_FIELDS, index))
  }

  snapshot(): Uint8Array {
    const open = [...this.byId.values()].filter((m) => !m.answerAt)
    return packSnapshot({ answered: this.answered, open }, this.index.snapshot())
  }

  /** Adds a message or replaces the one with its id, in the index and in board order. */
  put(view: PublicMessage) {
    this.remove(view.id)
    const entry = entryOf(view)
    this.byId.set(view.id, entry)
    this.index.put(view)
    if (!entry.answerAt) return
    const key = boardKey(entry)
    let lo = 0
    let hi = this.answered.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (boardKey(this.answered[mid]!) > key) lo = mid + 1
      else hi = mid
    }
    this.answered.splice(lo, 0, entry)
  }

  remove(id: string) {
    const old = this.byId.get(id)
    if (!old) return
    this.byId.delete(id)
    this.index.remove(id)
    const at = this.answered.indexOf(old)
    if (at >= 0) this.answered.splice(at, 1)
  }
}

/** The board's snapshot name in the store. */
export const BOARD_SNAPSHOT = 'board'

/**
 * The public set as a LiveIndex keeps it. The board has no version counter: a warm copy catches up every
 * BOARD_CACHE_SECONDS with the messages that joined either side of the board since (new public questions, new
 * answers), and is loaded afresh from the snapshot, which a scheduled job rebuilds from the table every few
 * minutes, for what that cannot tell (me-too counts, messages leaving the board).
 */
export function boardSource(
  messages: Pick<MessageRepository, 'publicSet' | 'publicChangedSince'>,
  name = BOARD_SNAPSHOT,
): LiveSource<BoardSet> {
  return {
    name,
    format: snapshotFormat(COMPACT_SNAPSHOT_FORMAT, BOARD_FIELDS as never, BOARD_ENTRY_VERSION),
    version: async () => 0,
    async build() {
      const { answered, open } = await messages.publicSet()
      return BoardSet.of([...answered, ...open].map(publicView))
    },
    restore: (bytes) => BoardSet.restore(bytes),
    snapshot: (board) => board.snapshot(),
    async catchUp(board, since) {
      const changed = await messages.publicChangedSince(since)
      for (const message of changed) board.put(publicView(message))
      return changed.length
    },
  }
}
