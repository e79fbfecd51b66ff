import { AssistedMessageSubmit, endpoints, IdempotencyHeaders, MessageQueueQuery } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { messageService } from './wiring'

/** Open messages in the caller's scope, most urgent first. */
export const queue = defineRoute(endpoints.messagesQueue, {
  query: MessageQueueQuery,
  handle: ({ query, ctx }) => messageService.queue(ctx.caller, query, ctx.now, ctx.cursors),
})

/** Assisted mode: a message filed for a walk-in resident, idempotent like a resident's own submission. */
export const fileForWalkIn = defineRoute(endpoints.messagesAssistedSubmit, {
  body: AssistedMessageSubmit,
  headers: IdempotencyHeaders,
  handle: async ({ body, headers, ctx }) => {
    const { created, receipt } = await messageService.fileForWalkIn(ctx.caller, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, receipt)
  },
})

export const templates = defineRoute(endpoints.messagesTemplates, {
  handle: async () => messageService.templates(),
})
