import { DemandCreate, DemandPathParams, DemandResultBody, endpoints } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { demandService } from './demand-wiring'

export const create = defineRoute(endpoints.demandsCreate, {
  body: DemandCreate,
  handle: async ({ body, ctx }) => reply(201, await demandService.create(ctx.caller, body, ctx.now)),
})

export const answer = defineRoute(endpoints.demandsAnswer, {
  params: DemandPathParams,
  body: DemandResultBody,
  handle: ({ params, body, ctx }) => demandService.answer(ctx.caller, params.id, body, ctx.now),
})
