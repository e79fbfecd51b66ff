import { DemandDecision, DemandPathParams, endpoints, StaffDemandsQuery } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { demandDecisions } from './wiring'

/* Listing and deciding read and write the demands table only (wiring.ts): apart from grouping and answering. */

export const list = defineRoute(endpoints.demandsList, {
  query: StaffDemandsQuery,
  handle: ({ query, ctx }) => demandDecisions.list(ctx.caller, query),
})

export const decide = defineRoute(endpoints.demandsDecide, {
  params: DemandPathParams,
  body: DemandDecision,
  handle: ({ params, body, ctx }) => demandDecisions.decide(ctx.caller, params.id, body, ctx.now),
})

/** 你提的需求，我们这样办了. */
export const publicList = defineRoute(endpoints.demandsPublic, {
  handle: () => demandDecisions.publicList(),
})
