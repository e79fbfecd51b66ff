import * as v from 'valibot'
import { AWAITING_ANSWER_STATUSES, MESSAGE_CATEGORY_IDS, type MessageCategoryId, type MessageStatus } from '../domain/message-board'
import { SUB_DISTRICT_IDS, type SubDistrictId } from '../domain/sub-districts'
import { QueryLimit, Text } from './common'

export const MESSAGE_CONTENT_MAX = 1000

/** A mainland mobile or a landline with area code, as residents type it (spaces and dashes allowed). */
const Phone = v.pipe(
  v.string('须为文本'),
  v.transform((s) => s.replace(/[\s-]/g, '')),
  v.regex(/^(1\d{10}|0\d{9,11})$/, '请填写手机号或带区号的固定电话'),
)

/** POST /v1/messages. */
export const MessageSubmit = v.strictObject({
  category: v.picklist(MESSAGE_CATEGORY_IDS, '请选择留言类别'),
  title: Text(40),
  content: Text(MESSAGE_CONTENT_MAX),
  phone: v.optional(Phone),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
  public: v.boolean('须选择公开或不公开'),
  anonymous: v.optional(v.boolean('须为是或否'), false),
})
export type MessageSubmit = v.InferOutput<typeof MessageSubmit>

/** The header every submission carries so a retried request stores nothing new. */
export const IdempotencyKey = v.pipe(
  v.string('请求须带 Idempotency-Key'),
  v.regex(/^[A-Za-z0-9_-]{8,128}$/, '须为 8–128 位字母、数字、- 或 _'),
)

export const MessagePathParams = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^msg-[a-f0-9-]{36}$/, '留言编号不正确')),
})

/** POST /v1/messages/{id}/rating: 好差评, 1 (very dissatisfied) … 5 (very satisfied). */
export const MessageRating = v.strictObject({
  score: v.pipe(v.number('须为 1–5 的整数'), v.integer('须为 1–5 的整数'), v.minValue(1, '须为 1–5 的整数'), v.maxValue(5, '须为 1–5 的整数')),
  comment: v.optional(Text(200)),
})
export type MessageRating = v.InferOutput<typeof MessageRating>

/** POST /v1/messages/{id}/reopen: "this did not solve it", and why. */
export const MessageReopen = v.strictObject({ reason: Text(500) })
export type MessageReopen = v.InferOutput<typeof MessageReopen>

/** POST /v1/admin/messages/{id}/actions: one staff action per request. */
export const StaffMessageActionBody = v.variant('action', [
  v.strictObject({ action: v.literal('approve') }),
  v.strictObject({ action: v.literal('claim') }),
  v.strictObject({ action: v.literal('reply'), answer: Text(MESSAGE_CONTENT_MAX) }),
  v.strictObject({ action: v.literal('resolve') }),
  v.strictObject({ action: v.literal('note'), note: Text(500) }),
], '未知的操作')
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
  public: boolean
  anonymous: boolean
  status: MessageStatus
  submittedAt: string
  answerDeadline: string
  answer?: { text: string; at: string }
  rating?: { score: number; comment?: string; at: string }
  /** What the author added when reopening. */
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
  audit: Array<{ at: string; staffId?: string; userId?: string; action: string; status: MessageStatus }>
}

/** GET /v1/admin/messages: the open messages (awaiting an answer) in the caller's scope. */
export const MessageQueueQuery = v.strictObject({
  status: v.optional(v.picklist(AWAITING_ANSWER_STATUSES, '须为待审核、待受理、处理中或已重开')),
  category: v.optional(v.picklist(MESSAGE_CATEGORY_IDS, '未知的留言类别')),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '未知的街道')),
  limit: QueryLimit(100, 50),
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
