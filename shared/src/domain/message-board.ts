import { SERVICE_CATEGORIES } from './categories'
import { idsOf } from './choices'

/** What a message is about: the six service categories plus 其他. */
export const MESSAGE_CATEGORIES = [...SERVICE_CATEGORIES, { id: 'other', name: '其他' }] as const
export const MESSAGE_CATEGORY_IDS = idsOf(MESSAGE_CATEGORIES)
export type MessageCategoryId = (typeof MESSAGE_CATEGORY_IDS)[number]

/**
 * reviewing: held by the content check until staff approve (hidden from the queue and the board) ·
 * pending 待受理 · processing 处理中 · answered 已答复 · resolved 已解决 · reopened 已重开.
 */
export const MESSAGE_STATUSES = ['reviewing', 'pending', 'processing', 'answered', 'resolved', 'reopened'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const MESSAGE_STATUS_NAMES: Record<MessageStatus, string> = {
  reviewing: '待审核',
  pending: '待受理',
  processing: '处理中',
  answered: '已答复',
  resolved: '已解决',
  reopened: '已重开',
}

/** Still waiting for an answer: these run against the deadline clock. */
export const AWAITING_ANSWER_STATUSES = ['reviewing', 'pending', 'processing', 'reopened'] as const satisfies readonly MessageStatus[]

/** What staff do to a message, and the statuses each action may start from. */
export const STAFF_MESSAGE_ACTIONS = {
  approve: { from: ['reviewing'], to: 'pending' },
  claim: { from: ['pending', 'reopened'], to: 'processing' },
  reply: { from: ['pending', 'processing', 'reopened'], to: 'answered' },
  resolve: { from: ['answered'], to: 'resolved' },
} as const satisfies Record<string, { from: readonly MessageStatus[]; to: MessageStatus }>
export type StaffMessageAction = keyof typeof STAFF_MESSAGE_ACTIONS

/** The author may reopen an answered message that did not solve the problem: it goes back in the queue. */
export const REOPENABLE_STATUSES = ['answered', 'resolved'] as const satisfies readonly MessageStatus[]

/** Open to "me too" (我也有这个问题): approved and not yet closed. */
export const ME_TOO_STATUSES = ['pending', 'processing', 'answered', 'reopened'] as const satisfies readonly MessageStatus[]

/** On the public board (when public): there is an answer to read. */
export const BOARD_ANSWERED_STATUSES = ['answered', 'resolved'] as const satisfies readonly MessageStatus[]

/** Offered as "similar" while typing (when public): approved, whether answered or still open. */
export const BOARD_OPEN_STATUSES = ['pending', 'processing', 'reopened'] as const satisfies readonly MessageStatus[]

/** Staff may hand a message to another sub-district while it still awaits an answer (any awaiting status). */
export const TRANSFERABLE_STATUSES = [
  'reviewing',
  'pending',
  'processing',
  'reopened',
] as const satisfies readonly (typeof AWAITING_ANSWER_STATUSES)[number][]

/** A resident may rate once there is an answer. */
export const RATEABLE_STATUSES = ['answered', 'resolved'] as const satisfies readonly MessageStatus[]

/** Staff answer within this many working days (mainland calendar, 调休 included). */
export const ANSWER_WORKING_DAYS = 3

/** The public board's author label for an anonymous message. */
export const ANONYMOUS_AUTHOR = '匿名居民'
/** … and for a signed-in resident who did not choose anonymity (the board never shows account names). */
export const RESIDENT_AUTHOR = '居民'
