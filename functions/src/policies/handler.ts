import { endpoints, PolicyMatchBody, PolicyPathParams } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { PolicySetCache } from './policy-set-cache'
import { PolicyRepository } from './repository'
import { PolicyService } from './service'

const repository = new PolicyRepository(db, tableName('catalog'))
const policies = new PolicyService(repository, new PolicySetCache(repository, (all) => all))

export const get = defineRoute(endpoints.policiesGet, {
  params: PolicyPathParams,
  handle: ({ params, ctx }) => policies.get(params.id, ctx.now),
})

/** A POST because the answers are a body, but it writes nothing; it is still rate-limited like every POST. */
export const match = defineRoute(endpoints.policiesMatch, {
  body: PolicyMatchBody,
  handle: ({ body, ctx }) => policies.match(body, ctx.now),
})
