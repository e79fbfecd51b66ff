import { endpoints, ServiceListQuery, ServicePathParams } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { SessionRepository } from '../sessions/repository'
import { ServiceRepository } from './repository'
import { ServiceCatalogService } from './service'

const catalog = new ServiceCatalogService(
  new ServiceRepository(db, tableName('catalog')),
  new SessionRepository(db, tableName('enrollments')),
)

export const list = defineRoute(endpoints.servicesList, {
  query: ServiceListQuery,
  handle: ({ query }) => catalog.list(query),
})

export const get = defineRoute(endpoints.servicesGet, {
  params: ServicePathParams,
  handle: ({ params, ctx }) => catalog.get(params.id, ctx.now),
})

export const sessions = defineRoute(endpoints.servicesSessions, {
  params: ServicePathParams,
  handle: ({ params, ctx }) => catalog.sessions(params.id, ctx.now),
})
