import { endpoints, PolicyCreateBody, PolicyPathParams, PolicyUpdateBody } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute, reply } from '../core/http/route'
import { PolicyAdminService } from './admin-service'
import { PolicyRepository } from './repository'

const admin = new PolicyAdminService(new PolicyRepository(db, tableName('catalog')))

export const create = defineRoute(endpoints.policiesCreate, {
  body: PolicyCreateBody,
  handle: async ({ body, ctx }) => reply(201, await admin.create(body, ctx.now), { location: `/v1/policies/${body.id}` }),
})

export const update = defineRoute(endpoints.policiesUpdate, {
  params: PolicyPathParams,
  body: PolicyUpdateBody,
  handle: ({ params, body, ctx }) => admin.update(params.id, body, ctx.now),
})
