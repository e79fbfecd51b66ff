import { AssistedMessageSubmit, IdempotencyHeaders, MessageQueueQuery } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { BOARD_STAFF_ROLES } from './service'
import { messageService } from './wiring'

/** Open messages in the caller's scope, most urgent first. */
export const queue = defineRoute({
  name: 'messages.queue',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageQueueQuery,
  handle: ({ query, ctx }) => messageService.queue(ctx.caller, query, ctx.now, ctx.cursors),
})

/** Assisted mode: a message filed for a walk-in resident, idempotent like a resident's own submission. */
export const fileForWalkIn = defineRoute({
  name: 'messages.assisted-submit',
  access: { staff: BOARD_STAFF_ROLES },
  body: AssistedMessageSubmit,
  headers: IdempotencyHeaders,
  handle: async ({ body, headers, ctx }) => {
    const { created, receipt } = await messageService.fileForWalkIn(ctx.caller, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, receipt)
  },
})

export const templates = defineRoute({
  name: 'messages.templates',
  access: { staff: BOARD_STAFF_ROLES },
  handle: async () => messageService.templates(),
})
