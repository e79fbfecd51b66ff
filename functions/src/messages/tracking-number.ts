import { shanghaiDate } from '@doorstep/shared'

/** The day a message arrived (Suzhou time) as the counter's key: 20261125. */
export const trackingDay = (submittedAt: Date) => shanghaiDate(submittedAt).replaceAll('-', '')

/** What a resident reads out on the phone: LY-20261125-0042 (留言, the day, that day's serial). */
export const formatTrackingNo = (day: string, serial: number) => `LY-${day}-${String(serial).padStart(4, '0')}`
