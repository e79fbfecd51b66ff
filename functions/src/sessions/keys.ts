import type { ServiceSession } from '@doorstep/shared'

/**
 * Sessions in the enrollments table (docs/data-model.md, E1–E7): a session and everyone signed up for it share one
 * partition (the enrollment items are enrollments/keys.ts).
 *   session              pk = SESSION#<sessionId>, sk = SESSION
 *     sessions of a service by start    gsi1: gsi1pk = SERVICE#<serviceId>, gsi1sk = <startsAt>#<sessionId>
 */
export const sessionKey = (sessionId: string) => ({ pk: `SESSION#${sessionId}`, sk: 'SESSION' })
export const sessionsOfService = (serviceId: string) => `SERVICE#${serviceId}`
export const sessionStartSortKey = (startsAt: string, sessionId: string) => `${startsAt}#${sessionId}`

/**
 * The session item. `seats` maps each seat holder's user id to their sequence number: it is the one truth
 * about who holds a seat, and `confirmed` is its size, kept in the same conditional writes.
 */
export type SessionRecord = Omit<ServiceSession, 'confirmed'> & {
  confirmed: number
  seats: Record<string, number>
  nextSequence?: number
}

export function toSessionItem(session: SessionRecord) {
  return {
    ...session,
    ...sessionKey(session.id),
    gsi1pk: sessionsOfService(session.serviceId),
    gsi1sk: sessionStartSortKey(session.startsAt, session.id),
    entity: 'session' as const,
  }
}

export function fromSessionItem(item: Record<string, unknown>): SessionRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, entity: _e, seedHash: _h, ...session } = item
  return { ...(session as SessionRecord), seats: (session.seats as Record<string, number> | undefined) ?? {} }
}

/** What anyone may see of a session: never who holds the seats. */
export function toServiceSession({ seats: _seats, nextSequence: _next, ...session }: SessionRecord): ServiceSession {
  return session
}
