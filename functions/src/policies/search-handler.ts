import { endpoints, PolicySearchQuery } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { PolicySetCache } from './policy-set-cache'
import { PolicyRepository } from './repository'
import { createPolicyIndex } from './search/policy-index'
import { PolicySearchService } from './search-service'

// Module scope: the index survives between invocations of a warm Lambda.
const policies = new PolicySearchService(new PolicySetCache(new PolicyRepository(db, tableName('catalog')), createPolicyIndex))

export const search = defineRoute(endpoints.policiesSearch, {
  query: PolicySearchQuery,
  handle: ({ query, ctx }) => policies.search(query, ctx.now, ctx.cursors),
})
