import {
  DemandCreate,
  DemandDecision,
  DemandPathParams,
  DemandResultBody,
  endpoints,
  FieldDemandsQuery,
  FieldDemandSubmit,
  IdempotencyHeaders,
  ReferralOutcomeBody,
  ReferralPathParams,
  ReferralsQuery,
  ReferralSubmit,
  StaffDemandsQuery,
} from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { demandService, fieldDemandService, referralService } from './wiring'

/** 201 with the field demand; 200 with the same one when the Idempotency-Key was seen before. */
export const fileFieldDemand = defineRoute(endpoints.demandsFieldFile, {
  body: FieldDemandSubmit,
  headers: IdempotencyHeaders,
  handle: async ({ body, headers, ctx }) => {
    const { created, demand } = await fieldDemandService.file(ctx.caller, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, demand)
  },
})

export const listFieldDemands = defineRoute(endpoints.demandsFieldList, {
  query: FieldDemandsQuery,
  handle: ({ query, ctx }) => fieldDemandService.list(ctx.caller, query),
})

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

/** 201 with the referral; 200 with the same one when the Idempotency-Key was seen before. */
export const refer = defineRoute(endpoints.demandsReferralFile, {
  body: ReferralSubmit,
  headers: IdempotencyHeaders,
  handle: async ({ body, headers, ctx }) => {
    const { created, referral } = await referralService.file(ctx.caller, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, referral)
  },
})

export const listReferrals = defineRoute(endpoints.demandsReferralList, {
  query: ReferralsQuery,
  handle: ({ query, ctx }) => referralService.list(ctx.caller, query, ctx.now),
})

export const closeReferral = defineRoute(endpoints.demandsReferralOutcome, {
  params: ReferralPathParams,
  body: ReferralOutcomeBody,
  handle: ({ params, body, ctx }) => referralService.close(ctx.caller, params.id, body, ctx.now),
})
