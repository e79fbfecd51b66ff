import type { Enrollment, ServiceSession } from '@doorstep/shared'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import type { ServiceStrings } from './strings'

/** A session's time span: the end's date only when it ends on another day. */
export function formatSpan(session: Pick<ServiceSession, 'startsAt' | 'endsAt'>, wallClock: (local: string) => string): string {
  const sameDay = session.startsAt.slice(0, 10) === session.endsAt.slice(0, 10)
  return `${wallClock(session.startsAt)}–${sameDay ? session.endsAt.slice(11) : wallClock(session.endsAt)}`
}

/** Suzhou wall-clock now as `YYYY-MM-DDTHH:MM`, to compare with session times. */
export function shanghaiNow(now: Date): string {
  const { date, time } = shanghaiTime(now)
  return `${date}T${time}`
}

export type SessionAvailability = 'open' | 'full' | 'closed'

export function availabilityOf(session: ServiceSession, now: Date): SessionAvailability {
  if (shanghaiNow(now) >= session.signUpBy) return 'closed'
  return session.confirmed >= session.capacity ? 'full' : 'open'
}

/** The plain words for where a person stands. */
export function enrollmentWords(enrollment: Pick<Enrollment, 'status' | 'waitlistPosition'>, s: ServiceStrings): string {
  switch (enrollment.status) {
    case 'confirmed':
      return s.statusConfirmed
    case 'waitlisted':
      return s.statusWaitlisted(enrollment.waitlistPosition)
    case 'pending':
      return s.statusPending
    case 'cancelled':
      return s.statusCancelled
  }
}
