import type { InboxPage, InboxQuery, InboxReadBody } from '@doorstep/shared'
import { BadRequestError } from '../core/http/errors'
import type { BoundCursors } from '../core/db/cursor'
import { inboxOf } from './keys'
import type { InboxRepository } from './repository'

const PAGE_KEY = ['pk', 'sk', 'gsi1pk', 'gsi1sk'] as const

export class InboxService {
  constructor(private readonly inbox: InboxRepository) {}

  /** A page of the person's notes, newest first, and how many are unread in all. */
  async page(userId: string, query: InboxQuery, cursors: BoundCursors): Promise<InboxPage> {
    const startKey = await cursors.open(query.cursor, PAGE_KEY)
    // sealed for this person, so never someone else's inbox; checked again as the partition read
    if (startKey && startKey.gsi1pk !== inboxOf(userId)) {
      throw new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
    }
    const [{ items, lastKey }, unread] = await Promise.all([this.inbox.page(userId, query.limit, startKey), this.inbox.unreadCount(userId)])
    const nextCursor = await cursors.seal(lastKey)
    return { items, unread, ...(nextCursor ? { nextCursor } : {}) }
  }

  /** Marks the named notes read, or every unread one; ids that are not the caller's notes are ignored. */
  async markRead(userId: string, body: InboxReadBody, now: Date): Promise<void> {
    const ids = body.ids ?? (await this.inbox.unreadIds(userId))
    const at = now.toISOString()
    // one small write per note, a few at a time (a read-all after months away may touch many)
    for (let i = 0; i < ids.length; i += 10) {
      await Promise.all(ids.slice(i, i + 10).map((id) => this.inbox.markRead(userId, id, at)))
    }
  }
}
