import { isWorkingDay, nextDate, type HolidayCalendar } from './holiday-calendar'
import { shanghaiDate } from '../time/shanghai'

export { isWorkingDay } from './holiday-calendar'

/** The `count`-th working day after `isoDate` (the day itself never counts). */
export function addWorkingDays(isoDate: string, count: number, calendar: HolidayCalendar): string {
  let date = isoDate
  for (let found = 0; found < count;) {
    date = nextDate(date)
    if (isWorkingDay(date, calendar)) found += 1
  }
  return date
}

/**
 * When staff must have answered a message sent at `submittedAt`: the end of the `workingDays`-th working day
 * after the day it arrived (Suzhou time), so a message sent on Friday evening or during 国庆 loses no time.
 */
export function answerDeadline(submittedAt: Date, workingDays: number, calendar: HolidayCalendar): Date {
  const lastDay = addWorkingDays(shanghaiDate(submittedAt), workingDays, calendar)
  return new Date(`${lastDay}T23:59:59.999+08:00`)
}
