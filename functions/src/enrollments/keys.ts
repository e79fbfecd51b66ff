import type { EnrollmentStatus } from '@doorstep/shared'
import { sessionKey } from '../sessions/keys'

/**
 * The enrollments table (docs/data-model.md, E1–E7). A session (sessions/keys.ts) and everyone signed up for it
 * share one partition, so a person's enrollment is found by key (no duplicates, retries find it) and the roster is
 * one Query.
 *   enrollment           pk = SESSION#<sessionId>, sk = ENROLLMENT#<userId>
 *     my enrollments                    gsi1: gsi1pk = USER#<userId>, gsi1sk = <signedUpAt>#<sessionId>
 *     waitlist in sign-up order (sparse, only while waitlisted)
 *                                       gsi2: gsi2pk = WAITLIST#<sessionId>, gsi2sk = <sequence, 10 digits>
 *     sign-ups still being placed (sparse, only while pending: the repair sweep's list)
 *                                       gsi2: gsi2pk = PENDING, gsi2sk = <pendingSince>#<sessionId>#<userId>
 */
export const ENROLLMENT_SK_PREFIX = 'ENROLLMENT#'
export const enrollmentKey = (sessionId: string, userId: string) => ({
  pk: sessionKey(sessionId).pk,
  sk: `${ENROLLMENT_SK_PREFIX}${userId}`,
})
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

export interface EnrollmentRecord {
  sessionId: string
  userId: string
  displayName: string
  status: EnrollmentStatus
  /** Sign-up order, drawn from the session's counter; absent only in the instant after the first write. */
  sequence?: number
  signedUpAt: string
  attended: boolean
  /** Signed up by a grid worker or desk for a resident (with their consent); the resident may claim it later. */
  onBehalf?: OnBehalf
  /** The resident who claimed it into their own account (their 我的报名 lists it; they may cancel it). */
  claimedBy?: string
}

export interface OnBehalf {
  phone: string
  filedBy: string
  claimCode: string
  /** The request's hash: the same Idempotency-Key with another resident is a conflict, not a repeat. */
  bodyHash: string
}

/** A claim code of an on-behalf sign-up (six digits, unique while the session is ahead): which enrollment it opens. */
export const claimCodeKey = (code: string) => ({ pk: `CLAIMCODE#${code}`, sk: 'CLAIMCODE' })

export function toEnrollmentItem(enrollment: EnrollmentRecord) {
  return {
    ...enrollment,
    ...enrollmentKey(enrollment.sessionId, enrollment.userId),
    gsi1pk: enrollmentsOfUser(enrollment.claimedBy ?? enrollment.userId),
    gsi1sk: `${enrollment.signedUpAt}#${enrollment.sessionId}`,
    ...(enrollment.status === 'pending'
      ? { gsi2pk: PENDING_LINE, gsi2sk: pendingSortKey(enrollment.signedUpAt, enrollment.sessionId, enrollment.userId) }
      : {}),
    entity: 'enrollment' as const,
  }
}

export function fromEnrollmentItem(item: Record<string, unknown>): EnrollmentRecord {
  const { sessionId, userId, displayName, status, sequence, signedUpAt, attended, onBehalf, claimedBy } =
    item as unknown as EnrollmentRecord
  return {
    sessionId,
    userId,
    displayName,
    status,
    ...(sequence === undefined ? {} : { sequence }),
    signedUpAt,
    attended: attended ?? false,
    ...(onBehalf ? { onBehalf } : {}),
    ...(claimedBy ? { claimedBy } : {}),
  }
}
