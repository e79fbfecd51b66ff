import type { Enrollment, Page } from '@doorstep/shared'
import type { AccountRepository } from '../auth/account-repository'
import { ConflictError, NotFoundError } from '../core/http/errors'
import type { EnrollmentRepository } from './enrollment-repository'
import { toServiceSession, type SessionRecord } from '../sessions/keys'
import type { SessionRepository } from '../sessions/repository'
import { enrollmentId, parseEnrollmentId, type EnrollmentRecord } from './keys'
import type { SeatLedger } from './seat-ledger'
import { shanghaiMinute } from '@doorstep/shared'

/** A resident's sign-ups: enroll, see, cancel. */
export class EnrollmentService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly enrollments: EnrollmentRepository,
    private readonly ledger: SeatLedger,
    private readonly accounts: AccountRepository,
  ) {}

  /** One enrollment per person per session: a repeat answers with the existing one (`created: false`). */
  async enroll(sessionId: string, userId: string, now: Date): Promise<{ created: boolean; enrollment: Enrollment }> {
    const session = await this.sessions.get(sessionId)
    if (!session) throw new NotFoundError('没有找到这场活动')
    const closed = shanghaiMinute(now) >= session.signUpBy
    const existing = await this.enrollments.get(sessionId, userId)
    if (existing && existing.status !== 'cancelled') {
      const settled = existing.status === 'pending' ? await this.ledger.place(existing) : existing
      return { created: false, enrollment: await this.view(settled, await this.fresh(session)) }
    }
    if (closed) throw new ConflictError('报名已截止')
    const { created, enrollment } = existing
      ? {
          created: true,
          enrollment: (await this.enrollments.reopen(sessionId, userId, now)) ?? (await this.enrollments.get(sessionId, userId))!,
        }
      : await this.enrollments.createPending({
          sessionId,
          userId,
          displayName: (await this.accounts.getUser(userId))?.displayName ?? '居民',
          signedUpAt: now.toISOString(),
        })
    const placed = enrollment.status === 'pending' ? await this.ledger.place(enrollment) : enrollment
    return { created, enrollment: await this.view(placed, await this.fresh(session)) }
  }

  /** By its owner, or by the resident who claimed a sign-up made on their behalf. */
  async cancel(id: string, userId: string, now: Date): Promise<Enrollment> {
    const { sessionId, userId: owner } = parseEnrollmentId(id)
    const found = await this.enrollments.get(sessionId, owner)
    const existing = found && (owner === userId || found.claimedBy === userId) ? found : undefined
    const session = existing && (await this.sessions.get(sessionId))
    if (!existing || !session) throw new NotFoundError('没有找到这条报名')
    if (existing.status !== 'cancelled' && shanghaiMinute(now) >= session.startsAt) throw new ConflictError('活动已经开始，不能取消报名')
    // Also for an enrollment cancelled already: a retry finishes what a failed attempt left (a seat still held).
    await this.ledger.cancel(sessionId, owner)
    return this.view((await this.enrollments.get(sessionId, owner))!, await this.fresh(session))
  }

  /** Everything this person signed up for, soonest session first; cancelled ones last. */
  async mine(userId: string): Promise<Page<Enrollment>> {
    const records = await Promise.all(
      (await this.enrollments.ofUser(userId)).map((e) => (e.status === 'pending' ? this.ledger.place(e) : e)),
    )
    const sessions = await this.sessions.getMany(records.map((e) => e.sessionId))
    const views = await Promise.all(records.filter((e) => sessions.has(e.sessionId)).map((e) => this.view(e, sessions.get(e.sessionId)!)))
    const rank = (e: Enrollment) => (e.status === 'cancelled' ? 1 : 0)
    return { items: views.sort((a, b) => rank(a) - rank(b) || a.session.startsAt.localeCompare(b.session.startsAt)) }
  }

  /** An enrollment as its owner reads it, with its session as it is now. */
  async viewOf(record: EnrollmentRecord): Promise<Enrollment> {
    const session = await this.sessions.get(record.sessionId)
    if (!session) throw new NotFoundError('没有找到这场活动')
    return this.view(record, session)
  }

  private async fresh(session: SessionRecord): Promise<SessionRecord> {
    return (await this.sessions.get(session.id)) ?? session
  }

  private async view(record: EnrollmentRecord, session: SessionRecord): Promise<Enrollment> {
    // The seat map is the truth: a seat taken just before a crash shows as confirmed.
    const status = record.status !== 'cancelled' && record.userId in session.seats ? 'confirmed' : record.status
    const waitlistPosition =
      status === 'waitlisted' && record.sequence !== undefined
        ? await this.enrollments.waitlistPosition(record.sessionId, record.sequence)
        : undefined
    return {
      id: enrollmentId(record.sessionId, record.userId),
      status,
      ...(waitlistPosition === undefined ? {} : { waitlistPosition }),
      signedUpAt: record.signedUpAt,
      session: toServiceSession(session),
    }
  }
}
