import { randomInt } from 'node:crypto'
import { shanghaiDate } from '@doorstep/shared'

/** The day a message arrived (Suzhou time): 20261125. */
export const trackingDay = (submittedAt: Date) => shanghaiDate(submittedAt).replaceAll('-', '')

/** Letters and digits that cannot be misheard or misread on the phone (no 0/O, 1/I). */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const TRACKING_CODE_LENGTH = 4

/**
 * What a resident reads out on the phone: LY-20261125-K7QX (留言, the day, a code). The code is random, so a number
 * tells nothing of how many messages the board receives (a serial did); numbers given out before keep theirs.
 */
export const formatTrackingNo = (day: string, code: string) => `LY-${day}-${code}`

export function randomTrackingCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: TRACKING_CODE_LENGTH }, () => TRACKING_ALPHABET[random(TRACKING_ALPHABET.length)]).join('')
}

/** A code no other message of the day holds: a collision (one in a million per message) draws again. */
export async function reserveTrackingNo(
  day: string,
  reserve: (day: string, code: string) => Promise<boolean>,
  draw: () => string = () => randomTrackingCode(),
): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = draw()
    if (await reserve(day, code)) return formatTrackingNo(day, code)
  }
  throw new Error(`no free tracking code on ${day} after 8 draws`)
}
