import { AWAITING_ANSWER_STATUSES, type MessageQueueItem, type MessageStatus, type ResidentMessage, type StaffMessage } from '@doorstep/shared'
import type { MessageRecord } from './keys'

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
    public: message.public,
    anonymous: message.anonymous,
    status: message.status,
    submittedAt: message.submittedAt,
    answerDeadline: message.answerDeadline,
    answer: message.answer && { text: message.answer.text, at: message.answer.at },
    rating: message.rating,
    followUps: message.followUps ?? [],
    // the status steps only: an escalation is the office's business, not a change the resident waits on
    history: message.audit.filter((entry) => entry.action !== 'escalate').map(({ at, status }) => ({ at, status })),
  }
}

/** Staff in scope see everything, with the deadline clock already read. */
export function staffView(message: MessageRecord, now: Date): StaffMessage {
  return {
    ...residentView(message),
    authorId: message.authorId,
    notes: message.notes,
    audit: message.audit,
    overdue: isOverdue(message, now),
    escalatedAt: message.escalatedAt,
  }
}

export function queueItem(message: MessageRecord, now: Date): MessageQueueItem {
  const { id, trackingNo, category, title, subDistrict, status, submittedAt, answerDeadline, escalatedAt } = message
  return { id, trackingNo, category, title, subDistrict, status, submittedAt, answerDeadline, overdue: isOverdue(message, now), escalatedAt }
}

export function isOverdue(message: Pick<MessageRecord, 'status' | 'answerDeadline'>, now: Date): boolean {
  return (AWAITING_ANSWER_STATUSES as readonly MessageStatus[]).includes(message.status) && now.getTime() > Date.parse(message.answerDeadline)
}
