import { DemandCreate, DemandDecision, DemandPathParams, DemandResultBody, endpoints, StaffDemandsQuery } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { demandService } from './demand-wiring'

export const create = defineRoute(endpoints.demandsCreate, {
  body: DemandCreate,
  handle: async ({ body, ctx }) => reply(201, await demandService.create(ctx.caller, body, ctx.now)),
})

export const list = defineRoute(endpoints.demandsList, {
  query: StaffDemandsQuery,
  handle: ({ query, ctx }) => demandService.list(ctx.caller, query),
})

export const decide = defineRoute(endpoints.demandsDecide, {
  params: DemandPathParams,
  body: DemandDecision,
  handle: ({ params, body, ctx }) => demandService.decide(ctx.caller, params.id, body, ctx.now),
})

export const answer = defineRoute(endpoints.demandsAnswer, {
  params: DemandPathParams,
  body: DemandResultBody,
  handle: ({ params, body, ctx }) => demandService.answer(ctx.caller, params.id, body, ctx.now),
})

/** 你提的需求，我们这样办了. */
export const publicList = defineRoute(endpoints.demandsPublic, {
  handle: () => demandService.publicList(),
})
