import type { HolidayYearBody } from '@doorstep/shared'

/**
 * The admin types a year's schedule as the State Council's notice lists it, one line each:
 *   holidays   `春节 2027-02-06 2027-02-13`   (a one-day holiday may omit the end date)
 *   workdays   `春节 2027-02-14`              (a weekend day worked in lieu)
 * Lines are kept in order so the API's field errors (body.holidays.2.from) point back at a line.
 */
export interface ParsedYear {
  body: HolidayYearBody
  /** 1-based line numbers with what is wrong with them, before anything is sent. */
  problems: { list: 'holidays' | 'workdays'; line: number; message: string }[]
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

export function parseYearText(holidaysText: string, workdaysText: string): ParsedYear {
  const problems: ParsedYear['problems'] = []
  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line, i) => ({ line: i + 1, parts: line.trim().split(/\s+/).filter(Boolean) }))
      .filter((l) => l.parts.length > 0)
  const holidays = lines(holidaysText).flatMap(({ line, parts }) => {
    const [name, from, to = from] = parts
    if (parts.length < 2 || parts.length > 3 || !DATE.test(from!) || !DATE.test(to!)) {
      problems.push({ list: 'holidays', line, message: '应为：名称 开始日期 结束日期' })
      return []
    }
    return [{ name: name!, from: from!, to: to! }]
  })
  const workdays = lines(workdaysText).flatMap(({ line, parts }) => {
    const [name, date] = parts
    if (parts.length !== 2 || !DATE.test(date!)) {
      problems.push({ list: 'workdays', line, message: '应为：名称 日期' })
      return []
    }
    return [{ name: name!, date: date! }]
  })
  return { body: { holidays, workdays }, problems }
}

/** `body.holidays.2.from` → holidays, line 3 (the API counts from 0). */
export function lineOfError(path: string): { list: 'holidays' | 'workdays'; line: number } | undefined {
  const match = /^body\.(holidays|workdays)\.(\d+)/.exec(path)
  return match ? { list: match[1] as 'holidays' | 'workdays', line: Number(match[2]) + 1 } : undefined
}

/** A loaded or bundled year back as the admin would type it, to correct it. */
export function yearToText(body: HolidayYearBody): { holidays: string; workdays: string } {
  return {
    holidays: body.holidays.map((h) => (h.from === h.to ? `${h.name} ${h.from}` : `${h.name} ${h.from} ${h.to}`)).join('\n'),
    workdays: body.workdays.map((w) => `${w.name} ${w.date}`).join('\n'),
  }
}
