import * as v from 'valibot'
import { AWAITING_ANSWER_STATUSES, MESSAGE_CATEGORY_IDS, type MessageCategoryId, type MessageStatus } from '../domain/message-board'
import { MESSAGE_REPLY_TEMPLATE_IDS } from '../domain/message-reply-templates'
import { SUB_DISTRICT_IDS, type SubDistrictId } from '../domain/sub-districts'
import { Id, QueryCursor, QueryLimit, ResidentPhone, Text } from './common'

export const MESSAGE_CONTENT_MAX = 1000

/** POST /v1/messages. */
export const MessageSubmit = v.strictObject({
  category: v.picklist(MESSAGE_CATEGORY_IDS, '请选择留言类别'),
  title: Text(40),
  content: Text(MESSAGE_CONTENT_MAX),
  phone: v.optional(ResidentPhone),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
  /** A station the message is about; its sub-district is taken from the station (a different one → 422). */
  stationId: v.optional(Id),
  public: v.boolean('须选择公开或不公开'),
  anonymous: v.optional(v.boolean('须为是或否'), false),
})
export type MessageSubmit = v.InferOutput<typeof MessageSubmit>

/** The header every submission carries so a retried request stores nothing new. */
export const IdempotencyKey = v.pipe(
  v.string('请求须带 Idempotency-Key'),
  v.regex(/^[A-Za-z0-9_-]{8,128}$/, '须为 8–128 位字母、数字、- 或 _'),
)

/** The header of a submission: the same key twice stores one message. */
export const IdempotencyHeaders = v.object({ 'idempotency-key': IdempotencyKey })

export const MessagePathParams = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^msg-[a-f0-9-]{36}$/, '留言编号不正确')),
})

/** POST /v1/messages/{id}/rating: 好差评, 1 (very dissatisfied) … 5 (very satisfied). */
export const MessageRating = v.strictObject({
  score: v.pipe(
    v.number('须为 1–5 的整数'),
    v.integer('须为 1–5 的整数'),
    v.minValue(1, '须为 1–5 的整数'),
    v.maxValue(5, '须为 1–5 的整数'),
  ),
  comment: v.optional(Text(200)),
})
export type MessageRating = v.InferOutput<typeof MessageRating>

/** POST /v1/messages/{id}/reopen: "this did not solve it", and why. */
export const MessageReopen = v.strictObject({ reason: Text(500) })
export type MessageReopen = v.InferOutput<typeof MessageReopen>

/** POST /v1/admin/messages: staff file a message for a walk-in resident (assisted mode). */
export const AssistedMessageSubmit = v.strictObject({
  ...MessageSubmit.entries,
  residentName: Text(20),
  residentPhone: v.optional(ResidentPhone),
})
export type AssistedMessageSubmit = v.InferOutput<typeof AssistedMessageSubmit>

/** POST /v1/admin/messages/{id}/actions: one staff action per request. */
export const StaffMessageActionBody = v.variant(
  'action',
  [
    v.strictObject({ action: v.literal('approve') }),
    v.strictObject({ action: v.literal('claim') }),
    v.strictObject({
      action: v.literal('reply'),
      answer: Text(MESSAGE_CONTENT_MAX),
      /** The reply template the answer started from: recorded in the audit trail only. */
      templateId: v.optional(v.picklist(MESSAGE_REPLY_TEMPLATE_IDS, '没有这个答复模板')),
    }),
    v.strictObject({ action: v.literal('resolve') }),
    v.strictObject({ action: v.literal('note'), note: Text(500) }),
    /** Hands an open message to another sub-district's queue; the note (why) is kept as an internal note. */
    v.strictObject({ action: v.literal('transfer'), subDistrict: v.picklist(SUB_DISTRICT_IDS, '请选择街道'), note: v.optional(Text(500)) }),
    /** Marks the message as a service demand; `serviceId` links the service project created in response. */
    v.strictObject({ action: v.literal('tag-demand'), serviceId: v.optional(Id), topic: v.optional(Text(20)) }),
  ],
  '未知的操作',
)
export type StaffMessageActionBody = v.InferOutput<typeof StaffMessageActionBody>

/** One step in a message's life as the resident sees it (who on the staff side stays internal). */
export interface MessageEvent {
  at: string
  status: MessageStatus
}

/** A message as its author reads it. */
export interface ResidentMessage {
  id: string
  trackingNo: string
  category: MessageCategoryId
  title: string
  content: string
  phone?: string
  subDistrict?: SubDistrictId
  stationId?: string
  public: boolean
  anonymous: boolean
  status: MessageStatus
  submittedAt: string
  answerDeadline: string
  answer?: { text: string; at: string }
  rating?: { score: number; comment?: string; at: string }
  /** What the author added later: follow-ups, and the reason given when reopening. */
  followUps: Array<{ at: string; text: string }>
  history: MessageEvent[]
}

export interface InternalNote {
  at: string
  staffId: string
  text: string
}

/** A message as staff in scope read it: the author and internal notes too, and who did what. */
export interface StaffMessage extends ResidentMessage {
  authorId: string
  notes: InternalNote[]
  overdue: boolean
  /** When the overdue sweep flagged it for the sub-district's admin. */
  escalatedAt?: string
  audit: MessageAuditEntry[]
  /** 我也有这个问题 count (the API always sends it; optional so stored fixtures may leave it out). */
  meToo?: number
  /** Filed by staff for a walk-in resident (assisted mode): who the resident is, and which staff member filed it. */
  filedFor?: { name: string; phone?: string }
  filedBy?: string
  /** Tagged by staff as a service demand. */
  demand?: MessageDemand
}

export interface MessageAuditEntry {
  at: string
  staffId?: string
  userId?: string
  action: string
  status: MessageStatus
  /** reply: the template the answer started from. */
  templateId?: string
  /** transfer: the queue it left and the one it joined (`district` = no sub-district). */
  fromSubDistrict?: SubDistrictId | 'district'
  toSubDistrict?: SubDistrictId
}

export interface MessageDemand {
  serviceId?: string
  topic?: string
  taggedAt: string
  /** Who tagged it (the API always sends it). */
  staffId?: string
}

/** GET /v1/admin/messages: the open messages (awaiting an answer) in the caller's scope. */
export const MessageQueueQuery = v.strictObject({
  status: v.optional(v.picklist(AWAITING_ANSWER_STATUSES, '须为待审核、待受理、处理中或已重开')),
  category: v.optional(v.picklist(MESSAGE_CATEGORY_IDS, '未知的留言类别')),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '未知的街道')),
  limit: QueryLimit(100, 50),
  cursor: QueryCursor,
})
export type MessageQueueQuery = v.InferOutput<typeof MessageQueueQuery>

/** One line of the staff queue: the most urgent deadline first, so overdue messages lead. */
export interface MessageQueueItem {
  id: string
  trackingNo: string
  category: MessageCategoryId
  title: string
  subDistrict?: SubDistrictId
  status: MessageStatus
  submittedAt: string
  answerDeadline: string
  overdue: boolean
  escalatedAt?: string
}

/** 201/200 of POST /v1/messages. */
export interface MessageReceipt {
  id: string
  trackingNo: string
  status: MessageStatus
  answerDeadline: string
}

/** The most follow-ups (reopen reasons included) one message takes. */
export const MESSAGE_FOLLOW_UPS_MAX = 20

/** POST /v1/messages/{id}/follow-ups. */
export const MessageFollowUp = v.strictObject({ text: Text(500) })
export type MessageFollowUp = v.InferOutput<typeof MessageFollowUp>

/** 200 of POST /v1/messages/{id}/me-too: the count now, counted once per person. */
export interface MeTooReceipt {
  meToo: number
  mine: true
}

/** GET /v1/messages?public=1: the public board. `public=1` is required, so the path never lists by accident. */
export const PublicBoardQuery = v.strictObject({
  public: v.literal('1', '须为 public=1'),
  q: v.optional(Text(50)),
  category: v.optional(v.picklist(MESSAGE_CATEGORY_IDS, '未知的留言类别')),
  limit: QueryLimit(50, 20),
  cursor: QueryCursor,
})
export type PublicBoardQuery = v.InferOutput<typeof PublicBoardQuery>

/** GET /v1/messages/similar: what the resident is typing (title and content). */
export const SimilarMessagesQuery = v.strictObject({
  text: Text(MESSAGE_CONTENT_MAX + 100, 2),
  category: v.optional(v.picklist(MESSAGE_CATEGORY_IDS, '未知的留言类别')),
})
export type SimilarMessagesQuery = v.InferOutput<typeof SimilarMessagesQuery>

/**
 * A message as anyone may read it on the public board: phone and ID numbers inside the text masked, no phone
 * field, no author identity (`author` is 匿名居民, 居民, or a walk-in resident's masked name such as 王**).
 */
export interface PublicMessage {
  id: string
  trackingNo: string
  category: MessageCategoryId
  title: string
  content: string
  subDistrict?: SubDistrictId
  status: MessageStatus
  submittedAt: string
  answer?: { text: string; at: string }
  meToo: number
  author: string
}

/** GET /v1/messages/similar: `open` ones still await an answer (offer 我也有这个问题). */
export interface SimilarMessage extends PublicMessage {
  open: boolean
}

/** A reusable start for an answer (GET /v1/admin/message-templates). */
export interface MessageReplyTemplate {
  id: string
  title: string
  text: string
}
export type MessageTemplate = MessageReplyTemplate

/** GET /v1/admin/messages/dashboard and dashboard.csv. */
export const MessageDashboardQuery = v.strictObject({
  weeks: QueryLimit(52, 8),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '未知的街道')),
})
export type MessageDashboardQuery = v.InferOutput<typeof MessageDashboardQuery>

/** Where a message is filed: a sub-district, or `district` when it names none. */
export type MessageArea = SubDistrictId | 'district'

export interface MessageDashboard {
  /** Monday of each ISO week (Suzhou time), YYYY-MM-DD, oldest first; the last is the current week. */
  weeks: string[]
  byTopicWeek: Array<{ week: string; category: MessageCategoryId; subDistrict: MessageArea; count: number }>
  topMeToo: Array<{
    id: string
    trackingNo: string
    title: string
    category: MessageCategoryId
    subDistrict?: SubDistrictId
    meToo: number
    status: MessageStatus
  }>
  /** One row per area (no stationId) and one per station that messages named. */
  firstAnswer: Array<{ subDistrict: MessageArea; stationId?: string; medianHours: number; answered: number }>
  satisfaction: { average: number | null; count: number }
  demands: Array<{
    id: string
    trackingNo: string
    title: string
    category: MessageCategoryId
    serviceId?: string
    topic?: string
    taggedAt: string
  }>
}

/** What an inbox item is about. */
/** demand-result: a demand one raised (a message, a me-too) was answered by a session or a service project. */
export const INBOX_KINDS = ['message-status', 'company-deadline', 'demand-result'] as const
export type InboxKind = (typeof INBOX_KINDS)[number]

export interface InboxLink {
  kind: 'message' | 'company' | 'service'
  id: string
}

/** One in-app notification (GET /v1/me/inbox). */
export interface InboxItem {
  id: string
  at: string
  kind: InboxKind
  title: string
  body: string
  link: InboxLink
  read: boolean
}

export interface InboxPage {
  items: InboxItem[]
  unread: number
  nextCursor?: string
}

export const INBOX_ID_PATTERN = /^note-[a-f0-9]{24}$/

export const InboxQuery = v.strictObject({
  limit: QueryLimit(50, 20),
  cursor: QueryCursor,
})
export type InboxQuery = v.InferOutput<typeof InboxQuery>

/** POST /v1/me/inbox/read: the items to mark read; no `ids` marks them all. */
export const InboxReadBody = v.strictObject({
  ids: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('须为文本'), v.regex(INBOX_ID_PATTERN, '通知编号不正确')), '须为通知编号列表'),
      v.maxLength(100, '一次最多 100 条'),
    ),
  ),
})
export type InboxReadBody = v.InferOutput<typeof InboxReadBody>

/**
 * One sample message in data/seed/messages.json (`npm start` only): a public message a resident wrote `daysAgo`
 * days ago and the answer staff gave, so the public board is not empty on a first look.
 */
export const MessageSample = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^sample-[a-z0-9-]+$/, '须为 sample-…')),
  daysAgo: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  category: MessageSubmit.entries.category,
  title: MessageSubmit.entries.title,
  content: MessageSubmit.entries.content,
  subDistrict: v.picklist(SUB_DISTRICT_IDS, '请选择街道'),
  anonymous: v.boolean(),
  answer: Text(MESSAGE_CONTENT_MAX),
})
export type MessageSample = v.InferOutput<typeof MessageSample>
