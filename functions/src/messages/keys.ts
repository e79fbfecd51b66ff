import { AWAITING_ANSWER_STATUSES, SUB_DISTRICT_IDS, type InternalNote, type MessageStatus, type ResidentMessage, type SubDistrictId } from '@doorstep/shared'

/**
 * The messages table (docs/data-model.md, M1–M3).
 *   message              pk = MSG#<id>, sk = MSG
 *     my messages, newest first        gsi1: gsi1pk = AUTHOR#<userId>, gsi1sk = <submittedAt>#<id>
 *     open messages by deadline (sparse: only while awaiting an answer)
 *                                      gsi2: gsi2pk = QUEUE#<subDistrict | district>, gsi2sk = <answerDeadline>#<id>
 *   submission claim     pk = IDEM#<userId>#<Idempotency-Key>, sk = IDEM — the whole message to be stored
 *   tracking counter     pk = TRACKING#<YYYYMMDD>, sk = TRACKING — the day's last number
 */
export const messageKey = (id: string) => ({ pk: `MSG#${id}`, sk: 'MSG' })
export const claimKey = (userId: string, idempotencyKey: string) => ({ pk: `IDEM#${userId}#${idempotencyKey}`, sk: 'IDEM' })
export const trackingCounterKey = (day: string) => ({ pk: `TRACKING#${day}`, sk: 'TRACKING' })
export const messagesOfAuthor = (userId: string) => `AUTHOR#${userId}`
export const queueOf = (subDistrict: SubDistrictId | undefined) => `QUEUE#${subDistrict ?? 'district'}`
export const queueSortKey = (message: Pick<MessageRecord, 'answerDeadline' | 'id'>) => `${message.answerDeadline}#${message.id}`
/** Every queue partition: one per sub-district, and one for messages that name none. */
export const QUEUES = [...SUB_DISTRICT_IDS, undefined].map(queueOf)

export interface AuditEntry {
  at: string
  action: string
  status: MessageStatus
  staffId?: string
  userId?: string
}

/**
 * What is stored: the fields the author reads (shared `ResidentMessage`), plus the author, who answered,
 * internal notes and the audit trail. `history` is derived from the audit trail when a view is built.
 */
export type MessageRecord = Omit<ResidentMessage, 'answer' | 'followUps' | 'history'> & {
  authorId: string
  answer?: { text: string; at: string; staffId: string }
  notes: InternalNote[]
  audit: AuditEntry[]
  escalatedAt?: string
  followUps?: ResidentMessage['followUps']
}

export function toMessageItem(message: MessageRecord) {
  return {
    ...message,
    ...messageKey(message.id),
    gsi1pk: messagesOfAuthor(message.authorId),
    gsi1sk: `${message.submittedAt}#${message.id}`,
    ...((AWAITING_ANSWER_STATUSES as readonly MessageStatus[]).includes(message.status)
      ? { gsi2pk: queueOf(message.subDistrict), gsi2sk: queueSortKey(message) }
      : {}),
    entity: 'message' as const,
  }
}

export function fromMessageItem(item: Record<string, unknown>): MessageRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, entity: _e, ...message } = item
  return message as unknown as MessageRecord
}
