import { endpoints, FieldDemandsQuery, FieldDemandSubmit, IdempotencyHeaders } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { fieldDemandService } from './wiring'

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
