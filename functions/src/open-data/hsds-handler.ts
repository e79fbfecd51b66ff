import { endpoints } from '@doorstep/shared'
import { ConditionalHeaders, cacheableReply } from '../core/http/cacheable'
import { BadRequestError, NotFoundError } from '../core/http/errors'
import { defineRoute } from '../core/http/route'
import { filtersNotTaken, HsdsItemParams, HsdsListParams, HsdsListQuery } from './hsds-query'
import { hsdsItem, hsdsList } from './hsds-service'
import { catalogReader } from './hsds-wiring'

const JSON_TYPE = 'application/json; charset=utf-8'
/** Sessions fill up by the minute; five minutes of staleness is what a directory consumer can live with. */
const MAX_AGE_SECONDS = 300

export const list = defineRoute(endpoints.hsdsList, {
  params: HsdsListParams,
  query: HsdsListQuery,
  headers: ConditionalHeaders,
  handle: async ({ params, query, headers, ctx }) => {
    const refused = filtersNotTaken(params.collection, query)
    if (refused.length)
      throw new BadRequestError(
        `${params.collection} 不支持这些筛选`,
        refused.map((name) => ({ path: `query.${name}`, message: `${params.collection} 不支持此筛选` })),
      )
    const page = hsdsList(await catalogReader.catalog(ctx.now), params.collection, query)
    return cacheableReply(JSON.stringify(page), JSON_TYPE, { maxAgeSeconds: MAX_AGE_SECONDS, headers })
  },
})

export const item = defineRoute(endpoints.hsdsItem, {
  params: HsdsItemParams,
  headers: ConditionalHeaders,
  handle: async ({ params, headers, ctx }) => {
    const found = hsdsItem(await catalogReader.catalog(ctx.now), params.collection, params.id.toLowerCase())
    if (found === undefined) throw new NotFoundError(`${params.collection} 中没有 ${params.id}`)
    return cacheableReply(JSON.stringify(found), JSON_TYPE, { maxAgeSeconds: MAX_AGE_SECONDS, headers })
  },
})
