import { endpoints, MessagePathParams, StaffMessageActionBody } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { staffActions } from './wiring'

/** One staff action on a message (approve, claim, reply, resolve, note, transfer, tag-demand); an illegal step → 409. */
export const act = defineRoute(endpoints.messagesStaffAction, {
  params: MessagePathParams,
  body: StaffMessageActionBody,
  handle: ({ params, body, ctx }) => staffActions.act(params.id, ctx.caller, body, ctx.now),
})
