import { createContext, useContext, useEffect, useState, type PropsWithChildren } from 'react'

/** Where "now" comes from: the device's clock in the app, a fixed instant in a test. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

const ClockContext = createContext<Clock>(systemClock)

export function ClockProvider({ clock, children }: PropsWithChildren<{ clock: Clock }>) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>
}

export function useClock(): Clock {
  return useContext(ClockContext)
}

/** The current time, refreshed every `everyMs`, so "open now" and deadline clocks turn over while a page stays open. */
export function useNow(everyMs = 60_000): Date {
  const clock = useClock()
  const [now, setNow] = useState(clock)
  useEffect(() => {
    setNow(clock())
    const timer = setInterval(() => setNow(clock()), everyMs)
    return () => clearInterval(timer)
  }, [clock, everyMs])
  return now
}
