import { endpoints, InboxQuery, InboxReadBody, SubscriptionAnswersBody } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { inboxService, subscriptionService } from './wiring'

/** The caller's notifications, newest first, with the unread count. */
export const list = defineRoute(endpoints.inboxList, {
  query: InboxQuery,
  handle: ({ query, ctx }) => inboxService.page(ctx.caller.userId, query, ctx.cursors),
})

/** `{ ids }` marks those read, `{}` marks all; 204 either way. */
export const markRead = defineRoute(endpoints.inboxRead, {
  body: InboxReadBody,
  handle: async ({ body, ctx }) => {
    await inboxService.markRead(ctx.caller.userId, body, ctx.now)
    return reply(204, undefined)
  },
})

/** Which subscription-message templates the phone should ask about, and what the person allowed so far. */
export const subscriptions = defineRoute(endpoints.inboxSubscriptions, {
  handle: ({ ctx }) => subscriptionService.settings(ctx.caller.userId),
})

/** The answer of wx.requestSubscribeMessage, as the phone got it: 允许 banks one message per template. */
export const answerSubscriptions = defineRoute(endpoints.inboxAnswerSubscriptions, {
  body: SubscriptionAnswersBody,
  handle: ({ body, ctx }) => subscriptionService.record(ctx.caller.userId, body, ctx.now),
})
