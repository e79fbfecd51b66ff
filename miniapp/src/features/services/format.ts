import type { Enrollment, ServiceSession } from '@doorstep/shared'
import { shanghaiTime, weekdayOfDate } from '@doorstep/shared/time/shanghai'

const WEEKDAY_NAMES = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' } as const

/** `2026-12-02T09:30` → `12月2日（周三）09:30`, as on a notice board. */
export function formatWhen(at: string): string {
  const [date = '', time = ''] = at.split('T')
  const [, month, day] = date.split('-')
  return `${Number(month)}月${Number(day)}日（${WEEKDAY_NAMES[weekdayOfDate(date)]}）${time}`
}

export function formatSpan(session: Pick<ServiceSession, 'startsAt' | 'endsAt'>): string {
  const sameDay = session.startsAt.slice(0, 10) === session.endsAt.slice(0, 10)
  return `${formatWhen(session.startsAt)}–${sameDay ? session.endsAt.slice(11) : formatWhen(session.endsAt)}`
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
export function enrollmentWords(enrollment: Pick<Enrollment, 'status' | 'waitlistPosition'>): string {
  switch (enrollment.status) {
    case 'confirmed':
      return '已报名'
    case 'waitlisted':
      return enrollment.waitlistPosition ? `候补第 ${enrollment.waitlistPosition} 位` : '候补中'
    case 'pending':
      return '正在处理'
    case 'cancelled':
      return '已取消'
  }
}
