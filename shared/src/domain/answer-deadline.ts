import { calendarDay } from './holiday-calendar'
import { shanghaiDate, weekdayOfDate } from '../time/shanghai'

/** A working day: Monday–Friday unless a statutory holiday, plus the weekend days worked in lieu (调休上班). */
export function isWorkingDay(isoDate: string): boolean {
  const day = calendarDay(isoDate)
  if (day.kind === 'holiday') return false
  if (day.kind === 'adjusted-workday') return true
  const weekday = weekdayOfDate(isoDate)
  return weekday !== 'sat' && weekday !== 'sun'
}

/** The `count`-th working day after `isoDate` (the day itself never counts). */
export function addWorkingDays(isoDate: string, count: number): string {
  let date = isoDate
  for (let found = 0; found < count; ) {
    date = nextDate(date)
    if (isWorkingDay(date)) found += 1
  }
  return date
}

/**
 * When staff must have answered a message sent at `submittedAt`: the end of the `workingDays`-th working day
 * after the day it arrived (Suzhou time), so a message sent on Friday evening or during 国庆 loses no time.
 */
export function answerDeadline(submittedAt: Date, workingDays: number): Date {
  const lastDay = addWorkingDays(shanghaiDate(submittedAt), workingDays)
  return new Date(`${lastDay}T23:59:59.999+08:00`)
}

function nextDate(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}
