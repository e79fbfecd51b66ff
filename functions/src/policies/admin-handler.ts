import { endpoints, PolicyCreateBody, PolicyPathParams, PolicyUpdateBody } from '@doorstep/shared'
import { logger } from '../core/log/logger'
import { defineRoute, reply } from '../core/http/route'
import { PolicyAdminService } from './admin-service'
import { policyIndex, policyRepository } from './search-wiring'

const admin = new PolicyAdminService(policyRepository, policyIndex, logger)

export const create = defineRoute(endpoints.policiesCreate, {
  body: PolicyCreateBody,
  handle: async ({ body, ctx }) => reply(201, await admin.create(body, ctx.now), { location: `/v1/policies/${body.id}` }),
})

export const update = defineRoute(endpoints.policiesUpdate, {
  params: PolicyPathParams,
  body: PolicyUpdateBody,
  handle: ({ params, body, ctx }) => admin.update(params.id, body, ctx.now),
})
