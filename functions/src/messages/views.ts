import {
  ANONYMOUS_AUTHOR,
  AWAITING_ANSWER_STATUSES,
  RESIDENT_AUTHOR,
  maskName,
  maskPersonalText,
  type MessageEvent,
  type MessageQueueItem,
  type MessageStatus,
  type PublicMessage,
  type ResidentMessage,
  type StaffMessage,
} from '@doorstep/shared'
import type { AuditEntry, MessageRecord } from './keys'

/** The author's view: the answer and the status steps, never internal notes nor which staff member acted. */
export function residentView(message: MessageRecord): ResidentMessage {
  return {
    id: message.id,
    trackingNo: message.trackingNo,
    category: message.category,
    title: message.title,
    content: message.content,
    phone: message.phone,
    subDistrict: message.subDistrict,
    stationId: message.stationId,
    public: message.public,
    anonymous: message.anonymous,
    status: message.status,
    submittedAt: message.submittedAt,
    answerDeadline: message.answerDeadline,
    answer: message.answer && { text: message.answer.text, at: message.answer.at },
    rating: message.rating,
    followUps: message.followUps ?? [],
    history: statusSteps(message.audit),
  }
}

/**
 * The status steps only: entries that left the status as it was (an escalation, a follow-up, a demand tag) are
 * the office's business or already shown elsewhere, not a change the resident waits on.
 */
function statusSteps(audit: readonly AuditEntry[]): MessageEvent[] {
  return audit.filter((entry, i) => i === 0 || entry.status !== audit[i - 1]!.status).map(({ at, status }) => ({ at, status }))
}

/** Staff in scope see everything, with the deadline clock already read (but never who tapped 我也有这个问题). */
export function staffView(message: MessageRecord, now: Date): StaffMessage {
  return {
    ...residentView(message),
    authorId: message.authorId,
    notes: message.notes,
    audit: message.audit,
    overdue: isOverdue(message, now),
    escalatedAt: message.escalatedAt,
    meToo: message.meToo ?? 0,
    filedFor: message.filedFor,
    filedBy: message.filedBy,
    demand: message.demand,
  }
}

/**
 * Anyone's view on the public board: built field by field from the public projection, phone and ID numbers in
 * the text masked, the author reduced to a label.
 */
export function publicView(message: MessageRecord): PublicMessage {
  return {
    id: message.id,
    trackingNo: message.trackingNo,
    category: message.category,
    title: maskPersonalText(message.title),
    content: maskPersonalText(message.content),
    subDistrict: message.subDistrict,
    status: message.status,
    submittedAt: message.submittedAt,
    answer: message.answer && { text: maskPersonalText(message.answer.text), at: message.answer.at },
    meToo: message.meToo ?? 0,
    author: message.anonymous ? ANONYMOUS_AUTHOR : message.filedFor ? maskName(message.filedFor.name) || RESIDENT_AUTHOR : RESIDENT_AUTHOR,
  }
}

export function queueItem(message: MessageRecord, now: Date): MessageQueueItem {
  const { id, trackingNo, category, title, subDistrict, status, submittedAt, answerDeadline, escalatedAt } = message
  return {
    id,
    trackingNo,
    category,
    title,
    subDistrict,
    status,
    submittedAt,
    answerDeadline,
    overdue: isOverdue(message, now),
    escalatedAt,
  }
}

export function isOverdue(message: Pick<MessageRecord, 'status' | 'answerDeadline'>, now: Date): boolean {
  return (
    (AWAITING_ANSWER_STATUSES as readonly MessageStatus[]).includes(message.status) && now.getTime() > Date.parse(message.answerDeadline)
  )
}
