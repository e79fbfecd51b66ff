import { isWorkingDay, type HolidayCalendar } from '@doorstep/shared/domain/holiday-calendar'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import type { Lang } from '@/shared/i18n'

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A date without its weekday, for tight labels: `10月5日` / `5 Oct`. */
export function formatShortDay(isoDate: string, lang: Lang): string {
  const [, month = '1', day = '1'] = isoDate.split('-')
  return lang === 'zh' ? `${Number(month)}月${Number(day)}日` : `${Number(day)} ${MONTHS_EN[Number(month) - 1]}`
}

/** The Suzhou date of an instant (deadlines end at 23:59:59 Suzhou time, so this is the last day to answer). */
export const dayOf = (iso: string) => shanghaiTime(new Date(iso)).date

export type DeadlineClock = { overdue: false; workingDaysLeft: number } | { overdue: true; daysOver: number }

/**
 * Where a message stands against its deadline. Before it: the working days left, today included while it is a
 * working day ("剩 1 个工作日" on the last day). After it: whole calendar days since the last day ("已超期 2 天").
 */
export function deadlineClock(answerDeadline: string, now: Date, calendar: HolidayCalendar): DeadlineClock {
  const today = shanghaiTime(now).date
  const lastDay = dayOf(answerDeadline)
  if (now.getTime() > Date.parse(answerDeadline)) {
    return { overdue: true, daysOver: Math.max(1, daysBetween(lastDay, today)) }
  }
  let workingDaysLeft = 0
  for (let day = today; day <= lastDay; day = nextDate(day)) if (isWorkingDay(day, calendar)) workingDaysLeft++
  return { overdue: false, workingDaysLeft }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

function nextDate(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

/** Overdue first, then the nearest deadline: the API sends this order; the queue page keeps it as its promise. */
export function overdueFirst<T extends { overdue: boolean; answerDeadline: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.answerDeadline.localeCompare(b.answerDeadline))
}

/** Mini-program runtimes have no crypto.randomUUID: time plus randomness is unique enough within one person's drafts. */
export function newDraftKey(): string {
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `draft-${Date.now().toString(36)}-${random()}${random()}`
}
