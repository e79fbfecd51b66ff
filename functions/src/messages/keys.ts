import {
  AWAITING_ANSWER_STATUSES,
  BOARD_ANSWERED_STATUSES,
  BOARD_OPEN_STATUSES,
  SUB_DISTRICT_IDS,
  type InternalNote,
  type MessageAuditEntry,
  type MessageDemand,
  type MessageStatus,
  type ResidentMessage,
  type SubDistrictId,
  shanghaiWeekStart,
} from '@doorstep/shared'
import { recordOf } from '../core/db/item'

/**
 * The messages table (docs/data-model.md, M1–M3).
 *   message              pk = MSG#<id>, sk = MSG
 *     my messages, newest first        gsi1: gsi1pk = AUTHOR#<userId>, gsi1sk = <submittedAt>#<id>
 *     open messages by deadline (sparse: only while awaiting an answer)
 *                                      gsi2: gsi2pk = QUEUE#<subDistrict | district>, gsi2sk = <answerDeadline>#<id>
 *     the public board (sparse: public and approved only)
 *                                      gsi3: gsi3pk = BOARD#answered, gsi3sk = <answer.at>#<id>   (answered, resolved)
 *                                            gsi3pk = BOARD#open,     gsi3sk = <submittedAt>#<id> (pending, processing, reopened)
 *     messages submitted in an ISO week (Suzhou), for the dashboard
 *                                      gsi4: gsi4pk = WEEK#<Monday>, gsi4sk = <submittedAt>#<id>
 *   submission claim     pk = IDEM#<filer>#<Idempotency-Key>, sk = IDEM — the whole message to be stored;
 *                        <filer> is the user id, or staff:<staffId> for assisted filing; expires (TTL) after 24 h
 *   tracking number      pk = TRACKING#<YYYYMMDD>#<code>, sk = TRACKING, messageId — reserved once, so no two messages
 *                        share one; it leads from the number to the message
 */
export const messageKey = (id: string) => ({ pk: `MSG#${id}`, sk: 'MSG' })
export const claimKey = (userId: string, idempotencyKey: string) => ({ pk: `IDEM#${userId}#${idempotencyKey}`, sk: 'IDEM' })
/** How long an Idempotency-Key holds: a repeat after this files a new message (and TTL deletes the claim). */
export const CLAIM_LIFETIME_SECONDS = 24 * 60 * 60
export const trackingNumberKey = (day: string, code: string) => ({ pk: `TRACKING#${day}#${code}`, sk: 'TRACKING' })
export const messagesOfAuthor = (userId: string) => `AUTHOR#${userId}`
export const queueOf = (subDistrict: SubDistrictId | undefined) => `QUEUE#${subDistrict ?? 'district'}`
export const queueSortKey = (message: Pick<MessageRecord, 'answerDeadline' | 'id'>) => `${message.answerDeadline}#${message.id}`
/** Every queue partition: one per sub-district, and one for messages that name none. */
export const QUEUES = [...SUB_DISTRICT_IDS, undefined].map(queueOf)
export const BOARD_ANSWERED = 'BOARD#answered'
export const BOARD_OPEN = 'BOARD#open'
export const weekOf = (weekStart: string) => `WEEK#${weekStart}`

export type AuditEntry = MessageAuditEntry

/**
 * What is stored: the fields the author reads (shared `ResidentMessage`), plus the author, who answered,
 * internal notes and the audit trail. `history` is derived from the audit trail when a view is built.
 */
export type MessageRecord = Omit<ResidentMessage, 'answer' | 'followUps' | 'history'> & {
  /** The resident's user id; for a walk-in resident filed by staff, `walkin-<uuid>` (no one signs in as it). */
  authorId: string
  answer?: { text: string; at: string; staffId: string }
  notes: InternalNote[]
  audit: AuditEntry[]
  escalatedAt?: string
  followUps?: ResidentMessage['followUps']
  /** 我也有这个问题: how many, and who (a string set, so each person counts once in one conditional write). */
  meToo?: number
  meTooBy?: Set<string>
  filedFor?: { name: string; phone?: string }
  filedBy?: string
  demand?: MessageDemand
}

const isOneOf = (status: MessageStatus, statuses: readonly MessageStatus[]) => statuses.includes(status)

/** The index keys that follow from a message's state: the queue (gsi2) and the board (gsi3); absent ones are removed. */
export interface StateKeys {
  gsi2pk?: string
  gsi2sk?: string
  gsi3pk?: string
  gsi3sk?: string
}

export function stateKeys(
  message: Pick<MessageRecord, 'id' | 'status' | 'subDistrict' | 'answerDeadline' | 'public' | 'answer' | 'submittedAt'>,
): StateKeys {
  const queue = isOneOf(message.status, AWAITING_ANSWER_STATUSES)
    ? { gsi2pk: queueOf(message.subDistrict), gsi2sk: queueSortKey(message) }
    : {}
  const board = !message.public
    ? {}
    : isOneOf(message.status, BOARD_ANSWERED_STATUSES) && message.answer
      ? { gsi3pk: BOARD_ANSWERED, gsi3sk: `${message.answer.at}#${message.id}` }
      : isOneOf(message.status, BOARD_OPEN_STATUSES)
        ? { gsi3pk: BOARD_OPEN, gsi3sk: `${message.submittedAt}#${message.id}` }
        : {}
  return { ...queue, ...board }
}

export const STATE_KEY_NAMES = ['gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'] as const

export function toMessageItem(message: MessageRecord) {
  return {
    ...message,
    ...messageKey(message.id),
    gsi1pk: messagesOfAuthor(message.authorId),
    gsi1sk: `${message.submittedAt}#${message.id}`,
    ...stateKeys(message),
    gsi4pk: weekOf(shanghaiWeekStart(new Date(message.submittedAt))),
    gsi4sk: `${message.submittedAt}#${message.id}`,
    entity: 'message' as const,
  }
}

export function fromMessageItem(item: Record<string, unknown>): MessageRecord {
  return recordOf<MessageRecord>(item)
}

/** What the public board and the similar-message search read: no author, notes, audit, phone or me-too set. */
export const PUBLIC_FIELDS = [
  'id',
  'trackingNo',
  'category',
  'title',
  'content',
  'subDistrict',
  'status',
  'submittedAt',
  'answer',
  'meToo',
  'anonymous',
  'filedFor',
  'public',
]
