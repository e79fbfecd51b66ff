import type { EnrollmentRepository } from './enrollment-repository'
import type { EnrollmentRecord } from './keys'
import type { SessionRepository } from '../sessions/repository'

/** Enough rounds to fill every freed seat in one call; each round either promotes someone or stops. */
const MAX_PROMOTIONS_PER_SETTLE = 50

/**
 * Seats without transactions. The session item's `seats` map (user → sequence) is the one truth about who
 * holds a seat; `confirmed` counts it in the same writes; the enrollment's status follows right after.
 *
 * Sign-up, in this order, each step a single conditional write that a retry repeats harmlessly:
 *   1. enrollment `pending`, put only if absent: a second request (or a retry) finds the same item;
 *   2. a sequence number from the session's atomic counter, kept on the enrollment only if it has none;
 *   3. a seat: `SET seats.<user>, confirmed + 1` if `confirmed < capacity` and the user holds none;
 *   4. the enrollment becomes `confirmed`, or `waitlisted` (in line by its sequence).
 * A crash after 1 or 2 leaves a `pending` enrollment holding no seat: its retry, its owner's next read of
 * 我的报名, the next roster read of the session, or the sweep every minute (`repairPending`, over the sparse
 * list of pending sign-ups) runs 2–4 again. A crash after 3 leaves a seat held by a `pending` enrollment: it
 * counts as confirmed because it is in `seats`, and step 4 is repaired the same way. Nothing ever takes a seat without the
 * enrollment existing first, and nothing takes a second seat for the same person, so no seat is lost or doubled.
 *
 * Cancellation: the enrollment becomes `cancelled` first (the person's intent is durable), then the seat is
 * handed straight to the first waitlisted person (one write: it is never free for a newcomer to jump the
 * queue), or freed if nobody waits. A crash in between leaves a seat held by a cancelled enrollment, which the
 * retried DELETE or the next roster read releases. After every change, `settle` fills any free seat from the
 * waitlist, so a person waitlisted at the moment a seat was freed is promoted by whichever request comes last.
 */
export class SeatLedger {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  /** Steps 2–4 for a pending enrollment; returns it confirmed or waitlisted. */
  async place(enrollment: EnrollmentRecord): Promise<EnrollmentRecord> {
    const { sessionId, userId } = enrollment
    const sequence =
      enrollment.sequence ?? (await this.enrollments.keepSequence(sessionId, userId, await this.sessions.drawSequence(sessionId)))
    const seat = await this.sessions.takeSeat(sessionId, userId, sequence)
    const placed =
      seat === 'full' ? await this.enrollments.waitlist(sessionId, userId, sequence) : await this.enrollments.confirm(sessionId, userId)
    if (seat === 'full') await this.settle(sessionId)
    // Undefined only when a concurrent request for the same person moved it on already: read what it did.
    return (await this.enrollments.get(sessionId, userId)) ?? placed ?? enrollment
  }

  /**
   * Places every sign-up pending since before `before`: what a crash between steps left. Each is read again first,
   * so one that its own request finished meanwhile is left alone; placing twice is harmless in any case.
   */
  async repairPending(before: Date, limit = 100): Promise<EnrollmentRecord[]> {
    const listed = await this.enrollments.pendingSince(before.toISOString(), limit)
    const pending = (await Promise.all(listed.map(({ sessionId, userId }) => this.enrollments.get(sessionId, userId)))).filter(
      (e): e is EnrollmentRecord => e?.status === 'pending',
    )
    // In line order: who already drew a place in the queue keeps it, then the earlier sign-up; the rest draw anew.
    pending.sort(
      (a, b) =>
        (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || a.signedUpAt.localeCompare(b.signedUpAt) || a.userId.localeCompare(b.userId),
    )
    const repaired: EnrollmentRecord[] = []
    for (const enrollment of pending) repaired.push(await this.place(enrollment))
    return repaired
  }

  /** Cancels, then passes the seat on (or frees it) and fills free seats from the waitlist. */
  async cancel(sessionId: string, userId: string): Promise<void> {
    await this.enrollments.cancel(sessionId, userId)
    await this.vacate(sessionId, userId)
  }

  /** Gives up a seat a cancelled enrollment may still hold (a no-op when it holds none). */
  async vacate(sessionId: string, userId: string): Promise<void> {
    const next = await this.enrollments.firstWaitlisted(sessionId)
    if (
      next?.sequence !== undefined &&
      (await this.sessions.transferSeat(sessionId, userId, { userId: next.userId, sequence: next.sequence }))
    ) {
      await this.enrollments.confirm(sessionId, next.userId)
    } else {
      await this.sessions.releaseSeat(sessionId, userId)
    }
    await this.settle(sessionId)
  }

  /** While a seat is free and someone waits, the first in line takes it. */
  async settle(sessionId: string): Promise<void> {
    for (let round = 0; round < MAX_PROMOTIONS_PER_SETTLE; round++) {
      const session = await this.sessions.get(sessionId)
      if (!session || session.confirmed >= session.capacity) return
      const next = await this.enrollments.firstWaitlisted(sessionId)
      if (next?.sequence === undefined) return
      const seat = await this.sessions.takeSeat(sessionId, next.userId, next.sequence)
      if (seat === 'full') return
      await this.enrollments.confirm(sessionId, next.userId)
    }
  }
}
