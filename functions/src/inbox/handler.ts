import { InboxQuery, InboxReadBody } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { defineRoute, reply } from '../core/http/route'
import { inboxService } from './wiring'

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
