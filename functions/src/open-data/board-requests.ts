import { stateKeys, type MessageRecord } from '../messages/keys'
import { publicView, residentView } from '../messages/views'
import type { BoardRequest } from './open311'

/**
 * A stored message as GeoReport may publish it, or undefined when the public board would not show it (private,
 * still in review, or answered in a way the board does not list). The text is the board's own public view — phone
 * and ID numbers masked, no author — so open data can never say more than the board does. Besides it only the
 * deadline, the time of the last status change, the station the message is about and the rating's bare score.
 */
export function boardRequestOf(record: MessageRecord): BoardRequest | undefined {
  // the board's own rule: a message is on the board exactly when it has a board index key
  if (stateKeys(record).gsi3pk === undefined) return undefined
  return {
    message: publicView(record),
    answerDeadline: record.answerDeadline,
    // the resident's own status steps: internal notes and escalations leave no trace in the public record
    updatedAt: residentView(record).history.at(-1)?.at ?? record.submittedAt,
    ...(record.stationId ? { stationId: record.stationId } : {}),
    ...(record.rating ? { rating: record.rating.score } : {}),
  }
}
