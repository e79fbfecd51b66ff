import { MessagePathParams, MessageQueueQuery, StaffMessageActionBody } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { BOARD_STAFF_ROLES } from './service'
import { messageService } from './wiring'

/** Open messages in the caller's scope, most urgent first. */
export const queue = defineRoute({
  name: 'messages.queue',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageQueueQuery,
  handle: ({ query, ctx }) => {
    if (ctx.caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
    return messageService.queue(ctx.caller, query, ctx.now)
  },
})

/** One staff action on a message (approve, claim, reply, resolve, internal note); an illegal step → 409. */
export const act = defineRoute({
  name: 'messages.staff-action',
  access: { staff: BOARD_STAFF_ROLES },
  params: MessagePathParams,
  body: StaffMessageActionBody,
  handle: ({ params, body, ctx }) => {
    if (ctx.caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
    return messageService.act(params.id, ctx.caller, body, ctx.now)
  },
})
