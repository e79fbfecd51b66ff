import { InboxQuery, InboxReadBody, SubscriptionAnswersBody } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { defineRoute, reply } from '../core/http/route'
import { inboxService, subscriptionService } from './wiring'

/** The caller's notifications, newest first, with the unread count. */
export const list = defineRoute({
  name: 'inbox.list',
  access: 'user',
  query: InboxQuery,
  handle: ({ query, ctx }) => inboxService.page(userIdOf(ctx.caller), query),
})

/** `{ ids }` marks those read, `{}` marks all; 204 either way. */
export const markRead = defineRoute({
  name: 'inbox.read',
  access: 'user',
  body: InboxReadBody,
  handle: async ({ body, ctx }) => {
    await inboxService.markRead(userIdOf(ctx.caller), body, ctx.now)
    return reply(204, undefined)
  },
})

function userIdOf(caller: Caller): string {
  if (caller.kind !== 'user') throw new Error('a user route was reached by a non-user caller')
  return caller.userId
}

/** Which subscription-message templates the phone should ask about, and what the person allowed so far. */
export const subscriptions = defineRoute({
  name: 'inbox.subscriptions',
  access: 'user',
  handle: ({ ctx }) => subscriptionService.settings(userIdOf(ctx.caller)),
})

/** The answer of wx.requestSubscribeMessage, as the phone got it: 允许 banks one message per template. */
export const answerSubscriptions = defineRoute({
  name: 'inbox.answerSubscriptions',
  access: 'user',
  body: SubscriptionAnswersBody,
  handle: ({ body, ctx }) => subscriptionService.record(userIdOf(ctx.caller), body, ctx.now),
})
