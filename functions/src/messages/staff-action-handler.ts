import { MessagePathParams, StaffMessageActionBody } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { BOARD_STAFF_ROLES } from './service'
import { staffActions } from './wiring'

/** One staff action on a message (approve, claim, reply, resolve, note, transfer, tag-demand); an illegal step → 409. */
export const act = defineRoute({
  name: 'messages.staff-action',
  access: { staff: BOARD_STAFF_ROLES },
  params: MessagePathParams,
  body: StaffMessageActionBody,
  handle: ({ params, body, ctx }) => staffActions.act(params.id, ctx.caller, body, ctx.now),
})
