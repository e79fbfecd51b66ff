import { endpoints } from '@doorstep/shared'
import { ConditionalHeaders, cacheableReply } from '../core/http/cacheable'
import { defineRoute } from '../core/http/route'
import { hsdsRoot } from './hsds-api'

/** HSDS's `/`: what version and profile we publish. Apart from the lists, so its Lambda carries no data access. */
export const root = defineRoute(endpoints.hsdsRoot, {
  headers: ConditionalHeaders,
  handle: async ({ headers }) =>
    cacheableReply(JSON.stringify(hsdsRoot()), 'application/json; charset=utf-8', { maxAgeSeconds: 3600, headers }),
})
