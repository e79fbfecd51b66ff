import { shanghaiTime, weekdayOfDate } from './shanghai'

/** The languages the app speaks. */
export type DisplayLang = 'zh' | 'en'

/**
 * The one way the app writes a day and a moment, in both languages:
 * - date: `12月6日（周日）` / `Sun 6 Dec`, with the year when it is not this year: `2025年3月1日（周六）` / `Sat 1 Mar 2025`;
 * - date-time: the date and the Suzhou clock time: `12月6日（周日）20:41` / `Sun 6 Dec, 20:41`.
 * Relative deadlines (剩 2 个工作日, 已逾期 3 天) are each feature's own words around these.
 */

const WEEKDAYS = {
  zh: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
} as const
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `isoDate` (YYYY-MM-DD) as people read it; `today` (the Suzhou date now) decides whether the year is said. */
export function formatDate(isoDate: string, lang: DisplayLang, today: string): string {
  const [year = '', month = '1', day = '1'] = isoDate.split('-')
  const weekday = WEEKDAYS[lang][weekdayOfDate(isoDate.slice(0, 10))]
  const otherYear = year !== today.slice(0, 4)
  return lang === 'zh'
    ? `${otherYear ? `${year}年` : ''}${Number(month)}月${Number(day)}日（${weekday}）`
    : `${weekday} ${Number(day)} ${MONTHS_EN[Number(month) - 1]}${otherYear ? ` ${year}` : ''}`
}

/** A Suzhou wall-clock moment, `YYYY-MM-DDTHH:MM` (session times), as a date and a time. */
export function formatWallClock(local: string, lang: DisplayLang, today: string): string {
  const [date = '', time = ''] = local.split('T')
  return `${formatDate(date, lang, today)}${lang === 'zh' ? '' : ', '}${time.slice(0, 5)}`
}

/** An instant (ISO with zone) on the Suzhou clock. */
export function formatDateTime(iso: string, lang: DisplayLang, today: string): string {
  const { date, time } = shanghaiTime(new Date(iso))
  return formatWallClock(`${date}T${time}`, lang, today)
}
