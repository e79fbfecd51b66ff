import type { EnrollmentStatus, ServiceSession } from '@doorstep/shared'

/**
 * The enrollments table (docs/data-model.md, E1–E7). A session and everyone signed up for it share one
 * partition, so a person's enrollment is found by key (no duplicates, retries find it) and the roster is one Query.
 *   session              pk = SESSION#<sessionId>, sk = SESSION
 *     sessions of a service by start    gsi1: gsi1pk = SERVICE#<serviceId>, gsi1sk = <startsAt>#<sessionId>
 *   enrollment           pk = SESSION#<sessionId>, sk = ENROLLMENT#<userId>
 *     my enrollments                    gsi1: gsi1pk = USER#<userId>, gsi1sk = <signedUpAt>#<sessionId>
 *     waitlist in sign-up order (sparse, only while waitlisted)
 *                                       gsi2: gsi2pk = WAITLIST#<sessionId>, gsi2sk = <sequence, 10 digits>
 *     sign-ups still being placed (sparse, only while pending: the repair sweep's list)
 *                                       gsi2: gsi2pk = PENDING, gsi2sk = <pendingSince>#<sessionId>#<userId>
 */
export const sessionKey = (sessionId: string) => ({ pk: `SESSION#${sessionId}`, sk: 'SESSION' })
export const enrollmentKey = (sessionId: string, userId: string) => ({ pk: `SESSION#${sessionId}`, sk: `ENROLLMENT#${userId}` })
export const ENROLLMENT_SK_PREFIX = 'ENROLLMENT#'
export const sessionsOfService = (serviceId: string) => `SERVICE#${serviceId}`
export const enrollmentsOfUser = (userId: string) => `USER#${userId}`
export const waitlistOf = (sessionId: string) => `WAITLIST#${sessionId}`
export const waitlistSortKey = (sequence: number) => String(sequence).padStart(10, '0')
export const PENDING_LINE = 'PENDING'
export const pendingSortKey = (since: string, sessionId: string, userId: string) => `${since}#${sessionId}#${userId}`

/** An enrollment's public id names its key: `<sessionId>.<userId>` (see ENROLLMENT_ID_PATTERN). */
export const enrollmentId = (sessionId: string, userId: string) => `${sessionId}.${userId}`
export function parseEnrollmentId(id: string): { sessionId: string; userId: string } {
  const dot = id.indexOf('.')
  return { sessionId: id.slice(0, dot), userId: id.slice(dot + 1) }
}

/**
 * The session item. `seats` maps each seat holder's user id to their sequence number: it is the one truth
 * about who holds a seat, and `confirmed` is its size, kept in the same conditional writes.
 */
export type SessionRecord = Omit<ServiceSession, 'confirmed'> & {
  confirmed: number
  seats: Record<string, number>
  nextSequence?: number
}

export interface EnrollmentRecord {
  sessionId: string
  userId: string
  displayName: string
  status: EnrollmentStatus
  /** Sign-up order, drawn from the session's counter; absent only in the instant after the first write. */
  sequence?: number
  signedUpAt: string
  attended: boolean
}

export function toSessionItem(session: SessionRecord) {
  return {
    ...session,
    ...sessionKey(session.id),
    gsi1pk: sessionsOfService(session.serviceId),
    gsi1sk: `${session.startsAt}#${session.id}`,
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

export function toEnrollmentItem(enrollment: EnrollmentRecord) {
  return {
    ...enrollment,
    ...enrollmentKey(enrollment.sessionId, enrollment.userId),
    gsi1pk: enrollmentsOfUser(enrollment.userId),
    gsi1sk: `${enrollment.signedUpAt}#${enrollment.sessionId}`,
    ...(enrollment.status === 'pending'
      ? { gsi2pk: PENDING_LINE, gsi2sk: pendingSortKey(enrollment.signedUpAt, enrollment.sessionId, enrollment.userId) }
      : {}),
    entity: 'enrollment' as const,
  }
}

export function fromEnrollmentItem(item: Record<string, unknown>): EnrollmentRecord {
  const { sessionId, userId, displayName, status, sequence, signedUpAt, attended } = item as unknown as EnrollmentRecord
  return { sessionId, userId, displayName, status, ...(sequence === undefined ? {} : { sequence }), signedUpAt, attended: attended ?? false }
}
