import { createHash, randomInt } from 'node:crypto'
import {
  shanghaiMinute,
  instantOfShanghai,
  type Enrollment,
  type EnrollmentClaimBody,
  type OnBehalfEnrollment,
  type OnBehalfEnrollmentBody,
} from '@doorstep/shared'
import type { StaffCaller } from '../core/auth/caller'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import type { SessionRepository } from '../sessions/repository'
import type { EnrollmentRepository } from './enrollment-repository'
import type { EnrollmentService } from './enrollment-service'
import { enrollmentId, type EnrollmentRecord } from './keys'
import type { SeatLedger } from './seat-ledger'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A v4-shaped id from a hash, as user ids look: the same staff member and Idempotency-Key name the same resident. */
const uuidFrom = (hash: string) =>
  `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`

/** Draws of a free claim code before giving up: with a million codes and a few thousand sessions ahead, one is enough. */
const CODE_DRAWS = 5

/**
 * Grid workers and desks sign residents up for sessions on their behalf (name and phone, with consent), as a
 * stand-in person with an id of its own. The resident later claims it into their account with the six-digit code
 * they were given and their phone number, after signing in as always.
 */
export class OnBehalfEnrollments {
  constructor(
    private readonly sessions: Pick<SessionRepository, 'get'>,
    private readonly enrollments: EnrollmentRepository,
    private readonly ledger: Pick<SeatLedger, 'place'>,
    private readonly views: Pick<EnrollmentService, 'viewOf'>,
    private readonly drawCode: () => string = () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
  ) {}

  async enroll(
    staff: StaffCaller,
    sessionId: string,
    idempotencyKey: string,
    body: OnBehalfEnrollmentBody,
    now: Date,
  ): Promise<{ created: boolean; enrollment: OnBehalfEnrollment }> {
    const session = await this.sessions.get(sessionId)
    if (!session) throw new NotFoundError('没有找到这场活动')
    const userId = uuidFrom(sha256(`${staff.staffId}\n${idempotencyKey}`))
    const bodyHash = sha256(JSON.stringify(body))
    const existing = await this.enrollments.get(sessionId, userId)
    if (existing?.onBehalf) {
      if (existing.onBehalf.bodyHash !== bodyHash)
        throw new ConflictError('这个 Idempotency-Key 已用于为另一位居民报名', [{ path: 'header.Idempotency-Key', message: '请换一个' }])
      const placed = existing.status === 'pending' ? await this.ledger.place(existing) : existing
      return { created: false, enrollment: await this.withResident(placed) }
    }
    if (shanghaiMinute(now) >= session.signUpBy) throw new ConflictError('报名已截止')

    const claimCode = await this.reserveCode({ sessionId, userId }, Math.floor(instantOfShanghai(session.startsAt).getTime() / 1000), now)
    const { enrollment } = await this.enrollments.createPending({
      sessionId,
      userId,
      displayName: body.residentName,
      signedUpAt: now.toISOString(),
      onBehalf: { phone: body.residentPhone, filedBy: staff.staffId, claimCode, bodyHash },
    })
    const placed = enrollment.status === 'pending' ? await this.ledger.place(enrollment) : enrollment
    return { created: true, enrollment: await this.withResident(placed) }
  }

  /** The resident's phone must be the one given at sign-up; a wrong code or phone reads the same (nothing to probe). */
  async claim(claimant: string, body: EnrollmentClaimBody, now: Date): Promise<Enrollment> {
    const refused = () => new ValidationError([{ path: 'body.code', message: '领取码或手机号不正确' }])
    const target = await this.enrollments.claimCodeTarget(body.code, now)
    const record = target && (await this.enrollments.get(target.sessionId, target.userId))
    if (!record?.onBehalf || record.onBehalf.phone !== body.phone) throw refused()
    const claimed = await this.enrollments.claim(record.sessionId, record.userId, claimant)
    if (!claimed) throw new ConflictError('这条报名已被其他账号领取', [{ path: 'body.code', message: '已被领取' }])
    return this.views.viewOf(claimed)
  }

  private async reserveCode(target: { sessionId: string; userId: string }, expiresAt: number, now: Date): Promise<string> {
    for (let draw = 0; draw < CODE_DRAWS; draw++) {
      const code = this.drawCode()
      if (await this.enrollments.reserveClaimCode(code, target, expiresAt, now)) return code
    }
    throw new Error(`no free claim code after ${CODE_DRAWS} draws`)
  }

  private async withResident(record: EnrollmentRecord): Promise<OnBehalfEnrollment> {
    return {
      ...(await this.views.viewOf(record)),
      id: enrollmentId(record.sessionId, record.userId),
      residentName: record.displayName,
      residentPhone: record.onBehalf!.phone,
      claimCode: record.onBehalf!.claimCode,
    }
  }
}
