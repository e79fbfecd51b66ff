import type { Enrollment } from '@doorstep/shared'

/** A browser has no phone calendar to write to: the session's time and place are on the card. */
export function AddToCalendar(_props: { enrollment: Enrollment }) {
  return null
}
