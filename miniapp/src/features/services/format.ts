import type { Enrollment, ServiceSession } from '@doorstep/shared'
import { shanghaiTime, weekdayOfDate } from '@doorstep/shared/time/shanghai'
import type { names } from '@/shared/i18n/names'
import type { ServiceStrings } from './strings'

type Names = (typeof names)['zh']

/** `2026-12-02T09:30` → `12月2日（周三）09:30`, as on a notice board (Wed 2 Dec, 09:30 in English). */
export function formatWhen(at: string, s: ServiceStrings, n: Names): string {
  const [date = '', time = ''] = at.split('T')
  const [, month, day] = date.split('-')
  return s.when(Number(month), Number(day), n.weekday(weekdayOfDate(date)), time)
}

export function formatSpan(session: Pick<ServiceSession, 'startsAt' | 'endsAt'>, s: ServiceStrings, n: Names): string {
  const sameDay = session.startsAt.slice(0, 10) === session.endsAt.slice(0, 10)
  return `${formatWhen(session.startsAt, s, n)}–${sameDay ? session.endsAt.slice(11) : formatWhen(session.endsAt, s, n)}`
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
