import * as v from 'valibot'
import type { InboxKind } from './message'

/** What wx.requestSubscribeMessage answers per template id. */
export const SUBSCRIPTION_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscriptionAnswer = (typeof SUBSCRIPTION_ANSWERS)[number]

/** WeChat lets a person bank several one-time consents per template; more than this is a client bug. */
export const MAX_BANKED_CONSENTS = 20

/** POST /v1/me/subscriptions: the result of wx.requestSubscribeMessage, passed on as the phone gave it. */
export const SubscriptionAnswersBody = v.strictObject({
  answers: v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '模板编号格式不正确')),
      v.picklist(SUBSCRIPTION_ANSWERS, '须为 accept、reject、ban 或 filter'),
    ),
    v.check((answers) => Object.keys(answers).length >= 1 && Object.keys(answers).length <= 3, '一次 1–3 个模板'),
  ),
})
export type SubscriptionAnswersBody = v.InferOutput<typeof SubscriptionAnswersBody>

/** A kind of note the person may also receive as a WeChat subscription message. */
export interface SubscriptionTemplate {
  kind: InboxKind
  templateId: string
}

export interface SubscriptionConsent {
  kind: InboxKind
  /** Messages WeChat will still deliver: one per 允许, used by each sent message. */
  available: number
  /** The last answer, or `used-up` when WeChat said the consent was gone (43101). */
  lastAnswer?: SubscriptionAnswer | 'used-up'
  answeredAt?: string
}

/** GET /v1/me/subscriptions: which templates to ask for, and what the person has allowed so far. */
export interface SubscriptionSettings {
  templates: SubscriptionTemplate[]
  consents: SubscriptionConsent[]
}
