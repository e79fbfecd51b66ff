import { CompanyPathParams, endpoints, StewardAssignBody, VisitLogBody } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { stewardships } from './steward-wiring'

/** Desk staff or the admin in scope: a desk or grid account becomes the company's 用工管家. */
export const assignSteward = defineRoute(endpoints.companiesAssignSteward, {
  params: CompanyPathParams,
  body: StewardAssignBody,
  handle: ({ params, body, ctx }) => stewardships.assign(params.id, body, ctx.caller, ctx.now),
})

/** The companies the calling steward looks after. */
export const stewardCompanies = defineRoute(endpoints.companiesStewardList, {
  handle: ({ ctx }) => stewardships.mine(ctx.caller, ctx.now),
})

/** The case's steward (or desk staff in scope): what was done on a visit. */
export const logVisit = defineRoute(endpoints.companiesLogVisit, {
  params: CompanyPathParams,
  body: VisitLogBody,
  handle: ({ params, body, ctx }) => stewardships.logVisit(params.id, body, ctx.caller, ctx.now),
})
