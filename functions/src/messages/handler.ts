import { IdempotencyKey, MessagePathParams, MessageRating, MessageReopen, MessageSubmit } from '@doorstep/shared'
import * as v from 'valibot'
import type { Caller } from '../core/auth/caller'
import { BadRequestError } from '../core/http/errors'
import { defineRoute, reply, type RequestContext } from '../core/http/route'
import { messageService } from './wiring'

/** 201 with the receipt of a new message; 200 with the same receipt when the Idempotency-Key was seen before. */
export const submit = defineRoute({
  name: 'messages.submit',
  access: 'user',
  body: MessageSubmit,
  handle: async ({ body, ctx }) => {
    const { created, receipt } = await messageService.submit(userIdOf(ctx.caller), idempotencyKeyOf(ctx), body, ctx.now)
    return reply(created ? 201 : 200, receipt)
  },
})

export const mine = defineRoute({
  name: 'messages.mine',
  access: 'user',
  handle: ({ ctx }) => messageService.mine(userIdOf(ctx.caller)),
})

export const get = defineRoute({
  name: 'messages.get',
  access: 'signed-in',
  params: MessagePathParams,
  handle: ({ params, ctx }) => messageService.read(params.id, ctx.caller, ctx.now),
})

export const rate = defineRoute({
  name: 'messages.rate',
  access: 'user',
  params: MessagePathParams,
  body: MessageRating,
  handle: ({ params, body, ctx }) => messageService.rate(params.id, userIdOf(ctx.caller), body, ctx.now),
})

/** "Yes, this solved it": answered → resolved, by the author. */
export const confirmSolved = defineRoute({
  name: 'messages.confirm-solved',
  access: 'user',
  params: MessagePathParams,
  handle: ({ params, ctx }) => messageService.confirmSolved(params.id, userIdOf(ctx.caller), ctx.now),
})

/** "This did not solve it": back to the staff queue with a fresh deadline. */
export const reopen = defineRoute({
  name: 'messages.reopen',
  access: 'user',
  params: MessagePathParams,
  body: MessageReopen,
  handle: ({ params, body, ctx }) => messageService.reopen(params.id, userIdOf(ctx.caller), body, ctx.now),
})

function idempotencyKeyOf(ctx: RequestContext): string {
  const result = v.safeParse(IdempotencyKey, ctx.event.headers?.['idempotency-key'])
  if (result.success) return result.output
  throw new BadRequestError('请求须带有效的 Idempotency-Key', [{ path: 'header.Idempotency-Key', message: result.issues[0].message }])
}

/** These routes are `access: 'user'`, so the edge has already refused anyone else. */
function userIdOf(caller: Caller): string {
  if (caller.kind !== 'user') throw new Error('a user route was reached by a non-user caller')
  return caller.userId
}
