import type { PolicySearchPage, PolicySearchQuery } from '@doorstep/shared'
import { decodeCursor, encodeCursor } from '../core/db/cursor'
import { BadRequestError } from '../core/http/errors'
import { shanghaiToday } from './in-force'
import type { PolicySetCache } from './policy-set-cache'
import { toHit, type PolicyIndex } from './search/policy-index'
import { closestTopics } from './search/topic-suggestions'

export class PolicySearchService {
  constructor(private readonly index: PolicySetCache<PolicyIndex>) {}

  async search({ q = '', category, audience, inForce, limit, cursor }: PolicySearchQuery, now: Date): Promise<PolicySearchPage> {
    const today = shanghaiToday(now)
    const ranked = (await this.index.get()).search(q, { category, audience, inForce }, today)
    const offset = readOffset(cursor)
    const end = offset + limit
    return {
      items: ranked.slice(offset, end).map((r) => toHit(r, today)),
      total: ranked.length,
      ...(end < ranked.length ? { nextCursor: encodeCursor({ offset: end })! } : {}),
      ...(ranked.length === 0 && q ? { suggestions: closestTopics(q) } : {}),
    }
  }
}

/** Results are ranked in memory, so the cursor is an offset into them (wrapped like every other cursor). */
function readOffset(cursor: string | undefined): number {
  const offset = decodeCursor(cursor, ['offset'])?.offset ?? 0
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
  }
  return offset
}
