import { AssistedMessageSubmit, MessageQueueQuery } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { idempotencyKeyOf, staffOf } from './request-parts'
import { BOARD_STAFF_ROLES } from './service'
import { messageService } from './wiring'

/** Open messages in the caller's scope, most urgent first. */
export const queue = defineRoute({
  name: 'messages.queue',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageQueueQuery,
  handle: ({ query, ctx }) => messageService.queue(staffOf(ctx.caller), query, ctx.now),
})

/** Assisted mode: a message filed for a walk-in resident, idempotent like a resident's own submission. */
export const fileForWalkIn = defineRoute({
  name: 'messages.assisted-submit',
  access: { staff: BOARD_STAFF_ROLES },
  body: AssistedMessageSubmit,
  handle: async ({ body, ctx }) => {
    const { created, receipt } = await messageService.fileForWalkIn(staffOf(ctx.caller), idempotencyKeyOf(ctx), body, ctx.now)
    return reply(created ? 201 : 200, receipt)
  },
})

export const templates = defineRoute({
  name: 'messages.templates',
  access: { staff: BOARD_STAFF_ROLES },
  handle: async () => messageService.templates(),
})
