import { BUNDLED_CALENDAR, type CalendarStatus, type HolidayCalendar } from '@doorstep/shared'
import { createContext, useContext, useMemo, type PropsWithChildren } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { createOfflineCache } from '@/shared/offline/offline-cache'
import { fetchCalendarStatus } from './calendar-api'

interface CalendarState {
  /** What "open now" and deadline clocks count with: the bundled years until the API's answer (with loaded years) arrives. */
  calendar: HolidayCalendar
  /** The API's view, once known: staff see 节假日安排未更新 when the next 60 days are not covered. */
  status?: CalendarStatus
  reload(): void
}

const CalendarContext = createContext<CalendarState>({ calendar: BUNDLED_CALENDAR, reload: () => {} })

const offline = { cache: createOfflineCache('calendar', { maxEntries: 1 }), key: 'status' }

/** Asks the API once per app start for the years an admin loaded beyond the bundled ones; the last answer is kept offline. */
export function CalendarProvider({ children }: PropsWithChildren) {
  const client = useHttpClient()
  const loaded = useResource(() => fetchCalendarStatus(client), [client], { offline })
  const value = useMemo<CalendarState>(
    () => ({
      calendar: loaded.data ? BUNDLED_CALENDAR.with(loaded.data.years) : BUNDLED_CALENDAR,
      status: loaded.data,
      reload: loaded.reload,
    }),
    [loaded.data, loaded.reload],
  )
  return <CalendarContext.Provider value={value}>{children}</CalendarContext.Provider>
}

export function useHolidayCalendar(): HolidayCalendar {
  return useContext(CalendarContext).calendar
}

export function useCalendarState(): CalendarState {
  return useContext(CalendarContext)
}

/** For tests and stories: a fixed calendar and status, no request. */
export function StaticCalendarProvider({
  calendar = BUNDLED_CALENDAR,
  status,
  children,
}: PropsWithChildren<{ calendar?: HolidayCalendar; status?: CalendarStatus }>) {
  const value = useMemo(() => ({ calendar, status, reload: () => {} }), [calendar, status])
  return <CalendarContext.Provider value={value}>{children}</CalendarContext.Provider>
}
