import { formatDate, formatDateTime, formatWallClock } from '@doorstep/shared/time/display'
import { shanghaiTime } from '@doorstep/shared/time/shanghai'
import { useNow } from '@/shared/clock/clock-context'
import { usePreferences } from '@/shared/preferences'

/**
 * Dates and times as the app writes them (shared/src/time/display.ts, also used by the API's messages), bound to the
 * reader's language and today's date from the injected clock (which decides whether a year is said).
 */
export function useDates() {
  const { lang } = usePreferences()
  const today = shanghaiTime(useNow()).date
  return {
    date: (isoDate: string) => formatDate(isoDate, lang, today),
    dateTime: (iso: string) => formatDateTime(iso, lang, today),
    wallClock: (local: string) => formatWallClock(local, lang, today),
  }
}
