import { shanghaiDate, type PolicySearchPage, type PolicySearchQuery } from '@doorstep/shared'
import type { BoundCursors } from '../core/db/cursor'
import { toHit, type PolicyIndex } from './search/policy-index'
import { closestTopics } from './search/topic-suggestions'

export class PolicySearchService {
  constructor(private readonly index: { get(): Promise<PolicyIndex> }) {}

  /** Results are ranked in memory, so a cursor holds an offset into them. */
  async search(
    { q = '', category, audience, inForce, limit, cursor }: PolicySearchQuery,
    now: Date,
    cursors: BoundCursors,
  ): Promise<PolicySearchPage> {
    const today = shanghaiDate(now)
    const ranked = (await this.index.get()).search(q, { category, audience, inForce }, today)
    const offset = await cursors.openOffset(cursor)
    const end = offset + limit
    return {
      items: ranked.slice(offset, end).map((r) => toHit(r, today)),
      total: ranked.length,
      ...(end < ranked.length ? { nextCursor: (await cursors.seal({ offset: end }))! } : {}),
      ...(ranked.length === 0 && q ? { suggestions: closestTopics(q) } : {}),
    }
  }
}
