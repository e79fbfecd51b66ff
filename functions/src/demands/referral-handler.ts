import { endpoints, IdempotencyHeaders, ReferralOutcomeBody, ReferralPathParams, ReferralsQuery, ReferralSubmit } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { referralService } from './wiring'

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
