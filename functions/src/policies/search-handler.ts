import { endpoints, PolicySearchQuery } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { PolicySearchService } from './search-service'
import { policyIndex } from './search-wiring'

const policies = new PolicySearchService(policyIndex)

export const search = defineRoute(endpoints.policiesSearch, {
  query: PolicySearchQuery,
  handle: ({ query, ctx }) => policies.search(query, ctx.now, ctx.cursors),
})
