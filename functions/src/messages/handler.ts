import {
  endpoints,
  IdempotencyHeaders,
  MessageFollowUp,
  MessagePathParams,
  MessageRating,
  MessageReopen,
  MessageSubmit,
} from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { messageService } from './wiring'

/** 201 with the receipt of a new message; 200 with the same receipt when the Idempotency-Key was seen before. */
export const submit = defineRoute(endpoints.messagesSubmit, {
  body: MessageSubmit,
  headers: IdempotencyHeaders,
  handle: async ({ body, headers, ctx }) => {
    const { created, receipt } = await messageService.submit(ctx.caller.userId, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, receipt)
  },
})

export const mine = defineRoute(endpoints.messagesMine, {
  handle: ({ ctx }) => messageService.mine(ctx.caller.userId),
})

export const get = defineRoute(endpoints.messagesGet, {
  params: MessagePathParams,
  handle: ({ params, ctx }) => messageService.read(params.id, ctx.caller, ctx.now),
})

export const rate = defineRoute(endpoints.messagesRate, {
  params: MessagePathParams,
  body: MessageRating,
  handle: ({ params, body, ctx }) => messageService.rate(params.id, ctx.caller.userId, body, ctx.now),
})

/** "Yes, this solved it": answered → resolved, by the author. */
export const confirmSolved = defineRoute(endpoints.messagesConfirmSolved, {
  params: MessagePathParams,
  handle: ({ params, ctx }) => messageService.confirmSolved(params.id, ctx.caller.userId, ctx.now),
})

/** "This did not solve it": back to the staff queue with a fresh deadline. */
export const reopen = defineRoute(endpoints.messagesReopen, {
  params: MessagePathParams,
  body: MessageReopen,
  handle: ({ params, body, ctx }) => messageService.reopen(params.id, ctx.caller.userId, body, ctx.now),
})

/** The author adds to their message. */
export const followUp = defineRoute(endpoints.messagesFollowUp, {
  params: MessagePathParams,
  body: MessageFollowUp,
  handle: ({ params, body, ctx }) => messageService.followUp(params.id, ctx.caller.userId, body, ctx.now),
})

/** 我也有这个问题 (+1), once per person. */
export const meToo = defineRoute(endpoints.messagesMeToo, {
  params: MessagePathParams,
  handle: ({ params, ctx }) => messageService.meToo(params.id, ctx.caller.userId),
})
