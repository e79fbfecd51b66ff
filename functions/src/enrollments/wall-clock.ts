import { shanghaiTime } from '@doorstep/shared'

/** Suzhou wall-clock time as `YYYY-MM-DDTHH:MM`, comparable as text with session times. */
export function shanghaiMinute(now: Date): string {
  const { date, time } = shanghaiTime(now)
  return `${date}T${time}`
}
